package nl.spoor.api.network;

import nl.spoor.api.visibility.View;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.graphql.Pages;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.network.NetworkAnalyses.Thresholds;
import nl.spoor.api.network.NetworkViews.Community;
import nl.spoor.api.network.NetworkViews.KeyFigure;
import nl.spoor.api.network.NetworkViews.NetworkAnalysis;
import nl.spoor.api.paths.LinkFilter;
import nl.spoor.api.testing.LinkFixture;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.testing.TestStore;

/**
 * Communities, key figures and key locations of a tiny graph: two clans, each around its own firm, and
 * one man who ties them together; the first clan lives at one address; a bank employs one of them.
 */
class NetworkAnalysisTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final NetworkLimits LIMITS = new NetworkLimits(50, 3, Duration.ofSeconds(60), 100);
    static final Thresholds DEFAULTS = new Thresholds(2, 3, 10);
    static final List<String> CLANS = List.of("person:a1", "person:a2", "person:a3", "kvk:22222222", "person:p",
            "person:b1", "person:b2", "person:b3", "kvk:33333333");
    static Subgraph subgraph;
    static NetworkAnalyses analyses;

    @BeforeAll
    static void fixture() {
        LinkFixture f = new LinkFixture()
                .person("a1", "Ahmet Yilmaz").person("a2", "Mehmet Yilmaz").person("a3", "Emre Yilmaz")
                .entity(EntityKind.COMPANY, "kvk:22222222", "Glans Oost B.V.").entity(EntityKind.ADDRESS, "address:x", "Kerkstraat 5, Zaandam")
                .person("b1", "Jan de Boer").person("b2", "Kees de Boer").person("b3", "Piet de Boer")
                .entity(EntityKind.COMPANY, "kvk:33333333", "Glans West B.V.")
                .person("p", "Paul Brug")
                .entity(EntityKind.ORGANIZATION, "org:ing", "ING Bank");
        for (String a : List.of("a1", "a2", "a3")) {
            f.link("person:" + a, RelationshipKind.DIRECTOR_OF, "kvk:22222222").link("person:" + a, RelationshipKind.LIVES_AT, "address:x");
        }
        f.link("person:a1", RelationshipKind.FAMILY_OF, "person:a2").link("person:a2", RelationshipKind.FAMILY_OF, "person:a3");
        for (String b : List.of("b1", "b2", "b3")) {
            f.link("person:" + b, RelationshipKind.DIRECTOR_OF, "kvk:33333333");
        }
        f.link("person:b1", RelationshipKind.FAMILY_OF, "person:b2").link("person:b2", RelationshipKind.FAMILY_OF, "person:b3");
        // The bridge: three ties into the first clan, two into the second.
        f.link("person:a1", RelationshipKind.FAMILY_OF, "person:p").link("person:a2", RelationshipKind.ASSOCIATE_OF, "person:p")
                .link("person:a3", RelationshipKind.ASSOCIATE_OF, "person:p")
                .link("person:b1", RelationshipKind.ASSOCIATE_OF, "person:p").link("person:b2", RelationshipKind.ASSOCIATE_OF, "person:p");
        // A bank that employs Emre and six others: 7 relationships, more than a clan member has (at most 5).
        f.link("person:a3", RelationshipKind.EMPLOYED_BY, "org:ing");
        for (int i = 1; i <= 6; i++) {
            f.person("w" + i, "Werknemer " + i).link("person:w" + i, RelationshipKind.EMPLOYED_BY, "org:ing");
        }
        f.write(NEO4J.store());
        subgraph = new Subgraph(NEO4J.store(), LIMITS);
        analyses = new NetworkAnalyses(new Evidence(NEO4J.store()));
    }

    static LinkFilter any() {
        return LinkFilter.of(null, null, null, null, null, null, 100);
    }

    static NetworkAnalysis ofClans() {
        return analyses.analyse(subgraph.of(CLANS, any(), View.internal()), "the clans", DEFAULTS, Pages.of(null, null, 100, "figure", "key figures", "test"), View.internal());
    }

    static List<String> ids(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::spoorId).toList();
    }

    @Test
    void findsTheTwoClansAsCommunitiesWithTheirAddress() {
        NetworkAnalysis n = ofClans();
        assertThat(n.entities()).isEqualTo(10); // the nine given and the address they are linked to
        assertThat(n.ties()).isEqualTo(18);
        assertThat(n.communities()).extracting(c -> ids(c.members())).containsExactly(
                List.of("address:x", "kvk:22222222", "person:a1", "person:a2", "person:a3", "person:p"),
                List.of("kvk:33333333", "person:b1", "person:b2", "person:b3"));
        Community first = n.communities().getFirst();
        assertThat(first.keyFigure().caption()).isEqualTo("Paul Brug");
        assertThat(ids(first.locations())).containsExactly("address:x");
        assertThat(first.internalTies()).isEqualTo(11);
        assertThat(first.externalTies()).isEqualTo(2);
        // Kees ties Piet (b3) to the rest of his clan and to Paul: the first key figure of the second community.
        assertThat(n.communities().get(1).explanation()).isEqualTo("Community 2: 4 entities around Kees de Boer, 5 ties within and 2 to other communities.");
        assertThat(n.modularity()).isGreaterThan(0.3);
    }

    @Test
    void ranksTheManBetweenTheClansFirstByBetweenness() {
        NetworkAnalysis n = ofClans();
        List<KeyFigure> figures = n.keyFigures().edges().stream().map(e -> e.node()).toList();
        assertThat(figures).extracting(f -> f.entity().caption()).startsWith("Paul Brug");
        KeyFigure paul = figures.getFirst();
        // Every one of the 5 × 4 pairs across the clans passes through him, and a quarter of the shortest paths from a1 to a3: 20.25 of 36 pairs.
        assertThat(paul.betweenness()).isCloseTo(20.25 / 36, within(1e-9));
        assertThat(paul.score()).isEqualTo(paul.betweenness());
        assertThat(paul.degree()).isEqualTo(5);
        assertThat(paul.community()).isEqualTo(1);
        assertThat(paul.bridges()).containsExactly(1, 2);
        assertThat(paul.indicators()).extracting(Indicator::name, Indicator::fired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("betweenness", true), org.assertj.core.groups.Tuple.tuple("bridgedCommunities", true),
                        org.assertj.core.groups.Tuple.tuple("pageRank", true), org.assertj.core.groups.Tuple.tuple("degree", true));
        assertThat(paul.indicators().get(1).value()).isEqualTo(2);
        assertThat(paul.indicators().get(1).threshold()).isEqualTo(2);
        assertThat(paul.evidence()).extracting(p -> p.description()).containsExactly("Paul Brug ties community 1 to community 2");
        assertThat(paul.evidence().getFirst().steps()).extracting(s -> s.from().caption() + " " + s.type() + " " + s.to().caption())
                .containsExactly("Jan de Boer ASSOCIATE_OF Paul Brug", "Kees de Boer ASSOCIATE_OF Paul Brug");
        assertThat(paul.sources()).extracting(s -> s.sourceId()).containsExactly(LinkFixture.SOURCE);
        assertThat(paul.explanation()).isEqualTo("Paul Brug (Person) is key figure 1 of 9: it lies on 56 % of the shortest paths between two "
                + "other entities of the network (betweenness rank 1), has PageRank rank " + paul.pageRankRank() + " and 5 direct ties, in community 1, "
                + "and it ties that community to community 2: without it that part of the network hangs together by fewer ties.");
        // A clan member tied only within his own clan bridges nothing.
        KeyFigure piet = figures.stream().filter(f -> f.entity().spoorId().equals("person:b3")).findFirst().orElseThrow();
        assertThat(piet.bridges()).containsExactly(2);
        assertThat(piet.indicators().get(1).fired()).isFalse();
    }

    @Test
    void findsTheAddressWhereTheFirstClanLivesAsKeyLocation() {
        var at = ofClans().keyLocations();
        assertThat(at).extracting(l -> l.location().spoorId()).containsExactly("address:x");
        assertThat(ids(at.getFirst().linked())).containsExactly("person:a1", "person:a2", "person:a3");
        assertThat(at.getFirst().indicators().getFirst().fired()).isTrue();
        assertThat(at.getFirst().evidence().getFirst().steps()).hasSize(3).allSatisfy(s -> assertThat(s.type()).isEqualTo("LIVES_AT"));
        assertThat(at.getFirst().explanation()).isEqualTo("Kerkstraat 5, Zaandam (Address) is tied to 3 entities of the network "
                + "(Ahmet Yilmaz, Mehmet Yilmaz, Emre Yilmaz) of community 1: a place where the network meets.");
    }

    @Test
    void expandsAroundAnEntityButNotFromAHub() {
        var wide = subgraph.around("person:p", 3, any(), View.internal());
        assertThat(wide.entities()).contains("org:ing", "person:w1").hasSize(17);
        var capped = subgraph.around("person:p", 3, LinkFilter.of(null, null, null, null, null, 5, 100), View.internal());
        assertThat(capped.entities()).contains("org:ing").doesNotContain("person:w1").hasSize(11);
        var family = subgraph.around("person:p", 1, LinkFilter.of(List.of("FAMILY_OF"), null, null, null, null, null, 100), View.internal());
        assertThat(family.entities()).containsExactly("person:a1", "person:p");
        assertThat(family.links()).extracting(l -> l.type()).containsExactly("FAMILY_OF");
    }

    @Test
    void refusesANetworkOverTheNodeCapSayingWhy() {
        Subgraph small = new Subgraph(NEO4J.store(), new NetworkLimits(5, 3, Duration.ofSeconds(60), 100));
        assertThatThrownBy(() -> small.around("person:p", 2, any(), View.internal()))
                .isInstanceOfSatisfying(QueryRefused.class, e -> assertThat(e.limit()).isEqualTo(QueryRefused.Limit.TOO_MANY_NODES))
                .hasMessageStartingWith("The network of the neighbourhood of person:p within 1 hop has more than 5 entities (SPOOR_NETWORK_MAX_NODES)");
    }
}
