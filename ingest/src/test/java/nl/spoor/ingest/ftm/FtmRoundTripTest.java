package nl.spoor.ingest.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.demo.DemoWorld;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.testing.GraphDump;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.GraphWriter;
import tools.jackson.databind.JsonNode;

/**
 * FtM JSON lines through import and export, both ways round: an FtM file of every schema Spoor models
 * comes back as it went in, and a Spoor graph exported and imported into an empty store is the same graph.
 */
class FtmRoundTripTest {

    static final BsnKey KEY = BsnKey.of(HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
    static final FtmImport.Delivery DELIVERY = new FtmImport.Delivery("RIEC-NH-2025-099", "fiod", "WGS art. 2.3", LocalDate.parse("2031-01-01"),
            Instant.parse("2025-06-01T10:00:00Z"), null);

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @TempDir
    Path tmp;

    @BeforeEach
    void emptyStore() {
        STORE.clear();
    }

    static Path fixture(String name) {
        try {
            return Path.of(FtmRoundTripTest.class.getResource("/ftm/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static FtmImportReport importFiles(Path... files) {
        return new FtmImport(new GraphWriter(STORE.store().driver(), STORE.store().database()), KEY, DELIVERY, LoadProgress.silent())
                .run(List.of(files));
    }

    static List<JsonNode> export(String caseId) {
        StringWriter out = new StringWriter();
        new FtmExport(STORE.store(), KEY, LoadProgress.silent()).run(out, caseId);
        return out.toString().lines().map(l -> FtmValues.JSON.readTree(l)).toList();
    }

    /** An FtM entity as plain FtM tools see it: id, schema, and each property's values as a set. */
    static String plain(JsonNode line, Set<String> leaveOutProof) {
        Map<String, Set<String>> props = new TreeMap<>();
        line.get("properties").properties().forEach(e -> {
            Set<String> values = new TreeSet<>();
            e.getValue().forEach(v -> values.add(v.asString()));
            if (e.getKey().equals("proof")) {
                values.removeAll(leaveOutProof);
            }
            if (!values.isEmpty()) {
                props.put(e.getKey(), values);
            }
        });
        return line.get("id").asString() + " " + line.get("schema").asString() + " " + props;
    }

    static List<JsonNode> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(l -> FtmValues.JSON.readTree(l)).toList();
    }

    @Test
    void ftmFileOfEverySchemaComesBackAsItWentIn() throws IOException {
        Path file = fixture("every-schema.ftm.jsonl");
        FtmImportReport report = importFiles(file);
        assertThat(report.badLines()).isEmpty();
        assertThat(report.entities()).isEqualTo(19);
        assertThat(report.relationships()).isEqualTo(17);

        List<JsonNode> exported = export(null);
        Set<String> sourceDocuments = new TreeSet<>();
        exported.stream().filter(l -> l.path("spoor").has("source")).forEach(l -> sourceDocuments.add(l.get("id").asString()));
        assertThat(sourceDocuments).hasSize(1);
        List<String> back = exported.stream().filter(l -> !l.path("spoor").has("source")).map(l -> plain(l, sourceDocuments)).sorted().toList();
        List<String> in = read(file).stream().map(l -> plain(l, Set.of())).sorted().toList();
        assertThat(back).containsExactlyElementsOf(in);
        // Every line names the delivery it came in as its proof.
        exported.stream().filter(l -> !l.path("spoor").has("source"))
                .forEach(l -> assertThat(l.get("properties").get("proof").get(0).asString()).isEqualTo(sourceDocuments.iterator().next()));
    }

    @Test
    void linksBecomeTheRelationshipsOfTheirSchemaTargetAndRole() {
        importFiles(fixture("every-schema.ftm.jsonl"));
        Map<String, Long> types = new TreeMap<>();
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            s.run("MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS t, count(*) AS n").forEachRemaining(r -> types.put(r.get("t").asString(), r.get("n").asLong()));
            assertThat(s.run("MATCH (:Person {spoorId: 'ftm:RIEC-NH-2025-099:p1'})-[r:DIRECTOR_OF]->(c:Company) RETURN c.spoorId AS c, r.role AS role, r.from AS from")
                    .single().asMap()).isEqualTo(Map.of("c", "kvk:64567123", "role", "bestuurder", "from", LocalDate.parse("2016-11-01")));
            assertThat(s.run("MATCH (a:BankAccount)-[t:TRANSFER]->(b:BankAccount {spoorId: 'iban:NL91ABNA0417164300'}) RETURN t.amount AS amount, t.date AS date, t.description AS d, t.key AS key")
                    .single().asMap()).isEqualTo(Map.of("amount", 2150.0, "date", LocalDate.parse("2024-07-26"), "d", "Loon juli", "key", "pay1"));
            assertThat(s.run("MATCH (:Company {spoorId: 'kvk:64567123'})-[o:OWNS]->(c:Company) RETURN c.spoorId AS c, o.share AS share").single().asMap())
                    .isEqualTo(Map.of("c", "kvk:71234567", "share", 100.0));
            assertThat(s.run("MATCH (p:Person)-[f:FAMILY_OF]->(q:Person) RETURN p.spoorId AS p, q.spoorId AS q, f.relation AS rel").single().asMap())
                    .isEqualTo(Map.of("p", "ftm:RIEC-NH-2025-099:p1", "q", "ftm:RIEC-NH-2025-099:p2", "rel", "spouse"));
            // Residence and vehicle owner as FtM states them, as entity properties.
            assertThat(s.run("MATCH (:Person {spoorId: 'ftm:RIEC-NH-2025-099:p3'})-[r:LIVES_AT]->(a:Address) RETURN a.spoorId AS a, r.key AS key")
                    .single().asMap()).isEqualTo(Map.of("a", "address:1506EK-3", "key", "ftm-property:addressEntity"));
            assertThat(s.run("MATCH (o)-[r:REGISTERED_OWNER]->(:Vehicle) RETURN o.spoorId AS o ORDER BY o").list(r -> r.get("o").asString()))
                    .containsExactly("ftm:RIEC-NH-2025-099:p3", "kvk:64567123");
            assertThat(s.run("MATCH (v:Vehicle) RETURN v.spoorId AS id, v.kenteken AS k, v.catalogueValue AS value").single().asMap())
                    .isEqualTo(Map.of("id", "kenteken:GZ416B", "k", "GZ416B", "value", 232000.0));
        }
        assertThat(types).isEqualTo(new TreeMap<>(Map.ofEntries(Map.entry("DIRECTOR_OF", 1L), Map.entry("OWNS", 1L), Map.entry("HOLDS_ACCOUNT", 1L),
                Map.entry("OWNS_PROPERTY", 1L), Map.entry("REGISTERED_OWNER", 2L), Map.entry("LIVES_AT", 1L), Map.entry("EMPLOYED_BY", 1L), Map.entry("FAMILY_OF", 1L),
                Map.entry("ASSOCIATE_OF", 1L), Map.entry("SUCCEEDED_BY", 1L), Map.entry("TRANSFER", 3L), Map.entry("LANDLORD_OF", 1L),
                Map.entry("UNKNOWN_LINK", 2L))));
    }

    @Test
    void unknownSchemataAndPropertiesAreKeptAndCounted() {
        FtmImportReport report = importFiles(fixture("every-schema.ftm.jsonl"));
        assertThat(report.unknownSchemata()).isEqualTo(Map.of("Sanction", 1L, "Vessel", 1L));
        assertThat(report.keptProperties()).containsEntry("Person.alias", 1L).containsEntry("Person.nationality", 1L)
                .containsEntry("Person.birthDate", 1L).containsEntry("Company.name", 1L).containsEntry("Vehicle.registrationNumber", 1L)
                .containsEntry("Payment.payer", 1L).containsEntry("Payment.transactionNumber", 1L).containsEntry("Ownership.ownershipType", 1L);
        assertThat(report.summary()).anyMatch(l -> l.contains("Sanction ×1, Vessel ×1"));
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            assertThat(s.run("MATCH (n:FtmEntity) RETURN n.spoorId AS id ORDER BY id").list(r -> r.get("id").asString()))
                    .containsExactly("ftm:RIEC-NH-2025-099:san1", "ftm:RIEC-NH-2025-099:ves1");
            // The partial birth date FtM allows is kept as FtM wrote it, not guessed into a date.
            assertThat(s.run("MATCH (p:Person {spoorId: 'ftm:RIEC-NH-2025-099:p2'}) RETURN p.birthDate IS NULL AS none, p.ftm AS ftm").single().asMap())
                    .isEqualTo(Map.of("none", true, "ftm", "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"birthDate\":[\"1983\"],\"gender\":[\"female\"]}}"));
        }
    }

    @Test
    void strongIdentifiersMeetTheNodesOtherImportersMade() {
        new GraphWriter(STORE.store().driver(), STORE.store().database()).write(new DemoWorld(KEY).batch());
        Path file = tmp.resolve("meet.ftm.jsonl");
        writeLines(file, "{\"id\":\"acc\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"nl70 ingb 0007 0123 45\"]}}",
                "{\"id\":\"co\",\"schema\":\"Company\",\"properties\":{\"registrationNumber\":[\"71234567\"],\"name\":[\"Glashelder\"]}}",
                "{\"id\":\"car\",\"schema\":\"Vehicle\",\"properties\":{\"registrationNumber\":[\"gz-416-b\"]}}",
                "{\"id\":\"own\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"co\"],\"asset\":[\"acc\"]}}");
        long before = count("MATCH (n:Entity) RETURN count(n) AS n");
        FtmImportReport report = importFiles(file);
        assertThat(report.badLines()).isEmpty();
        assertThat(count("MATCH (n:Entity) RETURN count(n) AS n")).isEqualTo(before);
        assertThat(count("MATCH (:Company {spoorId: 'kvk:71234567'})-[:HOLDS_ACCOUNT]->(:BankAccount {spoorId: 'iban:NL70INGB0007012345'}) RETURN count(*) AS n")).isEqualTo(1);
        assertThat(count("MATCH (:Source {title: 'meet.ftm.jsonl', partner: 'fiod', caseId: 'RIEC-NH-2025-099', kind: 'INTERCHANGE'})-[:ASSERTS]->(v:Vehicle {spoorId: 'kenteken:GZ416B'}) RETURN count(*) AS n")).isEqualTo(1);
    }

    @Test
    void aBsnIsStoredOnlyAsItsKeyedHashAndNeverExported() {
        Path file = tmp.resolve("bsn.ftm.jsonl");
        writeLines(file, "{\"id\":\"x\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Piet Jansen\"],\"nationalId\":[\"111222333\"]}}");
        importFiles(file);
        String hash = nl.spoor.model.graph.IdentifierKeys.BSN.storedValue("111222333", KEY);
        assertThat(count("MATCH (p:Person {spoorId: 'bsn:" + hash + "', bsnHash: '" + hash + "'}) RETURN count(p) AS n")).isEqualTo(1);
        assertThat(String.join("\n", GraphDump.of(STORE.store()))).doesNotContain("111222333");
        List<JsonNode> exported = export(null);
        assertThat(exported.toString()).doesNotContain("111222333");
        assertThat(exported.stream().filter(l -> l.get("id").asString().equals("x")).findFirst().orElseThrow().get("properties").has("nationalId")).isFalse();
    }

    @Test
    void badLinesRefuseTheWholeImportAndNameFileLineAndField() {
        new GraphWriter(STORE.store().driver(), STORE.store().database()).write(new DemoWorld(KEY).batch());
        List<String> before = GraphDump.of(STORE.store());
        Path file = tmp.resolve("kapot.ftm.jsonl");
        writeLines(file, "{\"id\":\"p\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Goed\"]}}",
                "{\"id\":\"q\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Half\"",
                "{\"id\":\"r\",\"properties\":{\"name\":[\"Zonder schema\"]}}",
                "",
                "{\"id\":\"d\",\"schema\":\"Directorship\",\"properties\":{\"director\":[\"p\"],\"organization\":[\"nergens\"]}}",
                "{\"id\":\"s\",\"schema\":\"Person\",\"properties\":{\"name\":\"geen lijst\"}}",
                "{\"id\":\"e\",\"schema\":\"Employment\",\"properties\":{\"employer\":[\"p\"]}}");
        FtmImportReport report = importFiles(file);
        assertThat(report.refused()).isTrue();
        assertThat(report.badLines()).hasSize(5);
        assertThat(report.badLines().get(0)).startsWith(file + ":2: not JSON");
        assertThat(report.badLines().subList(1, 5)).containsExactly(
                file + ":3 (schema): missing or not a string; entity r needs its FtM schema",
                file + ":5 (properties.organization): refers to nergens, which no line of this import defines",
                file + ":6 (properties.name): not a list; every FtM property is a list of values",
                file + ":7 (properties.employee): a Employment needs its employee");
        assertThat(GraphDump.of(STORE.store())).isEqualTo(before);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        importFiles(fixture("every-schema.ftm.jsonl"));
        List<String> once = GraphDump.of(STORE.store());
        importFiles(fixture("every-schema.ftm.jsonl"));
        assertThat(GraphDump.of(STORE.store())).isEqualTo(once);
        // The Payments' accounts carry their transfer counts, not doubled by the second import.
        assertThat(nl.spoor.model.testing.TransferCountsCheck.counted(STORE.store())).isGreaterThanOrEqualTo(2);
        assertThat(nl.spoor.model.testing.TransferCountsCheck.wrong(STORE.store())).isEmpty();
    }

    static final Pattern RESTORED = Pattern.compile("ftm:[0-9a-f]{20}:");

    /**
     * What must differ: the delivery. The import is a new delivery under the importer's purpose binding,
     * so each restored source has this import's partner, basis, case, received-at and retention, and an id
     * that names the delivery before the original id; and the delivery itself is one more Source.
     */
    @Test
    void spoorGraphExportedAndImportedIntoAnEmptyStoreIsTheSameGraph() throws IOException {
        new GraphWriter(STORE.store().driver(), STORE.store().database()).write(new DemoWorld(KEY).batch());
        String[] delivered = {"partner", "legalBasis", "caseId", "receivedAt", "retainUntil"};
        List<String> original = GraphDump.of(STORE.store(), delivered);
        Path file = tmp.resolve("demo.ftm.jsonl");
        List<JsonNode> lines = export(null);
        Files.write(file, lines.stream().map(JsonNode::toString).toList(), StandardCharsets.UTF_8);
        assertThat(lines.toString()).doesNotContain("\"nationalId\"");

        STORE.clear();
        FtmImportReport report = importFiles(file);
        assertThat(report.badLines()).isEmpty();
        assertThat(report.restoredSources()).isEqualTo(3);
        assertThat(report.unknownSchemata()).isEmpty();
        List<String> again = new ArrayList<>(GraphDump.of(STORE.store(), delivered).stream()
                .filter(l -> !l.contains("kind=STRING \"INTERCHANGE\"")).map(l -> RESTORED.matcher(l).replaceAll("")).sorted().toList());
        // This covers the accounts' transfer counts too: not exported, recounted by the import's writer.
        assertThat(again).containsExactlyElementsOf(original);
        assertThat(String.join("\n", original)).contains("transfersIn=INTEGER");
    }

    @Test
    void exportOfOneCaseHoldsOnlyThatCasesSourcesAndFacts() {
        new GraphWriter(STORE.store().driver(), STORE.store().database()).write(new DemoWorld(KEY).batch());
        importFiles(fixture("every-schema.ftm.jsonl"));
        List<JsonNode> lines = export("RIEC-NH-2025-099");
        assertThat(lines.stream().filter(l -> l.path("spoor").has("source")).map(l -> l.get("spoor").get("source").get("caseId").asString()).toList())
                .containsExactly("RIEC-NH-2025-099");
        Map<String, Integer> evidenceSources = new HashMap<>();
        lines.forEach(l -> l.path("spoor").path("evidence").forEach(e -> evidenceSources.merge(e.get("source").asString(), 1, Integer::sum)));
        assertThat(evidenceSources.keySet()).allMatch(s -> s.startsWith("ftm:"));
        // The company the demo world and the file both know: only what the file said about it.
        JsonNode holding = lines.stream().filter(l -> l.get("id").asString().equals("c1")).findFirst().orElseThrow();
        assertThat(holding.get("properties").get("name").toString()).isEqualTo("[\"Demir Holding B.V.\",\"Demir Holding\"]");
        assertThat(holding.get("properties").has("status")).isFalse();
        assertThat(holding.get("spoor").get("properties").has("status")).isFalse();
    }

    private void writeLines(Path file, String... lines) {
        try {
            Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long count(String cypher) {
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            return s.run(cypher).single().get("n").asLong();
        }
    }
}
