package nl.spoor.ingest.importers.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.documents.DocumentRenderer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PDF afschriften and spreadsheet downloads beyond what every layout shares ({@link BankStatementImportTest}
 * reads them all back against the world): descriptions wrapped over lines, balances carried over pages,
 * totals that were changed, a proces-verbaal full of amounts, a workbook row whose balance does not follow.
 */
class TableStatementTest {

    @TempDir
    static Path world;

    /** Rendered PDF and spreadsheet statements by path, with their manifest variant. */
    static final Map<Path, String> TABLES = new TreeMap<>();
    /** The world's description of each transfer and cash movement by key. */
    static final Map<String, String> DESCRIPTIONS = new HashMap<>();

    final BankStatementImporter importer = new BankStatementImporter();

    /** The small world with payments from April, so that busy accounts fill afschriften of several pages. */
    static final Scale SMALL_FROM_APRIL = new Scale("small", Scale.SMALL.persons(), YearMonth.of(2024, 4),
            Scale.SMALL.casesPerVariant(), Scale.SMALL.documents());

    @BeforeAll
    static void renderBankStatements() throws IOException {
        new WorldGenerator(SMALL_FROM_APRIL, 11).generate(world, WorldGenerator.Progress.NONE);
        new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).only(Set.of("bankafschrift"))
                .render(world, world.resolve("bank"), 60, 11);
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(world.resolve("bank/manifest.json")));
        for (JsonNode d : manifest.get("documents")) {
            String variant = d.get("variant").asString();
            if (variant.endsWith("-pdf") || variant.endsWith("-xlsx") || variant.endsWith("-xls")) {
                TABLES.put(world.resolve("bank").resolve(d.get("path").asString()), variant);
            }
        }
        for (String type : List.of("TRANSFER", "CASH_DEPOSIT", "CASH_WITHDRAWAL")) {
            try (Reader r = Files.newBufferedReader(world.resolve("world/relationships/" + type + ".csv"), StandardCharsets.UTF_8);
                 CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180.builder().setHeader()
                         .setSkipHeaderRecord(true).get()).get()) {
                for (CSVRecord row : p) {
                    DESCRIPTIONS.put(row.get("key"), row.get("description"));
                }
            }
        }
    }

    @Test
    void aDescriptionWrappedOverLinesIsReadWholeAndTheKenmerkAsTheReference() {
        List<Path> pdfs = pdfs();
        assertThat(pdfs).isNotEmpty();
        int wrapped = 0;
        for (Path pdf : pdfs) {
            Statement s = importer.read(pdf);
            for (Movement m : s.movements()) {
                assertThat(m.description()).as(pdf + " " + m.locator()).isEqualTo(DESCRIPTIONS.get(m.reference()));
                // The first line, the description's lines, the Kenmerk: more than three lines is a wrapped description.
                if (m.snippet().split(" / ").length > 3) {
                    wrapped++;
                    assertThat(m.snippet()).as(m.locator()).doesNotContain(m.description());
                }
            }
        }
        assertThat(wrapped).as("descriptions wrapped over two lines or more").isPositive();
    }

    @Test
    void anAfschriftOfSeveralPagesCarriesItsBalanceOverAndLocatesMovementsByPageAndRow() throws IOException {
        Path pdf = multiPage();
        Statement s = importer.read(pdf);
        assertThat(s.movements()).extracting(Movement::locator).contains("page:1:row:1", "page:2:row:1");
        assertThat(s.movements()).allSatisfy(m -> assertThat(m.locator()).matches("page:\\d+:row:\\d+"));
        assertThat(s.opening().add(s.movements().stream().map(Movement::amount).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add))).isEqualByComparingTo(s.closing());
        assertThat(s.holderName()).isNotBlank();
    }

    @Test
    void aClosingBalanceThatWasChangedIsRefusedNamingPageAndField() throws IOException {
        Path pdf = multiPage();
        String closing = TABLES.get(pdf).startsWith("ing") ? "Eindsaldo" : "Nieuw saldo";
        int last;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            last = doc.getNumberOfPages();
        }
        Path changed = world.resolve("changed-closing.pdf");
        TestPdfs.swapDigits(pdf, last, closing, -1, changed);
        assertThatThrownBy(() -> importer.read(changed)).isInstanceOfSatisfying(StatementFormatException.class, e -> {
            assertThat(e.where()).isEqualTo("page " + last);
            assertThat(e.field()).isEqualTo(closing);
            assertThat(e.getMessage()).startsWith(changed.toString()).contains("but the movements up to here give");
        });
    }

    @Test
    void aBalanceCarriedToTheNextPageThatWasChangedIsRefusedNamingPageAndField() throws IOException {
        Path pdf = multiPage();
        String carried = TABLES.get(pdf).startsWith("ing") ? "Over te brengen saldo" : "Saldo naar volgende pagina";
        Path changed = world.resolve("changed-transport.pdf");
        TestPdfs.swapDigits(pdf, 1, carried, -1, changed);
        assertThatThrownBy(() -> importer.read(changed)).isInstanceOfSatisfying(StatementFormatException.class, e -> {
            assertThat(e.where()).isEqualTo("page 1");
            assertThat(e.field()).isEqualTo(carried);
        });
    }

    @Test
    void aProcesVerbaalThatNamesAnIbanAmountsAndDatesIsNoStatement() throws IOException {
        // The words of an afschrift's header, an IBAN, dates and amounts, even a row of headings: but no afschrift.
        Path pv = TestPdfs.lines(world.resolve("pv-bevindingen.pdf"), List.of("Proces-verbaal van bevindingen",
                "IBAN NL91 ABNA 0417 1643 00 op naam van J. de Vries",
                "Periode van onderzoek: maart 2024. Het Beginsaldo bedroeg € 1.250,00, het Eindsaldo € 2.100,00.",
                "Datum        Omschrijving        Bedrag", "03-03-2024   Contante storting   9.850,00",
                "04-03-2024   Overboeking naar NL20 INGB 0001 2345 67   9.000,00"));
        assertThat(importer.detect(pv)).isEmpty();
        assertThat(importer.detect(Files.readAllBytes(pv))).isEmpty();
        assertThatThrownBy(() -> importer.read(pv)).isInstanceOfSatisfying(StatementFormatException.class,
                e -> assertThat(e.getMessage()).contains("is not an ING or Rabobank rekeningafschrift"));
    }

    @Test
    void aWorkbookRowWhoseBalanceDoesNotFollowIsRefusedNamingRowAndField() throws IOException {
        Path xlsx = TABLES.entrySet().stream().filter(e -> e.getValue().equals("ing-xlsx")).map(Map.Entry::getKey)
                .filter(p -> importer.read(p).movements().size() >= 3).findFirst().orElseThrow();
        Path xls = TABLES.entrySet().stream().filter(e -> e.getValue().equals("rabobank-xls")).map(Map.Entry::getKey)
                .filter(p -> importer.read(p).movements().size() >= 3).findFirst().orElseThrow();
        for (var c : List.of(Map.entry(xlsx, "Saldo na mutatie"), Map.entry(xls, "Saldo na trn"))) {
            Path changed = world.resolve("changed-" + c.getKey().getFileName());
            try (InputStream in = Files.newInputStream(c.getKey()); Workbook book = WorkbookFactory.create(in);
                 OutputStream out = Files.newOutputStream(changed)) {
                var header = book.getSheetAt(0).getRow(0);
                int column = 0;
                while (!header.getCell(column).getStringCellValue().equals(c.getValue())) {
                    column++;
                }
                var cell = book.getSheetAt(0).getRow(2).getCell(column);
                cell.setCellValue(cell.getNumericCellValue() + 100);
                book.write(out);
            }
            assertThat(importer.detect(changed)).isPresent();
            assertThatThrownBy(() -> importer.read(changed)).as(c.getKey().toString())
                    .isInstanceOfSatisfying(StatementFormatException.class, e -> {
                        assertThat(e.where()).isEqualTo("row 3");
                        assertThat(e.field()).isEqualTo(c.getValue());
                        assertThat(e.getMessage()).startsWith(changed.toString()).contains("a movement is missing or a total was changed");
                    });
        }
    }

    @Test
    void everyRenderedTableStatementLocatesItsMovementsByPageAndRowOrSheetRow() {
        assertThat(TABLES.values()).contains("ing-pdf", "rabobank-pdf", "ing-xlsx", "rabobank-xls");
        for (var e : TABLES.entrySet()) {
            Statement s = importer.read(e.getKey());
            assertThat(s.movements()).as(e.getKey().toString()).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.locator()).matches(e.getValue().endsWith("pdf") ? "page:\\d+:row:\\d+" : "row:\\d+"));
        }
    }

    // ---- helpers ----

    private static List<Path> pdfs() {
        return TABLES.entrySet().stream().filter(e -> e.getValue().endsWith("-pdf")).map(Map.Entry::getKey).toList();
    }

    private static Path multiPage() throws IOException {
        for (Path pdf : pdfs()) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                if (doc.getNumberOfPages() > 1) {
                    return pdf;
                }
            }
        }
        throw new AssertionError("no rendered afschrift has more than one page: " + pdfs());
    }

}
