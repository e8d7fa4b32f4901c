package nl.spoor.api.moneytrail;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.moneytrail.TrailViews.TrailAccount;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/** The accounts (with their holders) and the sources of the trails of one page: read once per page. Thread-safe. */
@Component
class TrailDetails {

    private static final String ACCOUNTS = CypherResource.load(TrailDetails.class, "TrailDetails.accounts.cypher");
    private static final String SOURCES = CypherResource.load(TrailDetails.class, "TrailDetails.sources.cypher");

    private final SpoorStore store;

    TrailDetails(SpoorStore store) {
        this.store = store;
    }

    /** Each account by its spoorId; an id Spoor does not hold is shown by its id. */
    Map<String, TrailAccount> accounts(Collection<String> ids) {
        Map<String, TrailAccount> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (var s = store.driver().session(store.sessionConfig())) {
            s.executeRead(tx -> tx.run(ACCOUNTS, Map.of("accounts", List.copyOf(ids))).list()).forEach(r -> {
                List<EntityRef> holders = r.get("holders").asList(h -> new EntityRef(h.get("spoorId").asString(),
                        h.get("kind").asString(), h.get("caption").asString()));
                String id = r.get("spoorId").asString();
                out.put(id, new TrailAccount(id, r.get("iban").isNull() ? null : r.get("iban").asString(), r.get("caption").asString(), holders));
            });
        }
        ids.forEach(id -> out.computeIfAbsent(id, k -> new TrailAccount(k, null, k, List.of())));
        return out;
    }

    /** Each source's properties by sourceId. */
    Map<String, Map<String, Object>> sources(Collection<String> sourceIds) {
        Map<String, Map<String, Object>> out = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return out;
        }
        try (var s = store.driver().session(store.sessionConfig())) {
            s.executeRead(tx -> tx.run(SOURCES, Map.of("sourceIds", List.copyOf(sourceIds))).list())
                    .forEach(r -> out.put(r.get("source").get("sourceId").asString(), r.get("source").asMap()));
        }
        return out;
    }
}
