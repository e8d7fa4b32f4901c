package nl.spoor.api.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code uploads/<job id>/job.json}: a job as it stands on disk, so it outlives the server. Written
 * when the job is queued, when it starts and when it ends (then with its result); replaced atomically,
 * so a crash leaves the previous state, never half a file.
 *
 * @param result the job as it ended; null while it is queued or running
 */
record JobFile(String id, String caseId, String partner, String legalBasis, String retainUntil, String submitted, String state,
               int resumed, List<IngestJob.StoredFile> files, IngestJobView result) {

    static final String NAME = "job.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static JobFile of(IngestJob job) {
        IngestJob.Delivery d = job.delivery();
        IngestJobView result = job.isFinished() ? job.view() : null;
        return new JobFile(job.id(), d.caseId(), d.partner(), d.legalBasis(), d.retainUntil().toString(), job.submitted().toString(),
                job.state().name(), job.resumed(), job.files(), result);
    }

    void write(Path folder) {
        Path file = folder.resolve(NAME);
        Path tmp = folder.resolve(NAME + ".tmp");
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save ingest job " + file, e);
        }
    }

    /** The job saved in this folder, if there is one. */
    static Optional<JobFile> read(Path folder) {
        Path file = folder.resolve(NAME);
        return Files.isRegularFile(file) ? Optional.of(JSON.readValue(file.toFile(), JobFile.class)) : Optional.empty();
    }

    IngestJob.Delivery delivery() {
        return new IngestJob.Delivery(caseId, partner, legalBasis, LocalDate.parse(retainUntil));
    }

    Instant submittedAt() {
        return Instant.parse(submitted);
    }

    boolean isFinished() {
        return IngestJob.State.DONE.name().equals(state) || IngestJob.State.FAILED.name().equals(state);
    }
}
