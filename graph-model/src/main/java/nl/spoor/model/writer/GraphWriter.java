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
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ResultSummary;

import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes facts with their provenance in batches ({@code UNWIND}), resolving entities by Spoor id.
 *
 * <p>Correct under concurrent writers in any number of processes: nodes are merged under the
 * {@code Entity.spoorId} uniqueness constraint; rows are sorted so writers lock in the same order;
 * relationship provenance lists are read only after the relationship's write lock is taken; Neo4j's
 * transient errors (deadlocks) are retried by the driver's managed transactions. Idempotent: writing
 * the same facts again changes nothing. Each chunk commits on its own; after a failure, what was
 * committed stays and writing the batch again completes it.
 *
 * <p>Thread-safe; share one per store.
 */
public final class GraphWriter {

    private static final String SOURCES = CypherResource.load(GraphWriter.class, "write-sources.cypher");
    private static final String ENTITIES = CypherResource.load(GraphWriter.class, "write-entities.cypher");
    private static final String RELATIONSHIPS = CypherResource.load(GraphWriter.class, "write-relationships.cypher");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Driver driver;
    private final SessionConfig session;
    private final int chunkSize;

    /**
     * @param chunkSize rows per transaction; 10,000 is the sweet spot measured by {@code spoor bench store}
     */
    public GraphWriter(Driver driver, String database, int chunkSize) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.session = SessionConfig.forDatabase(database);
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be positive, got " + chunkSize);
        }
        this.chunkSize = chunkSize;
    }

    public GraphWriter(Driver driver, String database) {
        this(driver, database, 10_000);
    }

    /**
     * Writes the batch: sources, then entities, then relationships.
     *
     * @throws GraphWriteException before anything is written when a fact names a source that is neither in
     *                             the batch nor stored; after earlier chunks committed when a relationship
     *                             names an entity that is not stored
     */
    public WriteResult write(WriteBatch batch) {
        requireSources(batch);
        WriteResult result = WriteResult.EMPTY;
        result = result.plus(writeSources(batch.sources()));
        result = result.plus(writeEntities(batch.entities()));
        result = result.plus(writeRelationships(batch.relationships()));
        return result;
    }

    private WriteResult writeSources(List<Source> sources) {
        if (sources.isEmpty()) {
            return WriteResult.EMPTY;
        }
        List<Map<String, Object>> rows = sources.stream()
                .sorted(Comparator.comparing(Source::sourceId))
                .map(s -> Map.<String, Object>of("sourceId", s.sourceId(), "props", sourceProperties(s)))
                .toList();
        return run(new Query(SOURCES, Map.of("rows", rows)), 0, 0);
    }

    private WriteResult writeEntities(List<EntityFact> facts) {
        WriteResult result = WriteResult.EMPTY;
        Map<EntityKind, List<EntityFact>> byKind = facts.stream().collect(Collectors.groupingBy(
                f -> f.ref().kind(), () -> new java.util.EnumMap<>(EntityKind.class), Collectors.toList()));
        for (var group : byKind.entrySet()) {
            String cypher = ENTITIES.replace("{{LABEL}}", group.getKey().label());
            List<Map<String, Object>> rows = group.getValue().stream()
                    .sorted(Comparator.comparing((EntityFact f) -> f.ref().spoorId())
                            .thenComparing(f -> f.evidence().sourceId()).thenComparing(f -> f.evidence().locator()))
                    .map(this::entityRow)
                    .toList();
            for (List<Map<String, Object>> chunk : chunks(rows)) {
                WriteResult r = run(new Query(cypher, Map.of("rows", chunk)), chunk.size(), 0);
                if (r.entityFacts() != chunk.size()) {
                    throw new IllegalStateException("Wrote " + r.entityFacts() + " of " + chunk.size() + " entity facts although their sources were checked");
                }
                result = result.plus(r);
            }
        }
        return result;
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
        try (var s = driver.session(session)) {
            List<String> stored = s.executeRead(tx -> tx.run("MATCH (s:Source) WHERE s.sourceId IN $ids RETURN s.sourceId AS id",
                    Map.of("ids", List.copyOf(ids))).list(r -> r.get("id").asString()));
            stored.forEach(ids::remove);
        }
        if (!ids.isEmpty()) {
            throw new GraphWriteException("Sources not stored: " + String.join(", ", ids)
                    + ". Write a source in the same batch as its facts, or before them; nothing of this batch was written");
        }
    }

    private WriteResult writeRelationships(List<RelationshipFact> facts) {
        WriteResult result = WriteResult.EMPTY;
        record Shape(RelationshipKind kind, EntityKind from, EntityKind to) {
        }
        Map<Shape, List<RelationshipFact>> groups = facts.stream().collect(Collectors.groupingBy(
                f -> new Shape(f.kind(), f.from().kind(), f.to().kind()), LinkedHashMap::new, Collectors.toList()));
        for (var group : groups.entrySet()) {
            Shape g = group.getKey();
            String cypher = RELATIONSHIPS.replace("{{TYPE}}", g.kind().name())
                    .replace("{{FROM}}", g.from().label()).replace("{{TO}}", g.to().label());
            List<RelationshipFact> sorted = group.getValue().stream()
                    .sorted(Comparator.comparing((RelationshipFact f) -> f.from().spoorId())
                            .thenComparing(f -> f.to().spoorId()).thenComparing(RelationshipFact::key)
                            .thenComparing(f -> f.evidence().sourceId()).thenComparing(f -> f.evidence().locator()))
                    .toList();
            for (List<RelationshipFact> chunk : chunks(sorted)) {
                List<Map<String, Object>> rows = chunk.stream().map(this::relationshipRow).toList();
                WriteResult r = run(new Query(cypher, Map.of("rows", rows)), 0, chunk.size());
                if (r.relationshipFacts() != chunk.size()) {
                    throw new GraphWriteException(missingEndpoints(chunk));
                }
                result = result.plus(r);
            }
        }
        return result;
    }

    private String missingEndpoints(List<RelationshipFact> chunk) {
        Set<EntityRef> refs = new HashSet<>();
        chunk.forEach(f -> {
            refs.add(f.from());
            refs.add(f.to());
        });
        List<String> missing = new ArrayList<>();
        try (var s = driver.session(session)) {
            for (EntityRef ref : refs) {
                boolean exists = s.executeRead(tx -> tx.run("MATCH (n:Entity {spoorId: $id}) WHERE $label IN labels(n) RETURN count(n) > 0 AS e",
                        Map.of("id", ref.spoorId(), "label", ref.kind().label())).single().get("e").asBoolean());
                if (!exists) {
                    missing.add(ref.kind().label() + " " + ref.spoorId());
                }
            }
        }
        missing.sort(null);
        return "Relationships refer to entities that are not stored (write the entities first): "
                + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                + (missing.size() > 10 ? " and " + (missing.size() - 10) + " more" : "");
    }

    private WriteResult run(Query query, int entityRows, int relationshipRows) {
        try (var s = driver.session(session)) {
            return s.executeWrite(tx -> {
                var result = tx.run(query);
                long written = result.single().get("written").asLong();
                ResultSummary summary = result.consume();
                var c = summary.counters();
                return new WriteResult(entityRows == 0 ? 0 : (int) written, relationshipRows == 0 ? 0 : (int) written,
                        c.nodesCreated(), c.relationshipsCreated(), c.propertiesSet());
            });
        }
    }

    private Map<String, Object> entityRow(EntityFact f) {
        Map<String, Object> evidence = evidenceProperties(f.evidence());
        evidence.put("asserted", JSON.writeValueAsString(jsonSafe(f.properties())));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", f.evidence().sourceId());
        row.put("id", f.ref().spoorId());
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

    private <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += chunkSize) {
            result.add(rows.subList(i, Math.min(rows.size(), i + chunkSize)));
        }
        return result;
    }


}
