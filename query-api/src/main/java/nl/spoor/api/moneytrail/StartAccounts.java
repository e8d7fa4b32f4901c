package nl.spoor.api.moneytrail;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;

/** Where a trail starts: a bank account itself, or every account an entity holds; read in the search's transaction. Thread-safe. */
@Component
class StartAccounts {

    private static final String CYPHER = CypherResource.load(StartAccounts.class, "StartAccounts.cypher");

    /**
     * The accounts of {@code spoorId} that {@code view} may see it hold, sorted; empty for an entity that holds
     * none. An entity the view may not see is one Spoor does not hold.
     *
     * @throws IllegalArgumentException when Spoor holds no such entity
     */
    List<String> of(TransactionContext tx, String argument, String spoorId, View view) {
        return tx.run(nl.spoor.api.warmup.PlanWarmUp.cypher(CYPHER), view.with(Map.of("spoorId", spoorId)))
                .list(r -> r.get("accounts").asList(v -> v.asString()))
                .stream().findFirst()
                // A warm-up plans the lookup without running it: no accounts.
                .orElseGet(() -> {
                    if (nl.spoor.api.warmup.PlanWarmUp.active()) {
                        return List.of();
                    }
                    throw unknown(argument, spoorId);
                });
    }

    /** The error for a start Spoor does not hold (or the request may not see), naming the argument. */
    static IllegalArgumentException unknown(String argument, String spoorId) {
        return new IllegalArgumentException(argument + ": Spoor holds no entity with spoorId \"" + spoorId
                + "\" (a Spoor id such as iban:NL91ABNA0417164300 or kvk:64567123, as `entity` returns it)");
    }
}
