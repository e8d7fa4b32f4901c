package nl.spoor.ingest.world.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Source;

/** The checks of the world files, which run before anything touches a store (no Neo4j needed here). */
class WorldLoadFileChecksTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFixtureIntoStoreTermsWithLocatorsOfTheLineARowStartsOn() throws Exception {
        copyFixture();
        List<String> rows = new ArrayList<>();
        WorldReader.Contents contents = read(new Recorder(rows));

        assertThat(contents.sources()).isEqualTo(3);
        assertThat(contents.nodes()).isEqualTo(12);
        assertThat(contents.relationships()).isEqualTo(17);
        assertThat(rows).contains(
                "TRANSFER iban:NL67INGB0006543210->iban:NL30RABO0301234567 key=INGB-2024-08-27-0004 relationships/TRANSFER.csv:6 [1900.0, EUR, 2024-08-27, null, sepa]",
                "FAMILY_OF " + WorldLoadTest.KEMAL + "->person:000001 key= relationships/FAMILY_OF.csv:2 [partner]",
                "REGISTERED_AT kvk:71234567->address:1506EK-3 key= relationships/REGISTERED_AT.csv:2 [2019-03-01, 2024-02-29]",
                "Person " + WorldLoadTest.KEMAL + " nodes/Person.csv:2 [" + WorldLoadTest.KEMAL.substring(4)
                        + ", Kemal Demir, Kemal, K., null, Demir, M, 1979-04-12, Zaandam, NL]");
    }

    @Test
    void anInvalidBsnFailsWithoutShowingIt() throws Exception {
        copyFixture();
        replace("world/nodes/Person.csv", "bsn:123456782,synthetic:brp,123456782", "bsn:123456789,synthetic:brp,123456789");

        assertThatThrownBy(() -> read(WorldSink.NONE))
                .isInstanceOf(WorldFormatException.class)
                .hasMessageStartingWith("world/nodes/Person.csv, line 5, column 1 (id): ")
                .hasMessageNotContaining("123456789");
    }

    @Test
    void aBsnColumnThatDiffersFromTheIdFails() throws Exception {
        copyFixture();
        replace("world/nodes/Person.csv", "bsn:123456782,synthetic:brp,123456782", "bsn:123456782,synthetic:brp,111222333");

        assertThatThrownBy(() -> read(WorldSink.NONE))
                .isInstanceOf(WorldFormatException.class)
                .hasMessage("world/nodes/Person.csv, line 5, column 3 (bsn): a person with a BSN has the id bsn:<that BSN>, this row's id is bsn:*****6782");
    }

    @Test
    void anEntityGivenTwiceFails() throws Exception {
        copyFixture();
        Files.writeString(dir.resolve("world/nodes/Place.csv"), "place:GM0363,synthetic:brp,Amsterdam,GM0363,Noord-Holland\n"
                + "place:GM0479,synthetic:brp,Zaanstad,GM0479,Noord-Holland\n", java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> read(WorldSink.NONE))
                .isInstanceOf(WorldFormatException.class)
                .hasMessage("world/nodes/Place.csv, line 4, column 1 (id): the entity place:GM0479 occurs twice (an earlier row of this or another node file has it)");
    }

    @Test
    void aSourceMissingFromSourcesCsvFails() throws Exception {
        copyFixture();
        replace("world/relationships/LOCATED_IN.csv", "address:1506EK-3,place:GM0479,-,synthetic:kvk", "address:1506EK-3,place:GM0479,-,synthetic:rdw");

        assertThatThrownBy(() -> read(WorldSink.NONE))
                .isInstanceOf(WorldFormatException.class)
                .hasMessage("world/relationships/LOCATED_IN.csv, line 3, column 4 (source): source synthetic:rdw is not in sources.csv");
    }

    @Test
    void aKeyOnAKindThatOccursOnceFailsAndAMissingKeyOnAMultipleKindToo() throws Exception {
        copyFixture();
        replace("world/relationships/DIRECTOR_OF.csv", "kvk:82345671,-,", "kvk:82345671,2024,");
        assertThatThrownBy(() -> read(WorldSink.NONE))
                .isInstanceOf(WorldFormatException.class)
                .hasMessage("world/relationships/DIRECTOR_OF.csv, line 3, column 3 (key): DIRECTOR_OF occurs once between two entities: its key is -, got \"2024\"");

        replace("world/relationships/DIRECTOR_OF.csv", "kvk:82345671,2024,", "kvk:82345671,-,");
        replace("world/relationships/TRANSFER.csv", "INGB-2024-07-26-0001", "");
        assertThatThrownBy(() -> read(WorldSink.NONE))
                .isInstanceOf(WorldFormatException.class)
                .hasMessage("world/relationships/TRANSFER.csv, line 2, column 3 (key): TRANSFER may occur several times between two entities and needs a key that tells them apart");
    }

    @Test
    void anUnknownKindOfFileFailsAndAnUnknownColumnIsKeptAsTextAndReported() throws Exception {
        copyFixture();
        replace("world/nodes/Place.csv", "id,source,name,cbsCode,province\n", "id,source,name,cbsCode,province,inhabitants\n");
        replace("world/nodes/Place.csv", "Noord-Holland\n", "Noord-Holland,160000\n");
        WorldReader.Contents contents = read(WorldSink.NONE);
        assertThat(contents.notes()).containsExactly("world/nodes/Place.csv column inhabitants is not in world-format.md: kept as text");

        Files.writeString(dir.resolve("world/nodes/Boat.csv"), "id,source,name\nboat:1,synthetic:brp,De Zwaan\n");
        assertThatThrownBy(() -> read(WorldSink.NONE))
                .isInstanceOf(WorldFormatException.class)
                .hasMessageStartingWith("world/nodes/Boat.csv: no entity kind Boat in Spoor (known: [Person, Company,");
    }

    @Test
    void aHeaderWithoutTheFixedColumnsFails() throws Exception {
        copyFixture();
        replace("world/relationships/LIVES_AT.csv", "from,to,key,source,from,until", "from,to,source,key,from,until");

        assertThatThrownBy(() -> read(WorldSink.NONE))
                .isInstanceOf(WorldFormatException.class)
                .hasMessage("world/relationships/LIVES_AT.csv, line 1, column 3: the header must start with from,to,key,source, column 3 is \"source\"");
    }

    private WorldReader.Contents read(WorldSink sink) {
        return new WorldReader(WorldFiles.locate(dir), WorldLoadTest.KEY, "1").read(sink, bytes -> {
        });
    }

    private void copyFixture() throws Exception {
        Path source = WorldLoadTest.fixture();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
    }

    /** Writes each row as one line of text. */
    private record Recorder(List<String> rows) implements WorldSink {
        @Override
        public void sources(List<Source> sources) {
        }

        @Override
        public void beginNodes(EntityKind kind, Shape shape) {
        }

        @Override
        public void node(NodeRow row) {
            rows.add(row.kind().label() + " " + row.spoorId() + " " + row.locator() + " " + java.util.Arrays.toString(row.values()));
        }

        @Override
        public void endNodes() {
        }

        @Override
        public void beginRelationships(RelationshipKind kind, Shape shape) {
        }

        @Override
        public void relationship(RelationshipRow row) {
            rows.add(row.kind() + " " + row.from() + "->" + row.to() + " key=" + row.key() + " " + row.locator() + " " + java.util.Arrays.toString(row.values()));
        }

        @Override
        public void endRelationships() {
        }
    }
}
