package nl.spoor.ingest.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;

import nl.spoor.model.store.SpoorStore;

/**
 * Everything a store holds apart from schema bookkeeping, one sorted line per node and relationship,
 * so two stores compare exactly. An IngestFile's attempts are left out: a resumed run tried a file twice.
 */
final class IngestedGraph {

    private IngestedGraph() {
    }

    static List<String> dump(SpoorStore store) {
        List<String> lines = new ArrayList<>();
        try (var s = store.driver().session(store.sessionConfig())) {
            s.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                    lines.add("node " + r.get("labels").asList(Value::asString).stream().sorted().toList() + " " + props(r.get("props"))));
            s.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.spoorId, a.sourceId) AS a, coalesce(b.spoorId, b.sourceId) AS b, properties(r) AS props")
                    .forEachRemaining(r -> lines.add("rel (" + r.get("a").asString() + ")-[" + r.get("type").asString() + "]->(" + r.get("b").asString() + ") "
                            + props(r.get("props"))));
        }
        lines.sort(null);
        return lines;
    }

    static long count(SpoorStore store, String cypher) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.run(cypher).single().get(0).asLong();
        }
    }

    static List<String> strings(SpoorStore store, String cypher, Map<String, Object> params) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.run(cypher, params).list(r -> r.get(0).asString()).stream().sorted().toList();
        }
    }

    private static String props(Value map) {
        Map<String, String> sorted = new TreeMap<>();
        map.asMap(v -> v.type().name() + " " + v).forEach((k, v) -> {
            if (!k.equals("attempts")) {
                sorted.put(k, v);
            }
        });
        return sorted.toString();
    }
}
