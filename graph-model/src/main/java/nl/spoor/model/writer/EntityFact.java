package nl.spoor.model.writer;

import java.util.Map;
import java.util.Objects;

import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.provenance.Evidence;

/**
 * One source's statement about one entity: its identity, the property values this source gives, and
 * where in the source it was found. Values must be types Neo4j stores (see {@link PropertyValues}).
 */
public record EntityFact(EntityRef ref, Map<String, Object> properties, Evidence evidence) {
    public EntityFact {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(evidence, "evidence");
        properties = PropertyValues.checked(properties, ref.kind().label() + " " + ref.spoorId());
    }
}
