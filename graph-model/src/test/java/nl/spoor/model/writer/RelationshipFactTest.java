package nl.spoor.model.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;

class RelationshipFactTest {

    static final EntityRef PARENT = new EntityRef(EntityKind.PERSON, "person:000009");
    static final EntityRef CHILD = new EntityRef(EntityKind.PERSON, "person:000001");

    @Test
    void familyTieStoredFromTheOtherEndTurnsParentIntoChild() {
        // person:000009 > person:000001, so the symmetric tie is stored from the child.
        var fact = RelationshipFact.of(RelationshipKind.FAMILY_OF, PARENT, CHILD, Map.of("relation", "parent"), Evidence.row("s", 1));

        assertThat(fact.from()).isEqualTo(CHILD);
        assertThat(fact.to()).isEqualTo(PARENT);
        assertThat(fact.properties()).containsExactly(Map.entry("relation", "child"));
    }

    @Test
    void bothDirectionsOfOneTieGiveOneFact() {
        var fromParent = RelationshipFact.of(RelationshipKind.FAMILY_OF, PARENT, CHILD, Map.of("relation", "parent"), Evidence.row("s", 1));
        var fromChild = RelationshipFact.of(RelationshipKind.FAMILY_OF, CHILD, PARENT, Map.of("relation", "child"), Evidence.row("s", 2));

        assertThat(fromChild.from()).isEqualTo(fromParent.from());
        assertThat(fromChild.properties()).isEqualTo(fromParent.properties());
    }

    @Test
    void undirectedValuesStayAsTheyAre() {
        var fact = RelationshipFact.of(RelationshipKind.FAMILY_OF, PARENT, CHILD, Map.of("relation", "sibling"), Evidence.row("s", 1));

        assertThat(fact.properties()).containsExactly(Map.entry("relation", "sibling"));
    }
}
