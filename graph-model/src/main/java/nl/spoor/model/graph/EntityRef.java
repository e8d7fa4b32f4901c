package nl.spoor.model.graph;

import java.util.Objects;

/**
 * Points at one entity by its kind and Spoor id. Spoor ids are ours and stable (DESIGN, STYLE §3):
 * derived from the strongest identifier ({@link SpoorIds}), never Neo4j's element id.
 */
public record EntityRef(EntityKind kind, String spoorId) {
    public EntityRef {
        Objects.requireNonNull(kind, "kind");
        if (spoorId == null || spoorId.isBlank()) {
            throw new IllegalArgumentException("An entity of kind " + kind + " needs a non-blank spoorId");
        }
    }
}
