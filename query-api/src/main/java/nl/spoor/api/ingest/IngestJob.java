package nl.spoor.api.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import nl.spoor.ingest.pipeline.IngestProgress;
import nl.spoor.ingest.pipeline.IngestReport;
import nl.spoor.model.writer.WriteResult;

/**
 * One upload and its ingest run: what was delivered under which case, partner, basis and retention
 * ({@link Delivery}, explicit so purpose binding can check it), its files, and how far the run is.
 * The pipeline's writer thread updates it through {@link #progress}; readers take a {@link #view}.
 * Thread-safe.
 */
final class IngestJob {

    enum State { QUEUED, RUNNING, DONE, FAILED }

    /** Under what the files were delivered; every document's Source carries it. */
    record Delivery(String caseId, String partner, String legalBasis, LocalDate retainUntil) {
        Delivery {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(legalBasis, "legalBasis");
            Objects.requireNonNull(retainUntil, "retainUntil");
        }
    }

    /** An uploaded file: its name as sent, its name in the job's folder, size and content hash. */
    record StoredFile(String name, String storedAs, long bytes, String sha256) {
    }

    private final String id;
    private final Delivery delivery;
    private final Instant submitted;
    private final Path folder;
    private final List<StoredFile> files;
    private final Map<String, StoredFile> byPath = new HashMap<>();
    private final int resumed;

    // Guarded by this.
    private State state = State.QUEUED;
    private Instant started;
    private Instant finished;
    private int finishedFiles, ingested, alreadyIngested, quarantined, failed;
    private long bytesFinished, documents;
    private WriteResult written = WriteResult.EMPTY;
    private final Map<String, IngestJobView.Upload> outcomes = new HashMap<>();
    private final List<IngestJobView.Failure> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String error;
    /** Counts changes, so the events stream sends only when there is news. */
    private long version;
    /** A finished job read back from its folder: shown as it was saved. */
    private IngestJobView saved;

    IngestJob(String id, Delivery delivery, Instant submitted, Path folder, List<StoredFile> files, int resumed) {
        this.id = id;
        this.delivery = delivery;
        this.submitted = submitted;
        this.folder = folder;
        this.files = List.copyOf(files);
        this.resumed = resumed;
        for (StoredFile f : files) {
            byPath.put(path(f).toString(), f);
        }
    }

    /** A finished job as it was saved. */
    static IngestJob finished(IngestJobView view, Delivery delivery, Instant submitted, Path folder, List<StoredFile> files) {
        IngestJob job = new IngestJob(view.id(), delivery, submitted, folder, files, view.resumed());
        job.saved = view;
        job.state = State.valueOf(view.state());
        return job;
    }

    String id() {
        return id;
    }

    Delivery delivery() {
        return delivery;
    }

    Instant submitted() {
        return submitted;
    }

    Path folder() {
        return folder;
    }

    List<StoredFile> files() {
        return files;
    }

    int resumed() {
        return resumed;
    }

    /** Where an uploaded file lies; the pipeline knows it by this path. */
    Path path(StoredFile f) {
        return folder.resolve(IngestJobs.FILES).resolve(f.storedAs());
    }

    synchronized State state() {
        return state;
    }

    synchronized long version() {
        return version;
    }

    synchronized void running() {
        state = State.RUNNING;
        started = Instant.now();
        version++;
    }

    synchronized void done(IngestReport report) {
        // The pipeline's totals are the truth; the running counts came from the same calls.
        documents = report.documents();
        state = State.DONE;
        finished = Instant.now();
        version++;
    }

    /** Ended in the worker processes: every file has its outcome (role api). */
    synchronized void doneRemotely(long documentsWritten) {
        documents = documentsWritten;
        state = State.DONE;
        if (started == null) {
            started = Instant.now();
        }
        finished = Instant.now();
        version++;
    }

    synchronized boolean hasOutcome(StoredFile f) {
        return outcomes.containsKey(f.storedAs());
    }

