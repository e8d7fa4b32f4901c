package nl.spoor.model.writer;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;

import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.store.StoreTransactions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes facts with their provenance in batches ({@code UNWIND}), resolving entities by Spoor id.
 *
 * <p>Correct under concurrent writers in any number of processes: nodes are merged under the
 * {@code Entity.spoorId} uniqueness constraint; rows are sorted so writers lock in the same order;
 * relationship provenance lists are read only after the relationship's write lock is taken; Neo4j's
 * transient errors (deadlocks) are retried ({@link StoreTransactions}: the driver's managed transactions, or in
 * process). Idempotent: writing the same facts again changes nothing. Transfers also recount the
 * {@code transfersIn}/{@code transfersOut} of the accounts they touch, holdings the {@code payersIn} of the accounts
 * their accounts pay, and holdings, employments, benefits and cash deposits the {@code othersIn} of the accounts whose own
 * money or deposits they change, in the same transaction ({@link TransferCounts}). Chunks commit together up to {@code chunkSize} rows per
 * transaction; after a failure, what was committed stays and writing the batch again completes it.
 *
 * <p>Thread-safe; share one per store.
 */
public final class GraphWriter {

    private static final String SOURCES = CypherResource.load(GraphWriter.class, "write-sources.cypher");
    private static final String ENTITIES = CypherResource.load(GraphWriter.class, "write-entities.cypher");
    private static final String RELATIONSHIPS = CypherResource.load(GraphWriter.class, "write-relationships.cypher");
    private static final String COUNT_TRANSFERS = TransferCounts.withCounterpartyCounts(CypherResource.load(GraphWriter.class, "count-transfers.cypher"));
    private static final String COUNT_HOLDINGS = TransferCounts.withOthersOf(
            TransferCounts.withPayersOfHeld(CypherResource.load(GraphWriter.class, "count-holdings.cypher")));
    private static final String COUNT_EMPLOYMENTS = TransferCounts.withOthersOf(CypherResource.load(GraphWriter.class, "count-employments.cypher"));
    private static final String WRITTEN = "RETURN count(*) AS written";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoreTransactions transactions;
    private final int chunkSize;

