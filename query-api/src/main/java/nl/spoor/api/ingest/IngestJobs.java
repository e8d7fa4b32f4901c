package nl.spoor.api.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import nl.spoor.api.scaleout.FileStore;
import nl.spoor.api.scaleout.RedisFileQueue;
import nl.spoor.ingest.extract.Extractor;
import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.ingest.pipeline.ExtractorRelease;
import nl.spoor.ingest.pipeline.IngestFileStatus;
import nl.spoor.ingest.pipeline.IngestFiles;
import nl.spoor.ingest.pipeline.IngestOptions;
import nl.spoor.ingest.pipeline.IngestPipeline;
import nl.spoor.ingest.pipeline.IngestReport;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.api.observability.IngestMetrics;

/**
 * Upload jobs: each upload's files are stored in {@code uploads/<job id>/files/} and ingested by the
 * same pipeline as {@code spoor ingest}: in role all in this process, {@link IngestSettings#concurrentJobs}
 * at a time, the others waiting in the queue; in role api by the worker processes, one queue entry per
 * file ({@link RemoteJobQueue}), the job's state read back from their {@code IngestFile} records.
 *
 * <p>Restarts: a job is saved in its folder ({@link JobFile}) when queued, started and ended. At start
 * every job found there is read back; one that was queued or running when the server stopped is
 * queued again with the same files and delivery. The pipeline skips what it finished before (by
 * content hash) and writes the rest, idempotently, so a job interrupted at any moment ends with the
 * graph of one clean run; its counts then cover the resumed run only (files finished before show as
 * already ingested).
 */
@Component
public class IngestJobs implements InitializingBean, DisposableBean {

    static final String FILES = "files";
    /** MDC key of the upload job a log line is about. */
    public static final String JOB_MDC_KEY = "spoor.job";
    private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IngestSettings settings;
    private final SpoorStore store;
    private final BsnKey bsnKey;
    private final IngestFiles ingestFiles;
    private final Extractor extractor = new RuleExtractor();
    private final ExtractorRelease release = ExtractorRelease.of(extractor);
    private final ConcurrentHashMap<String, IngestJob> jobs = new ConcurrentHashMap<>();
    private final JobEvents events = new JobEvents();
    private final JobQueue queue;
    private volatile boolean stopping;
    private IngestMetrics metrics = IngestMetrics.unregistered();

    /** Role all: jobs run in this process. */
    public IngestJobs(IngestSettings settings, SpoorStore store, BsnKey bsnKey) {
        this(settings, store, bsnKey, (RedisFileQueue) null, null);
    }

    /**
     * Role api when {@code remote} is there: each job's files go to the shared file store ({@code shared})
     * and one entry per file to the queue the workers read.
     */
    @Autowired
    public IngestJobs(IngestSettings settings, SpoorStore store, BsnKey bsnKey, ObjectProvider<RedisFileQueue> remote,
                      ObjectProvider<FileStore> shared) {
        this(settings, store, bsnKey, remote.getIfAvailable(), shared.getIfAvailable());
    }

    private IngestJobs(IngestSettings settings, SpoorStore store, BsnKey bsnKey, RedisFileQueue remote, FileStore shared) {
        this.settings = settings;
        this.store = store;
        this.bsnKey = bsnKey;
        this.ingestFiles = new IngestFiles(store);
        this.queue = remote == null ? new InProcessJobQueue(settings.concurrentJobs(), this::run)
                : new RemoteJobQueue(remote, java.util.Objects.requireNonNull(shared, "role api needs the shared file store"),
                        settings.uploads().getParent());
    }

    /**
     * Ingest work waiting or under way, for a gauge: in role all the jobs queued or running in this
     * process; in role api the files in the shared queue (waiting or held by a worker). The gauge
     * {@code spoor_ingest_queue_depth{queue="ingest"}}.
     */
    public long queueDepth() {
        return queue.depth();
    }

    /** Counts what the jobs ingest ({@code spoor_ingest_*} on the Prometheus endpoint). */
    @org.springframework.beans.factory.annotation.Autowired
    void observeWith(IngestMetrics observer) {
        this.metrics = observer;
    }

    static String statusUrl(String id) {
        return "/api/ingest/jobs/" + id;
    }

    static String eventsUrl(String id) {
        return statusUrl(id) + "/events";
    }

    IngestSettings settings() {
        return settings;
    }

    JobEvents events() {
        return events;
    }

    IngestFiles files() {
        return ingestFiles;
    }

    /** Reads back the saved jobs and queues again those that had not ended, oldest first. */
    @Override
    public void afterPropertiesSet() {
        start();
    }

