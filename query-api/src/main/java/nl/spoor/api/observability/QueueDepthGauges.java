package nl.spoor.api.observability;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * One gauge {@code spoor.ingest.queue.depth{queue=…}} per {@link QueueDepth} bean. A binder, so the queues
 * are looked up once every bean exists (a queue may itself need {@link IngestMetrics}).
 */
@Component
public class QueueDepthGauges implements MeterBinder {

    private final ObjectProvider<QueueDepth> queues;

    public QueueDepthGauges(ObjectProvider<QueueDepth> queues) {
        this.queues = queues;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        queues.orderedStream().forEach(q -> Gauge.builder("spoor.ingest.queue.depth", q, d -> d.depth().getAsLong()).tag("queue", q.queue())
                .description("Ingest work waiting for a worker").strongReference(true).register(registry));
    }
}