    /**
     * @param transactions where the writes run: through Bolt, or in process when the database lives in this JVM
     *                     ({@link StoreTransactions#of}); the statements and what they write are the same
     * @param chunkSize    rows per transaction; 10,000 is the sweet spot measured by {@code spoor bench store}
     */
    public GraphWriter(StoreTransactions transactions, int chunkSize) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be positive, got " + chunkSize);
        }
        this.chunkSize = chunkSize;
    }

    public GraphWriter(StoreTransactions transactions) {
        this(transactions, 10_000);
    }

    /** Through Bolt. */
    public GraphWriter(Driver driver, String database, int chunkSize) {
        this(StoreTransactions.viaDriver(driver, database), chunkSize);
    }

    public GraphWriter(Driver driver, String database) {
        this(driver, database, 10_000);
    }

    /**
     * Writes the batch: sources, then entities, then relationships, as few statements as possible (one
     * for the sources, one for the entities of every kind, one per relationship type; each cut in
     * chunks of {@code chunkSize} rows) committed together in transactions of at most {@code chunkSize}
     * rows. A small batch is thus one transaction of a few statements whose plans Neo4j has cached.
     *
     * @throws GraphWriteException before anything is written when a fact names a source that is neither in
     *                             the batch nor stored; after earlier chunks committed when a relationship
     *                             names an entity that is not stored
     */
    public WriteResult write(WriteBatch batch) {
        requireSources(batch);
        List<Statement> statements = new ArrayList<>();
        sourceStatement(batch.sources(), statements);
        entityStatements(batch.entities(), statements);
        relationshipStatements(batch.relationships(), statements);
        WriteResult result = WriteResult.EMPTY;
        List<Statement> transaction = new ArrayList<>();
        int rows = 0;
        for (Statement st : statements) {
            if (!transaction.isEmpty() && rows + st.rows() > chunkSize) {
                result = result.plus(commit(transaction));
                transaction.clear();
                rows = 0;
            }
            transaction.add(st);
            rows += st.rows();
        }
        return transaction.isEmpty() ? result : result.plus(commit(transaction));
    }

    /**
     * Every statement {@link #write} sends, with no rows: running them (in a transaction that is then rolled
     * back) makes Neo4j plan and cache them before the first write, so a process that starts writing into
     * a store does not pay the planning of tens of statements on its first batches. With no rows they
     * change nothing.
     */
    public static List<Query> statementsToPlan() {
        List<Query> queries = new ArrayList<>();
        queries.add(new Query(SOURCES, rows(List.of())));
        queries.add(new Query(ENTITIES, rows(List.of())));
        for (RelationshipKind kind : RelationshipKind.values()) {
            queries.add(new Query(relationshipCypher(kind), rows(List.of())));
        }
        return List.copyOf(queries);
    }

    /** One statement of a write: its query, how many rows it holds, and (relationships only) its facts, to name missing ends. */
    private record Statement(Query query, int rows, boolean entities, List<RelationshipFact> relationships) {
    }

    /** A relationship statement wrote fewer rows than it holds: an end is not stored. */
    private static final class MissingEndpoints extends RuntimeException {
        MissingEndpoints() {
            super(null, null, false, false);
        }
    }

    /**
     * Commits the statements in one transaction. When a relationship names an entity that is not stored,
     * that transaction is rolled back and its statements are committed one by one up to the refused one,
     * so what the caller gets is what a statement-per-transaction writer gives (every write is idempotent).
     */
    private WriteResult commit(List<Statement> statements) {
        try {
            return run(statements);
        } catch (MissingEndpoints e) {
            if (statements.size() == 1) {
                throw new GraphWriteException(missingEndpoints(statements.getFirst().relationships()));
            }
            WriteResult result = WriteResult.EMPTY;
            for (Statement st : statements) {
                result = result.plus(commit(List.of(st)));
            }
            return result;
        }
    }

    private void sourceStatement(List<Source> sources, List<Statement> out) {
        if (sources.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = sources.stream()
                .sorted(Comparator.comparing(Source::sourceId))
                .map(s -> Map.<String, Object>of("sourceId", s.sourceId(), "props", sourceProperties(s)))
                .toList();
        // Counted as no rows of facts: a source is one small node, and it must commit with (or before) its facts.
        out.add(new Statement(new Query(SOURCES, rows(rows)), 0, false, null));
    }

    private void entityStatements(List<EntityFact> facts, List<Statement> out) {
        List<Map<String, Object>> rows = facts.stream()
                .sorted(Comparator.comparing((EntityFact f) -> f.ref().spoorId())
                        .thenComparing(f -> f.evidence().sourceId()).thenComparing(f -> f.evidence().locator()))
                .map(this::entityRow)
                .toList();
        for (List<Map<String, Object>> chunk : chunks(rows)) {
            out.add(new Statement(new Query(ENTITIES, rows(chunk)), chunk.size(), true, null));
        }
    }

    /** Every fact's source must be in the batch or stored: no fact without provenance. */
    private void requireSources(WriteBatch batch) {
        Set<String> ids = new java.util.TreeSet<>();
        batch.entities().forEach(f -> ids.add(f.evidence().sourceId()));
        batch.relationships().forEach(f -> ids.add(f.evidence().sourceId()));
        batch.sources().forEach(src -> ids.remove(src.sourceId()));
        if (ids.isEmpty()) {
            return;
        }
        List<String> stored = transactions.read(tx -> tx.run("MATCH (s:Source) WHERE s.sourceId IN $ids RETURN s.sourceId AS id",
                Map.of("ids", List.copyOf(ids))).list(r -> r.get("id").asString()));
        stored.forEach(ids::remove);
        if (!ids.isEmpty()) {
            throw new GraphWriteException("Sources not stored: " + String.join(", ", ids)
                    + ". Write a source in the same batch as its facts, or before them; nothing of this batch was written");
        }
    }

    private void relationshipStatements(List<RelationshipFact> facts, List<Statement> out) {
        Map<RelationshipKind, List<RelationshipFact>> byKind = facts.stream().collect(Collectors.groupingBy(
                RelationshipFact::kind, () -> new java.util.EnumMap<>(RelationshipKind.class), Collectors.toList()));
        for (var group : byKind.entrySet()) {
            String cypher = relationshipCypher(group.getKey());
            List<RelationshipFact> sorted = group.getValue().stream()
                    .sorted(Comparator.comparing((RelationshipFact f) -> f.from().spoorId())
                            .thenComparing(f -> f.to().spoorId()).thenComparing(RelationshipFact::key)
                            .thenComparing(f -> f.evidence().sourceId()).thenComparing(f -> f.evidence().locator()))
                    .toList();
            for (List<RelationshipFact> chunk : chunks(sorted)) {
                List<Map<String, Object>> rows = chunk.stream().map(this::relationshipRow).toList();
                out.add(new Statement(new Query(cypher, rows(rows)), chunk.size(), false, chunk));
            }
        }
    }

    /**
     * The statement for one relationship type. Transfers also recount their accounts' {@code transfersIn} and
     * {@code transfersOut} (schema V11) in the same transaction, so the counts the detectors start from never
     * differ from the relationships; holdings the payer counts of the accounts their accounts pay (V13); cash deposits
     * as transfers, and holdings, employments and benefits, what others paid into the accounts whose own money they change
     * (V15).
     */
    static String relationshipCypher(RelationshipKind kind) {
        String cypher = RELATIONSHIPS.replace("{{TYPE}}", kind.name());
        String counting = switch (kind) {
            case TRANSFER, CASH_DEPOSIT -> COUNT_TRANSFERS;
            case HOLDS_ACCOUNT -> COUNT_HOLDINGS;
            case EMPLOYED_BY, RECEIVES_BENEFIT -> COUNT_EMPLOYMENTS;
            default -> null;
        };
        if (counting == null) {
            return cypher;
        }
        int at = cypher.lastIndexOf(WRITTEN);
        if (at < 0 || !cypher.substring(at + WRITTEN.length()).isBlank()) {
            throw new IllegalStateException("write-relationships.cypher must end with " + WRITTEN);
        }
        return cypher.substring(0, at) + counting;
    }

    private String missingEndpoints(List<RelationshipFact> chunk) {
        Set<EntityRef> refs = new HashSet<>();
        chunk.forEach(f -> {
            refs.add(f.from());
            refs.add(f.to());
        });
        List<String> missing = new ArrayList<>();
        for (EntityRef ref : refs) {
            boolean exists = transactions.read(tx -> tx.run("MATCH (n:Entity {spoorId: $id}) WHERE $label IN labels(n) RETURN count(n) > 0 AS e",
                    Map.of("id", ref.spoorId(), "label", ref.kind().label())).single().get("e").asBoolean());
            if (!exists) {
                missing.add(ref.kind().label() + " " + ref.spoorId());
            }
        }
        missing.sort(null);
        return "Relationships refer to entities that are not stored (write the entities first): "
                + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                + (missing.size() > 10 ? " and " + (missing.size() - 10) + " more" : "");
    }

    private WriteResult run(List<Statement> statements) {
        return transactions.write(tx -> {
            WriteResult total = WriteResult.EMPTY;
            for (Statement st : statements) {
                var result = tx.run(st.query());
                long written = result.single().get("written").asLong();
                var c = result.consume().counters();
                if (st.relationships() != null && written != st.rows()) {
                    throw new MissingEndpoints();
                }
                if (st.entities() && written != st.rows()) {
                    throw new IllegalStateException("Wrote " + written + " of " + st.rows() + " entity facts although their sources were checked");
                }
                total = total.plus(new WriteResult(st.entities() ? (int) written : 0, st.relationships() != null ? (int) written : 0,
                        c.nodesCreated(), c.relationshipsCreated(), c.propertiesSet()));
            }
            return total;
        });
    }

    private Map<String, Object> entityRow(EntityFact f) {
        Map<String, Object> evidence = evidenceProperties(f.evidence());
        evidence.put("asserted", JSON.writeValueAsString(jsonSafe(f.properties())));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", f.evidence().sourceId());
        row.put("id", f.ref().spoorId());
        row.put("label", f.ref().kind().label());
        row.put("props", f.properties());
        row.put("locator", f.evidence().locator());
        row.put("evidence", evidence);
        return row;
    }

    private Map<String, Object> relationshipRow(RelationshipFact f) {
        Map<String, Object> evidence = evidenceProperties(f.evidence());
        evidence.put("source", f.evidence().sourceId());
        evidence.put("locator", f.evidence().locator());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", f.evidence().sourceId());
        row.put("from", f.from().spoorId());
        row.put("to", f.to().spoorId());
        row.put("fromLabel", f.from().kind().label());
        row.put("toLabel", f.to().kind().label());
        row.put("key", f.key());
        row.put("props", f.properties());
        // One JSON object per source and locator: deterministic (sorted keys), so a repeat is recognised.
        row.put("evidence", JSON.writeValueAsString(new TreeMap<>(evidence)));
        return row;
    }

    private static Map<String, Object> evidenceProperties(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("confidence", e.confidence());
        if (e.page() != null) {
            m.put("page", e.page().longValue());
        }
        if (e.start() != null) {
            m.put("start", e.start().longValue());
        }
        if (e.end() != null) {
            m.put("end", e.end().longValue());
        }
        if (e.snippet() != null) {
            m.put("snippet", e.snippet());
        }
        return m;
    }

    private static Map<String, Object> jsonSafe(Map<String, Object> props) {
        Map<String, Object> m = new TreeMap<>();
        props.forEach((k, v) -> m.put(k, v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof List<?> ? v : v.toString()));
        return m;
    }

    private static Map<String, Object> sourceProperties(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", s.kind().name());
        if (s.documentId() != null) {
            m.put("documentId", s.documentId());
        }
        if (s.title() != null) {
            m.put("title", s.title());
        }
        m.put("partner", s.partner());
        m.put("legalBasis", s.legalBasis());
        m.put("caseId", s.caseId());
        m.put("receivedAt", s.receivedAt().atOffset(ZoneOffset.UTC));
        m.put("retainUntil", s.retainUntil());
        m.put("extractor", s.extractor());
        m.put("extractorVersion", s.extractorVersion());
        return m;
    }

    /**
     * The rows of a statement as its parameters: {@code $batch.rows}, a list inside a map. Neo4j keys its
     * plan cache on the query text and its parameters' types, and a list parameter's type includes the
     * order of magnitude of its length (1, 10, 100, 1,000 … rows: {@code internal.cypher.use_parameter_size}),
     * so {@code UNWIND $rows} is planned again for every batch size; a map's type has no size. Our plans
     * are index seeks at any size, so that replanning only cost time: most of it on small batches.
     */
    public static Map<String, Object> rows(List<? extends Map<String, ?>> rows) {
        return Map.of("batch", Map.of("rows", rows));
    }

    private <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += chunkSize) {
            result.add(rows.subList(i, Math.min(rows.size(), i + chunkSize)));
        }
        return result;
    }


}
