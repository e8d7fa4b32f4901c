package nl.spoor.ingest.world.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;
import com.prowidesoftware.swift.model.mx.MxCamt05300102;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement2;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;

import nl.spoor.model.identifiers.Bsn;
import nl.spoor.model.identifiers.BtwId;
import nl.spoor.model.identifiers.Iban;
import nl.spoor.model.identifiers.Kenteken;
import nl.spoor.model.identifiers.KvkNummer;
import nl.spoor.model.identifiers.PhoneNumber;
import nl.spoor.model.identifiers.Postcode;
import nl.spoor.model.identifiers.Rsin;

/** Each format on its own, on the fixture's accounts and documents. */
class DocumentFormatsTest {

    static final Path FIXTURE = DocumentRendererTest.FIXTURE;
    final World world = World.read(FIXTURE);
    final BankStatements banks = new BankStatements(world, new PdfWriter());

    /** The case subject's ING account: salary, rent, cash deposits just under € 10.000. */
    WorldRow ingAccount() {
        return world.nodes("BankAccount").stream().filter(a -> a.get("iban").equals("NL97INGB9078666617")).findFirst()
                .orElseThrow();
    }

    @Test
    void fixtureHoldsOnlyValidIdentifiers() {
        assertThat(world.nodes("Person")).hasSize(12).allSatisfy(p -> {
            if (p.has("bsn")) {
                assertThat(Bsn.isValid(p.get("bsn"))).as(p.get("bsn")).isTrue();
                assertThat(p.id()).isEqualTo("bsn:" + p.get("bsn"));
            }
        });
        assertThat(world.nodes("Company")).hasSize(3).allSatisfy(c -> {
            assertThat(KvkNummer.isValid(c.get("kvkNummer"))).isTrue();
            assertThat(Rsin.isValid(c.get("rsin"))).isTrue();
            assertThat(BtwId.isValid(c.get("btwId"))).isTrue();
        });
        assertThat(world.nodes("BankAccount")).allSatisfy(a -> assertThat(Iban.isValid(a.get("iban"))).isTrue());
        assertThat(world.nodes("Vehicle")).allSatisfy(v -> assertThat(Kenteken.isValid(v.get("kenteken"))).isTrue());
        assertThat(world.nodes("Phone")).allSatisfy(p -> {
            assertThat(PhoneNumber.parse(p.get("display")).value()).isEqualTo(p.get("e164"));
        });
        assertThat(world.nodes("Address")).allSatisfy(a -> assertThat(Postcode.isValid(a.get("postcode"))).isTrue());
        assertThat(world.relationships("TRANSFER")).hasSize(300);
    }

