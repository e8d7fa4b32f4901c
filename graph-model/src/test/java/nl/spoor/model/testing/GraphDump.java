package nl.spoor.model.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Value;

import nl.spoor.model.store.SpoorStore;

/**
 * Everything a store holds apart from the schema bookkeeping, one sorted line per node and relationship
 * with every property's Neo4j type, so two stores compare exactly.
 */
public final class GraphDump {

    /**
     * Not Spoor's bookkeeping of who used it: the consultation log ({@code Consultation…}) and the access
     * store ({@code Spoor…}: accounts, purposes, tokens) differ between runs that hold the same facts.
     */
    public static final String FACT = "NOT any(l IN labels(%1$s) WHERE l STARTS WITH 'Consultation' OR l STARTS WITH 'Spoor')";


    private GraphDump() {
    }

    /** The dump, leaving out the named properties (e.g. a retry counter that differs between runs by design). */
    public static List<String> of(SpoorStore store, String... ignoredProperties) {
        return canonical(store, Set.of(), ignoredProperties);
    }

    /**
     * The dump with the lists named in {@code unordered} sorted: lists that are sets (e.g. {@code sourceIds},
     * {@code evidence}), whose order is only the order in which concurrent writers arrived.
     */
    public static List<String> canonical(SpoorStore store, Set<String> unordered, String... ignoredProperties) {
        Set<String> ignored = Set.of(ignoredProperties);
        List<String> lines = new ArrayList<>();
        try (var s = store.driver().session(store.sessionConfig())) {
            s.run("MATCH (n) WHERE NOT n:SchemaMigration AND " + FACT.formatted("n") + " RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                    lines.add("node " + r.get("labels").asList(Value::asString).stream().sorted().toList() + " " + props(r.get("props"), ignored, unordered)));
            s.run("MATCH (a)-[r]->(b) WHERE " + FACT.formatted("a") + " AND " + FACT.formatted("b") + " RETURN type(r) AS type, coalesce(a.spoorId, a.sourceId) AS a, coalesce(b.spoorId, b.sourceId) AS b, properties(r) AS props")
                    .forEachRemaining(r -> lines.add("rel (" + r.get("a").asString() + ")-[" + r.get("type").asString() + "]->(" + r.get("b").asString() + ") "
                            + props(r.get("props"), ignored, unordered)));
        }
        lines.sort(null);
        return lines;
    }

    private static String props(Value map, Set<String> ignored, Set<String> unordered) {
        Map<String, String> sorted = new TreeMap<>();
        for (String k : map.keys()) {
            Value v = map.get(k);
            if (ignored.contains(k)) {
                continue;
            }
            sorted.put(k, v.type().name() + " " + (unordered.contains(k) && v.type().name().startsWith("LIST")
                    ? v.asList(Value::toString).stream().sorted().toList() : v));
        }
        return sorted.toString();
    }
}
