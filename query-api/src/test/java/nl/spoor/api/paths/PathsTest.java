package nl.spoor.api.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.paths.PathSearch.Mode;
import nl.spoor.api.paths.PathViews.EntityPath;
import nl.spoor.api.paths.PathViews.PathResult;
import nl.spoor.api.testing.LinkFixture;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.testing.TestStore;

/** Paths between two entities over a tiny register graph (LinkFixture), one Neo4j for the class. */
class PathsTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final PathLimits LIMITS = new PathLimits(6, Duration.ofSeconds(60), 50, 100);
    static Paths paths;

    @BeforeAll
    static void fixture() {
        LinkFixture f = new LinkFixture()
                .person("jan", "Jan de Vries").person("piet", "Piet Bakker").person("kees", "Kees de Vries").person("anna", "Anna Smit")
                .entity(EntityKind.COMPANY, "kvk:11111111", "Glashelder B.V.")
                .entity(EntityKind.ORGANIZATION, "org:ing", "ING Bank")
                .entity(EntityKind.ADDRESS, "address:a", "Dorpsstraat 1, Zaandam")
                // Two directors of one firm, who lived at the same address until 2019 and 2020.
                .link("person:jan", RelationshipKind.DIRECTOR_OF, "kvk:11111111", "from", LocalDate.parse("2021-01-01"))
                .link("person:piet", RelationshipKind.DIRECTOR_OF, "kvk:11111111", "from", LocalDate.parse("2022-03-01"))
                .link("person:jan", RelationshipKind.LIVES_AT, "address:a", "from", LocalDate.parse("2015-01-01"), "until", LocalDate.parse("2019-12-31"))
                .link("person:piet", RelationshipKind.LIVES_AT, "address:a", "from", LocalDate.parse("2018-06-01"), "until", LocalDate.parse("2020-06-30"))
                // Jan's brother owns the firm: a third way, of three steps.
                .link("person:jan", RelationshipKind.FAMILY_OF, "person:kees", "relation", "sibling")
                .link("person:kees", RelationshipKind.OWNS, "kvk:11111111", "share", 100)
                // A bank employs Anna, Jan and five others: 7 relationships.
                .link("person:anna", RelationshipKind.EMPLOYED_BY, "org:ing").link("person:jan", RelationshipKind.EMPLOYED_BY, "org:ing");
        for (int i = 1; i <= 5; i++) {
            f.person("w" + i, "Werknemer " + i).link("person:w" + i, RelationshipKind.EMPLOYED_BY, "org:ing");
        }
        f.write(NEO4J.store());
        paths = new Paths(new PathSearch(NEO4J.store(), LIMITS), new nl.spoor.api.evidence.Evidence(NEO4J.store()), LIMITS);
    }

    static PathResult find(String from, String to, Mode mode, Integer maxHops, LinkFilter filter) {
        return paths.paths(from, to, mode, maxHops, filter, filter.types().size() > 10, null, null);
    }

    static LinkFilter any() {
        return LinkFilter.of(null, null, null, null, null, null, 100);
    }

    static List<String> lines(PathResult r) {
        return r.paths().edges().stream().map(e -> e.node().evidence().description()).toList();
    }

    @Test
    void findsTheShortestPathsBetweenTwoDirectorsThroughTheirFirmAndTheirFormerAddress() {
        PathResult r = find("person:jan", "person:piet", Mode.SHORTEST, null, any());
        assertThat(lines(r)).containsExactly(
                "Jan de Vries —LIVES_AT→ Dorpsstraat 1, Zaandam ←LIVES_AT— Piet Bakker",
                "Jan de Vries —DIRECTOR_OF→ Glashelder B.V. ←DIRECTOR_OF— Piet Bakker");
        EntityPath first = r.paths().edges().getFirst().node();
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.length()).isEqualTo(2);
        assertThat(first.entities()).extracting(EntityRef::spoorId).containsExactly("person:jan", "address:a", "person:piet");
        assertThat(first.entities()).extracting(EntityRef::kind).containsExactly("Person", "Address", "Person");
        assertThat(first.evidence().steps()).allSatisfy(s -> assertThat(s.sources()).hasSize(1));
        assertThat(first.evidence().steps().getFirst().sources().getFirst().locator()).isEqualTo("row:10");
        assertThat(first.evidence().steps().getFirst().properties()).extracting(p -> p.name() + "=" + p.value())
                .contains("from=2015-01-01", "until=2019-12-31");
        assertThat(first.sources()).extracting(s -> s.sourceId()).containsExactly(LinkFixture.SOURCE);
        assertThat(first.explanation()).isEqualTo("Jan de Vries —LIVES_AT→ Dorpsstraat 1, Zaandam ←LIVES_AT— Piet Bakker: 2 steps resting on 1 source.");
        assertThat(r.paths().totalCount()).isEqualTo(2);
        assertThat(r.explanation()).isEqualTo("2 paths between Jan de Vries and Piet Bakker of 2 steps: shortest paths of at most 4 steps, "
                + "over every relationship but mentions and candidates, not through entities with more than 100 relationships.");
    }

    @Test
    void leavesOutRelationshipsThatEndedBeforeThePeriod() {
        PathResult r = find("person:jan", "person:piet", Mode.SHORTEST, null, LinkFilter.of(null, null, null, "2021-01-01", null, null, 100));
        assertThat(lines(r)).containsExactly("Jan de Vries —DIRECTOR_OF→ Glashelder B.V. ←DIRECTOR_OF— Piet Bakker");
    }

    @Test
    void findsAllPathsWithoutAnEntityTwiceUpToTheHops() {
        PathResult r = find("person:jan", "person:piet", Mode.ALL, 3, any());
        assertThat(lines(r)).containsExactly(
                "Jan de Vries —LIVES_AT→ Dorpsstraat 1, Zaandam ←LIVES_AT— Piet Bakker",
                "Jan de Vries —DIRECTOR_OF→ Glashelder B.V. ←DIRECTOR_OF— Piet Bakker",
                "Jan de Vries —FAMILY_OF→ Kees de Vries —OWNS→ Glashelder B.V. ←DIRECTOR_OF— Piet Bakker");
        assertThat(find("person:jan", "person:piet", Mode.ALL, 2, any()).paths().totalCount()).isEqualTo(2);
    }

    @Test
    void followsOnlyTheRelationshipTypesAndKindsAskedFor() {
        LinkFilter noAddresses = LinkFilter.of(null, null, List.of("Address"), null, null, null, 100);
        assertThat(lines(find("person:jan", "person:piet", Mode.ALL, 3, noAddresses))).containsExactly(
                "Jan de Vries —DIRECTOR_OF→ Glashelder B.V. ←DIRECTOR_OF— Piet Bakker",
                "Jan de Vries —FAMILY_OF→ Kees de Vries —OWNS→ Glashelder B.V. ←DIRECTOR_OF— Piet Bakker");
        LinkFilter family = LinkFilter.of(List.of("FAMILY_OF", "OWNS", "DIRECTOR_OF"), List.of("Person", "Company"), null, null, null, null, 100);
        assertThat(lines(find("person:jan", "person:piet", Mode.SHORTEST, 3, family)))
                .containsExactly("Jan de Vries —DIRECTOR_OF→ Glashelder B.V. ←DIRECTOR_OF— Piet Bakker");
        LinkFilter throughPersons = LinkFilter.of(null, List.of("Person"), null, null, null, null, 100);
        assertThat(find("person:jan", "person:piet", Mode.ALL, 3, throughPersons).paths().totalCount()).isZero();
    }

    @Test
    void doesNotPassThroughAHubOverTheCap() {
        assertThat(lines(find("person:anna", "person:jan", Mode.SHORTEST, null, any())))
                .containsExactly("Anna Smit —EMPLOYED_BY→ ING Bank ←EMPLOYED_BY— Jan de Vries");
        PathResult capped = find("person:anna", "person:jan", Mode.SHORTEST, null, LinkFilter.of(null, null, null, null, null, 6, 100));
        assertThat(capped.paths().edges()).isEmpty();
        assertThat(capped.explanation()).isEqualTo("No path between Anna Smit and Jan de Vries: shortest paths of at most 4 steps, "
                + "over every relationship but mentions and candidates, not through entities with more than 6 relationships.");
        // The ends always count: a hub is found as the end of a path.
        assertThat(find("person:anna", "org:ing", Mode.SHORTEST, null, LinkFilter.of(null, null, null, null, null, 1, 100)).paths().totalCount()).isEqualTo(1);
    }

    @Test
    void pagesThroughThePathsWithCursors() {
        PathResult first = paths.paths("person:jan", "person:piet", Mode.ALL, 3, any(), true, 2, null);
        assertThat(first.paths().edges()).hasSize(2);
        assertThat(first.paths().pageInfo().hasNextPage()).isTrue();
        PathResult next = paths.paths("person:jan", "person:piet", Mode.ALL, 3, any(), true, 2, first.paths().pageInfo().endCursor());
        assertThat(next.paths().edges()).extracting(e -> e.node().rank()).containsExactly(3);
        assertThat(next.paths().pageInfo().hasNextPage()).isFalse();
    }

    @Test
    void refusesMoreHopsThanTheServerAllowsSayingWhy() {
        assertThatThrownBy(() -> find("person:jan", "person:piet", Mode.ALL, 7, any()))
                .isInstanceOfSatisfying(QueryRefused.class, e -> assertThat(e.limit()).isEqualTo(QueryRefused.Limit.MAX_HOPS))
                .hasMessageStartingWith("maxHops 7 is more than this server allows (6, SPOOR_PATHS_MAX_HOPS)");
    }

    @Test
    void refusesMorePathsThanTheResultCap() {
        PathLimits two = new PathLimits(6, Duration.ofSeconds(60), 2, 100);
        Paths capped = new Paths(new PathSearch(NEO4J.store(), two), new nl.spoor.api.evidence.Evidence(NEO4J.store()), two);
        assertThatThrownBy(() -> capped.paths("person:jan", "person:piet", Mode.ALL, 3, any(), true, null, null))
                .isInstanceOfSatisfying(QueryRefused.class, e -> assertThat(e.limit()).isEqualTo(QueryRefused.Limit.TOO_MANY_PATHS))
                .hasMessageStartingWith("The path search finds more than 2 paths (SPOOR_PATHS_MAX_PATHS)");
    }

    @Test
    void rejectsAnUnknownEntityOrRelationshipType() {
        assertThatThrownBy(() -> find("person:jan", "person:nobody", Mode.SHORTEST, null, any()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("to: Spoor holds no entity with Spoor id \"person:nobody\"");
        assertThatThrownBy(() -> LinkFilter.of(List.of("KNOWS"), null, null, null, null, null, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("relationshipTypes: \"KNOWS\" is no relationship type; known are [");
    }
}
