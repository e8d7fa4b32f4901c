package nl.spoor.ingest.world.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.extract.Mention;
import nl.spoor.ingest.extract.MentionType;
import nl.spoor.ingest.extract.PageText;
import nl.spoor.ingest.extract.RuleExtractor;

/**
 * A PV's BSN on a page scanned as the generator scans (turned, grey paper, speckle): Tesseract's Dutch
 * model reads a digit or two too many, and the elfproef refuses it; the shared OCR set-up's second look
 * reads the BSN as it was written.
 */
class ScannedBsnOcrTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void tesseractInstalled() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new TesseractOCRParser().hasTesseract(), "tesseract is not installed");
    }

    @Test
    void aBsnTheDutchModelReadsWithADigitTwiceIsReadAsWritten() throws Exception {
        Path scan = scannedPv("339589590", 240, 1);
        assertThat(bsnLine(dutchModelAlone(scan))).isEqualTo("BSN: 3395895900");
        assertThat(bsns(scan)).containsExactly("339589590");
    }

    @Test
    void aBsnTheDutchModelReadsWithTwoDigitsTooManyIsReadAsWritten() throws Exception {
        Path scan = scannedPv("741575747", 300, 1);
        assertThat(bsnLine(dutchModelAlone(scan))).isEqualTo("BSN: 71741575747");
        assertThat(bsns(scan)).containsExactly("741575747");
    }

    @Test
    void aPageScannedSidewaysIsStillRead() throws Exception {
        Path scan = scannedPv("201484080", 240, 2, 1);
        assertThat(bsns(scan)).containsExactly("201484080");
    }

    private static Path scannedPv(String bsn, int dpi, long seed) throws Exception {
        return scannedPv(bsn, dpi, seed, 0);
    }

    /**
     * A one-page PV with the person's BSN, rasterised and scanned by the generator's own helpers, as a TIFF,
     * turned by {@code quarterTurns} quarters clockwise (fed into the scanner sideways).
     */
    private static Path scannedPv(String bsn, int dpi, long seed, int quarterTurns) throws Exception {
        Sheet sheet = new Sheet("Proces-verbaal van doorzoeking", "Bas Bos", "Proces-verbaalnummer PL1200-2024000001");
        sheet.heading("Aangetroffen personen");
        sheet.fields("Naam:", "Bram ten Have", "Geboren:", "09-08-1983", "BSN:", bsn);
        byte[] pdf = new PdfWriter().write(sheet, LocalDateTime.of(2024, 3, 1, 10, 0), "pv-" + bsn);
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
        }
        BufferedImage scanned = Scans.scanned(page, new SplittableRandom(seed));
        if (quarterTurns % 4 != 0) {
            boolean sideways = quarterTurns % 2 != 0;
            int w = sideways ? scanned.getHeight() : scanned.getWidth();
            int h = sideways ? scanned.getWidth() : scanned.getHeight();
            BufferedImage turned = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
            t.translate(w / 2.0, h / 2.0);
            t.quadrantRotate(quarterTurns);
            t.translate(-scanned.getWidth() / 2.0, -scanned.getHeight() / 2.0);
            java.awt.Graphics2D g = turned.createGraphics();
            g.drawImage(scanned, t, null);
            g.dispose();
            scanned = turned;
        }
        Path file = dir.resolve(bsn + "-" + dpi + "-" + seed + "-" + quarterTurns + ".tif");
        Files.write(file, Scans.write("tiff", List.of(scanned), dpi));
        return file;
    }

    /** Tesseract's Dutch model as the shared set-up's first reading runs it, without the second look. */
    private static String dutchModelAlone(Path scan) throws Exception {
        ParseContext context = new ParseContext();
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage("nld");
        config.setPageSegMode("4");
        context.set(TesseractOCRConfig.class, config);
        BodyContentHandler text = new BodyContentHandler(-1);
        try (TikaInputStream in = TikaInputStream.get(scan)) {
            new TesseractOCRParser().parse(in, text, new Metadata(), context);
        }
        return text.toString();
    }

    private static String bsnLine(String text) {
        return text.lines().filter(l -> l.startsWith("BSN")).findFirst().orElse("");
    }

    /** The BSNs the rule extractor finds in the scan read as {@code spoor extract} reads it. */
    private static List<String> bsns(Path scan) throws Exception {
        return new RuleExtractor().mentions(PageText.of(scan)).stream().filter(m -> m.type() == MentionType.BSN)
                .map(Mention::value).toList();
    }
}
