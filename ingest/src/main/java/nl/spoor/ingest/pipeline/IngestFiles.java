package nl.spoor.ingest.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;

import nl.spoor.model.store.SpoorStore;

/**
 * The per-file status records of {@code spoor ingest}, {@code (:IngestFile {sha256, path, status,
 * error, parent, attempts, statementError, caseId, needsOcr, startedAt, finishedAt})}. A file is marked done only after all its facts are written, so a run
 * killed at any moment leaves the file queued and the next run writes it again (the writes are
 * idempotent): nothing lost, nothing doubled.
 */
public final class IngestFiles {

    private final SpoorStore store;

    public IngestFiles(SpoorStore store) {
        this.store = store;
    }

    /**
     * Claims a file for this run: records it as queued under this case and counts the attempt, unless
     * it is done or quarantined already; then returns that status and changes nothing.
     */
    String claim(String sha256, String path, String parent, String caseId) {
        Map<String, Object> p = parameters(sha256, path, parent);
        p.put("case", caseId);
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeWrite(tx -> tx.run("""
                    MERGE (f:IngestFile {sha256: $sha})
                      ON CREATE SET f.path = $path, f.parent = $parent, f.attempts = 0, f.status = 'queued'
                    WITH f, f.status AS before
                    CALL (f, before) {
                      WITH f WHERE NOT before IN ['done', 'quarantined']
                      SET f.status = 'queued', f.attempts = f.attempts + 1, f.caseId = $case, f.startedAt = datetime(),
                          f.finishedAt = null
                    }
                    RETURN before
                    """, p).single().get("before").asString());
        }
    }

    /** Marks files done, in one transaction, after their facts are written. */
    void done(List<String> sha256s) {
        done(sha256s, Map.of(), java.util.Set.of());
    }

    /**
     * Marks files done, in one transaction, after their facts are written, with why a file that looks
     * like a bank statement could not be read as one ({@code statementErrors} by content hash), and
     * which of them have images that were not read ({@code needOcr}).
     */
    void done(List<String> sha256s, Map<String, String> statementErrors, java.util.Set<String> needOcr) {
        if (sha256s.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (String sha : sha256s) {
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("sha", sha);
            row.put("statementError", statementErrors.get(sha));
            row.put("needsOcr", needOcr.contains(sha));
            rows.add(row);
        }
        try (var s = store.driver().session(store.sessionConfig())) {
            s.executeWrite(tx -> tx.run("""
                    UNWIND $files AS file
                    MATCH (f:IngestFile {sha256: file.sha})
                    SET f.status = 'done', f.statementError = file.statementError, f.needsOcr = file.needsOcr, f.finishedAt = datetime()
                    REMOVE f.error
                    """, Map.of("files", rows)).consume());
        }
    }

    void quarantine(String sha256, String path, String parent, String reason) {
        mark(sha256, path, parent, IngestFileStatus.QUARANTINED, reason);
    }

    void fail(String sha256, String path, String parent, String reason) {
        mark(sha256, path, parent, IngestFileStatus.FAILED, reason);
    }

    private void mark(String sha256, String path, String parent, String status, String reason) {
        Map<String, Object> p = new java.util.HashMap<>(parameters(sha256, path, parent));
        p.put("status", status);
        p.put("error", reason);
        try (var s = store.driver().session(store.sessionConfig())) {
            s.executeWrite(tx -> tx.run("""
                    MERGE (f:IngestFile {sha256: $sha})
                      ON CREATE SET f.path = $path, f.parent = $parent, f.attempts = 1
                    SET f.status = $status, f.error = $error, f.finishedAt = datetime()
                    """, p).consume());
        }
    }

    /**
     * The documents a file gave: its own and those taken out of it, at any depth, as stored (0 when it
     * is not ingested).
     */
    private static final String RETURN_STATUS = """
            OPTIONAL MATCH (d:Entity {spoorId: 'document:' + f.sha256})
            RETURN f, CASE WHEN d IS NULL THEN 0 ELSE COUNT { (d)<-[:EMBEDDED_IN*0..]-(:Document) } END AS documents
            """;

    /** The status of one file by content hash. */
    public Optional<IngestFileStatus> status(String sha256) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("MATCH (f:IngestFile {sha256: $sha}) " + RETURN_STATUS, Map.of("sha", sha256))
                    .list(IngestFiles::status)).stream().findFirst();
        }
    }

    /** Every file's status, by path. */
    public List<IngestFileStatus> all() {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("MATCH (f:IngestFile) WITH f ORDER BY f.path, f.sha256 " + RETURN_STATUS)
                    .list(IngestFiles::status));
        }
    }

    /** Where a page of files starts: after this path and content hash (files are ordered by both). */
    public record After(String path, String sha256) {
    }

    /**
     * Up to {@code limit} files ordered by path and content hash, after {@code after} (null: from the
     * start), with one of these statuses ({@link IngestFileStatus#DONE} …; empty: any) and of this case
     * (null: any).
     */
    public List<IngestFileStatus> page(java.util.Collection<String> statuses, String caseId, After after, int limit) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("statuses", List.copyOf(statuses));
        p.put("case", caseId);
        p.put("afterPath", after == null ? null : after.path());
        p.put("afterSha", after == null ? null : after.sha256());
        p.put("limit", limit);
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("""
                    MATCH (f:IngestFile)
                    WHERE (size($statuses) = 0 OR f.status IN $statuses) AND ($case IS NULL OR f.caseId = $case)
                      AND ($afterPath IS NULL OR f.path > $afterPath OR (f.path = $afterPath AND f.sha256 > $afterSha))
                    WITH f ORDER BY f.path, f.sha256 LIMIT $limit
                    """ + RETURN_STATUS, p).list(IngestFiles::status));
        }
    }

    private static IngestFileStatus status(Record r) {
        var f = r.get("f");
        return new IngestFileStatus(f.get("sha256").asString(), f.get("path").asString(), f.get("status").asString(),
                f.get("error").isNull() ? null : f.get("error").asString(),
                f.get("parent").isNull() ? null : f.get("parent").asString(), f.get("attempts").asLong(),
                f.get("statementError").isNull() ? null : f.get("statementError").asString(),
                f.get("caseId").isNull() ? null : f.get("caseId").asString(),
                !f.get("needsOcr").isNull() && f.get("needsOcr").asBoolean(), r.get("documents").asLong(),
                f.get("startedAt").isNull() ? null : f.get("startedAt").asZonedDateTime().toInstant(),
                f.get("finishedAt").isNull() ? null : f.get("finishedAt").asZonedDateTime().toInstant());
    }

    private static Map<String, Object> parameters(String sha256, String path, String parent) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("sha", sha256);
        p.put("path", path);
        p.put("parent", parent);
        return p;
    }
}
