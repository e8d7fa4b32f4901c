package nl.spoor.api.ingest;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The single process's queue: a thread pool running {@code concurrent} jobs at a time, the others waiting. */
final class InProcessJobQueue implements JobQueue {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessJobQueue.class);

    private final ThreadPoolExecutor executor;
    private final Consumer<IngestJob> run;

    InProcessJobQueue(int concurrent, Consumer<IngestJob> run) {
        this.run = run;
        this.executor = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), Thread.ofPlatform().name("ingest-job-", 0).factory());
    }

    @Override
    public void submit(IngestJob job) {
        executor.execute(() -> run.accept(job));
    }

    @Override
    public long depth() {
        return executor.getQueue().size() + executor.getActiveCount();
    }

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("Ingest jobs did not stop within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
