package nl.spoor.api.disclosure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import nl.spoor.api.entity.EntityQuery;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.store.SpoorStore;

/**
 * The entities and relationships of an {@link ExportScope}, streamed in a stable order (by Spoor id; by
 * ends, type and key), with each fact's sources. Document pages are no entities and never leave through
 * an export. Bookkeeping properties (provenance lists, locks, FtM residue, blocking keys) are left out.
 */
final class ScopedGraph {

    static final Set<String> BOOKKEEPING = Set.of("spoorId", "sourceIds", "evidence", "key", "spoorLock", "ftm",
            "nameKey", "surnameKey", "surnameKeyAlt", "orgKey");

    /** One entity: its sources are those that assert it (within a case: that case's). */
    record EntityRow(String spoorId, String kind, String caption, Map<String, Value> properties, List<String> sourceIds) {
    }

    /** One relationship between two entities in scope. */
    record RelationshipRow(String type, String key, String from, String fromKind, String fromCaption, String to, String toKind,
                           String toCaption, Map<String, Value> properties, List<String> sourceIds) {
    }

    private final SpoorStore store;
    private final ExportScope scope;
    private final LoadProgress progress;

    /** @param progress shown per pass: a stage of entities, one of relationships (their number is not known ahead) */
    ScopedGraph(SpoorStore store, ExportScope scope, LoadProgress progress) {
        this.store = store;
        this.scope = scope;
        this.progress = progress;
    }

    // The entities in scope, as a subquery binding n; $case, $ids and the hop pattern set it.
    private String entities() {
        if (scope.caseId() != null) {
            return """
                    CALL () {
                      MATCH (s:Source {caseId: $case})-[:ASSERTS]->(n:Entity) RETURN n
                      UNION
                      MATCH (a:Entity)-[r]-(n:Entity) WHERE any(id IN r.sourceIds WHERE id IN $caseSources) RETURN n
                    }""";
        }
        if (!scope.entityIds().isEmpty()) {
            return """
                    CALL () {
                      MATCH (start:Entity) WHERE start.spoorId IN $ids
                      MATCH (start)-[*0..%d]-(n:Entity) RETURN DISTINCT n
                    }""".formatted(scope.hops());
        }
        return "MATCH (n:Entity)";
    }

    private Map<String, Object> params(Session s) {
        List<String> caseSources = scope.caseId() == null ? List.of()
                : s.run("MATCH (s:Source {caseId: $case}) RETURN collect(s.sourceId) AS ids", Map.of("case", scope.caseId())).single()
                        .get("ids").asList(Value::asString);
        return Map.of("case", scope.caseId() == null ? Values.NULL : Values.value(scope.caseId()), "ids", scope.entityIds(),
                "caseSources", caseSources);
    }

    /** The sources this scope may show: a case's own, or all. */
    private static String sourceFilter(String var) {
        return "($case IS NULL OR " + var + " IN $caseSources)";
    }

    void forEachEntity(Consumer<EntityRow> each) {
        try (Session s = store.driver().session(store.sessionConfig())) {
            progress.stage("entities", -1, "entities");
            s.run(entities() + """

                    WITH DISTINCT n
                    RETURN n.spoorId AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, properties(n) AS props,
                           [(src:Source)-[:ASSERTS]->(n) WHERE %s | src.sourceId] AS sources
                    ORDER BY id""".formatted(sourceFilter("src.sourceId")), params(s)).forEachRemaining(r -> {
                Map<String, Value> props = r.get("props").asMap(v -> v);
                String id = r.get("id").asString();
                each.accept(new EntityRow(id, r.get("kind").asString(), EntityQuery.caption(props, id), shown(props),
                        r.get("sources").asList(Value::asString).stream().distinct().sorted().toList()));
                progress.stepBy(1);
            });
            progress.stageDone();
        }
    }

    void forEachRelationship(Consumer<RelationshipRow> each) {
        try (Session s = store.driver().session(store.sessionConfig())) {
            Map<String, Object> p = params(s);
            progress.stage("relationships", -1, "relationships");
            // A case's relationships are those its sources state (their ends are in scope by definition); around entities,
            // the ids in scope are read first and passed as a parameter, which Neo4j checks as a set, not a list scan.
            String within;
            if (scope.entityIds().isEmpty()) {
                within = "MATCH (a:Entity)-[r]->(b:Entity)";
            } else {
                p = new java.util.HashMap<>(p);
                p.put("inScope", s.run(entities() + " RETURN collect(DISTINCT n.spoorId) AS ids", p).single().get("ids").asList(Value::asString));
                within = """
                        MATCH (a:Entity) WHERE a.spoorId IN $inScope
                        MATCH (a)-[r]->(b:Entity) WHERE b.spoorId IN $inScope""";
            }
            s.run(within + """

                    WITH a, r, b WHERE r.sourceIds IS NOT NULL AND ($case IS NULL OR any(id IN r.sourceIds WHERE id IN $caseSources))
                    RETURN type(r) AS type, r.key AS key, a.spoorId AS a, [l IN labels(a) WHERE l <> 'Entity'][0] AS aKind, properties(a) AS aProps,
                           b.spoorId AS b, [l IN labels(b) WHERE l <> 'Entity'][0] AS bKind, properties(b) AS bProps, properties(r) AS props,
                           [id IN r.sourceIds WHERE %s] AS sources
                    ORDER BY a, b, type, key""".formatted(sourceFilter("id")), p).forEachRemaining(r -> {
                String a = r.get("a").asString();
                String b = r.get("b").asString();
                each.accept(new RelationshipRow(r.get("type").asString(), r.get("key").isNull() ? "" : r.get("key").asString(),
                        a, r.get("aKind").asString(), EntityQuery.caption(r.get("aProps").asMap(v -> v), a),
                        b, r.get("bKind").asString(), EntityQuery.caption(r.get("bProps").asMap(v -> v), b),
                        shown(r.get("props").asMap(v -> v)), r.get("sources").asList(Value::asString)));
                progress.stepBy(1);
            });
            progress.stageDone();
        }
    }

    private static Map<String, Value> shown(Map<String, Value> props) {
        Map<String, Value> m = new java.util.TreeMap<>(props);
        m.keySet().removeAll(BOOKKEEPING);
        return m;
    }

    /** A stored value as text in an export cell: lists joined with "; ". */
    static String text(Value v) {
        return switch (v.type().name()) {
            case "STRING" -> v.asString();
            case "LIST" -> String.join("; ", v.asList(ScopedGraph::text));
            case "NULL" -> "";
            default -> v.asObject().toString();
        };
    }
}
