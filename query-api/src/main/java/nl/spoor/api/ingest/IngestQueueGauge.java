package nl.spoor.api.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.spoor.api.observability.QueueDepth;

/** The server's ingest queue as a {@link QueueDepth}: whatever queue {@link IngestJobs} feeds. */
@Configuration(proxyBeanMethods = false)
class IngestQueueGauge {

    @Bean
    QueueDepth ingestQueueDepth(IngestJobs jobs) {
        return new QueueDepth("ingest", jobs::queueDepth);
    }
}
