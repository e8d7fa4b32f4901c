package nl.spoor.api.moneytrail;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.moneytrail.TrailViews.TrailAccount;
import nl.spoor.model.cypher.CypherResource;

/**
 * The accounts (with their holders) and the sources of the trails of one page. Every trail search reads them
 * in its own query ({@code TrailDetails.page.cypher} appended to it, see {@link TrailSearch}); {@link #read} is
 * for a request whose search did not run (no start or no target accounts). Thread-safe.
 */
@Component
class TrailDetails {

    /** The details part of every search query: from its {@code total, truncated, hubs, page} to the accounts and sources. */
    static final String PAGE = CypherResource.load(TrailDetails.class, "TrailDetails.page.cypher");
    private static final String ACCOUNTS_ONLY = "CYPHER 25\nWITH $accounts AS starts, 0 AS total, false AS truncated, [] AS hubs, [] AS page\n" + PAGE;

    /**
     * @param accounts each account by its spoorId; an id Spoor does not hold is shown by its id
     * @param sources  each source's properties by sourceId
     */
    record Details(Map<String, TrailAccount> accounts, Map<String, Map<String, Object>> sources) {

        /** The account of {@code id}: as read, or shown by its id when Spoor does not hold it. */
        TrailAccount account(String id) {
            return accounts.getOrDefault(id, new TrailAccount(id, null, id, List.of()));
        }
    }

    /** The accounts {@code accountIds} with their holders, in the caller's transaction (no sources: no hops). */
    Details read(TransactionContext tx, Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return new Details(Map.of(), Map.of());
        }
        return of(tx.run(ACCOUNTS_ONLY, Map.of("accounts", List.copyOf(accountIds), "targets", List.of())).single());
    }

    /** The details of a row of {@code TrailDetails.page.cypher} ({@code accounts}, {@code sources}). */
    static Details of(MapAccessor row) {
        Map<String, TrailAccount> accounts = new HashMap<>();
        Map<String, Map<String, Object>> sources = new HashMap<>();
        for (Value a : row.get("accounts").values()) {
            List<EntityRef> holders = a.get("holders").asList(h -> new EntityRef(h.get("spoorId").asString(),
                    h.get("kind").asString(), h.get("caption").asString()));
            String id = a.get("spoorId").asString();
            accounts.put(id, new TrailAccount(id, a.get("iban").isNull() ? null : a.get("iban").asString(), a.get("caption").asString(), holders));
        }
        for (Value s : row.get("sources").values()) {
            sources.put(s.get("sourceId").asString(), s.asMap());
        }
        return new Details(accounts, sources);
    }
}
