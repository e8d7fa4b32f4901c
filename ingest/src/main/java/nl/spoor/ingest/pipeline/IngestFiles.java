package nl.spoor.ingest.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;

import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreTransactions;
import nl.spoor.model.writer.GraphWriter;

/**
 * The per-file status records of {@code spoor ingest}: one {@code (:IngestFile {sourceId, sha256, path,
 * status, error, parent, attempts, statementError, caseId, partner, legalBasis, needsOcr, startedAt,
 * finishedAt})} per delivery of a file, keyed by the id of the delivery's {@code Source}
 * ({@link IngestOptions#sourceId}). Per delivery, because an investigator asks what was delivered for
 * a case: the same file delivered for two cases is listed under both. What belongs to the content
 * (quarantined and why, needsOcr, statementError) is the same on every delivery of it.
 *
 * <p>A file is marked done only after all its facts are written, so a run killed at any moment leaves
 * the file queued and the next run writes it again (the writes are idempotent): nothing lost,
 * nothing doubled.
 */
public final class IngestFiles {

    private final SpoorStore store;
    private final StoreTransactions transactions;

    public IngestFiles(SpoorStore store) {
        this(store, StoreTransactions.of(store));
    }

    /** @param transactions where claims and marks are written: in process on an embedded store (the pipeline's) */
    IngestFiles(SpoorStore store, StoreTransactions transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /**
     * Claims a file for this delivery: records it as queued and counts the attempt, unless this
     * delivery of it is done or quarantined already; then returns that status and changes nothing. A
     * content quarantined under an earlier delivery is quarantined under this one with the same reason,
     * without being read again, and {@code quarantined} is returned.
     *
     * <p>The statements here run once per file and are unique- or hinted index seeks, the same plan at any
     * store size: {@code replan=skip} spares the replanning a fresh store's changing statistics would cause.
     */
    String claim(String sha256, String path, String parent, IngestOptions delivery) {
        return transactions.write(tx -> claim(tx, sha256, path, parent, delivery));
    }

    /** {@link #claim(String, String, String, IngestOptions)} in the caller's transaction. */
    String claim(SimpleQueryRunner tx, String sha256, String path, String parent, IngestOptions delivery) {
        Map<String, Object> p = parameters(sha256, path, parent, delivery);
        return tx.run("""
                    CYPHER replan=skip
                    MERGE (f:IngestFile {sourceId: $source})
                      ON CREATE SET f.sha256 = $sha, f.path = $path, f.parent = $parent, f.caseId = $case, f.partner = $partner,
                                    f.legalBasis = $basis, f.attempts = 0, f.status = 'queued'
                    WITH f, f.status AS before
                    OPTIONAL MATCH (q:IngestFile {sha256: $sha, status: 'quarantined'}) USING INDEX q:IngestFile(sha256) WHERE q <> f
                    WITH f, before, min(q.error) AS quarantinedBefore
                    CALL (f, before, quarantinedBefore) {
                      WITH f WHERE NOT before IN ['done', 'quarantined']
                      SET f.attempts = f.attempts + 1, f.startedAt = datetime(),
                          f.status = CASE WHEN quarantinedBefore IS NULL THEN 'queued' ELSE 'quarantined' END,
                          f.error = quarantinedBefore,
                          f.finishedAt = CASE WHEN quarantinedBefore IS NULL THEN null ELSE datetime() END
                    }
                    RETURN CASE WHEN before IN ['done', 'quarantined'] OR quarantinedBefore IS NULL THEN before ELSE 'quarantined' END AS before
                    """, p).single().get("before").asString();
    }

    /**
     * Marks files of this delivery done, in the caller's transaction (the pipeline's, which also writes the
     * files' pages and candidates), after their facts are written, with why a
     * file that looks like a bank statement could not be read as one ({@code statementErrors} by content
     * hash), and which of them have images that were not read ({@code needOcr}).
     */
    static void done(SimpleQueryRunner tx, IngestOptions delivery, Collection<String> sha256s, Map<String, String> statementErrors, Set<String> needOcr) {
        if (sha256s.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String sha : sha256s) {
            Map<String, Object> row = new HashMap<>();
            row.put("source", delivery.sourceId(sha));
            row.put("statementError", statementErrors.get(sha));
            row.put("needsOcr", needOcr.contains(sha));
            rows.add(row);
        }
        tx.run(DONE, GraphWriter.rows(rows)).consume();
    }

    // The rows inside a map ($batch.rows): one plan for any number of files (GraphWriter.rows says why).
    static final String DONE = """
            CYPHER replan=skip
            UNWIND $batch.rows AS file
            MATCH (f:IngestFile {sourceId: file.source}) USING INDEX f:IngestFile(sourceId)
            SET f.status = 'done', f.statementError = file.statementError, f.needsOcr = file.needsOcr, f.finishedAt = datetime()
            REMOVE f.error
            """;

    void quarantine(IngestOptions delivery, String sha256, String path, String parent, String reason) {
        mark(delivery, sha256, path, parent, IngestFileStatus.QUARANTINED, reason);
    }

    void fail(IngestOptions delivery, String sha256, String path, String parent, String reason) {
        mark(delivery, sha256, path, parent, IngestFileStatus.FAILED, reason);
    }

    /**
     * A delivered file that could not be read at all, known only by the content hash its upload computed (a
     * worker found it gone from the shared file store): FAILED with the reason, so the job's status says so.
     */
    public void failUnreadable(IngestOptions delivery, String sha256, String path, String reason) {
        fail(delivery, sha256, path, null, reason);
    }

    private void mark(IngestOptions delivery, String sha256, String path, String parent, String status, String reason) {
        transactions.write(tx -> {
            mark(tx, delivery, sha256, path, parent, status, reason);
            return null;
        });
    }

    void mark(SimpleQueryRunner tx, IngestOptions delivery, String sha256, String path, String parent, String status, String reason) {
        Map<String, Object> p = parameters(sha256, path, parent, delivery);
        p.put("status", status);
        p.put("error", reason);
        tx.run("""
                CYPHER replan=skip
                MERGE (f:IngestFile {sourceId: $source})
                  ON CREATE SET f.sha256 = $sha, f.path = $path, f.parent = $parent, f.caseId = $case, f.partner = $partner,
                                f.legalBasis = $basis, f.attempts = 1
                SET f.status = $status, f.error = $error, f.finishedAt = datetime()
                """, p).consume();
    }

    /**
     * The documents a file gave: its own and those taken out of it, at any depth, as stored (0 when it
     * is not ingested under this delivery).
     */
    private static final String RETURN_STATUS = """
            OPTIONAL MATCH (d:Entity {spoorId: 'document:' + f.sha256}) WHERE f.status = 'done'
            RETURN f, CASE WHEN d IS NULL THEN 0 ELSE COUNT { (d)<-[:EMBEDDED_IN*0..]-(:Document) } END AS documents
            """;

    /** The delivery of the file with this content hash that was worked on last (of all its deliveries). */
    public Optional<IngestFileStatus> status(String sha256) {
        return deliveries(sha256).stream().max(java.util.Comparator.comparing(
                (IngestFileStatus f) -> f.startedAt() == null ? java.time.Instant.EPOCH : f.startedAt()).thenComparing(IngestFileStatus::sourceId));
    }

    /** Every delivery of the file with this content hash, by case, partner and legal basis. */
    public List<IngestFileStatus> deliveries(String sha256) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("MATCH (f:IngestFile {sha256: $sha}) WITH f ORDER BY f.caseId, f.partner, f.legalBasis, f.sourceId "
                    + RETURN_STATUS, Map.of("sha", sha256)).list(IngestFiles::status));
        }
    }

    /** Every delivery of every file, by path. */
    public List<IngestFileStatus> all() {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("MATCH (f:IngestFile) WITH f ORDER BY f.path, f.sourceId " + RETURN_STATUS)
                    .list(IngestFiles::status));
        }
    }

    /** Where a page of files starts: after this path and delivery (files are ordered by both). */
    public record After(String path, String sourceId) {
    }

    /**
     * Up to {@code limit} file deliveries ordered by path and delivery, after {@code after} (null: from
     * the start), with one of these statuses ({@link IngestFileStatus#DONE} …; empty: any) and delivered
     * for this case (null: any).
     */
    public List<IngestFileStatus> page(Collection<String> statuses, String caseId, After after, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("statuses", List.copyOf(statuses));
        p.put("case", caseId);
        p.put("afterPath", after == null ? null : after.path());
        p.put("afterSource", after == null ? null : after.sourceId());
        p.put("limit", limit);
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("""
                    MATCH (f:IngestFile)
                    WHERE (size($statuses) = 0 OR f.status IN $statuses) AND ($case IS NULL OR f.caseId = $case)
                      AND ($afterPath IS NULL OR f.path > $afterPath OR (f.path = $afterPath AND f.sourceId > $afterSource))
                    WITH f ORDER BY f.path, f.sourceId LIMIT $limit
                    """ + RETURN_STATUS, p).list(IngestFiles::status));
        }
    }

    private static IngestFileStatus status(Record r) {
        var f = r.get("f");
        return new IngestFileStatus(f.get("sha256").asString(), f.get("sourceId").asString(), f.get("path").asString(), f.get("status").asString(),
                text(f.get("error")), text(f.get("parent")), f.get("attempts").asLong(), text(f.get("statementError")),
                text(f.get("caseId")), text(f.get("partner")), text(f.get("legalBasis")),
                !f.get("needsOcr").isNull() && f.get("needsOcr").asBoolean(), r.get("documents").asLong(),
                f.get("startedAt").isNull() ? null : f.get("startedAt").asZonedDateTime().toInstant(),
                f.get("finishedAt").isNull() ? null : f.get("finishedAt").asZonedDateTime().toInstant());
    }

    private static String text(org.neo4j.driver.Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static Map<String, Object> parameters(String sha256, String path, String parent, IngestOptions delivery) {
        Map<String, Object> p = new HashMap<>();
        p.put("source", delivery.sourceId(sha256));
        p.put("sha", sha256);
        p.put("path", path);
        p.put("parent", parent);
        p.put("case", delivery.caseId());
        p.put("partner", delivery.partner());
        p.put("basis", delivery.legalBasis());
        return p;
    }
}
