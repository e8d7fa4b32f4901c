package nl.spoor.ingest.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;

import nl.spoor.model.store.SpoorStore;

/**
 * The per-file status records of {@code spoor ingest}, {@code (:IngestFile {sha256, path, status,
 * error, parent, attempts, statementError})}. A file is marked done only after all its facts are written, so a run
 * killed at any moment leaves the file queued and the next run writes it again (the writes are
 * idempotent): nothing lost, nothing doubled.
 */
public final class IngestFiles {

    private final SpoorStore store;

    public IngestFiles(SpoorStore store) {
        this.store = store;
    }

    /**
     * Claims a file for this run: records it as queued and counts the attempt, unless it is done or
     * quarantined already; then returns that status and changes nothing.
     */
    String claim(String sha256, String path, String parent) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeWrite(tx -> tx.run("""
                    MERGE (f:IngestFile {sha256: $sha})
                      ON CREATE SET f.path = $path, f.parent = $parent, f.attempts = 0, f.status = 'queued'
                    WITH f, f.status AS before
                    CALL (f, before) {
                      WITH f WHERE NOT before IN ['done', 'quarantined']
                      SET f.status = 'queued', f.attempts = f.attempts + 1
                    }
                    RETURN before
                    """, parameters(sha256, path, parent)).single().get("before").asString());
        }
    }

    /** Marks files done, in one transaction, after their facts are written. */
    void done(List<String> sha256s) {
        done(sha256s, Map.of());
    }

    /**
     * Marks files done, in one transaction, after their facts are written, with why a file that looks
     * like a bank statement could not be read as one ({@code statementErrors} by content hash).
     */
    void done(List<String> sha256s, Map<String, String> statementErrors) {
        if (sha256s.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (String sha : sha256s) {
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("sha", sha);
            row.put("statementError", statementErrors.get(sha));
            rows.add(row);
        }
        try (var s = store.driver().session(store.sessionConfig())) {
            s.executeWrite(tx -> tx.run("""
                    UNWIND $files AS file
                    MATCH (f:IngestFile {sha256: file.sha})
                    SET f.status = 'done', f.statementError = file.statementError
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
                    SET f.status = $status, f.error = $error
                    """, p).consume());
        }
    }

    /** The status of one file by content hash. */
    public Optional<IngestFileStatus> status(String sha256) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("MATCH (f:IngestFile {sha256: $sha}) RETURN f", Map.of("sha", sha256)).list(IngestFiles::status))
                    .stream().findFirst();
        }
    }

    /** Every file's status, by path. */
    public List<IngestFileStatus> all() {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("MATCH (f:IngestFile) RETURN f ORDER BY f.path, f.sha256").list(IngestFiles::status));
        }
    }

    private static IngestFileStatus status(Record r) {
        var f = r.get("f");
        return new IngestFileStatus(f.get("sha256").asString(), f.get("path").asString(), f.get("status").asString(),
                f.get("error").isNull() ? null : f.get("error").asString(),
                f.get("parent").isNull() ? null : f.get("parent").asString(), f.get("attempts").asLong(),
                f.get("statementError").isNull() ? null : f.get("statementError").asString());
    }

    private static Map<String, Object> parameters(String sha256, String path, String parent) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("sha", sha256);
        p.put("path", path);
        p.put("parent", parent);
        return p;
    }
}
