package nl.spoor.api.store;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreStatus;

/** GraphQL {@code storeStatus}: store mode and counts. */
@Controller
class StoreStatusController {

    private final SpoorStore store;

    StoreStatusController(SpoorStore store) {
        this.store = store;
    }

    @QueryMapping
    Map<String, Object> storeStatus() {
        StoreStatus s = store.status();
        return Map.of(
                "mode", s.mode().name(),
                "database", s.database(),
                "nodes", s.nodes(),
                "relationships", s.relationships(),
                "labels", counts(s.nodesPerLabel()),
                "relationshipTypes", counts(s.relationshipsPerType()));
    }

    private static List<Map<String, Object>> counts(Map<String, Long> m) {
        return m.entrySet().stream().map(e -> Map.<String, Object>of("name", e.getKey(), "count", e.getValue())).toList();
    }
}
