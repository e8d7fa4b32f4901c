package nl.spoor.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.testing.TestStore;

/** The bench's bookkeeping, not its speed: which files each side parses and what the report counts. */
class IngestBenchmarkTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @TempDir
    Path corpus;

    /** Each round gets the test class's store, emptied; nothing to close. */
    private static final IngestBenchmark.Stores EMPTIED = new IngestBenchmark.Stores() {
        @Override
        public SpoorStore empty() {
            STORE.clear();
            return STORE.store();
        }

        @Override
        public void release(SpoorStore store) {
        }
    };

    private Path write(String name, String text) throws IOException {
        Path file = corpus.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void bothSidesParseExactlyTheCorpusAndTheReportHasOneRowPerFormatWithItsCounts() throws IOException {
        Path note1 = write("pv/notitie-1.txt", "Proces-verbaal: Jan de Vries rekening NL91ABNA0417164300 te Zaandam.");
        Path note2 = write("pv/notitie-2.TXT", "Tweede notitie over Glashelder B.V. (KvK 12345678).");
        Path ad = write("ads/advertentie.html", "<html><body><p>Bel 06-12345678 voor een afspraak in Haarlem.</p></body></html>");
        Path broken = write("kapot.pdf", "%PDF-1.7\nthis is not a PDF body");
        write("manifest.json", "{\"documents\": []}"); // the generator's answer sheet: not measured

        BenchCorpus files = BenchCorpus.of(corpus);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        IngestBenchmark bench = new IngestBenchmark(files, new IngestBenchmark.Settings(2, 1, false), EMPTIED, BsnKey.of(new byte[32]),
                new RuleExtractor(), new PrintStream(printed, true, StandardCharsets.UTF_8));

        BenchReport report = bench.run();

        Set<Path> all = Set.of(note1, note2, ad, broken);
        assertThat(bench.rawFinished()).isEqualTo(all);
        assertThat(bench.pipelineFinished()).isEqualTo(all);
        assertThat(report.rows()).extracting(BenchReport.Row::format, BenchReport.Row::mediaTypes, BenchReport.Row::files, BenchReport.Row::bytes)
                .containsExactly(
                        tuple("html", "text/html", 1, Files.size(ad)),
                        tuple("pdf", "application/pdf", 1, Files.size(broken)),
                        tuple("txt", "text/plain", 2, Files.size(note1) + Files.size(note2)));
        assertThat(report.total().files()).isEqualTo(4);
        assertThat(report.total().bytes()).isEqualTo(Files.size(note1) + Files.size(note2) + Files.size(ad) + Files.size(broken));
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.rawSeconds()).isPositive());
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.pipelineSeconds()).isPositive());
        assertThat(report.lines()).hasSize(report.rows().size() + 5);

        // The pipeline really ingested into the round's store: three documents, the broken PDF quarantined by both sides.
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            assertThat(s.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong()).isEqualTo(3);
            assertThat(s.run("MATCH (f:IngestFile {status: 'quarantined'}) RETURN f.path AS p").single().get("p").asString()).isEqualTo(broken.toString());
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("1 files raw Tika could not parse:", "1 files the pipeline quarantined or failed:", broken.toString());
    }
}
