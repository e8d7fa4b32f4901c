package nl.spoor.api.trafficking;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.spoor.api.warmup.PlanWarmUp;
import nl.spoor.api.warmup.QueryPlans;

/** {@code traffickingNetworks} for the plan warm-up: the anchors' search (unscoped) and one entity's controllers (scoped), with the API's defaults. */
@Component
class TraffickingPlans implements QueryPlans {

    private final TraffickingNetworks networks;

    TraffickingPlans(TraffickingNetworks networks) {
        this.networks = networks;
    }

    @Override
    public List<Family> families() {
        return List.of(new Family("traffickingNetworks", f -> {
            if (f.accounts() != null && f.accounts().size() > PlanWarmUp.SCOPE_SIZES[0]) {
                return; // one entity is one form, whatever a scope's size
            }
            networks.find(f.entity(), TraffickingQuery.of(null, null, null, null, null, null, null, null, null, null), null, null, f.view());
        }));
    }
}
