package nl.spoor.api.moneytrail;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.spoor.api.warmup.PlanWarmUp;
import nl.spoor.api.warmup.PlanWarmUp.Form;
import nl.spoor.api.warmup.QueryPlans;

/**
 * {@code moneyTrail} (forward and backward) and {@code flowsBetween} for the plan warm-up, with the API's defaults (a page of 20), on the
 * engine the store has. From an account (one start) unscoped, from an entity's accounts scoped.
 */
@Component
class MoneyTrailPlans implements QueryPlans {

    private final TrailSearch search;
    private final StartAccounts startAccounts;
    private final TrailLimits limits;

    MoneyTrailPlans(TrailSearch search, StartAccounts startAccounts, TrailLimits limits) {
        this.search = search;
        this.startAccounts = startAccounts;
        this.limits = limits;
    }

    @Override
    public List<Family> families() {
        return List.of(new Family("moneyTrail", f -> {
            for (TrailQuery.Direction direction : TrailQuery.Direction.values()) {
                TrailQuery q = TrailQuery.of(direction, null, null, null, null, null, null, limits);
                search.inTransaction(tx -> search.engine() == TrailSearch.Engine.TRAVERSAL
                        // The traversal's query finds the start accounts itself, from one Spoor id: one form.
                        ? (f.scoped() ? null : search.from(tx, startAccounts, "from", PlanWarmUp.SPOOR_ID, q, 0, 20, f.view()))
                        : search.trails(tx, starts(f), q, 0, 20, f.view()));
            }
        }), new Family("flowsBetween", f -> {
            TrailQuery q = TrailQuery.of(TrailQuery.Direction.FORWARD, null, null, null, null, null, null, limits);
            search.inTransaction(tx -> {
                // Both ends' accounts are looked up first (MoneyTrails.flowsBetween), and so is a start on the Cypher engine.
                startAccounts.of(tx, "a", PlanWarmUp.SPOOR_ID, f.view());
                return search.between(tx, starts(f), starts(f), q, 0, 20, f.view());
            });
        }));
    }

    /** The start accounts: one account, or an entity's accounts (the scope's). */
    private static List<String> starts(Form f) {
        return f.scoped() ? f.accounts() : PlanWarmUp.placeholders(1);
    }
}
