package nl.spoor.api.warmup;

import java.util.List;
import java.util.function.Consumer;

/**
 * The pattern queries of one package (detectors, typologies, money trails, …) as the plan warm-up sees them: each
 * {@link Family} calls its queries' own code for a {@link PlanWarmUp.Form}, whose texts pass through
 * {@link PlanWarmUp#cypher}. Each implementation lives beside its queries (package access to their builders).
 */
public interface QueryPlans {

    /** The families of this package. */
    List<Family> families();

    /**
     * @param name for the log, e.g. "fanIn"
     * @param plan has Neo4j plan the family's statements as a request of the form would send them; nothing is run
     */
    record Family(String name, Consumer<PlanWarmUp.Form> plan) {
    }
}
