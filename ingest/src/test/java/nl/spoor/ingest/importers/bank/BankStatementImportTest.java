package nl.spoor.ingest.importers.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.documents.DocumentRenderer;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.WriteResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bank statements the world's document renderer writes, read back and compared with the world's
 * own transfers and cash rows; written to the graph with their provenance.
 */
class BankStatementImportTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @TempDir
    static Path world;

    /** Rendered bank statements by path, with their manifest variant. */
    static final Map<Path, String> STATEMENTS = new TreeMap<>();
    /** The world's movements per account IBAN. */
    static final Map<String, List<Expected>> MOVEMENTS = new HashMap<>();

    final BankStatementImporter importer = new BankStatementImporter();

    /** What a statement of {@code account} should say about one world row. */
    record Expected(String key, LocalDate date, BigDecimal amount, Movement.Kind kind, String counterIban) {
    }

    @BeforeAll
    static void renderASmallWorld() throws IOException {
        new WorldGenerator(Scale.SMALL, 7).generate(world, WorldGenerator.Progress.NONE);
        // The usual mix (other documents must not pass for statements), and bank statements alone, enough for every layout.
        new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).render(world, world.resolve("documents"), 60, 7);
        new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).only(java.util.Set.of("bankafschrift"))
                .render(world, world.resolve("bank"), 60, 8);
        for (String folder : List.of("documents", "bank")) {
            JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(world.resolve(folder + "/manifest.json")));
            for (JsonNode d : manifest.get("documents")) {
                if (d.get("kind").asString().equals("bankafschrift")) {
                    STATEMENTS.put(world.resolve(folder).resolve(d.get("path").asString()), d.get("variant").asString());
                }
            }
        }
        rows("TRANSFER", r -> {
            String from = iban(r.get(0));
            String to = iban(r.get(1));
            BigDecimal amount = new BigDecimal(r.get(4));
            LocalDate date = LocalDate.parse(r.get(6));
            add(from, new Expected(r.get(2), date, amount.negate(), Movement.Kind.TRANSFER, to));
            if (!to.equals(from)) {
                add(to, new Expected(r.get(2), date, amount, Movement.Kind.TRANSFER, from));
            }
        });
        rows("CASH_DEPOSIT", r -> add(iban(r.get(1)), new Expected(r.get(2), LocalDate.parse(r.get(6)),
                new BigDecimal(r.get(4)), Movement.Kind.CASH_DEPOSIT, null)));
        rows("CASH_WITHDRAWAL", r -> add(iban(r.get(0)), new Expected(r.get(2), LocalDate.parse(r.get(6)),
                new BigDecimal(r.get(4)).negate(), Movement.Kind.CASH_WITHDRAWAL, null)));
    }

    @BeforeEach
    void emptyStore() {
        STORE.clear();
    }

    @Test
    void recognisesEveryRenderedStatementByItsContentAndNothingElse() throws IOException {
        assertThat(STATEMENTS.values()).contains("ing-csv", "ing-csv-komma", "rabobank-csv", "abnamro-txt", "mt940", "camt053",
                "ing-pdf", "rabobank-pdf", "ing-xlsx", "rabobank-xls");
        for (var e : STATEMENTS.entrySet()) {
            assertThat(importer.detect(e.getKey())).as(e.getKey().toString()).contains(switch (e.getValue()) {
                case "ing-csv", "ing-csv-komma" -> StatementFormat.ING_CSV;
                case "rabobank-csv" -> StatementFormat.RABOBANK_CSV;
                case "abnamro-txt" -> StatementFormat.ABN_AMRO_TXT;
                case "mt940" -> StatementFormat.MT940;
                case "camt053" -> StatementFormat.CAMT053;
                case "ing-pdf" -> StatementFormat.ING_PDF;
                case "rabobank-pdf" -> StatementFormat.RABOBANK_PDF;
                case "ing-xlsx" -> StatementFormat.ING_SPREADSHEET;
                case "rabobank-xls" -> StatementFormat.RABOBANK_SPREADSHEET;
                default -> throw new AssertionError("unknown variant " + e.getValue());
            });
        }
        // The extension says nothing: a statement under another name is still one, a letter named .csv is not.
        Path renamed = Files.copy(STATEMENTS.keySet().stream().filter(p -> STATEMENTS.get(p).equals("mt940")).findFirst()
                .orElseThrow(), world.resolve("afschrift.pdf"));
        assertThat(importer.detect(renamed)).contains(StatementFormat.MT940);
        assertThat(importer.detect(Files.writeString(world.resolve("brief.csv"), "Datum;Onderwerp\n2024-10-01;Huur\n")))
                .isEmpty();
        try (var others = Files.walk(world.resolve("documents"))) {
            List<Path> notBank = others.filter(Files::isRegularFile).filter(p -> !STATEMENTS.containsKey(p))
                    .filter(p -> !p.getFileName().toString().equals("manifest.json")).toList();
            assertThat(notBank).isNotEmpty();
            for (Path p : notBank) {
                assertThat(importer.detect(p)).as(p.toString()).isEmpty();
            }
        }
    }

    @Test
    void everyRenderedStatementHoldsExactlyTheWorldsMovementsOfItsAccountAndPeriod() {
        for (var e : STATEMENTS.entrySet()) {
            Statement s = importer.read(e.getKey());
            List<Expected> all = MOVEMENTS.getOrDefault(s.account().value(), List.of()).stream()
                    .filter(m -> !m.date().isBefore(s.from()) && !m.date().isAfter(s.until()))
                    .sorted(Comparator.comparing(Expected::date).thenComparing(Expected::key)).toList();
            // The renderer stops at 120 movements, possibly within the last day.
            List<Expected> expected = s.movements().size() == 120 ? all.subList(0, 120) : all;
            assertThat(sorted(s.movements().stream().map(m -> new Expected(m.reference(), m.date(), m.amount(),
                    m.kind(), m.counterIban())).toList()))
                    .as(e.getKey() + " (" + e.getValue() + ")")
                    .isEqualTo(sorted(expected.stream().map(x -> withoutReferenceWhereTheLayoutHasNone(x, e.getValue())).toList()));
            assertThat(s.movements()).allSatisfy(m -> assertThat(m.currency()).isEqualTo("EUR"));
            if (e.getValue().equals("camt053")) {
                assertThat(s.holderName()).as("camt.053 names the holder").isNotBlank();
            }
        }
    }

    @Test
    void writesAccountsTransfersAndCashWithTheirLineAsEvidence() {
        Path file = STATEMENTS.keySet().stream().filter(p -> STATEMENTS.get(p).equals("rabobank-csv")).findFirst().orElseThrow();
        Statement s = importer.read(file);
        writer().write(importer.toFacts(s, source(file)));

        Movement first = s.movements().getFirst();
        List<String> lines = List.copyOf(lines(file));
        var stored = query("""
                MATCH (a:BankAccount {iban: $iban})-[r]-(other)
                WHERE r.evidence IS NOT NULL AND any(e IN r.evidence WHERE e CONTAINS '"line:2"')
                RETURN type(r) AS type, r.key AS key, r.amount AS amount, toString(r.date) AS date, r.sourceIds AS sources,
                       r.evidence[0] AS evidence""", Map.of("iban", s.account().value()));
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().get("key")).isEqualTo(first.reference());
        assertThat(stored.getFirst().get("amount")).isEqualTo(first.amount().abs().doubleValue());
        assertThat(stored.getFirst().get("date")).isEqualTo(first.date().toString());
        assertThat(stored.getFirst().get("sources")).isEqualTo(List.of(source(file).sourceId()));
        assertThat((String) stored.getFirst().get("evidence")).contains(lines.get(1).replace("\"", "\\\""));
        long relationships = (Long) query("MATCH (:BankAccount {iban: $iban})-[r]-(:Entity) RETURN count(r) AS n",
                Map.of("iban", s.account().value())).getFirst().get("n");
        assertThat(relationships).isEqualTo(s.movements().size());
    }

    @Test
    void aTransferInBothPartiesStatementsIsOneRelationshipWithBothSources() throws IOException {
        // Rabobank of the payer, ING of the payee: one transfer of 1250,00 with reference E2E-77, and cash.
        Path payer = Files.writeString(world.resolve("betaler.csv"), RABO_HEADER + "\r\n"
                + rabo("NL44RABO0123456789", "2024-11-04", "-1250,00", "+750,00", "NL02ABNA0123456789", "J. de Vries", "tb", "E2E-77", "Huur november")
                + rabo("NL44RABO0123456789", "2024-11-05", "-200,00", "+550,00", "", "Zaandam", "ga", "E2E-78", "Geldautomaat Zaandam"));
        Path payee = Files.writeString(world.resolve("ontvanger.csv"), ING_HEADER + "\r\n"
                + "\"20241104\";\"P. Jansen\";\"NL02ABNA0123456789\";\"NL44RABO0123456789\";\"OV\";\"Bij\";\"1250,00\";\"Overschrijving\";"
                + "\"Naam: P. Jansen Omschrijving: Huur november IBAN: NL44RABO0123456789 Kenmerk: E2E-77 Valutadatum: 04-11-2024\";\"1350,00\";\"\"\r\n");
        GraphWriter writer = writer();
        writer.write(importer.toFacts(importer.read(payer), source(payer)));
        writer.write(importer.toFacts(importer.read(payee), source(payee)));

        var transfers = query("MATCH (a:BankAccount)-[r:TRANSFER]->(b:BankAccount) RETURN a.iban AS from, b.iban AS to, "
                + "r.key AS key, r.amount AS amount, r.sourceIds AS sources, size(r.evidence) AS evidence", Map.of());
        assertThat(transfers).containsExactly(Map.of("from", "NL44RABO0123456789", "to", "NL02ABNA0123456789",
                "key", "E2E-77", "amount", 1250.0, "sources", List.of(source(payer).sourceId(), source(payee).sourceId()),
                "evidence", 2L));
        var cash = query("MATCH (a:BankAccount)-[r:CASH_WITHDRAWAL]->(p:Place) RETURN a.iban AS from, p.name AS place, "
                + "r.key AS key, r.amount AS amount", Map.of());
        assertThat(cash).containsExactly(Map.of("from", "NL44RABO0123456789", "place", "Zaandam", "key", "E2E-78", "amount", 200.0));
        var names = query("MATCH (a:BankAccount) RETURN a.iban AS iban, a.name AS name ORDER BY iban", Map.of());
        assertThat(names).containsExactly(Map.of("iban", "NL02ABNA0123456789", "name", "J. de Vries"),
                Map.of("iban", "NL44RABO0123456789", "name", "P. Jansen"));
    }

    @Test
    void allRenderedStatementsTogetherGiveEachTransferOnceWithEveryStatementThatShowsIt() {
        GraphWriter writer = writer();
        Map<String, Integer> statementsPerTransfer = new HashMap<>();
        for (Path file : STATEMENTS.keySet()) {
            Statement s = importer.read(file);
            s.movements().stream().filter(m -> m.kind() == Movement.Kind.TRANSFER)
                    .forEach(m -> statementsPerTransfer.merge(m.reference(), 1, Integer::sum));
            writer.write(importer.toFacts(s, source(file)));
        }
        var stored = query("MATCH ()-[r:TRANSFER]->() RETURN r.key AS key, size(r.sourceIds) AS sources", Map.of());
        Map<String, Integer> actual = new HashMap<>();
        stored.forEach(r -> actual.put((String) r.get("key"), ((Long) r.get("sources")).intValue()));
        // A small render rarely holds both parties of one transfer; the hand-made pair above covers that case.
        assertThat(actual).isEqualTo(statementsPerTransfer);
        // Every account's transfer counts, with transfers written by several statements once each.
        assertThat(nl.spoor.model.testing.TransferCountsCheck.counted(STORE.store())).isGreaterThan(5);
        assertThat(nl.spoor.model.testing.TransferCountsCheck.wrong(STORE.store())).isEmpty();
    }

    @Test
    void importingTheSameStatementAgainChangesNothing() {
        for (String variant : List.of("ing-csv", "abnamro-txt", "mt940", "camt053", "ing-pdf", "rabobank-xls")) {
            Path file = STATEMENTS.keySet().stream().filter(p -> STATEMENTS.get(p).equals(variant)).findFirst().orElseThrow();
            GraphWriter writer = writer();
            writer.write(importer.toFacts(importer.read(file), source(file)));
            List<Map<String, Object>> before = graph();
            WriteResult again = writer.write(importer.toFacts(importer.read(file), source(file)));
            assertThat(again.nodesCreated()).as(variant).isZero();
            assertThat(again.relationshipsCreated()).as(variant).isZero();
            assertThat(graph()).as(variant).isEqualTo(before);
            assertThat(nl.spoor.model.testing.TransferCountsCheck.wrong(STORE.store())).as(variant).isEmpty();
        }
    }

    @Test
    void aBadAmountIsReportedWithFileLineAndFieldAndNothingIsWritten() throws IOException {
        Path file = Files.writeString(world.resolve("bad-amount.csv"), ING_HEADER + "\r\n"
                + "\"20241104\";\"P. Jansen\";\"NL02ABNA0123456789\";\"NL44RABO0123456789\";\"OV\";\"Bij\";\"1250,00\";\"Overschrijving\";\"x\";\"1350,00\";\"\"\r\n"
                + "\"20241105\";\"P. Jansen\";\"NL02ABNA0123456789\";\"NL44RABO0123456789\";\"OV\";\"Bij\";\"12,5O\";\"Overschrijving\";\"x\";\"1362,50\";\"\"\r\n");
        assertRejected(file, "line 3", "Bedrag (EUR)", file + ", line 3, field Bedrag (EUR): '12,5O' is not an amount (expected e.g. -1234,56)");
    }

    @Test
    void aWrongIbanIsReportedWithFileLineAndField() throws IOException {
        Path file = Files.writeString(world.resolve("bad-iban.csv"), RABO_HEADER + "\r\n"
                + rabo("NL44RABO0123456789", "2024-11-04", "-1250,00", "+750,00", "NL03ABNA0123456789", "J. de Vries", "tb", "E2E-77", "Huur"));
        assertRejected(file, "line 2", "Tegenrekening IBAN/BBAN", "check digits 03 are wrong");
    }

    @Test
    void aTruncatedMt940IsReportedAndNothingIsWritten() throws IOException {
        Path whole = STATEMENTS.keySet().stream().filter(p -> STATEMENTS.get(p).equals("mt940")).findFirst().orElseThrow();
        String text = Files.readString(whole);
        Path file = Files.writeString(world.resolve("cut.sta"), text.substring(0, text.lastIndexOf(":61:")));
        assertRejected(file, null, ":62F:", "the closing balance is missing: the message is incomplete");
    }

    @Test
    void anAbnAmroLineWhoseBalancesDoNotAddUpIsReported() throws IOException {
        Path file = Files.writeString(world.resolve("abn.txt"),
                "417164300\tEUR\t20241001\t100,00\t90,00\t20241001\t-10,00\tBEA   Albert Heijn\r\n"
                + "417164300\tEUR\t20241002\t90,00\t95,00\t20241002\t-5,00\tBEA   Bakker\r\n");
        assertRejected(file, "line 2", "eindsaldo", "95.00 is not beginsaldo 90.00 plus transactiebedrag -5.00");
    }

    @Test
    void anUnknownLayoutIsRejectedByName() throws IOException {
        Path file = Files.writeString(world.resolve("notities.txt"), "Afspraak met de bank op maandag\n");
        assertRejected(file, null, null, "is not a bank statement layout Spoor knows");
    }

    private void assertRejected(Path file, String where, String field, String message) {
        assertThatThrownBy(() -> writer().write(importer.toFacts(importer.read(file), source(file))))
                .isInstanceOfSatisfying(StatementFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.where()).isEqualTo(where);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).startsWith(file.toString()).contains(message);
                });
        assertThat(graph()).isEmpty();
    }

    // ---- data ----

    private static final String ING_HEADER = "\"Datum\";\"Naam / Omschrijving\";\"Rekening\";\"Tegenrekening\";\"Code\";\"Af Bij\";"
            + "\"Bedrag (EUR)\";\"Mutatiesoort\";\"Mededelingen\";\"Saldo na mutatie\";\"Tag\"";
    private static final String RABO_HEADER = "\"IBAN/BBAN\",\"Munt\",\"BIC\",\"Volgnr\",\"Datum\",\"Rentedatum\",\"Bedrag\","
            + "\"Saldo na trn\",\"Tegenrekening IBAN/BBAN\",\"Naam tegenpartij\",\"Naam uiteindelijke partij\","
            + "\"Naam initiërende partij\",\"BIC tegenpartij\",\"Code\",\"Batch ID\",\"Transactiereferentie\","
            + "\"Machtigingskenmerk\",\"Incassant ID\",\"Betalingskenmerk\",\"Omschrijving-1\",\"Omschrijving-2\","
            + "\"Omschrijving-3\",\"Reden retour\",\"Oorspr bedrag\",\"Oorspr munt\",\"Koers\"";

    private static String rabo(String iban, String date, String amount, String after, String counter, String name,
                               String code, String reference, String description) {
        return String.join(",", List.of(iban, "EUR", "RABONL2U", "000000000000001001", date, date, amount, after, counter,
                name, "", "", "", code, "", reference, "", "", "", description, "", "", "", "", "", "")
                .stream().map(c -> "\"" + c + "\"").toList()) + "\r\n";
    }

    /** ING CSV names no reference for cash, nor ABN AMRO TXT for a deposit: the layouts do not carry it. */
    private static Expected withoutReferenceWhereTheLayoutHasNone(Expected x, String variant) {
        boolean none = ((variant.startsWith("ing-csv") || variant.equals("ing-xlsx")) && x.kind() != Movement.Kind.TRANSFER)
                || (variant.equals("abnamro-txt") && x.kind() == Movement.Kind.CASH_DEPOSIT);
        return none ? new Expected(null, x.date(), x.amount(), x.kind(), x.counterIban()) : x;
    }

    private static List<String> sorted(List<Expected> list) {
        return list.stream().map(Expected::toString).sorted().toList();
    }

    private static String iban(String id) {
        return id.startsWith("iban:") ? id.substring(5) : id;
    }

    private static void add(String account, Expected e) {
        if (account.startsWith("NL") || account.matches("[A-Z]{2}\\d{2}.*")) {
            MOVEMENTS.computeIfAbsent(account, a -> new ArrayList<>()).add(e);
        }
    }

    private static void rows(String type, java.util.function.Consumer<CSVRecord> row) throws IOException {
        try (Reader r = Files.newBufferedReader(world.resolve("world/relationships/" + type + ".csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180.builder().setSkipHeaderRecord(true)
                     .setHeader().get()).get()) {
            p.forEach(row);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Source source(Path file) {
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Source("src:" + sha, SourceKind.BANK_STATEMENT, sha, file.getFileName().toString(), "fiod",
                "WGS art. 2.3", "fit-test-1", Instant.parse("2025-02-01T09:00:00Z"), LocalDate.of(2030, 2, 1),
                BankStatementImporter.EXTRACTOR, BankStatementImporter.EXTRACTOR_VERSION);
    }

    private static GraphWriter writer() {
        return new GraphWriter(STORE.store().driver(), STORE.store().database());
    }

    private static List<Map<String, Object>> query(String cypher, Map<String, Object> parameters) {
        try (var session = STORE.store().driver().session(STORE.store().sessionConfig())) {
            return session.executeRead(tx -> tx.run(cypher, parameters).list(r -> r.asMap()));
        }
    }

    /** Every node and relationship with all its properties, in a stable order. */
    private static List<Map<String, Object>> graph() {
        List<Map<String, Object>> all = new ArrayList<>(query("MATCH (n) WHERE n:Entity OR n:Source RETURN labels(n) AS labels, properties(n) AS p "
                + "ORDER BY coalesce(n.spoorId, n.sourceId)", Map.of()));
        all.addAll(query("MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Source) AND b:Entity RETURN type(r) AS type, coalesce(a.spoorId, a.sourceId) AS from, "
                + "b.spoorId AS to, properties(r) AS p ORDER BY type, from, to, r.key, r.locator", Map.of()));
        return all;
    }
}
