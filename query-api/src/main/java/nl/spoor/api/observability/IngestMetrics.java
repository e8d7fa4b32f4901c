package nl.spoor.api.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.spoor.ingest.pipeline.IngestProgress;
import nl.spoor.model.writer.WriteResult;

/**
 * Ingest throughput as counters (Prometheus turns them into rates: {@code rate(spoor_ingest_documents_total[1m])}
 * is documents per second): documents by outcome, facts written (entities and relationships) and input
 * bytes. Counted where the pipeline reports, after the facts are
 * committed, so a document counts once per run that wrote it. The queue depth is {@link QueueDepthGauges}.
 *
 * <p>Also logs one line per finished document with its content hash in the MDC ({@value #DOCUMENT}), so the
 * lines of one document can be found across the API and worker processes.
 */
@Component
public class IngestMetrics {

    /** MDC key of the document a log line is about: its SHA-256. */
    public static final String DOCUMENT = nl.spoor.ingest.pipeline.IngestPipeline.DOCUMENT_MDC_KEY;
    private static final Logger LOG = LoggerFactory.getLogger(IngestMetrics.class);

    private final MeterRegistry registry;
    private final Counter bytes;
    private final Counter entities;
    private final Counter relationships;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.bytes = Counter.builder("spoor.ingest.bytes").baseUnit("bytes")
                .description("Bytes of the input files finished by ingest").register(registry);
        this.entities = facts("entities");
        this.relationships = facts("relationships");
    }

    /** Counters that go nowhere: for an ingest run outside the server (tests, the command line). */
    public static IngestMetrics unregistered() {
        return new IngestMetrics(new SimpleMeterRegistry());
    }

    private Counter facts(String kind) {
        return Counter.builder("spoor.ingest.facts").tag("kind", kind)
                .description("Entities and relationships written by ingest (new or merged)").register(registry);
    }

    /** {@code progress}, with every report also counted. */
    public IngestProgress observe(IngestProgress progress) {
        return new Observed(progress);
    }

    private final class Observed implements IngestProgress {

        private final IngestProgress delegate;
        private WriteResult counted = WriteResult.EMPTY;

        Observed(IngestProgress delegate) {
            this.delegate = delegate;
        }

        @Override
        public void started(long files) {
            delegate.started(files);
        }

        @Override
        public void fileFinished() {
            delegate.fileFinished();
        }

        @Override
        public void warning(String text) {
            delegate.warning(text);
        }

        @Override
        public void finished() {
            delegate.finished();
        }

        @Override
        public void documentFinished(Finished document) {
            Counter.builder("spoor.ingest.documents").tag("outcome", document.outcome().name())
                    .description("Documents finished by ingest, by outcome").register(registry).increment();
            if (document.topLevel()) {
                bytes.increment(sizeOf(document.path()));
            }
            try (var ignored = document.sha256() == null ? null : MDC.putCloseable(DOCUMENT, document.sha256())) {
                if (document.reason() == null) {
                    LOG.info("Document {} {}", document.path(), document.outcome());
                } else {
                    LOG.info("Document {} {}: {}", document.path(), document.outcome(), document.reason());
                }
            }
            delegate.documentFinished(document);
        }

        @Override
        public void written(long documents, WriteResult total) {
            // The pipeline reports running totals; the counters take the growth since the last report.
            entities.increment(Math.max(0, total.entityFacts() - counted.entityFacts()));
            relationships.increment(Math.max(0, total.relationshipFacts() - counted.relationshipFacts()));
            counted = total;
            delegate.written(documents, total);
        }
    }

    private static double sizeOf(String path) {
        try {
            return Files.size(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return 0; // gone or not a plain path: nothing to count, and no reason to disturb the ingest
        }
    }
}
