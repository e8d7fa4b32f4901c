package nl.spoor.api.ingest;

/**
 * Where accepted upload jobs wait to be ingested: in this process ({@link InProcessJobQueue}, role
 * {@code all}) or, file by file, in the queue the worker processes read ({@link RemoteJobQueue}, role
 * {@code api}).
 */
interface JobQueue {

    /**
     * Puts the job's stored files where they will be ingested, before the job is saved and submitted:
     * nothing for this process or a shared folder; for a bucket, each file is put there and its local
     * copy removed. Fails whole (what was put is removed again): half an upload is no job.
     */
    default void store(IngestJob job) {
    }

    void submit(IngestJob job);

    /** Files (remote) or jobs (in-process) waiting or being ingested. */
    long depth();

    /** Whether this process ingests the jobs itself. */
    boolean inProcess();

    /** Stops taking work; running in-process jobs are interrupted (they resume at the next start). */
    void close();
}
