package nl.spoor.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/** The builder refuses rows that do not fit world-format.md, with a message naming the row. */
class WorldBuilderTest {

    @TempDir
    Path dir;

    WorldBuilder builder() {
        return new WorldBuilder(dir, Map.of("generator", WorldFormat.GENERATOR), LocalDate.of(2025, 1, 15));
    }

    @Test
    void writesRowsInTheFormatsColumnsWithEmptyCellsForAbsentProperties() throws Exception {
        try (WorldBuilder b = builder()) {
            b.node(EntityKind.PLACE, "place:GM0479", Sources.BRP, Map.of("name", "Zaanstad", "cbsCode", "GM0479"));
            b.node(EntityKind.EMAIL, "email:jan@example.nl", Sources.BRP, Map.of("address", "jan@example.nl"));
            b.finish();
        }
        assertThat(Files.readString(dir.resolve("world/nodes/Place.csv"))).isEqualTo("id,source,name,cbsCode,province\nplace:GM0479,synthetic:brp,Zaanstad,GM0479,\n");
        assertThat(Files.readString(dir.resolve("world/relationships/TRANSFER.csv")))
                .isEqualTo("from,to,key,source,amount,currency,date,description,channel\n");
    }

    @Test
    void refusesDuplicateIdsUnknownPropertiesMissingEndpointsWrongKindsAndUnknownSources() {
        try (WorldBuilder b = builder()) {
            b.node(EntityKind.PLACE, "place:GM0479", Sources.BRP, Map.of("name", "Zaanstad"));
            b.node(EntityKind.EMAIL, "email:jan@example.nl", Sources.BRP, Map.of("address", "jan@example.nl"));
            assertThatThrownBy(() -> b.node(EntityKind.PLACE, "place:GM0479", Sources.BRP, Map.of()))
                    .hasMessage("Entity place:GM0479 was already added as a Place");
            assertThatThrownBy(() -> b.node(EntityKind.PLACE, "place:GM0363", Sources.BRP, Map.of("inhabitants", 1)))
                    .hasMessageContaining("property 'inhabitants' that world-format.md does not list");
            assertThatThrownBy(() -> b.link(RelationshipKind.USES_EMAIL, "bsn:111222333", "email:jan@example.nl", null, Sources.BRP, Map.of()))
                    .hasMessage("USES_EMAIL from bsn:111222333: no such entity was added");
            assertThatThrownBy(() -> b.link(RelationshipKind.USES_EMAIL, "place:GM0479", "email:jan@example.nl", null, Sources.BRP, Map.of()))
                    .hasMessageStartingWith("USES_EMAIL from place:GM0479 is a Place; allowed:");
            assertThatThrownBy(() -> b.node(EntityKind.PLACE, "place:GM0363", "synthetic:nowhere", Map.of()))
                    .hasMessageContaining("names source 'synthetic:nowhere', which is not in sources.csv");
        }
    }

    @Test
    void truthMayOnlyNameEntitiesThatExist() {
        try (WorldBuilder b = builder()) {
            b.truthCase("fit-direct-1", "unusualWealth", "direct", true).subject("bsn:111222333", EntityKind.PERSON);
            assertThatThrownBy(b::finish).hasMessageContaining("names bsn:111222333 as a Person but the world has no such entity");
        }
    }
}
