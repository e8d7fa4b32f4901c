package nl.spoor.api.scaleout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One queued file: where it lies in the shared file store and the delivery it came with, everything a
 * worker needs to ingest it exactly as the single process would (same path, same Source, same
 * {@code receivedAt}). A Redis stream entry's fields.
 *
 * @param job        the upload job it belongs to
 * @param file       its path relative to {@code SPOOR_FILES}
 * @param sha256     its content hash as stored (the job's status is read back by it)
 * @param receivedAt when the upload was received: the Source's {@code receivedAt}
 */
public record FileTask(String job, String file, String sha256, String caseId, String partner, String legalBasis,
                       LocalDate retainUntil, Instant receivedAt) {

    public Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("job", job);
        m.put("file", file);
        m.put("sha256", sha256);
        m.put("case", caseId);
        m.put("partner", partner);
        m.put("basis", legalBasis);
        m.put("retainUntil", retainUntil.toString());
        m.put("receivedAt", receivedAt.toString());
        return m;
    }

    /** The task an entry holds; an entry missing a field is refused naming it (someone else wrote to the stream). */
    public static FileTask of(String entryId, Map<String, String> f) {
        for (String name : new String[] {"job", "file", "sha256", "case", "partner", "basis", "retainUntil", "receivedAt"}) {
            if (f.get(name) == null) {
                throw new IllegalArgumentException("Queue entry " + entryId + " in " + ScaleOutSettings.STREAM + " has no field " + name + ": " + f);
            }
        }
        return new FileTask(f.get("job"), f.get("file"), f.get("sha256"), f.get("case"), f.get("partner"), f.get("basis"),
                LocalDate.parse(f.get("retainUntil")), Instant.parse(f.get("receivedAt")));
    }

    /** Tasks of one delivery run through one pipeline together. */
    public record Delivery(String caseId, String partner, String legalBasis, LocalDate retainUntil, Instant receivedAt) {
    }

    public Delivery delivery() {
        return new Delivery(caseId, partner, legalBasis, retainUntil, receivedAt);
    }
}
