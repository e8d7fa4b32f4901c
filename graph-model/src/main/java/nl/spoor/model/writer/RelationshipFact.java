package nl.spoor.model.writer;

import java.util.Map;
import java.util.Objects;

import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;

/**
 * One source's statement of a relationship between two entities.
 *
 * @param key tells apart several relationships of a {@link RelationshipKind#multiple() multiple} kind
 *            between the same pair (a transfer's reference); must be empty for the other kinds
 */
public record RelationshipFact(RelationshipKind kind, EntityRef from, EntityRef to, String key,
                               Map<String, Object> properties, Evidence evidence) {
    public RelationshipFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(evidence, "evidence");
        key = key == null ? "" : key;
        if (!kind.multiple() && !key.isEmpty()) {
            throw new IllegalArgumentException(kind + " occurs once between two entities and takes no key, got \"" + key + "\"");
        }
        if (kind.multiple() && key.isEmpty()) {
            throw new IllegalArgumentException(kind + " between " + from.spoorId() + " and " + to.spoorId() + " needs a key that tells it apart (e.g. a transaction reference)");
        }
        if (kind.symmetric() && from.spoorId().compareTo(to.spoorId()) > 0) {
            EntityRef swap = from;
            from = to;
            to = swap;
            // Stored from the other end: a direction inside the values (parent/child) turns with it.
            if (properties != null) {
                Map<String, Object> turned = new java.util.LinkedHashMap<>();
                RelationshipKind k = kind;
                properties.forEach((name, value) -> turned.put(name, k.fromOtherEnd(name, value)));
                properties = turned;
            }
        }
        properties = PropertyValues.checked(properties, kind + " " + from.spoorId() + "->" + to.spoorId());
    }

    public static RelationshipFact of(RelationshipKind kind, EntityRef from, EntityRef to, Map<String, Object> properties, Evidence evidence) {
        return new RelationshipFact(kind, from, to, "", properties, evidence);
    }
}
