package nl.spoor.api.observability;

import java.util.function.LongSupplier;

/**
 * A queue of ingest work whose depth is exported as the gauge {@code spoor.ingest.queue.depth} (Prometheus
 * {@code spoor_ingest_queue_depth{queue="…"}}). Every bean of this type is one gauge; {@code depth} is read
 * at every scrape, so it must be cheap. The server's is {@code ingest} ({@code nl.spoor.api.ingest.IngestQueueGauge}): the upload
 * jobs waiting or running in this process, or in role api the files in the shared queue.
 *
 * @param queue short, fixed name of the queue: the gauge's {@code queue} tag
 * @param depth work waiting to be taken by a worker, or being ingested
 */
public record QueueDepth(String queue, LongSupplier depth) {
}
