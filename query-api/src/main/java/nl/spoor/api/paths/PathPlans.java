package nl.spoor.api.paths;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.spoor.api.warmup.PlanWarmUp;
import nl.spoor.api.warmup.QueryPlans;

/**
 * {@code paths} for the plan warm-up: shortest and all paths with the API's defaults (4 hops, every default relationship type). The
 * number of hops is spliced into the text, so another maxHops is another plan, made at its first use.
 */
@Component
class PathPlans implements QueryPlans {

    private static final int DEFAULT_MAX_HOPS = 4;

    private final PathSearch search;

    PathPlans(PathSearch search) {
        this.search = search;
    }

    @Override
    public List<Family> families() {
        return List.of(new Family("paths", f -> {
            if (f.scoped()) {
                return; // a path has two ends, no scope
            }
            LinkFilter filter = LinkFilter.of(null, null, null, null, null, null, PathController.DEFAULT_HUB_CAP);
            for (PathSearch.Mode mode : PathSearch.Mode.values()) {
                search.paths(PlanWarmUp.SPOOR_ID, PlanWarmUp.placeholders(2).getLast(), mode, DEFAULT_MAX_HOPS, filter, f.view());
            }
        }));
    }
}
