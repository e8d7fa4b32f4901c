package nl.spoor.ingest.world.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;

/**
 * What {@code spoor generate --scale small --load} does: the generator's own output (not a hand-made
 * fixture) through the offline importer. Every row of the files is in the store, and every entity the
 * truth names can be found by the id a test or query would compute for it.
 */
class GeneratedWorldLoadTest {

    static final BsnKey KEY = BsnKey.of(HexFormat.of().parseHex("0f0e0d0c0b0a09080706050403020100f0e0d0c0b0a090807060504030201000"));

    @TempDir
    static Path tmp;
    static Path world;
    static StoreSettings settings;
    static LoadReport report;

    @BeforeAll
    static void generateAndLoad() {
        world = tmp.resolve("world");
        new WorldGenerator(Scale.SMALL, 5).generate(world, WorldGenerator.Progress.NONE);
        settings = new StoreSettings(tmp.resolve("home"), Optional.empty(), "neo4j", null, "neo4j", 0, "256m");
        report = new WorldLoader(settings, KEY, LoadProgress.silent()).load(world);
    }

    @Test
    void everyRowOfTheGeneratedFilesIsInTheStore() throws IOException {
        assertThat(report.path()).isEqualTo(LoadReport.Path.OFFLINE_IMPORT);
        assertThat(report.notes()).isEmpty();
        Map<String, Long> nodeRows = rowsPerFile(world.resolve("world/nodes"));
        Map<String, Long> relationshipRows = rowsPerFile(world.resolve("world/relationships"));
        nodeRows.values().removeIf(n -> n == 0);
        relationshipRows.values().removeIf(n -> n == 0);
        assertThat(nonZero(report.nodesPerLabel())).isEqualTo(nodeRows);
        assertThat(nonZero(report.relationshipsPerType())).isEqualTo(relationshipRows);

        long entities = nodeRows.values().stream().mapToLong(Long::longValue).sum();
        assertThat(report.store().nodesPerLabel()).containsEntry("Entity", entities).containsEntry("Source", rows(world.resolve("world/sources.csv")));
        nodeRows.forEach((label, n) -> assertThat(report.store().nodesPerLabel()).as(label).containsEntry(label, n));
        relationshipRows.forEach((type, n) -> {
            if (RelationshipKind.valueOf(type).symmetric()) {
                // A pair written in both directions is one relationship.
                assertThat(report.store().relationshipsPerType().get(type)).as(type).isPositive().isLessThanOrEqualTo(n);
            } else {
                assertThat(report.store().relationshipsPerType()).as(type).containsEntry(type, n);
            }
        });
        assertThat(report.store().relationshipsPerType()).containsEntry("ASSERTS", entities);
    }

    @Test
    void everyEntityOfTheTruthIsFoundByItsStoreId() throws IOException {
        JsonNode truth = JsonMapper.builder().build().readTree(world.resolve("truth.json").toFile());
        List<String[]> expected = new ArrayList<>();
        for (JsonNode c : truth.get("cases")) {
            for (JsonNode e : c.get("entities")) {
                String id = e.get("id").asString();
                String storeId = id.startsWith("bsn:") ? IdentifierKeys.BSN.ref(id.substring(4), KEY).spoorId() : id;
                expected.add(new String[] {storeId, e.get("kind").asString()});
            }
        }
        assertThat(expected).isNotEmpty();
        try (SpoorStore store = SpoorStore.open(settings); var session = store.driver().session(store.sessionConfig())) {
            for (String[] e : expected) {
                var labels = session.run("MATCH (n:Entity {spoorId: $id}) RETURN labels(n) AS labels", Map.of("id", e[0])).list();
                assertThat(labels).as(e[0]).hasSize(1);
                assertThat(labels.getFirst().get("labels").asList(v -> v.asString())).as(e[0]).contains(e[1]);
            }
            long rawBsns = session.run("MATCH (p:Person) WHERE p.bsn IS NOT NULL RETURN count(p) AS n").single().get("n").asLong();
            assertThat(rawBsns).isZero();
        }
    }

    @Test
    void familyTiesKeepWhoIsTheParentThoughStoredFromTheSmallerId() {
        try (SpoorStore store = SpoorStore.open(settings); var session = store.driver().session(store.sessionConfig())) {
            var ages = session.run("""
                    MATCH (a:Person)-[f:FAMILY_OF]->(b:Person) WHERE f.relation IN ['parent', 'child']
                    WITH CASE f.relation WHEN 'parent' THEN [a, b] ELSE [b, a] END AS pc
                    RETURN count(*) AS ties, count(CASE WHEN pc[0].birthDate < pc[1].birthDate THEN 1 END) AS parentOlder""").single();
            assertThat(ages.get("ties").asLong()).isPositive();
            assertThat(ages.get("parentOlder").asLong()).isEqualTo(ages.get("ties").asLong());
        }
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> result = new TreeMap<>(counts);
        result.values().removeIf(n -> n == 0);
        return result;
    }

    private static Map<String, Long> rowsPerFile(Path dir) throws IOException {
        Map<String, Long> rows = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                rows.put(f.getFileName().toString().replace(".csv", ""), rows(f));
            }
        }
        return rows;
    }

    private static long rows(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180).get()) {
            return p.stream().count() - 1;
        }
    }
}
