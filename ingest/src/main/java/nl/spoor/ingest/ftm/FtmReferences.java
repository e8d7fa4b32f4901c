package nl.spoor.ingest.ftm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.spoor.ingest.ftm.FtmReader.FtmLine;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;

/**
 * Relationships FtM states as an entity property rather than a link (DESIGN §8): a person's
 * {@code addressEntity} is where they live (LIVES_AT, FtM gives no dates), a vehicle's {@code owner} its
 * registered owner (REGISTERED_OWNER). The property itself stays on the entity's {@code ftm} JSON, so the
 * export gives it back; the relationship's key {@code ftm-property:<property>} marks it as said that way, and the
 * export writes no link line for it.
 */
final class FtmReferences {

    /** A relationship an entity property states. */
    record Stated(RelationshipKind kind, EntityRef from, EntityRef to, String key) {
    }

    /** The key prefix of relationships stated by an entity property. */
    static final String KEY_PREFIX = "ftm-property:";

    private record Rule(EntityKind on, String property, RelationshipKind kind, boolean fromEntity, Set<EntityKind> targets) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(EntityKind.PERSON, "addressEntity", RelationshipKind.LIVES_AT, true, Set.of(EntityKind.ADDRESS)),
            new Rule(EntityKind.VEHICLE, "owner", RelationshipKind.REGISTERED_OWNER, false,
                    Set.of(EntityKind.PERSON, EntityKind.COMPANY, EntityKind.ORGANIZATION)));

    private FtmReferences() {
    }

    /** The relationships {@code line}'s properties state; a reference to an id no line defines is a bad line. */
    static List<Stated> of(FtmLine line, EntityRef entity, Map<String, EntityRef> refs, FtmReader reader) {
        List<Stated> stated = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.on() != entity.kind()) {
                continue;
            }
            for (String id : line.values(rule.property())) {
                EntityRef other = refs.get(id);
                if (other == null) {
                    reader.bad(line, "properties." + rule.property(), "refers to " + id + ", which no line of this import defines");
                } else if (!rule.targets().contains(other.kind())) {
                    reader.bad(line, "properties." + rule.property(), "refers to " + id + ", a " + other.kind().label() + ", not a "
                            + rule.targets().stream().map(EntityKind::label).sorted().toList());
                } else {
                    String key = KEY_PREFIX + rule.property();
                    stated.add(rule.fromEntity() ? new Stated(rule.kind(), entity, other, key) : new Stated(rule.kind(), other, entity, key));
                }
            }
        }
        return stated;
    }
}
