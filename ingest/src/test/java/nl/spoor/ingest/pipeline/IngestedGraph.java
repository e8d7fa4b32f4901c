package nl.spoor.ingest.pipeline;

import java.util.List;
import java.util.Map;

import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.testing.GraphDump;

/** Reading back what ingest stored: the whole graph, counts and lists of values. */
final class IngestedGraph {

    private IngestedGraph() {
    }

    /**
     * The whole graph as {@link GraphDump} gives it, without an IngestFile's attempts and times: a
     * resumed run tried a file twice, at other moments.
     */
    static List<String> dump(SpoorStore store) {
        return GraphDump.of(store, "attempts", "startedAt", "finishedAt");
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
}