    void start() {
        List<IngestJob> unfinished = new ArrayList<>();
        try {
            Files.createDirectories(settings.uploads());
            try (Stream<Path> folders = Files.list(settings.uploads())) {
                for (Path folder : folders.filter(Files::isDirectory).toList()) {
                    Optional<JobFile> saved;
                    try {
                        saved = JobFile.read(folder);
                    } catch (RuntimeException e) {
                        LOG.warn("Ingest job {} cannot be read and is left alone: {}", folder, e.getMessage());
                        continue;
                    }
                    saved.ifPresent(s -> {
                        IngestJob job = s.isFinished()
                                ? IngestJob.finished(s.result(), s.delivery(), s.submittedAt(), folder, s.files())
                                : new IngestJob(s.id(), s.delivery(), s.submittedAt(), folder, s.files(), s.resumed() + 1);
                        jobs.put(job.id(), job);
                        if (!s.isFinished()) {
                            unfinished.add(job);
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ingest jobs in " + settings.uploads(), e);
        }
        unfinished.sort(Comparator.comparing(IngestJob::submitted));
        for (IngestJob job : unfinished) {
            if (!queue.inProcess() && current(job).isFinished()) {
                continue;
            }
            LOG.info("Ingest job {} had not ended when the server stopped; it is queued again", job.id());
            queue(job);
        }
    }

    /**
     * Stores the uploaded files in a new job folder (a rename where the parts were written to the
     * same disk; never read into memory) and queues the job.
     */
    IngestJob accept(IngestJob.Delivery delivery, List<MultipartFile> uploads) {
        Instant submitted = Instant.now();
        String id;
        Path folder = null;
        try {
            while (true) {
                id = ID_TIME.format(submitted) + "-" + HexFormat.of().formatHex(randomBytes());
                folder = settings.uploads().resolve(id);
                try {
                    Files.createDirectory(folder);
                    break;
                } catch (FileAlreadyExistsException taken) {
                    // Another upload in the same second drew the same suffix: draw again.
                }
            }
            Path files = Files.createDirectory(folder.resolve(FILES));
            List<IngestJob.StoredFile> stored = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (MultipartFile upload : uploads) {
                String name = upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()
                        ? "upload-" + (stored.size() + 1) : upload.getOriginalFilename();
                String storedAs = unique(safeName(name), names);
                Path target = files.resolve(storedAs);
                upload.transferTo(target.toFile());
                stored.add(new IngestJob.StoredFile(name, storedAs, Files.size(target), sha256(target)));
            }
            IngestJob job = new IngestJob(id, delivery, submitted, folder, stored, 0);
            queue.store(job);
            JobFile.of(job).write(folder);
            jobs.put(id, job);
            queue(job);
            return job;
        } catch (IOException | RuntimeException e) {
            // Half an upload is no job: nothing of it stays.
            if (folder != null) {
                try {
                    org.springframework.util.FileSystemUtils.deleteRecursively(folder);
                } catch (IOException ignored) {
                    LOG.warn("Could not remove the half-stored upload {}", folder);
                }
            }
            throw e instanceof IOException io ? new UncheckedIOException("Cannot store the upload under " + settings.uploads() + ": "
                    + io.getMessage(), io) : (RuntimeException) e;
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return b;
    }

    private void queue(IngestJob job) {
        queue.submit(job);
    }

    private void run(IngestJob job) {
        // Every log line of the job's run carries its id (the documents' lines also their hash).
        try (var ignored = org.slf4j.MDC.putCloseable(JOB_MDC_KEY, job.id())) {
            runJob(job);
        }
    }

    private void runJob(IngestJob job) {
        if (stopping) {
            return;
        }
        job.running();
        JobFile.of(job).write(job.folder());
        try {
            IngestOptions options = new IngestOptions(job.delivery().caseId(), job.delivery().partner(), job.delivery().legalBasis(),
                    job.delivery().retainUntil(), job.submitted(), settings.workers(), settings.limits(), settings.ocr());
            IngestPipeline pipeline = new IngestPipeline(store, bsnKey, extractor, release, options,
                    metrics.observe(job.progress(sha -> ingestFiles.status(sha).map(IngestFileStatus::error).orElse("reason not recorded"))));
            IngestReport report = pipeline.run(job.files().stream().map(job::path).toList());
            job.done(report);
        } catch (RuntimeException e) {
            if (stopping) {
                // Saved as running: the next start queues it again.
                LOG.info("Ingest job {} stopped with the server; it resumes at the next start", job.id());
                return;
            }
            LOG.error("Ingest job {} failed", job.id(), e);
            job.failed(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        JobFile.of(job).write(job.folder());
        events.finished(job);
    }

    Optional<IngestJob> job(String id) {
        return Optional.ofNullable(jobs.get(id)).map(this::current);
    }

    /** Newest first. */
    List<IngestJob> jobs() {
        return jobs.values().stream().map(this::current)
                .sorted(Comparator.comparing(IngestJob::submitted).thenComparing(IngestJob::id).reversed())
                .toList();
    }

    /** In role api a job runs elsewhere: read how far it is from the workers' records, and save it once it ended. */
    private IngestJob current(IngestJob job) {
        if (!queue.inProcess() && !job.isFinished() && RemoteJobQueue.refresh(job, ingestFiles)) {
            JobFile.of(job).write(job.folder());
            events.finished(job);
        }
        return job;
    }

    /** Stops the running jobs (they resume at the next start) and the events. */
    @Override
    public void destroy() {
        close();
    }

    void close() {
        stopping = true;
        queue.close();
        events.close();
    }

    /** The last part of a name as sent, without path, control or shell-unfriendly characters, not hidden. */
    static String safeName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()+,@-]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "_" + name;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            int dot = name.lastIndexOf('.');
            candidate = dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
        }
        return candidate;
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), d)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
