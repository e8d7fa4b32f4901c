package nl.spoor.api.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.spoor.api.scaleout.FileStore;

import nl.spoor.api.scaleout.FileTask;
import nl.spoor.api.scaleout.RedisFileQueue;
import nl.spoor.ingest.pipeline.IngestFileStatus;
import nl.spoor.ingest.pipeline.IngestFiles;
import nl.spoor.ingest.pipeline.IngestOptions;
import nl.spoor.ingest.pipeline.IngestProgress;

/**
 * The {@code api} role's queue: each file of a job becomes one entry in the Redis stream the workers
 * read. The job's progress is read back from the {@code IngestFile} records the workers write (one per
 * file and delivery), so the api knows how a job stands without hearing from the workers.
 */
final class RemoteJobQueue implements JobQueue {

    private final RedisFileQueue queue;
    private final FileStore store;
    private final Path filesRoot;

    /**
     * @param filesRoot the local folder holding {@code uploads/}: the shared folder itself, or with a
     *                  bucket this api's {@code SPOOR_HOME}; a file's key is its path relative to it
     */
    RemoteJobQueue(RedisFileQueue queue, FileStore store, Path filesRoot) {
        this.queue = queue;
        this.store = store;
        this.filesRoot = filesRoot;
    }

    /** A stored file's key in the shared store: {@code uploads/<job>/files/<name>}. */
    private String key(IngestJob job, IngestJob.StoredFile f) {
        return filesRoot.relativize(job.path(f)).toString().replace(java.io.File.separatorChar, '/');
    }

    @Override
    public void store(IngestJob job) {
        List<String> put = new ArrayList<>();
        try {
            for (IngestJob.StoredFile f : job.files()) {
                String key = key(job, f);
                if (store.localPath(key).filter(p -> p.equals(job.path(f).toAbsolutePath().normalize())).isPresent()) {
                    continue; // Stored in the shared folder already.
                }
                store.put(key, job.path(f));
                put.add(key);
            }
        } catch (RuntimeException e) {
            for (String key : put) {
                try {
                    store.delete(key);
                } catch (RuntimeException ignored) {
                    // The store failed already; an orphan object is harmless (no queue entry names it).
                }
            }
            throw e;
        }
        // The store holds them now; the api keeps only the job's record.
        for (IngestJob.StoredFile f : job.files()) {
            if (store.localPath(key(job, f)).isEmpty()) {
                try {
                    Files.deleteIfExists(job.path(f));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot remove the local copy " + job.path(f) + ": " + e.getMessage(), e);
                }
            }
        }
    }

    @Override
    public void submit(IngestJob job) {
        IngestJob.Delivery d = job.delivery();
        List<FileTask> tasks = job.files().stream()
                .map(f -> new FileTask(job.id(), key(job, f), f.sha256(), d.caseId(), d.partner(),
                        d.legalBasis(), d.retainUntil(), job.submitted()))
                .toList();
        queue.publish(tasks);
    }

    @Override
    public long depth() {
        return queue.depth();
    }

    @Override
    public boolean inProcess() {
        return false;
    }

    @Override
    public void close() {
        // The queue is a bean of its own and closed with it; queued entries stay for the workers.
    }

    /**
     * Brings an unfinished job up to date with the records the workers wrote; returns whether it has
     * ended (every file done, quarantined or failed under this delivery).
     */
    static boolean refresh(IngestJob job, IngestFiles files) {
        IngestJob.Delivery d = job.delivery();
        IngestOptions delivery = new IngestOptions(d.caseId(), d.partner(), d.legalBasis(), d.retainUntil(), job.submitted(), 1,
                nl.spoor.ingest.pipeline.IngestLimits.defaults(), false);
        IngestProgress progress = job.progress(sha -> files.status(sha).map(IngestFileStatus::error).orElse("reason not recorded"));
        int open = 0;
        long documents = 0;
        for (IngestJob.StoredFile f : job.files()) {
            IngestFileStatus status = files.deliveries(f.sha256()).stream()
                    .filter(s -> delivery.sourceId(f.sha256()).equals(s.sourceId())).findFirst().orElse(null);
            IngestProgress.Outcome outcome = status == null ? null : switch (status.status()) {
                case IngestFileStatus.DONE -> IngestProgress.Outcome.INGESTED;
                case IngestFileStatus.QUARANTINED -> IngestProgress.Outcome.QUARANTINED;
                case IngestFileStatus.FAILED -> IngestProgress.Outcome.FAILED;
                default -> null;
            };
            if (outcome == null) {
                open++;
                continue;
            }
            documents += status.documents();
            if (!job.hasOutcome(f)) {
                progress.documentFinished(new IngestProgress.Finished(job.path(f).toString(), f.sha256(), true, outcome, status.error()));
            }
        }
        if (open < job.files().size() && job.state() == IngestJob.State.QUEUED) {
            job.running();
        }
        if (open == 0) {
            job.doneRemotely(documents);
            return true;
        }
        return false;
    }
}
