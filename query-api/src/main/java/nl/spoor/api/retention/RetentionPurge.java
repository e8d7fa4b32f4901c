package nl.spoor.api.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.writer.TransferCounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retention purge (DESIGN §6, issue 6 point 6): a source past its {@code retainUntil} goes, with every
 * fact that only it (or only expired sources) supports. Provenance lives in three places, and each is cleaned:
 * <ul>
 * <li>relationships carry {@code sourceIds} and {@code evidence} (one JSON object per source and locator): a
 * relationship whose every source expired is deleted, the others lose the expired ids and their evidence;</li>
 * <li>entities are asserted by {@code (:Source)-[:ASSERTS {asserted}]->(:Entity)}: an entity with no live
 * ASSERTS and no relationship left that a live source states is deleted (a Document with its {@code Page}
 * nodes and their text, so the full-text index entries go too); a kept entity loses the expired ASSERTS and
 * every property that only expired sources asserted (identifiers stay: they are its identity);</li>
 * <li>the expired {@code Source} nodes and their {@code IngestFile} records are deleted.</li>
 * </ul>
 * The accounts whose transfers are deleted get their transfer counts ({@link TransferCounts}) recounted in the same
 * transaction (cash deposits too), the accounts paid by those whose holdings are deleted their payer counts, and the
 * accounts whose own money shrank with a deleted holding, employment or benefit what others paid in.
 * Relationships go first, so that an entity's "still stated by a live source" is read from cleaned lists.
 * Each stage runs in transactions of {@link #BATCH} facts, reporting progress; a {@code :PurgeRecord} is
 * written last (unless dry run). A purge interrupted half-way is completed by running it again.
 */
public final class RetentionPurge {

    static final int BATCH = 5_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SpoorStore store;
    private final LoadProgress progress;

    public RetentionPurge(SpoorStore store, LoadProgress progress) {
        this.store = store;
        this.progress = progress;
    }

    /**
     * @param asOf   a source whose {@code retainUntil} lies before this day is expired
     * @param by     who purges (user name), recorded
     * @param dryRun only count what would go
     */
    public PurgeReport run(LocalDate asOf, String by, boolean dryRun) {
        try (Session s = store.driver().session(store.sessionConfig())) {
            List<String> expired = s.run("MATCH (s:Source) WHERE s.retainUntil < $asOf RETURN s.sourceId AS id ORDER BY id",
                    Map.of("asOf", asOf)).list(r -> r.get("id").asString());
            List<String> patterns = expired.stream().map(id -> "\"source\":" + JSON.writeValueAsString(id)).toList();
            Map<String, Object> p = Map.of("expired", expired, "patterns", patterns, "batch", (long) BATCH);
            PurgeReport.Counts counts = new PurgeReport.Counts();
            if (dryRun) {
                count(s, p, counts);
            } else if (!expired.isEmpty()) {
                relationships(s, p, counts);
                entities(s, p, counts);
                sources(s, p, counts);
            }
            PurgeReport report = new PurgeReport(Instant.now(), by, asOf, dryRun, expired, counts);
            if (!dryRun) {
                record(s, report);
            }
            return report;
        }
    }

    /** What a purge would do, without doing it (same rules, read only). */
    private void count(Session s, Map<String, Object> p, PurgeReport.Counts counts) {
        s.run("""
                MATCH ()-[r]->() WHERE r.sourceIds IS NOT NULL AND any(id IN r.sourceIds WHERE id IN $expired)
                RETURN type(r) AS type, all(id IN r.sourceIds WHERE id IN $expired) AS gone, count(*) AS n""", p)
                .forEachRemaining(r -> (r.get("gone").asBoolean() ? counts.relationshipsDeleted : counts.relationshipsKept)
                        .merge(r.get("type").asString(), r.get("n").asLong(), Long::sum));
        s.run("""
                MATCH (src:Source)-[:ASSERTS]->(n:Entity) WHERE src.sourceId IN $expired
                WITH DISTINCT n
                WITH n, EXISTS { MATCH (l:Source)-[:ASSERTS]->(n) WHERE NOT l.sourceId IN $expired }
                     OR EXISTS { MATCH (n)-[r]-() WHERE r.sourceIds IS NOT NULL AND any(id IN r.sourceIds WHERE NOT id IN $expired) } AS kept
                RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, kept, count(*) AS n,
                       sum(CASE WHEN kept THEN 0 ELSE COUNT { (n)-[:HAS_PAGE]->(:Page) } END) AS pages""", p)
                .forEachRemaining(r -> {
                    (r.get("kept").asBoolean() ? counts.entitiesKept : counts.entitiesDeleted)
                            .merge(r.get("label").asString(), r.get("n").asLong(), Long::sum);
                    counts.pages += r.get("pages").asLong();
                });
        counts.assertions = s.run("MATCH (src:Source)-[a:ASSERTS]->() WHERE src.sourceId IN $expired RETURN count(a) AS n", p)
                .single().get("n").asLong();
        counts.sources = ((List<?>) p.get("expired")).size();
        counts.ingestFiles = s.run("MATCH (f:IngestFile) WHERE f.sourceId IN $expired RETURN count(f) AS n", p).single().get("n").asLong();
    }

    private void relationships(Session s, Map<String, Object> p, PurgeReport.Counts counts) {
        long total = s.run("MATCH ()-[r]->() WHERE r.sourceIds IS NOT NULL AND any(id IN r.sourceIds WHERE id IN $expired) RETURN count(r) AS n", p)
                .single().get("n").asLong();
        progress.stage("purging relationships", total, "relationships");
        while (true) {
            List<org.neo4j.driver.Record> done = s.executeWrite(tx -> {
                List<org.neo4j.driver.Record> records = tx.run("""
                    MATCH ()-[r]->() WHERE r.sourceIds IS NOT NULL AND any(id IN r.sourceIds WHERE id IN $expired)
                    WITH r LIMIT $batch
                    WITH r, type(r) AS type, [id IN r.sourceIds WHERE NOT id IN $expired] AS keep, [startNode(r).spoorId, endNode(r).spoorId] AS ends
                    CALL (r, keep) {
                      WITH r, keep WHERE size(keep) = 0
                      DELETE r
                    }
                    CALL (r, keep) {
                      WITH r, keep WHERE size(keep) > 0
                      SET r.sourceIds = keep,
                          r.evidence = [e IN coalesce(r.evidence, []) WHERE none(x IN $patterns WHERE e CONTAINS x)]
                    }
                    RETURN type, size(keep) = 0 AS gone, count(*) AS n, collect(ends) AS ends""", p).list();
                // The accounts of the transfers and cash deposits deleted here get their counts taken again in this
                // transaction; the accounts paid by those that lost a holder their payers; and the accounts whose own money
                // shrank with a holding, employment or benefit deleted what others paid in (TransferCounts).
                List<String> accounts = ends(records, Set.of("TRANSFER", "CASH_DEPOSIT"), ends -> ends);
                if (!accounts.isEmpty()) {
                    tx.run(TransferCounts.RECOUNT, Map.of("ids", accounts)).consume();
                }
                List<String> held = ends(records, Set.of("HOLDS_ACCOUNT"), ends -> ends.subList(1, 2));
                if (!held.isEmpty()) {
                    tx.run(TransferCounts.RECOUNT_PAYERS, Map.of("ids", held)).consume();
                }
                List<String> holders = ends(records, Set.of("HOLDS_ACCOUNT", "EMPLOYED_BY", "RECEIVES_BENEFIT"), ends -> ends.subList(0, 1));
                if (!holders.isEmpty()) {
                    tx.run(TransferCounts.RECOUNT_OTHERS, Map.of("holders", holders,
                            "payers", ends(records, Set.of("HOLDS_ACCOUNT"), ends -> ends.subList(0, 1)))).consume();
                }
                return records;
            });
            if (done.isEmpty()) {
                break;
            }
            for (var r : done) {
                (r.get("gone").asBoolean() ? counts.relationshipsDeleted : counts.relationshipsKept)
                        .merge(r.get("type").asString(), r.get("n").asLong(), Long::sum);
                progress.stepBy(r.get("n").asLong());
                r.get("ends").asList(v -> v.asList(Value::asString)).forEach(ends -> ends.stream()
                        .filter(java.util.Objects::nonNull).forEach(counts.entityIds::add));
            }
        }
        progress.stageDone();
    }

    /** The Spoor ids {@code pick} takes from the start and end of each relationship of these types deleted in {@code records}. */
    private static List<String> ends(List<org.neo4j.driver.Record> records, Set<String> types,
                                     java.util.function.Function<List<String>, List<String>> pick) {
        return records.stream().filter(r -> r.get("gone").asBoolean() && types.contains(r.get("type").asString()))
                .flatMap(r -> r.get("ends").asList(v -> v.asList(Value::asString)).stream()).map(pick).flatMap(List::stream)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    private void entities(Session s, Map<String, Object> p, PurgeReport.Counts counts) {
        long total = s.run("MATCH (src:Source)-[a:ASSERTS]->() WHERE src.sourceId IN $expired RETURN count(a) AS n", p).single().get("n").asLong();
        progress.stage("purging entities", total, "assertions");
        while (true) {
            List<org.neo4j.driver.Record> batch = s.executeRead(tx -> tx.run("""
                    MATCH (src:Source)-[:ASSERTS]->(n:Entity) WHERE src.sourceId IN $expired
                    WITH DISTINCT n LIMIT $batch
                    RETURN n.spoorId AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props,
                           EXISTS { MATCH (n)-[r]-() WHERE r.sourceIds IS NOT NULL } AS stated,
                           [(src:Source)-[a:ASSERTS]->(n) | {live: NOT src.sourceId IN $expired, asserted: a.asserted}] AS asserts""", p).list());
            if (batch.isEmpty()) {
                break;
            }
            List<String> delete = new ArrayList<>();
            List<Map<String, Object>> trim = new ArrayList<>();
            for (var r : batch) {
                List<Map<String, Object>> asserts = r.get("asserts").asList(Value::asMap);
                boolean live = asserts.stream().anyMatch(a -> Boolean.TRUE.equals(a.get("live")));
                counts.entityIds.add(r.get("id").asString());
                if (!live && !r.get("stated").asBoolean()) {
                    delete.add(r.get("id").asString());
                    counts.entitiesDeleted.merge(r.get("label").asString(), 1L, Long::sum);
                } else {
                    trim.add(EntityProperties.trimmed(r.get("id").asString(), r.get("label").asString(), r.get("props").asMap(), asserts));
                    counts.entitiesKept.merge(r.get("label").asString(), 1L, Long::sum);
                }
            }
            long[] removed = new long[1];
            s.executeWriteWithoutResult(tx -> {
                var pages = tx.run("""
                        UNWIND $ids AS id
                        MATCH (n:Entity {spoorId: id})
                        OPTIONAL MATCH (n)-[:HAS_PAGE]->(pg:Page)
                        WITH n, collect(pg) AS pages
                        WITH n, pages, COUNT { (:Source)-[:ASSERTS]->(n) } AS asserts,
                             [(n)-[:TRANSFER]-(o) WHERE o <> n AND o.spoorId IS NOT NULL | o.spoorId] AS counterparties
                        FOREACH (pg IN pages | DETACH DELETE pg)
                        DETACH DELETE n
                        RETURN sum(size(pages)) AS pages, sum(asserts) AS asserts, collect(counterparties) AS counterparties""", Map.of("ids", delete)).single();
                counts.pages += pages.get("pages").asLong();
                // A deleted account has no transfer a live source states (the relationships went first), but one without
                // sources (written outside Spoor's writers) goes with it: its counterparties are recounted.
                List<String> counterparties = pages.get("counterparties").asList(v -> v.asList(Value::asString)).stream()
                        .flatMap(List::stream).distinct().toList();
                if (!counterparties.isEmpty()) {
                    tx.run(TransferCounts.RECOUNT, Map.of("ids", counterparties)).consume();
                }
                removed[0] += pages.get("asserts").asLong();
                removed[0] += tx.run("""
                        UNWIND $rows AS row
                        MATCH (n:Entity {spoorId: row.id})
                        OPTIONAL MATCH (src:Source)-[a:ASSERTS]->(n) WHERE src.sourceId IN $expired
                        DELETE a
                        WITH DISTINCT n, row, count(a) AS gone
                        SET n += row.set
                        RETURN sum(gone) AS gone""", Map.of("rows", trim, "expired", p.get("expired"))).single().get("gone").asLong();
            });
            counts.assertions += removed[0];
            progress.stepBy(removed[0]);
        }
        progress.stageDone();
    }

    private void sources(Session s, Map<String, Object> p, PurgeReport.Counts counts) {
        progress.stage("purging sources", ((List<?>) p.get("expired")).size(), "sources");
        var r = s.executeWrite(tx -> tx.run("""
                OPTIONAL MATCH (f:IngestFile) WHERE f.sourceId IN $expired
                DETACH DELETE f
                WITH count(f) AS files
                OPTIONAL MATCH (s:Source) WHERE s.sourceId IN $expired
                DETACH DELETE s
                RETURN files, count(s) AS sources""", p).single());
        counts.ingestFiles = r.get("files").asLong();
        counts.sources = r.get("sources").asLong();
        progress.stepBy(counts.sources);
        progress.stageDone();
    }

    private static void record(Session s, PurgeReport report) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("purgeId", report.purgeId());
        props.put("at", report.at().atOffset(ZoneOffset.UTC));
        props.put("by", report.by());
        props.put("asOf", report.asOf());
        props.put("sourceIds", report.sourceIds());
        props.put("counts", JSON.writeValueAsString(report.counts().asMap()));
        s.executeWriteWithoutResult(tx -> tx.run("CREATE (p:PurgeRecord) SET p = $props", Map.of("props", props)));
    }

    /** Earlier purges, newest first. */
    public List<PurgeReport> records() {
        try (Session s = store.driver().session(store.sessionConfig())) {
            return s.run("MATCH (p:PurgeRecord) RETURN properties(p) AS p ORDER BY p.at DESC").list(r -> PurgeReport.of(r.get("p"), JSON));
        }
    }
}
