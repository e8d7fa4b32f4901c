package nl.spoor.ingest.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Under what a delivery of files is ingested (DESIGN §6): who supplied it, on which legal basis, for
 * which case, until when it may be kept, and when it was received; plus how the run works.
 *
 * @param ocr OCR with Tesseract (Dutch) where a page has no text; off, or without Tesseract, such
 *            documents are marked {@code needsOcr}
 */
public record IngestOptions(String caseId, String partner, String legalBasis, LocalDate retainUntil, Instant receivedAt,
                            int workers, IngestLimits limits, boolean ocr) {

    public IngestOptions {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(retainUntil, "retainUntil");
        Objects.requireNonNull(limits, "limits");
        for (String[] field : new String[][] {{caseId, "case"}, {partner, "partner"}, {legalBasis, "legal basis"}}) {
            if (field[0] == null || field[0].isBlank()) {
                throw new IllegalArgumentException("Ingest needs the " + field[1] + " the files were received under (provenance is mandatory)");
            }
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
    }

    /**
     * The id of the {@code Source} that is this delivery of the document with that content hash:
     * {@code src:} and the SHA-256 of content hash, partner, case and legal basis. The same file
     * delivered again under the same delivery has the same Source (nothing changes); under another
     * partner, case or basis it is a Source of its own, so every delivery a fact came by stays
     * traceable (DESIGN §3, §6), while the {@code Document} stays one per content hash.
     */
    public String sourceId(String sha256) {
        return nl.spoor.model.provenance.Source.deliveryId("src", sha256, partner, caseId, legalBasis);
    }

    public IngestOptions withWorkers(int n) {
        return new IngestOptions(caseId, partner, legalBasis, retainUntil, receivedAt, n, limits, ocr);
    }

    public IngestOptions withLimits(IngestLimits l) {
        return new IngestOptions(caseId, partner, legalBasis, retainUntil, receivedAt, workers, l, ocr);
    }

    /** The same run settings for another delivery (case, partner, legal basis, retain-until). */
    public IngestOptions withDelivery(String caseId, String partner, String legalBasis, LocalDate retainUntil) {
        return new IngestOptions(caseId, partner, legalBasis, retainUntil, receivedAt, workers, limits, ocr);
    }

    public IngestOptions withOcr(boolean on) {
        return new IngestOptions(caseId, partner, legalBasis, retainUntil, receivedAt, workers, limits, on);
    }
}
