package nl.spoor.api.disclosure;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import nl.spoor.api.entity.EntityQuery;
import nl.spoor.api.entity.Provenance;
import nl.spoor.api.visibility.BsnIds;
import nl.spoor.api.visibility.ResultGuard;
import nl.spoor.api.visibility.View;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.writer.TransferCounts;

/**
 * The entities and relationships of an {@link ExportScope}, streamed in a stable order (by Spoor id; by
 * ends, type and key), with each fact's sources. Document pages are no entities and never leave through
 * an export. Bookkeeping properties (provenance lists, locks, FtM residue, blocking keys) are left out.
 *
 * <p>An export discloses what the request's purpose may use, so it applies the request's {@link View} as the
 * queries do (README "Who sees what"): only entities a usable source asserts; only relationships a usable source
 * states between two such entities, with only their usable sources; around entities only along such
 * relationships and entities; a case only through its usable sources. An entity's properties are then what the
 * usable sources assert. Protected persons are masked (caption "minderjarige"/"slachtoffer", no properties,
 * their name replaced in every text, no ties to what locates them) and BSNs hidden ({@code bsnHash} left out,
 * the alias {@code persoon:…} for a {@code bsn:…} id) unless the view sees them. The command line exports with
 * {@link View#internal()}: everything, as stored.
 */
final class ScopedGraph {

    static final Set<String> BOOKKEEPING = Stream.concat(Stream.of("spoorId", "sourceIds", "evidence", "key", "spoorLock", "ftm", "nameKey",
            "surnameKey", "surnameKeyAlt", "orgKey"), TransferCounts.PROPERTIES.stream()).collect(Collectors.toUnmodifiableSet());

    /** One entity: its sources are those that assert it (within a case: that case's). */
    record EntityRow(String spoorId, String kind, String caption, Map<String, Value> properties, List<String> sourceIds) {
    }

    /** One relationship between two entities in scope. */
    record RelationshipRow(String type, String key, String from, String fromKind, String fromCaption, String to, String toKind,
                           String toCaption, Map<String, Value> properties, List<String> sourceIds) {
    }

    private final SpoorStore store;
    private final ExportScope scope;
    private final View view;
    private final BsnIds bsnIds;
    private final LoadProgress progress;
    /** Protected persons in scope when the view masks them: Spoor id → label; read once, before the first row. */
    private Map<String, String> masked;
    /** Their names → label, replaced in every text. */
    private final Map<String, String> maskedNames = new HashMap<>();

    /** @param progress shown per pass: a stage of entities, one of relationships (their number is not known ahead) */
    ScopedGraph(SpoorStore store, ExportScope scope, View view, BsnIds bsnIds, LoadProgress progress) {
        this.store = store;
        this.scope = scope;
        this.view = view;
        this.bsnIds = bsnIds;
        this.progress = progress;
    }

    /** Cypher: entity {@code var} is asserted by a usable source (true for every entity when every source is usable). */
    private static String visible(String var) {
        return "($visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(" + var + ") WHERE vs.sourceId IN $usable })";
    }

    /** Cypher: the source id {@code var} is usable. */
    private static String usable(String var) {
        return "($visibleAll OR " + var + " IN $usable)";
    }

    /** The entity assertions of usable sources ({s, l, j}: source, locator, asserted JSON); none needed when every source is usable. */
    private static String usableAssertions(String var) {
        return "CASE WHEN $visibleAll THEN [] ELSE [(vs:Source)-[x:ASSERTS]->(" + var + ") WHERE vs.sourceId IN $usable "
                + "| {s: vs.sourceId, l: coalesce(x.locator, ''), j: x.asserted}] END";
    }

    // The entities in scope, as a subquery binding n; $case, $ids and the hop pattern set it.
    private String entities() {
        if (scope.caseId() != null) {
            return """
                    CALL () {
                      MATCH (s:Source {caseId: $case})-[:ASSERTS]->(n:Entity) WHERE s.sourceId IN $caseSources RETURN n
                      UNION
                      MATCH (a:Entity)-[r]-(n:Entity) WHERE any(id IN r.sourceIds WHERE id IN $caseSources) AND %s RETURN n
                    }""".formatted(visible("n"));
        }
        if (!scope.entityIds().isEmpty()) {
            // Steps are facts between entities (not a source's ASSERTS, nor a document's pages), and only what the view sees:
            // a step through a hidden fact would disclose that it exists. That includes a masked person's ties to what
            // locates them ($masked: read first, over the walk without this rule, which can only reach more of them).
            return """
                    CALL () {
                      MATCH (start:Entity) WHERE start.spoorId IN $ids AND %s
                      MATCH p = (start)-[steps*0..%d]-(n:Entity)
                      WHERE all(m IN nodes(p) WHERE m:Entity) AND all(r IN steps WHERE r.sourceIds IS NOT NULL)
                        AND ($visibleAll OR (all(r IN steps WHERE any(vs IN r.sourceIds WHERE vs IN $usable))
                                            AND all(m IN nodes(p) WHERE EXISTS { MATCH (vs:Source)-[:ASSERTS]->(m) WHERE vs.sourceId IN $usable })))
                        AND (size($masked) = 0 OR none(r IN steps WHERE
                              startNode(r).spoorId IN $masked AND any(l IN labels(endNode(r)) WHERE l IN $locating)
                              OR endNode(r).spoorId IN $masked AND any(l IN labels(startNode(r)) WHERE l IN $locating)))
                      RETURN DISTINCT n
                    }""".formatted(visible("start"), scope.hops());
        }
        return "MATCH (n:Entity) WHERE " + visible("n");
    }

