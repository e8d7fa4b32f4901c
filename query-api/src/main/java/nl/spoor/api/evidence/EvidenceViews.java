package nl.spoor.api.evidence;

import java.util.List;

import nl.spoor.api.entity.EntityViews.Assertion;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Property;

/**
 * How every typology and detector explains a result (DESIGN §5): the indicators that fired with their
 * values, and the evidence paths with the sources of each step. Shared so that the UI and a jurist read
 * every result the same way; the GraphQL types are in {@code evidence.graphqls}.
 */
public final class EvidenceViews {

    private EvidenceViews() {
    }

    /**
     * One indicator of a result: what was measured, its value against the threshold (an argument of the
     * query), whether it fired, and what it added to the score.
     */
    public record Indicator(String name, String explanation, double value, Double threshold, boolean fired, double weight) {
    }

    /** Relationships in the graph that show something, each step with the sources that assert it. */
    public record EvidencePath(String description, List<EvidenceStep> steps) {
    }

    /** One relationship on an evidence path, in its stored direction. */
    public record EvidenceStep(EntityRef from, String type, EntityRef to, String key, List<Property> properties,
            List<Assertion> sources) {
    }
}
