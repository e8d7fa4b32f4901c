package nl.spoor.api.moneytrail;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.moneytrail.TrailViews.TrailAccount;
import nl.spoor.model.cypher.CypherResource;

/**
 * The accounts (with their holders) and the sources of the trails of one page: read once per page, in
 * the search's own transaction (one query for both). Thread-safe.
 */
@Component
class TrailDetails {

    private static final String CYPHER = CypherResource.load(TrailDetails.class, "TrailDetails.cypher");

    /**
     * @param accounts each account by its spoorId; an id Spoor does not hold is shown by its id
     * @param sources  each source's properties by sourceId
     */
    record Details(Map<String, TrailAccount> accounts, Map<String, Map<String, Object>> sources) {
    }

    Details read(TransactionContext tx, Collection<String> accountIds, Collection<String> sourceIds) {
        Map<String, TrailAccount> accounts = new HashMap<>();
        Map<String, Map<String, Object>> sources = new HashMap<>();
        if (!accountIds.isEmpty() || !sourceIds.isEmpty()) {
            var row = tx.run(CYPHER, Map.of("accounts", List.copyOf(accountIds), "sourceIds", List.copyOf(sourceIds))).single();
            for (Value a : row.get("accounts").values()) {
                List<EntityRef> holders = a.get("holders").asList(h -> new EntityRef(h.get("spoorId").asString(),
                        h.get("kind").asString(), h.get("caption").asString()));
                String id = a.get("spoorId").asString();
                accounts.put(id, new TrailAccount(id, a.get("iban").isNull() ? null : a.get("iban").asString(), a.get("caption").asString(), holders));
            }
            for (Value s : row.get("sources").values()) {
                sources.put(s.get("sourceId").asString(), s.asMap());
            }
        }
        accountIds.forEach(id -> accounts.computeIfAbsent(id, k -> new TrailAccount(k, null, k, List.of())));
        return new Details(accounts, sources);
    }
}
