package nl.spoor.api.moneytrail;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/** Where a trail starts: a bank account itself, or every account an entity holds. Thread-safe. */
@Component
class StartAccounts {

    private static final String CYPHER = CypherResource.load(StartAccounts.class, "StartAccounts.cypher");

    private final SpoorStore store;

    StartAccounts(SpoorStore store) {
        this.store = store;
    }

    /**
     * The accounts of {@code spoorId}, sorted; empty for an entity that holds none.
     *
     * @throws IllegalArgumentException when Spoor holds no entity with that id
     */
    List<String> of(String argument, String spoorId) {
        return of(argument, spoorId, View.internal());
    }

    /** The accounts of {@code spoorId} that {@code view} may see it hold; an entity it may not see is one Spoor does not hold. */
    List<String> of(String argument, String spoorId, View view) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run(CYPHER, view.with(Map.of("spoorId", spoorId))).list(r -> r.get("accounts").asList(v -> v.asString())))
                    .stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(argument + ": Spoor holds no entity with spoorId \"" + spoorId
                            + "\" (a Spoor id such as iban:NL91ABNA0417164300 or kvk:64567123, as `entity` returns it)"));
        }
    }
}