    @Test
    void statementCarriesEveryMovementOfThePeriodWithBalances() {
        Statement s = Statement.of(world, ingAccount(), new SplittableRandom(1), 1_000);
        List<Statement.Movement> all = Statement.movements(world, ingAccount().id());
        assertThat(all).hasSizeGreaterThan(8);
        assertThat(s.movements()).isNotEmpty().isSubsetOf(all);
        BigDecimal sum = s.movements().stream().map(Statement.Movement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(s.closing()).isEqualByComparingTo(s.opening().add(sum));
        assertThat(s.until()).isBefore(s.from().withDayOfMonth(1).plusMonths(3));
    }

    @Test
    void mt940ParsesBackWithProwide() throws Exception {
        Statement s = Statement.of(world, ingAccount(), new SplittableRandom(3), 1_000);
        Draft draft = banks.mt940(s, List.of());
        MT940 mt = MT940.parse(new String(draft.bytes(), StandardCharsets.UTF_8));
        assertThat(mt.getField25().getValue()).isEqualTo("NL97INGB9078666617EUR");
        assertThat(mt.getField61()).hasSize(s.movements().size());
        assertThat(mt.getField86()).hasSize(s.movements().size());
        BigDecimal sum = BigDecimal.ZERO;
        for (Field61 f : mt.getField61()) {
            BigDecimal amount = f.amount();
            sum = sum.add(f.getDebitCreditMark().equals("D") ? amount.negate() : amount);
        }
        BigDecimal opening = mt.getField60F().amount();
        assertThat(mt.getField62F().amount()).isEqualByComparingTo(opening.add(sum).abs());
        assertThat(mt.getField62F().getDCMark()).isEqualTo(s.closing().signum() < 0 ? "D" : "C");
    }

    @Test
    void camt053IsWellFormedAndParsesBackWithProwide() throws Exception {
        Statement s = Statement.of(world, ingAccount(), new SplittableRandom(5), 1_000);
        Draft draft = banks.camt053(s, List.of(), new SplittableRandom(5));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(draft.bytes()));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:camt.053.001.02");

        MxCamt05300102 mx = MxCamt05300102.parse(new String(draft.bytes(), StandardCharsets.UTF_8));
        AccountStatement2 statement = mx.getBkToCstmrStmt().getStmt().getFirst();
        assertThat(statement.getAcct().getId().getIBAN()).isEqualTo("NL97INGB9078666617");
        assertThat(statement.getAcct().getOwnr().getNm()).isEqualTo("Ahmed El Amrani");
        assertThat(statement.getNtry()).hasSize(s.movements().size());
        BigDecimal credits = statement.getNtry().stream().filter(e -> e.getCdtDbtInd() == CreditDebitCode.CRDT)
                .map(e -> e.getAmt().getValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = s.movements().stream().filter(Statement.Movement::credit).map(Statement.Movement::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(credits).isEqualByComparingTo(expected);
    }

    @Test
    void ingCsvHasTheExportHeaderInBothLayouts() {
        Statement s = Statement.of(world, ingAccount(), new SplittableRandom(7), 1_000);
        String semicolon = new String(banks.ingCsv(s, List.of(), true).bytes(), StandardCharsets.UTF_8);
        String comma = new String(banks.ingCsv(s, List.of(), false).bytes(), StandardCharsets.UTF_8);
        assertThat(semicolon.lines().findFirst().orElseThrow()).isEqualTo("\"Datum\";\"Naam / Omschrijving\";"
                + "\"Rekening\";\"Tegenrekening\";\"Code\";\"Af Bij\";\"Bedrag (EUR)\";\"Mutatiesoort\";\"Mededelingen\";"
                + "\"Saldo na mutatie\";\"Tag\"");
        assertThat(comma.lines().findFirst().orElseThrow()).isEqualTo("\"Datum\",\"Naam / Omschrijving\",\"Rekening\","
                + "\"Tegenrekening\",\"Code\",\"Af Bij\",\"Bedrag (EUR)\",\"MutatieSoort\",\"Mededelingen\"");
        assertThat(semicolon.lines().count()).isEqualTo(s.movements().size() + 1);
        assertThat(semicolon).contains("\"ST\";\"Bij\"").contains("\"Storting\"");
    }

    @Test
    void swiftTextTransliteratesNames() {
        assertThat(BankStatements.swiftText("Mehmet Şahin")).isEqualTo("Mehmet Sahin");
        assertThat(BankStatements.swiftText("Agnieszka Wójcik & Łódź")).isEqualTo("Agnieszka Wojcik + Lodz");
    }

    @Test
    void scansDecodeAtTheSizeOfAnA4PageAtTheirResolution(@TempDir Path dir) throws Exception {
        List<RenderedDocument> docs = new DocumentRenderer(0.3, false).render(FIXTURE, dir, 40, 11L);
        List<RenderedDocument> scans = docs.stream().filter(d -> d.scan() != null).toList();
        assertThat(scans).isNotEmpty();
        for (RenderedDocument scan : scans) {
            int dpi = scan.scan().dpi();
            assertThat(dpi).isBetween(200, 300);
            // PDFBox renders A4 (595.28 x 841.89 pt) at dpi/72 pixels per point, rounded down.
            int width = (int) Math.floor(595.27563f * dpi / 72f);
            int height = (int) Math.floor(841.8898f * dpi / 72f);
            try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve(scan.path()).toFile())) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                reader.setInput(in);
                assertThat(reader.getNumImages(true)).as(scan.path()).isEqualTo(scan.scan().pages());
                BufferedImage image = reader.read(0);
                assertThat(image.getWidth()).as(scan.path()).isEqualTo(width).isEqualTo(scan.scan().width());
                assertThat(image.getHeight()).as(scan.path()).isEqualTo(height).isEqualTo(scan.scan().height());
            }
        }
    }

    @Test
    void scannedPageIsReadableByTesseractInDutch(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("tesseract"), "tesseract is not on the PATH (CI installs tesseract-ocr-nld): OCR check skipped");
        List<RenderedDocument> docs = new DocumentRenderer(0.3, false).render(FIXTURE, dir, 40, 11L);
        RenderedDocument scan = docs.stream().filter(d -> d.scan() != null).findFirst().orElseThrow();
        Process p = new ProcessBuilder("tesseract", dir.resolve(scan.path()).toString(), "stdout", "-l", "nld")
                .redirectErrorStream(false).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        // OCR is not exact; most entity texts (names, numbers) must come through.
        long found = scan.entities().stream().filter(m -> DocumentRendererTest.flat(text).contains(m.text())).count();
        assertThat(found * 2).as(text).isGreaterThanOrEqualTo(scan.entities().size());
    }

    @Test
    void badWorldRowIsNamedByFileLineAndField(@TempDir Path dir) throws Exception {
        Path nodes = Files.createDirectories(dir.resolve("world/nodes"));
        Files.writeString(nodes.resolve("Vehicle.csv"), "id,source,kenteken,sideCode,make,model,catalogueValue,"
                + "firstRegistration\nkenteken:XF999R,rdw,XF999R,9,Mercedes-Benz,G 63,198500.00,12-05-2023\n");
        World broken = World.read(dir);
        assertThatThrownBy(() -> broken.nodes("Vehicle").getFirst().date("firstRegistration"))
                .isInstanceOf(WorldFormatException.class)
                .hasMessage("world/nodes/Vehicle.csv:2: field 'firstRegistration' '12-05-2023' is not a date like 2024-03-12");
        Files.writeString(nodes.resolve("Place.csv"), "id,name\nplace:GM0479,Zaanstad\n");
        assertThatThrownBy(() -> World.read(dir)).isInstanceOf(WorldFormatException.class)
                .hasMessage("world/nodes/Place.csv:1: field 'id,name' header must start with id,source");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
