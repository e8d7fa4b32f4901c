package nl.spoor.api.unusualwealth;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.spoor.api.warmup.QueryPlans;

/** {@code unusualWealth} for the plan warm-up: the ranking (unscoped) and one person's household (scoped), with the API's defaults. */
@Component
class UnusualWealthPlans implements QueryPlans {

    private final UnusualWealth wealth;

    UnusualWealthPlans(UnusualWealth wealth) {
        this.wealth = wealth;
    }

    @Override
    public List<Family> families() {
        return List.of(new Family("unusualWealth", f -> {
            if (f.accounts() != null && f.accounts().size() > nl.spoor.api.warmup.PlanWarmUp.SCOPE_SIZES[0]) {
                return; // one person is one form, whatever a scope's size
            }
            WealthQuery q = WealthQuery.of(f.entity(), null, null, null, null, null, null, null, null, null, null, null, null, wealth.today());
            wealth.rank(q, null, null, f.view());
        }));
    }
}
