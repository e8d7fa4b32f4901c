package nl.spoor.api.moneytrail;

import static nl.spoor.api.moneytrail.TrailFixture.code;
import static nl.spoor.api.moneytrail.TrailFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.moneytrail.TrailQuery.Direction;
import nl.spoor.api.moneytrail.TrailViews.MoneyTrailResult;
import nl.spoor.api.moneytrail.TrailViews.Trail;
import nl.spoor.model.testing.TestStore;
import org.neo4j.driver.summary.ProfiledPlan;

/** Money trails over a tiny fixture graph (TrailFixture), one scene per behaviour, one Neo4j for the class. */
class MoneyTrailsTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final TrailLimits LIMITS = new TrailLimits(6, Duration.ofSeconds(60), 50, 200);
    static MoneyTrails trails;
    static TrailSearch search;

    @BeforeAll
    static void fixture() {
        new TrailFixture()
                // A mule chain: a victim pays M1, who forwards 96 % a day later, hop after hop, to an organiser.
                .holder("m1", "Mule Een", "M1").holder("m2", "Mule Twee", "M2").holder("m3", "Mule Drie", "M3")
                .holder("org", "Organisator", "ORG").holder("victim", "Slachtoffer", "V")
                .transfer("V", "M1", "v-m1", "5000.00", "2024-10-01")
                .transfer("M1", "M2", "m1-m2", "4800.00", "2024-10-02")
                .transfer("M2", "M3", "m2-m3", "4600.00", "2024-10-04")
                .transfer("M3", "ORG", "m3-org", "4400.00", "2024-10-05")
                .transfer("M1", "SHOP", "m1-shop", "35.50", "2024-10-03")     // groceries: too small to carry the money on
                // A hop earlier than the previous one is not followed.
                .transfer("E1", "E2", "e1-e2", "1000.00", "2024-10-10")
                .transfer("E2", "E3", "e2-e3", "1000.00", "2024-10-08")
                // A hop 11 days after the previous one is outside a 7-day window.
                .transfer("W1", "W2", "w1-w2", "1000.00", "2024-10-01")
                .transfer("W2", "W3", "w2-w3", "1000.00", "2024-10-12")
                // A hop carrying 40 % of the previous one is under the default 50 %.
                .transfer("F1", "F2", "f1-f2", "1000.00", "2024-10-01")
                .transfer("F2", "F3", "f2-f3", "400.00", "2024-10-02")
                // A hub: five other accounts pay it too, so it has 7 transfers.
                .transfer("H1", "HUB", "h1-hub", "2000.00", "2024-10-01")
                .transfer("HUB", "H3", "hub-h3", "1900.00", "2024-10-02")
                .transfer("X1", "HUB", "x1", "10.00", "2024-10-01").transfer("X2", "HUB", "x2", "10.00", "2024-10-01")
                .transfer("X3", "HUB", "x3", "10.00", "2024-10-01").transfer("X4", "HUB", "x4", "10.00", "2024-10-01")
                .transfer("X5", "HUB", "x5", "10.00", "2024-10-01")
                // One person, two accounts, each with its own trail.
                .holder("p", "Petra de Wit", "P1", "P2")
                .transfer("P1", "Q1", "p1-q1", "3000.00", "2024-11-01")
                .transfer("Q1", "Q3", "q1-q3", "2900.00", "2024-11-02")
                .transfer("P2", "Q2", "p2-q2", "2000.00", "2024-11-03")
                // A cycle, twice around: C1 -> C2 -> C3 -> C1 -> C2 -> C3 -> C1, a day per hop.
                .transfer("C1", "C2", "c1", "1000.00", "2024-11-10")
                .transfer("C2", "C3", "c2", "1000.00", "2024-11-11")
                .transfer("C3", "C1", "c3", "1000.00", "2024-11-12")
                .transfer("C1", "C2", "c4", "1000.00", "2024-11-20")
                .transfer("C2", "C3", "c5", "1000.00", "2024-11-21")
                .transfer("C3", "C1", "c6", "1000.00", "2024-11-22")
                .write(NEO4J.store());
        search = new TrailSearch(NEO4J.store(), LIMITS);
        trails = new MoneyTrails(new StartAccounts(), search, new TrailDetails(), LIMITS);
    }

    static TrailQuery forward() {
        return TrailQuery.of(Direction.FORWARD, null, null, null, null, null, null, LIMITS);
    }

    static MoneyTrailResult from(String code, TrailQuery q) {
        return trails.moneyTrail(id(code), q, null, null);
    }

    /** "M1>M2>M3>ORG NO_ONWARD_HOP": the accounts in time order and why the trail ends. */
    static List<String> compact(MoneyTrailResult r) {
        return r.trails().edges().stream().map(e -> compact(e.node())).toList();
    }

    static String compact(Trail t) {
        return code(t.hops().getFirst().from().spoorId()) + ">"
                + t.hops().stream().map(h -> code(h.to().spoorId())).collect(Collectors.joining(">")) + " " + t.endsBecause();
    }

    @Test
    void followsAMuleChainForwardHopByHop() {
        MoneyTrailResult r = from("M1", forward());
        assertThat(compact(r)).containsExactly("M1>M2>M3>ORG NO_ONWARD_HOP", "M1>SHOP NO_ONWARD_HOP");
        Trail chain = r.trails().edges().getFirst().node();
        assertThat(chain.hops()).extracting(h -> h.key() + " " + h.date() + " " + h.amount() + " " + h.daysAfterPrevious())
                .containsExactly("m1-m2 2024-10-02 4800.0 null", "m2-m3 2024-10-04 4600.0 2", "m3-org 2024-10-05 4400.0 1");
        assertThat(chain.carriedFraction()).isEqualTo(4400.0 / 4800.0);
        assertThat(chain.days()).isEqualTo(3);
        assertThat(chain.hops().getFirst().from().holders()).extracting(h -> h.caption()).containsExactly("Mule Een");
        assertThat(chain.explanation()).isEqualTo("3 hops in 3 days: €4,800.00 from NL00TEST00000000M1 (Mule Een) to NL00TEST00000000M2 (Mule Twee)"
                + " on 2024-10-02, then 95 % (€4,600.00) 2 days later to NL00TEST00000000M3 (Mule Drie), then 95 % (€4,400.00) 1 day later"
                + " to NL00TEST0000000ORG (Organisator); 91 % of the first hop arrives."
                + " No transfer from NL00TEST0000000ORG (Organisator) carries at least 50 % of it on within 7 days.");
        assertThat(chain.hops().getFirst().sources()).extracting(a -> a.source().sourceId() + " " + a.locator())
                .containsExactly(TrailFixture.BANK + " row:17");
        assertThat(r.explanation()).isEqualTo("2 trails from 1 account: forward, at most 4 hops, each hop 0-7 days after the previous one"
                + " and carrying at least 50 % of it, not through accounts with more than 250 transfers.");
    }

    static TrailQuery q(Direction d, Integer maxHops, Integer windowDays, Double minFraction, Integer hubCap) {
        return TrailQuery.of(d, maxHops, windowDays, minFraction, hubCap, null, null, LIMITS);
    }

    @Test
    void doesNotFollowAHopEarlierThanThePreviousOne() {
        assertThat(compact(from("E1", forward()))).containsExactly("E1>E2 NO_ONWARD_HOP");
    }

    @Test
    void doesNotFollowAHopOutsideTheWindow() {
        assertThat(compact(from("W1", forward()))).containsExactly("W1>W2 NO_ONWARD_HOP");
        assertThat(compact(from("W1", q(Direction.FORWARD, null, 14, null, null)))).containsExactly("W1>W2>W3 NO_ONWARD_HOP");
    }

    @Test
    void doesNotFollowAHopCarryingLessThanTheFraction() {
        assertThat(compact(from("F1", forward()))).containsExactly("F1>F2 NO_ONWARD_HOP");
        assertThat(compact(from("F1", q(Direction.FORWARD, null, null, 0.4, null)))).containsExactly("F1>F2>F3 NO_ONWARD_HOP");
    }

    @Test
    void reportsAHubOverTheCapAndDoesNotExpandIt() {
        MoneyTrailResult capped = from("H1", q(Direction.FORWARD, null, null, null, 5));
        assertThat(compact(capped)).containsExactly("H1>HUB HUB");
        assertThat(capped.cappedHubs()).extracting(h -> code(h.account().spoorId()) + " " + h.transfers()).containsExactly("HUB 7");
        assertThat(capped.trails().edges().getFirst().node().explanation()).endsWith("It stops at a hub: NL00TEST0000000HUB has 7 transfers"
                + ", more than the cap of 5, and is not followed further.");
        assertThat(capped.explanation()).endsWith("1 hub was reached and not passed through (see cappedHubs).");
        MoneyTrailResult open = from("H1", q(Direction.FORWARD, null, null, null, 10));
        assertThat(compact(open)).containsExactly("H1>HUB>H3 NO_ONWARD_HOP");
        assertThat(open.cappedHubs()).isEmpty();
    }

    @Test
    void followsTheMoneyBackwardToWhereItCameFrom() {
        MoneyTrailResult r = from("ORG", q(Direction.BACKWARD, null, null, null, null));
        assertThat(compact(r)).containsExactly("V>M1>M2>M3>ORG MAX_HOPS");
        Trail t = r.trails().edges().getFirst().node();
        assertThat(code(t.start().spoorId()) + " " + code(t.end().spoorId())).isEqualTo("ORG V");
        assertThat(t.explanation()).isEqualTo("4 hops in 4 days: €5,000.00 from NL00TEST000000000V (Slachtoffer) to NL00TEST00000000M1 (Mule Een)"
                + " on 2024-10-01, then 96 % (€4,800.00) 1 day later to NL00TEST00000000M2 (Mule Twee), then 95 % (€4,600.00) 2 days later"
                + " to NL00TEST00000000M3 (Mule Drie), then 95 % (€4,400.00) 1 day later to NL00TEST0000000ORG (Organisator);"
                + " 88 % of the first hop arrives. It stops at the maximum of 4 hops.");
        assertThat(compact(from("ORG", q(Direction.BACKWARD, 5, null, null, null)))).containsExactly("V>M1>M2>M3>ORG NO_ONWARD_HOP");
    }

    @Test
    void followsAnEntityThroughEachOfItsAccounts() {
        MoneyTrailResult r = trails.moneyTrail("person:p", forward(), null, null);
        assertThat(r.startAccounts()).extracting(a -> code(a.spoorId())).containsExactly("P1", "P2");
        assertThat(compact(r)).containsExactly("P1>Q1>Q3 NO_ONWARD_HOP", "P2>Q2 NO_ONWARD_HOP");
        assertThat(r.explanation()).startsWith("2 trails from 2 accounts of person:p: forward");
    }

    @Test
    void walksACycleOnceAndStopsWhereItCameBack() {
        MoneyTrailResult r = from("C1", q(Direction.FORWARD, 6, 30, null, null));
        assertThat(r.trails().edges()).extracting(e -> e.node().hops().stream().map(h -> h.key()).collect(Collectors.joining(","))
                + " " + e.node().endsBecause()).containsExactly("c1,c2,c3 CYCLE", "c1,c2,c6 CYCLE", "c1,c5,c6 CYCLE", "c4,c5,c6 CYCLE");
        assertThat(r.trails().edges().getFirst().node().explanation())
                .endsWith("It comes back to NL00TEST00000000C1, which it passed before (a cycle).");
    }

    @Test
    void findsTheFlowsBetweenTwoEntities() {
        MoneyTrailResult r = trails.flowsBetween("person:victim", "person:org", forward(), null, null);
        assertThat(compact(r)).containsExactly("V>M1>M2>M3>ORG TARGET");
        assertThat(r.targetAccounts()).extracting(a -> code(a.spoorId())).containsExactly("ORG");
        assertThat(compact(trails.flowsBetween("person:org", "person:victim", forward(), null, null))).isEmpty();
    }

    @Test
    void pagesThroughTrailsWithCursors() {
        TrailQuery q = q(Direction.FORWARD, 6, 30, null, null);
        MoneyTrailResult first = trails.moneyTrail(id("C1"), q, 3, null);
        assertThat(first.trails().totalCount()).isEqualTo(4);
        assertThat(first.trails().edges()).hasSize(3);
        assertThat(first.trails().pageInfo().hasNextPage()).isTrue();
        MoneyTrailResult second = trails.moneyTrail(id("C1"), q, 3, first.trails().pageInfo().endCursor());
        assertThat(second.trails().edges()).extracting(e -> e.node().hops().getFirst().key()).containsExactly("c4");
        assertThat(second.trails().pageInfo().hasNextPage()).isFalse();
        assertThatThrownBy(() -> trails.moneyTrail(id("C1"), q, 3, "bm9wZQ")).hasMessage("after is not a cursor this API gave: bm9wZQ");
    }

    @Test
    void followsAHubStartsLargestHopsFirstAndStopsOnceThePageIsCertain() {
        // HUB has 7 transfers, more than the cap of 5: backward, its six incoming hops are followed largest first.
        TrailQuery q = q(Direction.BACKWARD, null, null, null, 5);
        MoneyTrailResult one = trails.moneyTrail(id("HUB"), q, 1, null);
        assertThat(compact(one)).containsExactly("H1>HUB NO_ONWARD_HOP");
        assertThat(one.truncated()).isTrue();
        assertThat(one.walkedDownTo()).isEqualTo(2000.0);
        assertThat(one.trails().totalCount()).isEqualTo(1);
        assertThat(one.trails().pageInfo().hasNextPage()).isTrue();
        assertThat(one.explanation()).isEqualTo("1 trail (those whose last hop carries at least €2,000.00) from 1 account: backward, at most 4 hops,"
                + " each hop 0-7 days after the previous one and carrying at least 50 % of it, not through accounts with more than 5 transfers."
                + " A start account has more than 5 transfers, so its hops were followed largest first until this page was certain;"
                + " smaller ones were not followed and are not counted (a later page follows more of them).");
        // The next page needs the €10.00 hops: all five are followed, and then every trail is counted.
        MoneyTrailResult two = trails.moneyTrail(id("HUB"), q, 1, one.trails().pageInfo().endCursor());
        assertThat(compact(two)).hasSize(1).first().asString().endsWith(">HUB NO_ONWARD_HOP");
        assertThat(two.truncated()).isFalse();
        assertThat(two.walkedDownTo()).isNull();
        assertThat(two.trails().totalCount()).isEqualTo(6);
        // No page asked for (first: 0): only the count, so every trail is walked and counted.
        MoneyTrailResult count = trails.moneyTrail(id("HUB"), q, 0, null);
        assertThat(count.truncated()).isFalse();
        assertThat(count.trails().totalCount()).isEqualTo(6);
        // Under a cap above its transfers HUB is no hub: every trail is counted at once.
        MoneyTrailResult all = trails.moneyTrail(id("HUB"), q(Direction.BACKWARD, null, null, null, 7), 1, null);
        assertThat(all.truncated()).isFalse();
        assertThat(all.trails().totalCount()).isEqualTo(6);
        assertThat(compact(all)).isEqualTo(compact(one));
    }

    /** The embedded store has Spoor's traversal procedure; MoneyTrailsCypherTest runs every test here with the Cypher form. */
    @Test
    void findsTrailsWithTheEngineTheStoreOffers() {
        assertThat(search.engine()).isEqualTo(TrailSearch.Engine.TRAVERSAL);
    }

    @Test
    void refusesMoreHopsThanTheLimitSayingWhy() {
        assertThatThrownBy(() -> q(Direction.FORWARD, 7, null, null, null)).isInstanceOf(QueryRefused.class)
                .hasMessage("maxHops 7 is more than this server allows (6): every hop multiplies the paths to follow."
                        + " Ask for at most 6 hops, and follow a trail further from where it ends.")
                .extracting(e -> ((QueryRefused) e).limit()).isEqualTo(QueryRefused.Limit.MAX_HOPS);
    }

    @Test
    void refusesASearchFindingMoreTrailsThanTheCap() {
        TrailLimits one = new TrailLimits(6, Duration.ofSeconds(60), 3, 200);
        MoneyTrails capped = new MoneyTrails(new StartAccounts(), new TrailSearch(NEO4J.store(), one, search.engine()), new TrailDetails(), one);
        assertThatThrownBy(() -> capped.moneyTrail(id("C1"), q(Direction.FORWARD, 6, 30, null, null), null, null))
                .isInstanceOf(QueryRefused.class).hasMessageStartingWith("The money trail search finds more than 3 trails (SPOOR_TRAIL_MAX_PATHS)");
    }

    @Test
    void refusesAnUnknownStartSayingWhatItIs() {
        assertThatThrownBy(() -> trails.moneyTrail("iban:NL00NOPE0000000000", forward(), null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("from: Spoor holds no entity with spoorId \"iban:NL00NOPE0000000000\"");
    }

    /**
     * The time and fraction constraints are applied while the path is expanded, not after: in the PROFILE,
     * Neo4j's Repeat(Trail) operator carries the inlined allReduce() initializer, the filter on the accumulated
     * state ({@code s.ok}) is part of its per-hop step, and nothing after the expansion filters on allReduce().
     * From E1, W1 and F1 six paths exist (E1>E2, E1>E2>E3, W1>W2, W1>W2>W3, F1>F2, F1>F2>F3); the Repeat puts
     * out only the 3 one-hop paths, because the second hops (earlier, too late, too small) are never expanded.
     */
    @Test
    void prunesDuringExpansion() {
        ProfiledPlan plan = search.profile(TrailFixture.codes("E1", "W1", "F1"), forward());
        ProfiledPlan repeat = find(plan, p -> p.operatorType().startsWith("Repeat")).orElseThrow();
        assertThat(repeat.arguments().get("Details").asString()).contains("inlined allReduce() initializers");
        assertThat(find(repeat, p -> p.operatorType().startsWith("Filter") && p.arguments().get("Details").asString().contains("s.ok")))
                .as("the accumulated state is checked inside the expansion: %s", tree(repeat, "")).isPresent();
        assertThat(repeat.records()).as("paths put out by the expansion").isEqualTo(3);
        assertThat(find(plan, p -> p != repeat && !descends(repeat, p) && p.arguments().containsKey("Details")
                && p.arguments().get("Details").asString().contains("allReduce("))).as("no allReduce() filter after the expansion").isEmpty();
        assertThat(compact(trails.moneyTrail(id("E1"), forward(), null, null))).containsExactly("E1>E2 NO_ONWARD_HOP");
    }

    static java.util.Optional<ProfiledPlan> find(ProfiledPlan p, java.util.function.Predicate<ProfiledPlan> test) {
        if (test.test(p)) {
            return java.util.Optional.of(p);
        }
        for (ProfiledPlan c : p.children()) {
            var found = find(c, test);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    static String tree(ProfiledPlan p, String indent) {
        StringBuilder b = new StringBuilder(indent + p.operatorType() + " " + (p.arguments().containsKey("Details") ? p.arguments().get("Details").asString() : "") + "\n");
        p.children().forEach(c -> b.append(tree(c, indent + "  ")));
        return b.toString();
    }

    static boolean descends(ProfiledPlan ancestor, ProfiledPlan p) {
        return ancestor.children().stream().anyMatch(c -> c == p || descends(c, p));
    }
}
