package nl.spoor.api.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.Assertion;
import nl.spoor.api.entity.EntityViews.Entity;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Property;
import nl.spoor.api.entity.EntityViews.Relationship;
import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.store.SpoorStore;

/** Reads one entity, its sources and its relationships. Thread-safe. */
@Component
public class EntityQuery {

    private static final String ENTITY = CypherResource.load(EntityQuery.class, "entity.cypher");
    private static final String RELATIONSHIPS = CypherResource.load(EntityQuery.class, "relationships.cypher");
    /** Bookkeeping of the writer, not facts about the entity. */

    private final SpoorStore store;

    public EntityQuery(SpoorStore store) {
        this.store = store;
    }

    public Optional<String> spoorIdFor(IdentifierKeys key, String storedValue) {
        // Label and property come from the IdentifierKeys enum, never from the request.
        String cypher = "MATCH (n:" + key.kind().label() + " {" + key.property() + ": $value}) RETURN n.spoorId AS id ORDER BY id LIMIT 1";
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run(cypher, Map.of("value", storedValue)).list(r -> r.get("id").asString())).stream().findFirst();
        }
    }

    /**
     * Everything held on the entity, from every source, unmasked: for the data-subject report (AVG art. 15
     * asks for all that is held), never for an investigator's request, which goes through its view.
     */
    public Optional<Entity> entity(String spoorId) {
        return entity(spoorId, View.internal());
    }

    /**
     * The entity when the view may see it. Its properties are the node's when the view uses every source;
     * otherwise only what the usable sources assert (the node keeps the first value written, which may
     * come from a source the view may not use).
     */
    Optional<Entity> entity(String spoorId, View view) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run(nl.spoor.api.warmup.PlanWarmUp.cypher(ENTITY), view.with(Map.of("spoorId", spoorId))).list()).stream().findFirst().map(r -> {
                List<Assertion> assertions = new ArrayList<>(r.get("assertions").asList(v -> entityAssertion(v)));
                assertions.sort(Comparator.comparing((Assertion a) -> a.source().sourceId()).thenComparing(Assertion::locator));
                Map<String, Value> stored = view.all() ? r.get("node").asNode().asMap(v -> v) : Provenance.asserted(assertions);
                return new Entity(spoorId, r.get("kind").asString(), caption(stored, spoorId), Provenance.properties(stored), assertions);
            });
        }
    }

    /** Every relationship of the entity from every source (the data-subject report; see {@link #entity(String)}). */
    public List<Relationship> relationships(String spoorId, int limit) {
        return relationships(spoorId, limit, View.internal());
    }

    List<Relationship> relationships(String spoorId, int limit, View view) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run(nl.spoor.api.warmup.PlanWarmUp.cypher(RELATIONSHIPS), view.with(Map.of("spoorId", spoorId, "limit", limit))).list(EntityQuery::relationship));
        }
    }

    /**
     * A relationship row (type, outgoing, props, otherId, otherKind, otherCaption, sources) as the GraphQL
     * {@code Relationship}, with the sources of each evidence entry; shared by relationships, neighbours and timeline.
     */
    static Relationship relationship(MapAccessor r) {
        Map<String, Value> props = r.get("props").asMap(v -> v);
        Map<String, Map<String, Object>> sources = new java.util.HashMap<>();
        r.get("sources").asList(v -> v).forEach(v -> {
            if (!v.isNull()) {
                sources.put(v.get("sourceId").asString(), v.asMap());
            }
        });
        List<Assertion> evidence = props.containsKey("evidence")
                ? props.get("evidence").asList(v -> Provenance.relationshipAssertion(v.asString(), sources)) : List.of();
        String key = props.containsKey("key") && !props.get("key").asString().isEmpty() ? props.get("key").asString() : null;
        return new Relationship(r.get("type").asString(), r.get("outgoing").asBoolean() ? "OUT" : "IN", key,
                new EntityRef(r.get("otherId").asString(), r.get("otherKind").asString(), r.get("otherCaption").asString()),
                Provenance.properties(props), evidence);
    }

    private static Assertion entityAssertion(Value v) {
        Map<String, Object> a = v.get("assertion").asMap();
        return new Assertion(Provenance.source(v.get("source").asMap()), (String) a.get("locator"), integer(a.get("page")),
                integer(a.get("start")), integer(a.get("end")), ((Number) a.getOrDefault("confidence", 1.0)).doubleValue(),
                (String) a.get("snippet"), (String) a.get("asserted"));
    }

    /** A display name: the name, or the strongest identifier, or the Spoor id. */
    public static String caption(Map<String, Value> p, String spoorId) {
        for (String k : List.of("name", "iban", "kenteken", "kvkNummer", "e164", "address", "addressKey")) {
            if (p.containsKey(k)) {
                return p.get(k).asString();
            }
        }
        return spoorId;
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
