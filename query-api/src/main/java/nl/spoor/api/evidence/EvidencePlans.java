package nl.spoor.api.evidence;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.spoor.api.warmup.PlanWarmUp;
import nl.spoor.api.warmup.QueryPlans;

/**
 * The evidence every result page reads (its steps and the entities it names) for the plan warm-up. A page's evidence is one
 * list of relationship ids, from one path to hundreds of transfers: each order of magnitude is a plan of its own.
 */
@Component
class EvidencePlans implements QueryPlans {

    private static final int[] SIZES = {1, 5, 50, 500};

    private final Evidence evidence;

    EvidencePlans(Evidence evidence) {
        this.evidence = evidence;
    }

    @Override
    public List<Family> families() {
        return List.of(new Family("evidence", f -> {
            if (f.scoped()) {
                return; // a page's evidence has no scope
            }
            for (int n : SIZES) {
                evidence.steps(PlanWarmUp.placeholders(n), f.view());
                evidence.refs(PlanWarmUp.placeholders(n), f.view());
            }
        }));
    }
}
