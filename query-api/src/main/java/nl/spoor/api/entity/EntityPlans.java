package nl.spoor.api.entity;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.spoor.api.warmup.PlanWarmUp;
import nl.spoor.api.warmup.QueryPlans;

/** {@code entity} for the plan warm-up: the entity, its relationships, neighbours and timeline with the API's defaults. */
@Component
class EntityPlans implements QueryPlans {

    private final EntityQuery query;
    private final EntityNeighbourhood neighbourhood;

    EntityPlans(EntityQuery query, EntityNeighbourhood neighbourhood) {
        this.query = query;
        this.neighbourhood = neighbourhood;
    }

    @Override
    public List<Family> families() {
        return List.of(new Family("entity", f -> {
            if (f.scoped()) {
                return; // one entity, no scope
            }
            query.entity(PlanWarmUp.SPOOR_ID, f.view());
            query.relationships(PlanWarmUp.SPOOR_ID, 50, f.view());
            neighbourhood.neighbours(PlanWarmUp.SPOOR_ID, EntityNeighbourhood.Filter.of(null, null, null, null, null, null), null, null, f.view());
            neighbourhood.timeline(PlanWarmUp.SPOOR_ID, EntityNeighbourhood.Filter.of(null, null, null, null, null, true), true, null, null, f.view());
        }));
    }
}
