package nl.spoor.api.scaleout;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

import nl.spoor.ingest.extract.Extractor;
import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.ingest.pipeline.ExtractorRelease;
import nl.spoor.ingest.pipeline.IngestFiles;
import nl.spoor.ingest.pipeline.IngestLimits;
import nl.spoor.ingest.pipeline.IngestOptions;
import nl.spoor.ingest.pipeline.IngestPipeline;
import nl.spoor.ingest.pipeline.IngestProgress;
import nl.spoor.ingest.pipeline.IngestReport;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;

/**
 * The {@code worker} role: takes files from the queue, a batch at a time, ingests them with the same
 * pipeline as {@code spoor ingest} and acknowledges them only after the pipeline returned, that is after
 * their facts are committed and their {@code IngestFile} records say so. First it takes over what dead
 * workers left ({@link RedisFileQueue#claimAbandoned}), then new work.
 *
 * <p>A crash at any moment is harmless: unacknowledged files are ingested again by the next worker, and
 * the pipeline skips what was finished (by content hash and delivery) and rewrites the rest
 * idempotently. A batch that fails (the store gone) stays unacknowledged and is retried after
 * {@code claimAfter}.
 */
public final class IngestWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestWorker.class);

    private final ScaleOutSettings settings;
    private final RedisFileQueue queue;
    private final FileStore files;
    /** Where copies of bucket objects lie while they are ingested: this worker's own, emptied at start. */
    private final Path workDir;
    private final SpoorStore store;
    private final BsnKey bsnKey;
    private final String name;
    private final int parseWorkers;
    private final boolean ocr;
    private final IngestLimits limits;
    private final Extractor extractor = new RuleExtractor();
    private final ExtractorRelease release = ExtractorRelease.of(extractor);
    private final ScheduledExecutorService toucher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("queue-touch").daemon().factory());
    private final AtomicLong filesDone = new AtomicLong();
    private volatile boolean stopping;

    /**
     * @param workRoot a folder of this machine ({@code $SPOOR_HOME/work}); the worker keeps its temporary
     *                 copies of bucket objects in a folder of its own name under it
     */
    public IngestWorker(ScaleOutSettings settings, RedisFileQueue queue, FileStore files, Path workRoot, SpoorStore store, BsnKey bsnKey,
                        Function<String, String> env) {
        this.settings = settings;
        this.queue = queue;
        this.files = files;
        this.store = store;
        this.bsnKey = bsnKey;
        String named = env.apply("SPOOR_WORKER_NAME");
        this.name = named == null || named.isBlank() ? host() + "-" + ProcessHandle.current().pid() : named.strip();
        this.workDir = workRoot.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_")).toAbsolutePath().normalize();
        this.parseWorkers = ScaleOutSettings.integer("SPOOR_INGEST_WORKERS", env.apply("SPOOR_INGEST_WORKERS"), 2);
        String o = env.apply("SPOOR_INGEST_OCR");
        this.ocr = o == null || o.isBlank() || Boolean.parseBoolean(o.strip());
        String max = env.apply("SPOOR_UPLOAD_MAX_FILE");
        this.limits = IngestLimits.defaults().withMaxFileBytes(DataSize.parse(max == null || max.isBlank() ? "512MB" : max.strip()).toBytes());
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "worker";
        }
    }

    public String name() {
        return name;
    }

    public RedisFileQueue queue() {
        return queue;
    }

    /** Files this worker ingested (or found ingested) and acknowledged. */
    public long filesDone() {
        return filesDone.get();
    }

    /** The folder of this worker's temporary copies. */
    public Path workDir() {
        return workDir;
    }

    /** Works until {@link #close} (or the thread is interrupted). */
    public void run() {
        try {
            // Copies a killed run of this worker left: their entries are pending and will be fetched again.
            org.springframework.util.FileSystemUtils.deleteRecursively(workDir);
            java.nio.file.Files.createDirectories(workDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot prepare the worker's work folder " + workDir + ": " + e.getMessage(), e);
        }
        LOG.info("Ingest worker {} takes files from {} (group {}), {} at a time, reads them from {}; abandoned files are taken over after {}",
                name, ScaleOutSettings.STREAM, ScaleOutSettings.GROUP, settings.batch(), files.describe(), settings.claimAfter());
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                List<RedisFileQueue.Entry> batch = queue.claimAbandoned(name, settings.batch(), settings.claimAfter());
                if (!batch.isEmpty()) {
                    LOG.info("Worker {} took over {} file(s) a dead worker left", name, batch.size());
                } else {
                    batch = queue.next(name, settings.batch(), Duration.ofSeconds(2));
                }
                if (!batch.isEmpty()) {
                    ingest(batch);
                }
            } catch (RuntimeException e) {
                if (stopping) {
                    break;
                }
                // Store or queue unreachable: what this worker holds stays pending and is retried.
                LOG.error("Worker {}: {}; trying again in 5 s", name, e.getMessage() == null ? e.toString() : e.getMessage(), e);
                sleep(Duration.ofSeconds(5));
            }
        }
    }

    private void ingest(List<RedisFileQueue.Entry> batch) {
        List<String> ids = batch.stream().map(RedisFileQueue.Entry::id).toList();
        long every = Math.max(100, settings.claimAfter().toMillis() / 3);
        ScheduledFuture<?> touching = toucher.scheduleAtFixedRate(() -> {
            try {
                queue.touch(name, ids);
            } catch (RuntimeException e) {
                LOG.warn("Worker {} could not touch its files in the queue: {}", name, e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        List<FileStore.Fetched> fetched = new ArrayList<>();
        long started = System.nanoTime();
        try {
            Map<FileTask.Delivery, List<Path>> byDelivery = new LinkedHashMap<>();
            // The graph knows each file by its place in the store, not by where this worker reads it.
            Map<Path, String> shown = new java.util.HashMap<>();
            List<RedisFileQueue.Entry> present = new ArrayList<>();
            for (RedisFileQueue.Entry e : batch) {
                if (files.exists(e.task().file())) {
                    present.add(e);
                } else {
                    // Gone for good (the store answered, and has no such file): retrying it would hold its batch-mates
                    // back forever. It is marked failed, with why, and taken off the queue; the others go on.
                    gone(e);
                }
            }
            for (RedisFileQueue.Entry e : present) {
                FileStore.Fetched f = files.fetch(e.task().file(), workDir);
                fetched.add(f);
                shown.put(f.path(), f.location());
                byDelivery.computeIfAbsent(e.task().delivery(), d -> new ArrayList<>()).add(f.path());
            }
            for (var group : byDelivery.entrySet()) {
                FileTask.Delivery d = group.getKey();
                IngestOptions options = options(d);
                IngestReport report = new IngestPipeline(store, bsnKey, extractor, release, options, IngestProgress.silent())
                        .run(group.getValue(), p -> shown.getOrDefault(p, p.toString()));
                report.quarantined().forEach(p -> LOG.warn("Worker {}: {} quarantined: {}", name, p.path(), p.reason()));
                report.failed().forEach(p -> LOG.warn("Worker {}: {} failed: {}", name, p.path(), p.reason()));
            }
            touching.cancel(false);
            List<String> ingested = present.stream().map(RedisFileQueue.Entry::id).toList();
            queue.done(ingested);
            filesDone.addAndGet(ingested.size());
            LOG.info("Worker {} ingested {} file(s) of job(s) {} in {} ms", name, ingested.size(),
                    batch.stream().map(e -> e.task().job()).distinct().toList(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            touching.cancel(false);
            // Copies go once their facts are committed, or once the batch failed (it is fetched again when retried).
            for (FileStore.Fetched f : fetched) {
                try {
                    f.close();
                } catch (RuntimeException e) {
                    LOG.warn("Worker {}: {}", name, e.getMessage());
                }
            }
        }
    }

    /** How this worker ingests a delivery's files. */
    private IngestOptions options(FileTask.Delivery d) {
        return new IngestOptions(d.caseId(), d.partner(), d.legalBasis(), d.retainUntil(), d.receivedAt(), parseWorkers, limits, ocr);
    }

    private void gone(RedisFileQueue.Entry e) {
        FileTask t = e.task();
        FileTask.Delivery d = t.delivery();
        String reason = "not in the file store (" + files.describe() + ") when worker " + name + " came to read it: removed before it was ingested;"
                + " upload it again";
        new IngestFiles(store).failUnreadable(options(d), t.sha256(), files.location(t.file()), reason);
        queue.done(List.of(e.id()));
        filesDone.incrementAndGet();
        LOG.error("Worker {}: {} of job {} is {}", name, files.location(t.file()), t.job(), reason);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopping = true;
        toucher.shutdownNow();
    }
}
