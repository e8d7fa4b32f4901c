package nl.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.ingest.importers.bank.BankStatementImporter;
import nl.spoor.ingest.importers.bank.Statement;
import nl.spoor.ingest.importers.bank.TestPdfs;
import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.documents.DocumentRenderer;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.testing.TestStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routing inside the pipeline: a document that is a bank statement is also imported as one, under the
 * document's own source; relations the Dutch text states become relationships with their evidence.
 */
class IngestRoutingTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @TempDir
    static Path world;

    private static final BsnKey BSN_KEY = BsnKey.of(new byte[32]);
    private static final IngestOptions OPTIONS = new IngestOptions("fit-test-1", "fiod", "WGS art. 2.3", LocalDate.parse("2030-12-31"),
            Instant.parse("2025-03-01T09:00:00Z"), 2, IngestLimits.defaults(), false);

    /** Rendered bank statements by manifest variant (the first of each). */
    private static final Map<String, Path> STATEMENTS = new TreeMap<>();
    /** The world's TRANSFER rows: from IBAN, to IBAN, key, amount, date. */
    private static final List<Row> TRANSFERS = new ArrayList<>();
    /** The world's cash rows: account IBAN, key, date. */
    private static final List<Row> CASH = new ArrayList<>();

    private record Row(String from, String to, String key, BigDecimal amount, LocalDate date) {
        boolean touches(String iban) {
            return iban.equals(from) || iban.equals(to);
        }
    }

    @TempDir
    Path work;

    @BeforeAll
    static void generate() throws IOException {
        new WorldGenerator(Scale.SMALL, 7).generate(world, WorldGenerator.Progress.NONE);
        new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).render(world, world.resolve("documents"), 60, 7);
        // Bank statements alone, for the layouts the mix of 60 may lack (PDF afschriften, spreadsheets).
        new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).only(java.util.Set.of("bankafschrift"))
                .render(world, world.resolve("bank"), 60, 8);
        for (String folder : List.of("documents", "bank")) {
            JsonNode manifest = JsonMapper.builder().build().readTree(world.resolve(folder + "/manifest.json").toFile());
            for (JsonNode d : manifest.get("documents")) {
                if (d.get("kind").asString().equals("bankafschrift")) {
                    STATEMENTS.putIfAbsent(d.get("variant").asString(), world.resolve(folder).resolve(d.get("path").asString()));
                }
            }
        }
        rows("TRANSFER", r -> TRANSFERS.add(new Row(iban(r.get(0)), iban(r.get(1)), r.get(2), new BigDecimal(r.get(4)), LocalDate.parse(r.get(6)))));
        rows("CASH_DEPOSIT", r -> CASH.add(new Row(null, iban(r.get(1)), r.get(2), new BigDecimal(r.get(4)), LocalDate.parse(r.get(6)))));
        rows("CASH_WITHDRAWAL", r -> CASH.add(new Row(iban(r.get(0)), null, r.get(2), new BigDecimal(r.get(4)), LocalDate.parse(r.get(6)))));
    }

    @BeforeEach
    void empty() {
        STORE.clear();
    }

    private static IngestPipeline pipeline() {
        return new IngestPipeline(STORE.store(), BSN_KEY, new RuleExtractor(), new ExtractorRelease("RuleExtractor", "test"), OPTIONS,
                IngestProgress.silent());
    }

    @Test
    void bankStatementsAreImportedUnderTheDocumentsSourceAndOnlyOnce() throws IOException {
        importedUnderTheirSourcesOnlyOnce(List.of("ing-csv", "mt940"), "(line|entry):\\d+");
    }

    @Test
    void pdfAfschriftenAndSpreadsheetsAreImportedUnderTheDocumentsSourceWithPageAndRowAsEvidence() throws IOException {
        importedUnderTheirSourcesOnlyOnce(List.of("ing-pdf", "rabobank-pdf", "ing-xlsx", "rabobank-xls"), "(page:\\d+:)?row:\\d+");
    }

    @Test
    void aPdfAfschriftWithAChangedClosingBalanceKeepsItsTextAndRecordsWhy() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Path original = STATEMENTS.get("ing-pdf");
        Path file = in.resolve("afschrift.pdf");
        // The closing balance in the header, two digits swapped: the movements no longer account for it.
        String[] amount = TestPdfs.swapDigits(original, 1, "Eindsaldo", 0, file);

        IngestReport report = pipeline().run(List.of(in));

        assertThat(report.documents()).isEqualTo(1);
        assertThat(report.quarantined()).isEmpty();
        assertThat(report.statements()).isZero();
        assertThat(report.statementErrors()).singleElement().satisfies(p -> assertThat(p.reason())
                .contains(file + ", page 1, field Eindsaldo: is " + plain(amount[1]) + " but Beginsaldo"));
        assertThat(new IngestFiles(STORE.store()).all()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(IngestFileStatus.DONE);
            assertThat(f.statementError()).contains("page 1, field Eindsaldo");
        });
        assertThat(IngestedGraph.count(STORE.store(), "MATCH ()-[r:TRANSFER]->() RETURN count(r)")).isZero();
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (:Document)-[:HAS_PAGE]->(p:Page) RETURN count(p)")).isPositive();
    }

    @Test
    void aProcesVerbaalPdfNamingAmountsAndAccountsStaysADocument() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        TestPdfs.lines(in.resolve("pv-bevindingen.pdf"), List.of("Proces-verbaal van bevindingen",
                "Van de rekening NL91 ABNA 0417 1643 00 (IBAN) bleek:", "Periode: maart 2024. Beginsaldo € 1.250,00, eindsaldo € 2.100,00.",
                "Datum   Omschrijving   Bedrag", "03-03-2024   Contante storting   9.850,00"));

        IngestReport report = pipeline().run(List.of(in));

        assertThat(report.documents()).isEqualTo(1);
        assertThat(report.statements()).isZero();
        assertThat(report.statementErrors()).isEmpty();
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (d:Document) RETURN coalesce(d.statementFormat, 'none')", Map.of()))
                .containsExactly("none");
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (:Document)-[:MENTIONS]->(a:BankAccount) RETURN a.iban", Map.of()))
                .containsExactly("NL91ABNA0417164300");
    }

    /** A printed amount as the error names it: {@code 2.844,80} → {@code 2844.80}. */
    private static String plain(String printed) {
        return printed.replace("€", "").replace(" ", "").replace(".", "").replace(',', '.');
    }

    private void importedUnderTheirSourcesOnlyOnce(List<String> variants, String locator) throws IOException {
        assertThat(STATEMENTS).containsKeys(variants.toArray(String[]::new));
        Path in = Files.createDirectories(work.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (String variant : variants) {
            files.add(Files.copy(STATEMENTS.get(variant), in.resolve(STATEMENTS.get(variant).getFileName())));
        }

        IngestReport report = pipeline().run(List.of(in));

        assertThat(report.quarantined()).isEmpty();
        assertThat(report.failed()).isEmpty();
        assertThat(report.statementErrors()).isEmpty();
        assertThat(report.statements()).isEqualTo(variants.size());
        assertThat(report.statementErrors()).isEmpty();
        for (Path file : files) {
            String sha = IngestPipeline.sha256(Files.readAllBytes(file));
            String source = OPTIONS.sourceId(sha);
            Statement s = new BankStatementImporter().read(file);
            String iban = s.account().value();

            assertThat(IngestedGraph.strings(STORE.store(), "MATCH (s:Source {sourceId: $src}) RETURN s.kind", Map.of("src", source)))
                    .as(file.toString()).containsExactly("BANK_STATEMENT");
            assertThat(IngestedGraph.strings(STORE.store(), "MATCH (d:Document {sha256: $sha}) RETURN d.statementFormat + ' ' + d.statementAccount",
                    Map.of("sha", sha))).containsExactly(s.format().name() + " " + iban);

            // The world's movements of this account in the statement's period (the renderer stops at 120, possibly within a day).
            List<Row> movements = new ArrayList<>();
            TRANSFERS.stream().filter(r -> r.touches(iban)).forEach(movements::add);
            CASH.stream().filter(r -> r.touches(iban)).forEach(movements::add);
            List<Row> period = movements.stream().filter(r -> !r.date().isBefore(s.from()) && !r.date().isAfter(s.until()))
                    .sorted(Comparator.comparing(Row::date).thenComparing(Row::key)).toList();
            if (s.movements().size() == 120) {
                period = period.subList(0, 120);
            }
            TreeSet<String> expected = new TreeSet<>();
            period.stream().filter(r -> TRANSFERS.contains(r)).forEach(r -> expected.add(r.key() + " " + r.from() + " -> " + r.to() + " " + money(r.amount())));
            long expectedCash = period.stream().filter(r -> CASH.contains(r)).count();
            assertThat(expected).as(file.toString()).isNotEmpty();

            TreeSet<String> stored = new TreeSet<>();
            try (var session = STORE.store().driver().session(STORE.store().sessionConfig())) {
                session.run("""
                        MATCH (a:BankAccount)-[r:TRANSFER]->(b:BankAccount) WHERE a.iban = $iban OR b.iban = $iban
                        RETURN r.key AS key, a.iban AS from, b.iban AS to, r.amount AS amount, r.sourceIds AS sources,
                               [e IN r.evidence WHERE e CONTAINS $src] AS evidence""", Map.of("iban", iban, "src", source))
                        .forEachRemaining(r -> {
                            stored.add(r.get("key").asString() + " " + r.get("from").asString() + " -> " + r.get("to").asString() + " "
                                    + money(BigDecimal.valueOf(r.get("amount").asDouble())));
                            assertThat(r.get("sources").asList(v -> v.asString())).as(r.get("key").asString()).contains(source);
                            assertThat(r.get("evidence").asList(v -> v.asString())).as(r.get("key").asString()).singleElement()
                                    .satisfies(e -> assertThat(e).containsPattern("\"locator\":\"" + locator + "\""));
                        });
            }
            assertThat(stored).as(file.toString()).isEqualTo(expected);
            assertThat(IngestedGraph.count(STORE.store(), "MATCH (a:BankAccount {iban: '" + iban + "'})-[r:CASH_DEPOSIT|CASH_WITHDRAWAL]-(:Place) RETURN count(r)"))
                    .as(file.toString()).isEqualTo(expectedCash);
        }
        assertThat(new IngestFiles(STORE.store()).all()).hasSize(variants.size())
                .allSatisfy(f -> assertThat(f.status() + " " + f.statementError()).isEqualTo("done null"));

        List<String> before = IngestedGraph.dump(STORE.store());
        IngestReport again = pipeline().run(List.of(in));
        assertThat(again.documents()).isZero();
        assertThat(again.skipped()).isEqualTo(variants.size());
        assertThat(again.nodesCreated() + again.relationshipsCreated()).isZero();
        assertThat(IngestedGraph.dump(STORE.store())).isEqualTo(before);
    }

    @Test
    void aStatementThatCannotBeReadKeepsItsTextAndRecordsWhy() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        // A wrong check digit in the counter account (NL03 for NL02): the statement is refused, the text is not.
        Path file = Files.writeString(in.resolve("afschrift.csv"), "\"Datum\";\"Naam / Omschrijving\";\"Rekening\";\"Tegenrekening\";\"Code\";\"Af Bij\";"
                + "\"Bedrag (EUR)\";\"Mutatiesoort\";\"Mededelingen\";\"Saldo na mutatie\";\"Tag\"\r\n"
                + "\"20241104\";\"P. Jansen\";\"NL44RABO0123456789\";\"NL03ABNA0123456789\";\"OV\";\"Bij\";\"1250,00\";\"Overschrijving\";"
                + "\"Huur november\";\"1350,00\";\"\"\r\n");

        IngestReport report = pipeline().run(List.of(in));

        assertThat(report.documents()).isEqualTo(1);
        assertThat(report.quarantined()).isEmpty();
        assertThat(report.statements()).isZero();
        assertThat(report.statementErrors()).singleElement().satisfies(p -> assertThat(p.reason()).contains("Tegenrekening"));
        assertThat(new IngestFiles(STORE.store()).all()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(IngestFileStatus.DONE);
            assertThat(f.error()).isNull();
            assertThat(f.statementError()).contains(file.toString()).contains("Tegenrekening");
        });
        assertThat(IngestedGraph.count(STORE.store(), "MATCH ()-[r:TRANSFER]->() RETURN count(r)")).isZero();
        // The document and what its text names are there.
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (:Document)-[:MENTIONS]->(a:BankAccount) RETURN a.iban", Map.of()))
                .contains("NL44RABO0123456789");
    }

    @Test
    void relationsStatedInDutchTextBecomeRelationshipsWithTheirEvidence() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        String text = "Proces-verbaal van bevindingen\n\n"
                + "De heer Jan de Vries is bestuurder van Glashelder B.V. (KvK 12345678). Betrokkene Anna de Haan staat ingeschreven op "
                + "Maerelaan 78, 1968 CS Heemskerk. Het voertuig DZ-521-R staat op naam van mevrouw Anna de Haan. Op 3 maart 2024 is "
                + "€ 9.850,00 van NL91ABNA0417164300 overgemaakt naar NL20INGB0001234567.\n";
        Path file = Files.writeString(in.resolve("bevindingen.txt"), text);
        String source = OPTIONS.sourceId(IngestPipeline.sha256(Files.readAllBytes(file)));

        IngestReport report = pipeline().run(List.of(in));

        assertThat(report.documents()).isEqualTo(1);
        assertThat(report.statements()).isZero();
        List<Map<String, Object>> rels;
        try (var session = STORE.store().driver().session(STORE.store().sessionConfig())) {
            rels = session.run("""
                    MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT type(r) IN ['MENTIONS', 'EMBEDDED_IN']
                    MATCH (s:Source {sourceId: $src})-[e:ASSERTS]->(a)
                    WITH a, r, b, [x IN r.evidence WHERE x CONTAINS '"rel:'] AS evidence
                    RETURN DISTINCT coalesce(a.name, a.iban) + ' ' + type(r) + ' ' + coalesce(b.kvkNummer, b.kenteken, b.addressKey, b.iban) AS said,
                           r.phrase AS phrase, r.sourceIds AS sources, evidence
                    ORDER BY said""", Map.of("src", source)).list(r -> r.asMap());
        }
        assertThat(rels).extracting(r -> (String) r.get("said")).containsExactly(
                "Anna de Haan LIVES_AT " + IngestedGraph.strings(STORE.store(), "MATCH (a:Address {street: 'Maerelaan', place: 'Heemskerk'}) "
                        + "RETURN a.addressKey", Map.of()).stream().findFirst().orElse("?"),
                "Anna de Haan REGISTERED_OWNER DZ521R",
                "Jan de Vries DIRECTOR_OF 12345678",
                "NL91ABNA0417164300 TRANSFER NL20INGB0001234567");
        assertThat(rels).allSatisfy(r -> assertThat(r.get("sources")).isEqualTo(List.of(source)));
        Map<String, Object> director = rels.stream().filter(r -> ((String) r.get("said")).contains("DIRECTOR_OF")).findFirst().orElseThrow();
        assertThat(director.get("phrase")).isEqualTo("is bestuurder van");
        // Offsets are in the page text as Tika gives it; the phrase spans exactly its own length there.
        String evidence = (String) ((List<?>) director.get("evidence")).getFirst();
        var at = java.util.regex.Pattern.compile("\"end\":(\\d+),\"locator\":\"rel:p1:(\\d+)\",\"page\":1,.*\"start\":(\\d+)").matcher(evidence);
        assertThat(at.find()).as(evidence).isTrue();
        assertThat(Integer.parseInt(at.group(3))).isEqualTo(Integer.parseInt(at.group(2)));
        assertThat(Integer.parseInt(at.group(1)) - Integer.parseInt(at.group(3))).isEqualTo("is bestuurder van".length());
        assertThat(evidence).contains("Jan de Vries is bestuurder van Glashelder B.V. (KvK 12345678)");
        assertThat(((List<?>) director.get("evidence"))).hasSize(1);
        // The company named with its KvK-nummer is the company of that number, named as written.
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (c:Company {kvkNummer: '12345678'}) RETURN c.name + ' ' + c.spoorId", Map.of()))
                .containsExactly("Glashelder B.V. kvk:12345678");
    }

    private static String money(BigDecimal amount) {
        return amount.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String iban(String id) {
        return id.startsWith("iban:") ? id.substring(5) : id;
    }

    private static void rows(String type, java.util.function.Consumer<CSVRecord> row) throws IOException {
        try (Reader r = Files.newBufferedReader(world.resolve("world/relationships/" + type + ".csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180.builder().setSkipHeaderRecord(true)
                     .setHeader().get()).get()) {
            p.forEach(row);
        }
    }
}