    synchronized void failed(String reason) {
        error = reason;
        state = State.FAILED;
        finished = Instant.now();
        version++;
    }

    synchronized boolean isFinished() {
        return state == State.DONE || state == State.FAILED;
    }

    /**
     * @param reasonOf the reason an earlier delivery's file was quarantined, by content hash
     */
    IngestProgress progress(Function<String, String> reasonOf) {
        return new IngestProgress() {
            @Override
            public void started(long inputFiles) {
            }

            @Override
            public void fileFinished() {
            }

            @Override
            public void documentFinished(Finished d) {
                String reason = d.reason();
                if (d.outcome() == Outcome.ALREADY_QUARANTINED && d.sha256() != null) {
                    reason = "quarantined when delivered before: " + reasonOf.apply(d.sha256());
                }
                finish(d, reason);
            }

            @Override
            public void written(long documentsWritten, WriteResult total) {
                synchronized (IngestJob.this) {
                    documents = documentsWritten;
                    written = total;
                    version++;
                }
            }

            @Override
            public void warning(String text) {
                synchronized (IngestJob.this) {
                    warnings.add(text);
                    version++;
                }
            }

            @Override
            public void finished() {
            }
        };
    }

    private synchronized void finish(IngestProgress.Finished d, String reason) {
        String shown = relative(d.path());
        boolean problem = d.outcome() == IngestProgress.Outcome.QUARANTINED || d.outcome() == IngestProgress.Outcome.FAILED
                || d.outcome() == IngestProgress.Outcome.ALREADY_QUARANTINED;
        if (problem) {
            failures.add(new IngestJobView.Failure(shown, d.sha256(), d.outcome().name(), reason));
        }
        if (d.topLevel()) {
            finishedFiles++;
            switch (d.outcome()) {
                case INGESTED -> ingested++;
                case ALREADY_INGESTED -> alreadyIngested++;
                case QUARANTINED, ALREADY_QUARANTINED -> quarantined++;
                case FAILED -> failed++;
            }
            StoredFile f = byPath.get(d.path());
            if (f != null) {
                bytesFinished += f.bytes();
                outcomes.put(f.storedAs(), new IngestJobView.Upload(f.name(), f.bytes(), f.sha256(), d.outcome().name(), reason));
            }
        }
        version++;
    }

    /** A pipeline path as the uploader knows it: relative to the job's files. */
    private String relative(String path) {
        String prefix = folder.resolve(IngestJobs.FILES) + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    synchronized IngestJobView view() {
        if (saved != null) {
            return saved;
        }
        long bytesTotal = files.stream().mapToLong(StoredFile::bytes).sum();
        double seconds = started == null ? 0 : Math.max(0.001, Duration.between(started, finished != null ? finished : Instant.now()).toMillis() / 1000.0);
        IngestJobView.Rate rate = seconds == 0 ? new IngestJobView.Rate(0, 0)
                : new IngestJobView.Rate(round(finishedFiles / seconds), round(bytesFinished / seconds));
        List<IngestJobView.Upload> uploads = files.stream()
                .map(f -> outcomes.getOrDefault(f.storedAs(), new IngestJobView.Upload(f.name(), f.bytes(), f.sha256(), null, null)))
                .toList();
        return new IngestJobView(id, state.name(), delivery.caseId(), delivery.partner(), delivery.legalBasis(), delivery.retainUntil().toString(),
                submitted.toString(), str(started), str(finished), resumed,
                new IngestJobView.Files(files.size(), finishedFiles, ingested, alreadyIngested, quarantined, failed),
                documents, written.entityFacts(), written.relationshipFacts(), written.nodesCreated(), written.relationshipsCreated(),
                new IngestJobView.Bytes(bytesTotal, bytesFinished), rate, uploads, List.copyOf(failures), List.copyOf(warnings), error,
                IngestJobs.statusUrl(id), IngestJobs.eventsUrl(id));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }
}
