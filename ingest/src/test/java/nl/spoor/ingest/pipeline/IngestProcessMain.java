package nl.spoor.ingest.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.writer.WriteResult;

/**
 * {@code spoor ingest} as its own JVM, for {@link IngestKilledAndRestartedTest}: the real pipeline
 * (Dutch rule extractor, two workers, OCR off) on an embedded store, printing one line per finished
 * document so the test can kill it at a chosen point. Arguments: store home, input folder, case,
 * partner, legal basis.
 */
public final class IngestProcessMain {

    static final String STARTED_LINE = "spoor-started";
    static final String DOCUMENT_LINE = "spoor-document ";
    static final String WRITTEN_LINE = "spoor-written ";
    static final String DONE_LINE = "spoor-done";

    private IngestProcessMain() {
    }

    public static void main(String[] args) {
        RuleExtractor extractor = new RuleExtractor();
        IngestOptions options = new IngestOptions(args[2], args[3], args[4], LocalDate.parse("2031-12-31"), Instant.now(), 2,
                IngestLimits.defaults(), false);
        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(Path.of(args[0])))) {
            IngestReport report = new IngestPipeline(store, BsnKey.of(new byte[32]), extractor, ExtractorRelease.of(extractor), options, lines())
                    .run(List.of(Path.of(args[1])));
            report.summary().forEach(System.out::println);
            System.out.println(DONE_LINE);
            System.out.flush();
        }
        // Neo4j's own threads must not keep the process alive after the store is closed.
        System.exit(0);
    }

    private static IngestProgress lines() {
        return new IngestProgress() {
            @Override
            public void started(long files) {
                System.out.println(STARTED_LINE);
                System.out.flush();
            }

            @Override
            public void fileFinished() {
            }

            @Override
            public void warning(String text) {
                System.out.println("warning: " + text);
            }

            @Override
            public void finished() {
            }

            @Override
            public void documentFinished(Finished document) {
                System.out.println(DOCUMENT_LINE + document.outcome() + " " + document.path());
                System.out.flush();
            }

            @Override
            public void written(long documents, WriteResult total) {
                System.out.println(WRITTEN_LINE + documents);
                System.out.flush();
            }
        };
    }
}
