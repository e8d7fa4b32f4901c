package nl.spoor.api.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A query written once with visibility marks, as each kind of view runs it. */
class ViewTest {

    static final String TEMPLATE = "MATCH (p:Person)-[r:REGISTERED_OWNER]->(v:Vehicle) WHERE {{visible r}} AND {{visibleNode v}} "
            + "AND {{asserted v.catalogueValue}} >= $min RETURN {{asserted p.name}} AS name";

    @Test
    void aViewOfEverySourceRunsTheQueryAsWrittenWithoutVisibility() {
        View all = new View(true, Set.of(), true, true, LocalDate.parse("2026-12-06"), "test");
        assertThat(all.cypher(TEMPLATE)).isEqualTo("MATCH (p:Person)-[r:REGISTERED_OWNER]->(v:Vehicle) WHERE true AND true "
                + "AND v.catalogueValue >= $min RETURN p.name AS name");
        assertThat(all.params()).containsEntry("visibleAll", true).containsEntry("visibleSources", null);
    }

    @Test
    void aRestrictedViewTestsEveryMarkedFactAgainstItsUsableSources() {
        View some = new View(false, Set.of("src:a"), true, true, LocalDate.parse("2026-12-06"), "test");
        assertThat(some.cypher(TEMPLATE)).isEqualTo("MATCH (p:Person)-[r:REGISTERED_OWNER]->(v:Vehicle) WHERE "
                + "any(vs IN coalesce(r.sourceIds, []) WHERE vs IN $usable) AND EXISTS { MATCH (vs:Source)-[:ASSERTS]->(v) WHERE vs.sourceId IN $usable } "
                + "AND spoor.asserted(v, 'catalogueValue', $visibleSources) >= $min RETURN spoor.asserted(p, 'name', $visibleSources) AS name");
        assertThat(some.params()).containsEntry("visibleAll", false).containsEntry("visibleSources", java.util.List.of("src:a"));
    }

    @Test
    void refusesAMarkOfTheWrongShape() {
        View all = View.internal();
        assertThatThrownBy(() -> all.cypher("RETURN {{asserted v}}")).hasMessageContaining("{{asserted v}}");
        assertThatThrownBy(() -> all.cypher("RETURN {{visible r.amount}}")).hasMessageContaining("{{visible r.amount}}");
        // Other template marks (the detectors' {{GATHER}}) are left for their own replacement.
        assertThat(all.cypher("MATCH (a){{GATHER}}(o)")).isEqualTo("MATCH (a){{GATHER}}(o)");
    }
}
