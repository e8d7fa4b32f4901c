package nl.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.documents.DocumentRenderer;

/**
 * Extraction quality per format, the issue's floors held per type in every format: the rule extractor
 * on a held-out world (seed 11, tuned on 7) with 100 documents of every genre and format, scans read by
 * Tesseract in Dutch. Where Tesseract is missing the scans are left out (and said so).
 */
class FormatQualityTest {

    static final List<MentionType> IDENTIFIERS = List.of(MentionType.IBAN, MentionType.BSN, MentionType.KVK, MentionType.RSIN,
            MentionType.VEHICLE, MentionType.PHONE, MentionType.EMAIL);
    static final List<MentionType> NAMES = List.of(MentionType.PERSON, MentionType.ORGANIZATION, MentionType.ADDRESS);

    @TempDir
    static Path world;
    static ManifestEvaluation.Report report;
    static boolean ocr;

    @BeforeAll
    static void generateRenderAndEvaluate() throws Exception {
        ocr = tesseractInstalled();
        new WorldGenerator(Scale.SMALL, 11).generate(world, WorldGenerator.Progress.NONE);
        new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).render(world, world.resolve("documents"), 100, 11);
        report = new ManifestEvaluation(new RuleExtractor(), ocr).evaluate(world);
        System.out.println(report.table());
        System.out.println(report.formatTable());
        report.scores().values().forEach(s -> {
            if (!s.falsePositiveExamples().isEmpty()) {
                System.out.println(s.type() + " false positives: " + s.falsePositiveExamples());
            }
            if (!s.falseNegativeExamples().isEmpty()) {
                System.out.println(s.type() + " misses: " + s.falseNegativeExamples());
            }
        });
        if (!ocr) {
            System.out.println("tesseract is not installed: scans not scored");
        }
    }

    @Test
    void corpusHoldsEveryFormatOfTheIssue() {
        List<String> formats = List.of("pdf", "docx", "doc", "odt", "rtf", "html", "xlsx", "xls", "csv", "txt", "eml", "msg",
                "mbox", "zip");
        assertThat(report.documentsByFormat()).containsKeys(formats.toArray(String[]::new));
        if (ocr) {
            assertThat(report.documentsByFormat()).containsKeys("scan-png", "scan-jpg", "scan-tif", "scan-pdf");
        }
    }

    @Test
    void validatedIdentifiersMeetTheIssueTargetsInEveryFormat() {
        SoftAssertions soft = new SoftAssertions();
        report.byFormat().forEach((format, scores) -> {
            for (MentionType type : IDENTIFIERS) {
                ManifestEvaluation.Score s = scores.get(type);
                if (s != null) {
                    soft.assertThat(s.precision()).as(format + " " + type + " precision").isGreaterThanOrEqualTo(0.99);
                    soft.assertThat(s.recall()).as(format + " " + type + " recall").isGreaterThanOrEqualTo(0.98);
                }
            }
        });
        soft.assertAll();
    }

    @Test
    void namesAndAddressesMeetTheIssueTargetsInEveryFormat() {
        SoftAssertions soft = new SoftAssertions();
        report.byFormat().forEach((format, scores) -> {
            for (MentionType type : NAMES) {
                ManifestEvaluation.Score s = scores.get(type);
                if (s != null) {
                    soft.assertThat(s.f1()).as(format + " " + type + " f1").isGreaterThanOrEqualTo(0.90);
                }
            }
        });
        soft.assertAll();
    }

    private static boolean tesseractInstalled() throws InterruptedException {
        try {
            return new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
