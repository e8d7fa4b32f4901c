package nl.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.testing.TestStore;

/** A scanned PDF (pages that are only images) is read by Tesseract, not quarantined or left empty. */
class IngestImageOnlyPdfTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @TempDir
    Path work;

    @Test
    void imageOnlyPdfPagesAreReadByTesseract() throws Exception {
        assumeTrue(tesseractInstalled(), "tesseract is not on the PATH (CI installs tesseract-ocr-nld)");
        Path pdf = work.resolve("testOCR.pdf");
        Path jar = TikaCorpusIngestTest.testJars().stream().filter(j -> j.getFileName().toString().startsWith("tika-parser-pdf-module")).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(jar.toFile()); InputStream in = zip.getInputStream(zip.getEntry("test-documents/testOCR.pdf"))) {
            Files.copy(in, pdf);
        }
        IngestOptions options = new IngestOptions("ocr-test", "apache-tika", "test", LocalDate.parse("2030-12-31"),
                Instant.parse("2025-03-01T09:00:00Z"), 1, IngestLimits.defaults(), true);

        IngestReport report = new IngestPipeline(STORE.store(), BsnKey.of(new byte[32]), new RuleExtractor(),
                new ExtractorRelease("RuleExtractor", "test"), options, IngestProgress.silent()).run(List.of(pdf));

        String sha = IngestPipeline.sha256(Files.readAllBytes(pdf));
        assertThat(new IngestFiles(STORE.store()).status(sha)).get().extracting(IngestFileStatus::status).isEqualTo(IngestFileStatus.DONE);
        assertThat(report.failed()).isEmpty();
        assertThat(report.quarantined()).isEmpty();
        try (var session = STORE.store().driver().session(STORE.store().sessionConfig())) {
            var doc = session.run("MATCH (d:Document {sha256: $sha}) RETURN d.needsOcr AS needsOcr", java.util.Map.of("sha", sha)).single();
            assertThat(doc.get("needsOcr").asBoolean()).isFalse();
        }
    }

    private static boolean tesseractInstalled() throws IOException, InterruptedException {
        try {
            return new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