    private Map<String, Object> params(Session s) {
        Map<String, Object> p = new HashMap<>(view.params());
        List<String> caseSources = scope.caseId() == null ? List.of()
                : s.run("MATCH (s:Source {caseId: $case}) WHERE " + usable("s.sourceId") + " RETURN collect(s.sourceId) AS ids",
                        view.with(Map.of("case", scope.caseId()))).single().get("ids").asList(Value::asString);
        p.put("case", scope.caseId() == null ? Values.NULL : Values.value(scope.caseId()));
        p.put("ids", scope.entityIds().stream().map(this::storedId).toList());
        p.put("caseSources", caseSources);
        p.put("masked", masked == null ? List.of() : List.copyOf(masked.keySet()));
        p.put("locating", List.copyOf(ResultGuard.LOCATING));
        return p;
    }

    /** The sources this scope may show: a case's own usable ones, or all usable ones. */
    private static String sourceFilter(String var) {
        return "($case IS NULL OR " + var + " IN $caseSources) AND " + usable(var);
    }

    void forEachEntity(Consumer<EntityRow> each) {
        try (Session s = store.driver().session(store.sessionConfig())) {
            readMasked(s);
            progress.stage("entities", -1, "entities");
            s.run(entities() + """

                    WITH DISTINCT n
                    RETURN n.spoorId AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, properties(n) AS props,
                           [(src:Source)-[:ASSERTS]->(n) WHERE %s | src.sourceId] AS sources, %s AS asserts
                    ORDER BY id""".formatted(sourceFilter("src.sourceId"), usableAssertions("n")), params(s)).forEachRemaining(r -> {
                String id = r.get("id").asString();
                Map<String, Value> props = properties(r.get("props").asMap(v -> v), r.get("asserts"));
                each.accept(new EntityRow(shownId(id), r.get("kind").asString(), caption(id, EntityQuery.caption(props, id)),
                        masked.containsKey(id) ? Map.of() : shownProperties(props),
                        r.get("sources").asList(Value::asString).stream().distinct().sorted().toList()));
                progress.stepBy(1);
            });
            progress.stageDone();
        }
    }

    void forEachRelationship(Consumer<RelationshipRow> each) {
        try (Session s = store.driver().session(store.sessionConfig())) {
            readMasked(s);
            Map<String, Object> p = params(s);
            progress.stage("relationships", -1, "relationships");
            // A case's relationships are those its sources state (their ends are in scope by definition); around entities,
            // the ids in scope are read first and passed as a parameter, which Neo4j checks as a set, not a list scan.
            String within;
            if (scope.entityIds().isEmpty()) {
                within = "MATCH (a:Entity)-[r]->(b:Entity)";
            } else {
                p.put("inScope", s.run(entities() + " RETURN collect(DISTINCT n.spoorId) AS ids", p).single().get("ids").asList(Value::asString));
                within = """
                        MATCH (a:Entity) WHERE a.spoorId IN $inScope
                        MATCH (a)-[r]->(b:Entity) WHERE b.spoorId IN $inScope""";
            }
            s.run(within + """

                    WITH a, r, b WHERE r.sourceIds IS NOT NULL AND ($case IS NULL OR any(id IN r.sourceIds WHERE id IN $caseSources))
                      AND %s AND %s AND %s
                    RETURN type(r) AS type, r.key AS key, a.spoorId AS a, [l IN labels(a) WHERE l <> 'Entity'][0] AS aKind, properties(a) AS aProps,
                           b.spoorId AS b, [l IN labels(b) WHERE l <> 'Entity'][0] AS bKind, properties(b) AS bProps, properties(r) AS props,
                           [id IN r.sourceIds WHERE %s] AS sources, %s AS aAsserts, %s AS bAsserts
                    ORDER BY a, b, type, key""".formatted(View.RELATIONSHIP, visible("a"), visible("b"), sourceFilter("id"),
                    usableAssertions("a"), usableAssertions("b")), p).forEachRemaining(r -> {
                String a = r.get("a").asString();
                String b = r.get("b").asString();
                String aKind = r.get("aKind").asString();
                String bKind = r.get("bKind").asString();
                // A masked person's ties to what locates or identifies them stay out, as in every query's answer.
                if (masked.containsKey(a) && ResultGuard.LOCATING.contains(bKind) || masked.containsKey(b) && ResultGuard.LOCATING.contains(aKind)) {
                    return;
                }
                each.accept(new RelationshipRow(r.get("type").asString(), r.get("key").isNull() ? "" : r.get("key").asString(),
                        shownId(a), aKind, caption(a, EntityQuery.caption(properties(r.get("aProps").asMap(v -> v), r.get("aAsserts")), a)),
                        shownId(b), bKind, caption(b, EntityQuery.caption(properties(r.get("bProps").asMap(v -> v), r.get("bAsserts")), b)),
                        shownProperties(r.get("props").asMap(v -> v)), r.get("sources").asList(Value::asString)));
                progress.stepBy(1);
            });
            progress.stageDone();
        }
    }

