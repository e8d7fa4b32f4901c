package nl.spoor.api.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.Assertion;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.entity.Provenance;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.EvidenceStep;
import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/**
 * Reads evidence steps by relationship element id (as a typology's Cypher returns them) with their
 * endpoints and sources, in one round trip per result page. Thread-safe.
 */
@Component
public class Evidence {

    private static final String STEPS = CypherResource.load(Evidence.class, "Evidence.steps.cypher");
    private static final String REFS = CypherResource.load(Evidence.class, "Evidence.refs.cypher");

    private final SpoorStore store;

    public Evidence(SpoorStore store) {
        this.store = store;
    }

    /**
     * The steps of the given relationships, in the order given; an id no longer in the store (deleted
     * since the query ran) is left out rather than shown without sources.
     */
    public List<EvidenceStep> steps(List<String> relationshipElementIds) {
        return steps(relationshipElementIds, View.internal());
    }

    /** The steps {@code view} may see (a relationship of no usable source is left out), citing only usable sources. */
    public List<EvidenceStep> steps(List<String> relationshipElementIds, View view) {
        if (relationshipElementIds.isEmpty()) {
            return List.of();
        }
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run(nl.spoor.api.warmup.PlanWarmUp.cypher(STEPS), view.with(Map.of("ids", relationshipElementIds))).list(r -> {
                Map<String, Value> props = r.get("props").asMap(v -> v);
                Map<String, Map<String, Object>> sources = new HashMap<>();
                r.get("sources").asList(v -> v).forEach(v -> sources.put(v.get("sourceId").asString(), v.asMap()));
                List<Assertion> evidence = props.containsKey("evidence")
                        ? props.get("evidence").asList(v -> Provenance.relationshipAssertion(v.asString(), sources)) : List.of();
                String key = props.containsKey("key") && !props.get("key").asString().isEmpty() ? props.get("key").asString() : null;
                return new EvidenceStep(ref(r.get("from")), r.get("type").asString(), ref(r.get("to")), key,
                        Provenance.properties(props), evidence);
            }));
        }
    }

    /**
     * Many paths at once: each path's relationship ids → its steps, reading all steps in one query.
     * {@code paths} maps a description to the relationship ids, in the order the paths are to be shown.
     */
    public List<EvidencePath> paths(Map<String, List<String>> paths) {
        return paths(paths, View.internal());
    }

    /** {@link #paths(Map)} as {@code view} may see them. */
    public List<EvidencePath> paths(Map<String, List<String>> paths, View view) {
        List<String> all = paths.values().stream().flatMap(List::stream).distinct().toList();
        Map<String, EvidenceStep> byId = new HashMap<>();
        List<EvidenceStep> steps = steps(all, view);
        // steps() drops deleted ids, so match by position only when nothing was dropped.
        if (steps.size() == all.size()) {
            for (int i = 0; i < all.size(); i++) {
                byId.put(all.get(i), steps.get(i));
            }
        } else {
            for (String id : all) {
                steps(List.of(id), view).forEach(st -> byId.put(id, st));
            }
        }
        List<EvidencePath> out = new ArrayList<>();
        paths.forEach((description, ids) -> out.add(new EvidencePath(description,
                ids.stream().filter(byId::containsKey).map(byId::get).toList())));
        return out;
    }

    /** The distinct sources cited by the paths, in order of first citation: the documents a result rests on. */
    public static List<Source> sources(Collection<EvidencePath> paths) {
        Map<String, Source> out = new LinkedHashMap<>();
        paths.forEach(p -> p.steps().forEach(st -> st.sources().forEach(a -> out.putIfAbsent(a.source().sourceId(), a.source()))));
        return List.copyOf(out.values());
    }

    /** The entities of the given Spoor ids as references to show (kind, caption); an id Spoor does not hold is left out. */
    public Map<String, EntityRef> refs(Collection<String> spoorIds) {
        return refs(spoorIds, View.internal());
    }

    /** {@link #refs(Collection)} of the entities {@code view} may see. */
    public Map<String, EntityRef> refs(Collection<String> spoorIds, View view) {
        if (spoorIds.isEmpty()) {
            return Map.of();
        }
        try (var s = store.driver().session(store.sessionConfig())) {
            Map<String, EntityRef> out = new HashMap<>();
            s.executeRead(tx -> tx.run(nl.spoor.api.warmup.PlanWarmUp.cypher(REFS), view.with(Map.of("ids", List.copyOf(spoorIds)))).list(Evidence::ref)).forEach(r -> out.put(r.spoorId(), r));
            return out;
        }
    }

    private static EntityRef ref(org.neo4j.driver.Record r) {
        return new EntityRef(r.get("spoorId").asString(), r.get("kind").asString(), r.get("caption").asString());
    }

    private static EntityRef ref(Value v) {
        return new EntityRef(v.get("spoorId").asString(), v.get("kind").asString(), v.get("caption").asString());
    }
}
