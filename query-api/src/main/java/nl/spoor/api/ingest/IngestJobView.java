package nl.spoor.api.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An ingest job as the REST API ({@code GET /api/ingest/jobs/{id}}, the events stream) and GraphQL
 * ({@code IngestJob}) show it; names match the schema. Times are ISO 8601 instants. Progress events
 * carry it without {@code uploads} and {@code failures} (null), so they stay small for big jobs.
 *
 * @param resumed how many times the job was started again after a server restart
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestJobView(String id, String state, String caseId, String partner, String legalBasis, String retainUntil,
                            String submitted, String started, String finished, int resumed, Files files, long documents,
                            long entities, long relationships, long newNodes, long newRelationships, Bytes bytes, Rate rate,
                            List<Upload> uploads, List<Failure> failures, List<String> warnings, String error,
                            String statusUrl, String eventsUrl) {

    /**
     * The job's input files: {@code finished} = ingested + alreadyIngested + quarantined + failed.
     * Quarantined includes files quarantined in an earlier delivery.
     */
    public record Files(int total, int finished, int ingested, int alreadyIngested, int quarantined, int failed) {
    }

    public record Bytes(long total, long finished) {
    }

    /** Since the job started, until it finished. */
    public record Rate(double filesPerSecond, double bytesPerSecond) {
    }

    /**
     * One uploaded file. {@code outcome} is null until it is finished, then INGESTED, ALREADY_INGESTED,
     * ALREADY_QUARANTINED, QUARANTINED or FAILED.
     */
    public record Upload(String name, long bytes, String sha256, String outcome, String reason) {
    }

    /**
     * A document that was quarantined or failed: an uploaded file, or a file inside one
     * ({@code mails.zip!/bijlage.pdf}); the path is relative to the upload.
     */
    public record Failure(String path, String sha256, String outcome, String reason) {
    }

    /** Without the per-file lists. */
    IngestJobView summary() {
        return new IngestJobView(id, state, caseId, partner, legalBasis, retainUntil, submitted, started, finished, resumed, files,
                documents, entities, relationships, newNodes, newRelationships, bytes, rate, null, null, warnings, error, statusUrl, eventsUrl);
    }

    boolean isFinished() {
        return IngestJob.State.DONE.name().equals(state) || IngestJob.State.FAILED.name().equals(state);
    }
}