    /** The Spoor id a row shows: a BSN-keyed id as its alias unless the view sees BSNs. */
    private String shownId(String spoorId) {
        return view.seesBsn() ? spoorId : bsnIds.hide(spoorId);
    }

    /** The stored Spoor id behind an id shown (or asked for): the register keeps stored ids, so subject reports find them. */
    String storedId(String shown) {
        return view.seesBsn() ? shown : bsnIds.reveal(shown);
    }

    /**
     * An entity's properties as the view may see them: the node's when every source is usable, else what the usable
     * sources assert (first source and locator winning, as {@code entity} shows them).
     */
    private Map<String, Value> properties(Map<String, Value> node, Value asserts) {
        if (view.all()) {
            return node;
        }
        List<String> json = asserts.asList(v -> v).stream()
                .sorted(Comparator.comparing((Value v) -> v.get("s").asString()).thenComparing(v -> v.get("l").asString()))
                .filter(v -> !v.get("j").isNull()).map(v -> v.get("j").asString()).toList();
        return Provenance.assertedJson(json);
    }

    /** Reads the protected persons in scope once, when the view masks them. */
    private void readMasked(Session s) {
        if (masked != null) {
            return;
        }
        masked = new HashMap<>();
        if (view.seesProtected()) {
            return;
        }
        s.run(entities() + """

                WITH DISTINCT n WHERE n:Person AND (n.victim = true OR n.birthDate IS NOT NULL)
                RETURN n.spoorId AS id, n.name AS name, n.birthDate AS birthDate, n.victim = true AS victim""", params(s)).forEachRemaining(r -> {
            String label = ResultGuard.protectedLabel(r.get("birthDate"), r.get("victim").asBoolean(false), view.today());
            if (label != null) {
                masked.put(r.get("id").asString(), label);
                if (!r.get("name").isNull() && !r.get("name").asString().isBlank()) {
                    maskedNames.put(r.get("name").asString(), label);
                }
            }
        });
    }

    /** The protected persons in scope that the view masks: Spoor id → label ("minderjarige", "slachtoffer"). */
    Map<String, String> protectedPersons() {
        try (Session s = store.driver().session(store.sessionConfig())) {
            readMasked(s);
        }
        return Map.copyOf(masked);
    }

    /** Free text with the names of masked persons replaced by their label, and BSN-keyed ids by their alias. */
    String maskText(String t) {
        String out = view.seesBsn() ? t : bsnIds.hide(t);
        for (Map.Entry<String, String> e : maskedNames.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** A caption as shown: a masked person's label, else the caption with masked names replaced. */
    private String caption(String spoorId, String caption) {
        String label = masked.get(spoorId);
        return label != null ? label : view.unrestricted() ? caption : maskText(caption);
    }

    /** Stored properties as an export shows them: no bookkeeping; for a restricted view no BSN hash, and every text masked. */
    private Map<String, Value> shownProperties(Map<String, Value> props) {
        Map<String, Value> m = new TreeMap<>(props);
        m.keySet().removeAll(BOOKKEEPING);
        if (view.unrestricted()) {
            return m;
        }
        if (!view.seesBsn()) {
            m.remove("bsnHash");
        }
        m.replaceAll((k, v) -> switch (v.type().name()) {
            case "STRING" -> Values.value(maskText(v.asString()));
            case "LIST" -> Values.value(v.asList(x -> x.type().name().equals("STRING") ? maskText(x.asString()) : x.asObject()));
            default -> v;
        });
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
