package nl.spoor.ingest.world.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.testing.GraphDump;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.WriteBatch;

class WorldLoadTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    static final BsnKey KEY = BsnKey.of(HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    static final String KEMAL = IdentifierKeys.BSN.ref("111222333", KEY).spoorId();
    static final String JAN = IdentifierKeys.BSN.ref("123456782", KEY).spoorId();

    @TempDir
    Path home;

    @Test
    void offlineImportIntoAStoreNeverStartedGivesTheGraphTheGraphWriterGives() throws Exception {
        LoadReport report = loader().load(fixture());

        assertThat(report.path()).isEqualTo(LoadReport.Path.OFFLINE_IMPORT);
        assertThat(report.reason()).isEqualTo("the embedded database does not exist yet");
        assertThat(report.sources()).isEqualTo(3);
        assertThat(report.nodesPerLabel()).containsExactly(Map.entry("Address", 2L), Map.entry("BankAccount", 3L), Map.entry("Company", 2L),
                Map.entry("Person", 4L), Map.entry("Place", 1L));
        assertThat(report.relationshipsPerType()).containsExactly(Map.entry("CASH_DEPOSIT", 1L), Map.entry("DIRECTOR_OF", 2L),
                Map.entry("FAMILY_OF", 2L), Map.entry("HOLDS_ACCOUNT", 3L), Map.entry("LIVES_AT", 2L), Map.entry("LOCATED_IN", 2L),
                Map.entry("REGISTERED_AT", 1L), Map.entry("TRANSFER", 4L));
        assertThat(report.notes()).isEmpty();
        assertThat(report.store().nodesPerLabel()).containsEntry("Entity", 12L).containsEntry("Source", 3L).containsEntry("Person", 4L);
        // The two FAMILY_OF rows name one pair in both directions: one relationship, as the GraphWriter stores it.
        assertThat(report.store().relationshipsPerType()).containsEntry("ASSERTS", 12L).containsEntry("FAMILY_OF", 1L).containsEntry("TRANSFER", 4L);
        try (Stream<Path> left = Files.list(home)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("neo4j");
        }

        List<String> imported;
        try (SpoorStore store = SpoorStore.open(settings())) {
            imported = GraphDump.of(store);
        }
        assertThat(imported).isEqualTo(writtenThroughGraphWriter());
        assertTheFixtureGraph(imported);
        // The dump above covers every stored property. This covers what else stays under SPOOR_HOME: the importer's work
        // files, logs and reports (Neo4j's own stores encode short numeric strings, so they would not show a BSN as text).
        assertThat(filesContaining(home, "111222333")).as("store files holding a BSN").isEmpty();
        assertThat(filesContaining(home, "123456782")).as("store files holding a BSN").isEmpty();
    }

    /** Every file under {@code root} whose bytes contain {@code text} (ASCII), e.g. Neo4j's store and log files. */
    private static List<Path> filesContaining(Path root, String text) throws IOException {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                try {
                    byte[] bytes = Files.readAllBytes(p);
                    outer:
                    for (int i = 0; i + needle.length <= bytes.length; i++) {
                        for (int j = 0; j < needle.length; j++) {
                            if (bytes[i + j] != needle[j]) {
                                continue outer;
                            }
                        }
                        return true;
                    }
                    return false;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void offlineImportReplacesAnEmptyStoreThatWasOpenedBefore() throws Exception {
        try (SpoorStore ignored = SpoorStore.open(settings())) {
            // A first start creates the system database, the password and the schema.
        }
        LoadReport report = loader().load(fixture());

        assertThat(report.path()).isEqualTo(LoadReport.Path.OFFLINE_IMPORT);
        assertThat(report.reason()).isEqualTo("the embedded database holds no data");
        try (SpoorStore store = SpoorStore.open(settings())) {
            assertThat(GraphDump.of(store)).isEqualTo(writtenThroughGraphWriter());
            try (var s = store.driver().session(store.sessionConfig())) {
                assertThat(s.run("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_spoor_id' RETURN count(*) AS n").single().get("n").asLong()).isEqualTo(1);
                assertThat(s.run("SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n").single().get("n").asLong()).isZero();
            }
        }
    }

    @Test
    void aStoreThatHoldsDataGetsTheWorldThroughTransactionsBesideWhatItHeld() throws Exception {
        try (SpoorStore store = SpoorStore.open(settings())) {
            writeUnrelatedPerson(store);
        }
        List<String> before;
        try (SpoorStore store = SpoorStore.open(settings())) {
            before = GraphDump.of(store);
        }

        LoadReport report = loader().load(fixture());

        assertThat(report.path()).isEqualTo(LoadReport.Path.TRANSACTIONAL);
        assertThat(report.reason()).isEqualTo("the embedded store already holds data, which the offline importer would replace");
        try (SpoorStore store = SpoorStore.open(settings())) {
            List<String> after = GraphDump.of(store);
            assertThat(after).containsAll(before);
            after.removeAll(before);
            assertThat(after).isEqualTo(writtenThroughGraphWriter());
        }
    }

    @Test
    void loadingTwiceThroughTransactionsChangesNothing() throws Exception {
        List<String> once = writtenThroughGraphWriter();
        new WorldLoader(settings(), KEY, LoadProgress.silent()).loadTransactionally(STORE.store(), fixture());

        assertThat(GraphDump.of(STORE.store())).isEqualTo(once);
        assertTheFixtureGraph(once);
    }

    @Test
    void theBsnNeverReachesTheStore() throws Exception {
        List<String> dump = writtenThroughGraphWriter();

        assertThat(dump).noneMatch(line -> line.contains("111222333") || line.contains("123456782"));
        assertThat(dump).anyMatch(line -> line.contains("bsnHash=STRING \"" + KEMAL.substring(4) + "\""));
    }

    @Test
    void aBadDateFailsNamingFileLineAndColumnAndWritesNothing() throws Exception {
        Path world = copyOfFixture();
        replace(world.resolve("world/relationships/TRANSFER.csv"), "2024-08-27", "2024-08-32");
        List<String> before = writtenThroughGraphWriter();

        assertThatThrownBy(() -> new WorldLoader(settings(), KEY, LoadProgress.silent()).loadTransactionally(STORE.store(), world))
                .isInstanceOf(WorldFormatException.class)
                .hasMessage("world/relationships/TRANSFER.csv, line 6, column 7 (date): \"2024-08-32\" is not a date yyyy-MM-dd");
        assertThat(GraphDump.of(STORE.store())).isEqualTo(before);
    }

    @Test
    void aRowMissingACellFailsNamingFileLineAndColumnAndWritesNothing() throws Exception {
        Path world = copyOfFixture();
        replace(world.resolve("world/nodes/Company.csv"), "2024-03-04,,ZS-GLW-2024-0007", "2024-03-04,");
        List<String> before = writtenThroughGraphWriter();

        assertThatThrownBy(() -> new WorldLoader(settings(), KEY, LoadProgress.silent()).loadTransactionally(STORE.store(), world))
                .isInstanceOf(WorldFormatException.class)
                .hasMessage("world/nodes/Company.csv, line 3, column 12 (permit): the row has 11 cells, the header 12: column permit is missing");
        assertThat(GraphDump.of(STORE.store())).isEqualTo(before);
    }

    @Test
    void anUnknownEndpointFailsBeforeTheImportAndLeavesNoDatabase() throws Exception {
        Path world = copyOfFixture();
        replace(world.resolve("world/relationships/HOLDS_ACCOUNT.csv"), "person:000002,", "person:000099,");

        assertThatThrownBy(() -> loader().load(world))
                .isInstanceOf(WorldFormatException.class)
                .hasMessage("world/relationships/HOLDS_ACCOUNT.csv, line 3, column 1 (from): no node file has the entity person:000099");
        try (Stream<Path> left = Files.list(home)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUnknownEndpointFailsTheTransactionalPathAndWritesNothing() throws Exception {
        Path world = copyOfFixture();
        replace(world.resolve("world/relationships/TRANSFER.csv"), "iban:NL30RABO0301234567,INGB-2024-08-27", "iban:NL02ABNA0123456789,INGB-2024-08-27");
        List<String> before = writtenThroughGraphWriter();

        assertThatThrownBy(() -> new WorldLoader(settings(), KEY, LoadProgress.silent()).loadTransactionally(STORE.store(), world))
                .isInstanceOf(WorldFormatException.class)
                .hasMessage("world/relationships/TRANSFER.csv, line 6, column 2 (to): no node file has the entity iban:NL02ABNA0123456789");
        assertThat(GraphDump.of(STORE.store())).isEqualTo(before);
    }

    /** The fixture written into the shared store through the GraphWriter (the transactional path), as a dump. */
    private List<String> writtenThroughGraphWriter() throws Exception {
        STORE.clear();
        LoadReport report = new WorldLoader(settings(), KEY, LoadProgress.silent()).loadTransactionally(STORE.store(), fixture());
        assertThat(report.path()).isEqualTo(LoadReport.Path.TRANSACTIONAL);
        return GraphDump.of(STORE.store());
    }

    /** Exact shapes a few rows must have, whichever path stored them. */
    static void assertTheFixtureGraph(List<String> dump) {
        // Every account's transfer and counterparty counts (schema V11, V12: the offline import's fresh database gets them
        // from the migrations' fills, the transactional path from the GraphWriter).
        assertThat(dump.stream().filter(line -> line.startsWith("node [BankAccount, Entity]"))
                .map(line -> line.replaceAll(".*?(receiversOut=\\S+ \\d+, sendersIn=\\S+ \\d+, )?spoorId=STRING \"([^\"]+)\".*?"
                        + "(transfersIn=\\S+ \\d+, transfersOut=\\S+ \\d+)?}$", "$2 $1$3")))
                .containsExactlyInAnyOrder("iban:NL70INGB0007012345 receiversOut=INTEGER 1, sendersIn=INTEGER 0, transfersIn=INTEGER 0, transfersOut=INTEGER 2",
                        "iban:NL67INGB0006543210 receiversOut=INTEGER 1, sendersIn=INTEGER 1, transfersIn=INTEGER 2, transfersOut=INTEGER 2",
                        "iban:NL30RABO0301234567 receiversOut=INTEGER 0, sendersIn=INTEGER 1, transfersIn=INTEGER 2, transfersOut=INTEGER 0");
        assertThat(dump).contains(
                "node [Entity, Person] {birthDate=DATE 1979-04-12, birthPlace=STRING \"Zaandam\", bsnHash=STRING \"" + KEMAL.substring(4)
                        + "\", gender=STRING \"M\", givenNames=STRING \"Kemal\", initials=STRING \"K.\", name=STRING \"Kemal Demir\", "
                        + "nationality=STRING \"NL\", spoorId=STRING \"" + KEMAL + "\", surname=STRING \"Demir\"}",
                "node [Company, Entity] {endDate=DATE 2024-02-29, kvkNummer=STRING \"71234567\", legalForm=STRING \"B.V.\", "
                        + "name=STRING \"Glashelder \\\"Zaandam\\\" B.V.\", sbiCode=STRING \"81.22\", "
                        + "sbiDescription=STRING \"Glazenwassen\", spoorId=STRING \"kvk:71234567\", startDate=DATE 2019-03-01}",
                "node [Address, Entity] {addressKey=STRING \"1506EK-3\", addressType=STRING \"bedrijfspand\", houseNumber=INTEGER 3, "
                        + "municipality=STRING \"Zaanstad\", municipalityCode=STRING \"GM0479\", place=STRING \"Zaandam\", postcode=STRING \"1506 EK\", "
                        + "spoorId=STRING \"address:1506EK-3\", street=STRING \"Kogerveldweg\"}",
                "node [Source] {caseId=STRING \"world-fixture\", extractor=STRING \"spoor-world\", extractorVersion=STRING \"1\", "
                        + "kind=STRING \"SYNTHETIC\", legalBasis=STRING \"WGS art. 2.3\", partner=STRING \"kvk\", receivedAt=DATE_TIME 2025-03-01T09:00Z, "
                        + "retainUntil=DATE 2030-03-01, sourceId=STRING \"synthetic:kvk\", title=STRING \"KvK-uittreksels, glazenwassers\"}",
                "rel (synthetic:bank:INGB)-[ASSERTS]->(iban:NL30RABO0301234567) {asserted=STRING \"{\\\"bankCode\\\":\\\"RABO\\\","
                        + "\\\"bic\\\":\\\"RABONL2U\\\",\\\"currency\\\":\\\"EUR\\\",\\\"iban\\\":\\\"NL30RABO0301234567\\\"}\", confidence=FLOAT 1.0, "
                        + "locator=STRING \"nodes/BankAccount.csv:4\"}",
                "rel (iban:NL67INGB0006543210)-[TRANSFER]->(iban:NL30RABO0301234567) {amount=FLOAT 1900.0, channel=STRING \"sepa\", "
                        + "currency=STRING \"EUR\", date=DATE 2024-08-27, evidence=LIST OF ANY? [\"{\\\"confidence\\\":1.0,\\\"locator\\\":"
                        + "\\\"relationships/TRANSFER.csv:6\\\",\\\"source\\\":\\\"synthetic:bank:INGB\\\"}\"], key=STRING \"INGB-2024-08-27-0004\", "
                        + "sourceIds=LIST OF ANY? [\"synthetic:bank:INGB\"]}",
                "rel (iban:NL70INGB0007012345)-[TRANSFER]->(iban:NL67INGB0006543210) {amount=FLOAT 2150.0, channel=STRING \"salaris\", "
                        + "currency=STRING \"EUR\", date=DATE 2024-08-26, description=STRING \"Loon augustus\n(tweede regel)\", "
                        + "evidence=LIST OF ANY? [\"{\\\"confidence\\\":1.0,\\\"locator\\\":\\\"relationships/TRANSFER.csv:4\\\",\\\"source\\\":"
                        + "\\\"synthetic:bank:INGB\\\"}\"], key=STRING \"INGB-2024-08-26-0003\", sourceIds=LIST OF ANY? [\"synthetic:bank:INGB\"]}",
                "rel (" + KEMAL + ")-[FAMILY_OF]->(person:000001) {evidence=LIST OF ANY? [\"{\\\"confidence\\\":1.0,\\\"locator\\\":"
                        + "\\\"relationships/FAMILY_OF.csv:2\\\",\\\"source\\\":\\\"synthetic:brp\\\"}\", \"{\\\"confidence\\\":1.0,\\\"locator\\\":"
                        + "\\\"relationships/FAMILY_OF.csv:3\\\",\\\"source\\\":\\\"synthetic:brp\\\"}\"], key=STRING \"\", relation=STRING \"partner\", "
                        + "sourceIds=LIST OF ANY? [\"synthetic:brp\"]}",
                "rel (" + KEMAL + ")-[LIVES_AT]->(address:1502AM-14-A) {evidence=LIST OF ANY? [\"{\\\"confidence\\\":1.0,\\\"locator\\\":"
                        + "\\\"relationships/LIVES_AT.csv:2\\\",\\\"source\\\":\\\"synthetic:brp\\\"}\"], from=DATE 2015-01-01, key=STRING \"2015-01-01\", "
                        + "sourceIds=LIST OF ANY? [\"synthetic:brp\"]}");
    }

    private static void writeUnrelatedPerson(SpoorStore store) {
        var source = new nl.spoor.model.provenance.Source("test:earlier", nl.spoor.model.provenance.SourceKind.ANALYST, null, "earlier note",
                "politie-nh", "WGS art. 2.3", "case-1", java.time.Instant.parse("2025-01-01T00:00:00Z"), java.time.LocalDate.parse("2030-01-01"),
                "analyst", "1");
        new GraphWriter(store.driver(), store.database()).write(new WriteBatch().source(source)
                .entity(new EntityFact(new EntityRef(EntityKind.PERSON, "person:earlier"), Map.of("name", "Eerder Bekend"), Evidence.row("test:earlier", 1))));
    }

    private WorldLoader loader() {
        return new WorldLoader(settings(), KEY, LoadProgress.silent());
    }

    private StoreSettings settings() {
        return new StoreSettings(home, Optional.empty(), "neo4j", null, "neo4j", 0, "256m");
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(WorldLoadTest.class.getResource("/world-load-fixture").toURI());
    }

    private static Path copyOfFixture() throws IOException, URISyntaxException {
        Path target = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "world-");
        Path source = fixture();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
