package nl.spoor.ingest.pipeline;

/**
 * Where one delivery of one file stands, as stored in {@code (:IngestFile)}: one record per content
 * hash and delivery (partner, case, legal basis), see {@link IngestFiles}.
 *
 * @param sourceId the id of the delivery's {@code Source} ({@link IngestOptions#sourceId}); for records
 *                 of runs before deliveries were told apart, {@code doc:sha256:} and the content hash
 * @param status   {@code queued} (being ingested, or a run stopped while it was), {@code done},
 *                 {@code failed} (the store refused it; tried again next run) or {@code quarantined}
 *                 (bad input; see {@code error})
 * @param parent   the content hash of the container it came out of, or null
 * @param attempts how many runs started on it under this delivery
 * @param statementError for a file that looks like a bank statement but could not be read as one: why
 *                 (file, line, field); its text is ingested all the same, so it is {@code done}, not
 *                 quarantined. Null otherwise.
 * @param caseId   the case it was delivered for (null for records of older runs)
 * @param partner  the partner that delivered it (null for records of older runs)
 * @param legalBasis the legal basis it was delivered under (null for records of older runs)
 * @param needsOcr it has images or scanned pages that were not read (OCR off or no Tesseract)
 * @param documents the documents it gave as stored: its own and those taken out of it (0 unless done)
 * @param startedAt when the last run that worked on it started on it (null for records of older runs)
 * @param finishedAt when it became done, failed or quarantined (null while queued)
 */
public record IngestFileStatus(String sha256, String sourceId, String path, String status, String error, String parent, long attempts,
                               String statementError, String caseId, String partner, String legalBasis, boolean needsOcr, long documents,
                               java.time.Instant startedAt, java.time.Instant finishedAt) {

    public static final String QUEUED = "queued";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final String QUARANTINED = "quarantined";
}
