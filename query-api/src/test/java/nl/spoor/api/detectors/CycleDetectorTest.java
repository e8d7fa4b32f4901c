package nl.spoor.api.detectors;

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

import nl.spoor.api.detectors.CycleDetector.Thresholds;
import nl.spoor.api.detectors.FlowDetections.FlowDetection;
import nl.spoor.api.detectors.FlowDetections.FlowDetectionConnection;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.moneytrail.TrailFixture;
import nl.spoor.api.moneytrail.TrailLimits;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.model.testing.TestStore;
import org.neo4j.driver.summary.ProfiledPlan;

/** Round-trip cycles over a tiny graph (TrailFixture), one scene per behaviour, one Neo4j for the class. */
class CycleDetectorTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static CycleDetector detector;

    @BeforeAll
    static void fixture() {
        new TrailFixture()
                // Back to the origin: A -> B -> C -> A in four days, 90 % returns.
                .holder("anna", "Anna Rond", "A")
                .transfer("A", "B", "a-b", "10000.00", "2024-11-01").transfer("B", "C", "b-c", "9500.00", "2024-11-03")
                .transfer("C", "A", "c-a", "9000.00", "2024-11-05")
                // Back to the owner: Olga's O1 pays X, X pays Y, Y pays Olga's other account O2.
                .holder("olga", "Olga Eigenaar", "O1", "O2")
                .transfer("O1", "X", "o1-x", "20000.00", "2024-11-10").transfer("X", "Y", "x-y", "19000.00", "2024-11-12")
                .transfer("Y", "O2", "y-o2", "18500.00", "2024-11-15")
                // Back to a company the origin's holder owns: Bart's private BP pays Q, Q pays Bart's B.V. (100 %); and the
                // same through R into Karel's company, of which Karel owns only 10 % (not his own: no cycle).
                .holder("bart", "Bart Bezit", "BP").ownedCompany("80000001", "Bezit Bouw B.V.", "bart", 100, "BB")
                .transfer("BP", "Q", "bp-q", "50000.00", "2024-11-04").transfer("Q", "BB", "q-bb", "48000.00", "2024-11-06")
                .holder("karel", "Karel Klein", "KP").ownedCompany("80000002", "Groot Belang B.V.", "karel", 10, "KB")
                .transfer("KP", "R", "kp-r", "50000.00", "2024-11-04").transfer("R", "KB", "r-kb", "48000.00", "2024-11-06")
                // Not in time order: T2 pays T3 before T1 paid T2.
                .transfer("T1", "T2", "t1-t2", "5000.00", "2024-11-10").transfer("T2", "T3", "t2-t3", "5000.00", "2024-11-08")
                .transfer("T3", "T1", "t3-t1", "5000.00", "2024-11-12")
                // Window edges: back 30 days later (inside the default 30), and 31 days later (outside).
                .transfer("W1", "W2", "w1-w2", "1000.00", "2024-12-01").transfer("W2", "W1", "w2-w1", "1000.00", "2024-12-31")
                .transfer("V1", "V2", "v1-v2", "1000.00", "2024-12-01").transfer("V2", "V1", "v2-v1", "1000.00", "2025-01-01")
                // Too little comes back (70 %), and more than left (another payment, not the same money).
                .transfer("F1", "F2", "f1-f2", "1000.00", "2024-12-01").transfer("F2", "F1", "f2-f1", "700.00", "2024-12-02")
                .transfer("G1", "G2", "g1-g2", "1000.00", "2024-12-01").transfer("G2", "G1", "g2-g1", "1200.00", "2024-12-02")
                // One payment booked twice (same accounts, day and amount) and paid back 44 days later (outside the default window).
                .transfer("P1", "P2", "p1-p2a", "3000.00", "2024-06-01").transfer("P1", "P2", "p1-p2b", "3000.00", "2024-06-01")
                .transfer("P2", "P1", "p2-p1", "3000.00", "2024-07-15")
                .write(NEO4J.store());
        TrailLimits limits = new TrailLimits(6, Duration.ofSeconds(60), 1000, 200);
        detector = new CycleDetector(new FlowDetections(NEO4J.store(), limits, new SpreadReads(2)), new Evidence(NEO4J.store()));
    }

    static FlowDetectionConnection cycles(Thresholds th, String around) {
        return detector.detect(th, around, null, null, null, null, null);
    }

    static Thresholds defaults() {
        return Thresholds.of(null, null, null, null, null, null);
    }

    /** The defaults without the first hop's floor: most scenes here move a few thousand euros. */
    static Thresholds anyAmount() {
        return Thresholds.of(null, null, null, null, null, null, 0.0);
    }

    /** "O1>X>Y>O2": the accounts of each cycle in path order. */
    static List<String> compact(FlowDetectionConnection c) {
        return c.edges().stream().map(e -> e.node().evidence().getFirst().steps().stream().map(s -> code(s.from().spoorId()))
                .collect(Collectors.joining(">")) + ">" + code(e.node().evidence().getFirst().steps().getLast().to().spoorId())).toList();
    }

    static List<String> indicators(FlowDetection d) {
        return d.indicators().stream().map(i -> i.name() + "=" + i.value() + "/" + i.threshold() + (i.fired() ? " fired " : " ") + i.weight()).toList();
    }

    @Test
    void findsCyclesBackToTheOriginOrItsOwnerInTimeOrderWithinTheWindow() {
        FlowDetectionConnection r = cycles(anyAmount(), null);
        assertThat(compact(r)).containsExactly("O1>X>Y>O2", "BP>Q>BB", "A>B>C>A", "W1>W2>W1");
        FlowDetection owner = r.edges().getFirst().node();
        assertThat(indicators(owner)).containsExactly("hops=3.0/2.0 fired 0.5", "fractionReturned=0.925/0.8 fired 0.925",
                "cycleDays=5.0/30.0 fired 0.839", "backToOwner=1.0/null fired 0.5", "amount=20000.0/null fired 0.717");
        assertThat(owner.score()).isEqualTo(3.481);
        assertThat(owner.subjects()).extracting(s -> s.caption()).containsExactly(TrailFixture.iban("O1"), "Olga Eigenaar");
        assertThat(owner.accounts()).extracting(a -> code(a.spoorId())).containsExactly("O1", "X", "Y", "O2");
        assertThat(owner.evidence().getFirst().steps()).extracting(s -> s.key()).containsExactly("o1-x", "x-y", "y-o2");
        assertThat(owner.sources()).extracting(s -> s.sourceId()).containsExactly(TrailFixture.BANK);
        assertThat(owner.explanation()).isEqualTo("€20,000.00 left NL00TEST00000000O1 (Olga Eigenaar) on 2024-11-10 and €18,500.00 came"
                + " back on 2024-11-15 to another account of the same holder, NL00TEST00000000O2, through 2 other accounts"
                + " (NL00TEST000000000X, NL00TEST000000000Y): 92 % of it returned, 5 days from the first hop to the last. Each hop was"
                + " made on the day of the previous one or later, within 30 days, and each carried 80 % to 100 % of the previous one.");
        FlowDetection company = r.edges().get(1).node();
        assertThat(indicators(company)).contains("backToOwner=1.0/null fired 0.5");
        assertThat(company.explanation()).startsWith("€50,000.00 left NL00TEST00000000BP (Bart Bezit) on 2024-11-04 and €48,000.00 came"
                + " back on 2024-11-06 to an account of a company the holder owns (at least 25 %), NL00TEST00000000BB, through 1 other account"
                + " (NL00TEST000000000Q): 96 % of it returned");
        FlowDetection origin = r.edges().get(2).node();
        assertThat(indicators(origin)).containsExactly("hops=3.0/2.0 fired 0.5", "fractionReturned=0.9/0.8 fired 0.9",
                "cycleDays=4.0/30.0 fired 0.871", "backToOwner=0.0/null 0.0", "amount=10000.0/null fired 0.667");
        FlowDetection edge = r.edges().get(3).node();
        assertThat(indicators(edge)).contains("cycleDays=30.0/30.0 fired 0.032");
    }

    @Test
    void prunesHopsEarlierThanThePreviousOneUnlessAskedForAnyOrder() {
        assertThat(compact(cycles(defaults(), id("T1")))).isEmpty();
        FlowDetectionConnection any = cycles(Thresholds.of(null, null, null, null, false, null), id("T1"));
        assertThat(compact(any)).containsExactly("T1>T2>T3>T1");
        assertThat(any.edges().getFirst().node().explanation()).contains("The hops were made on any days within the window");
    }

    @Test
    void keepsToCyclesWhoseFirstHopReachesMinAmountAndStartsFromTheAmountIndex() {
        // Default €5,000: the €1,000 cycle W1>W2>W1 is left out, the €10,000-50,000 ones stay.
        assertThat(compact(cycles(defaults(), null))).containsExactly("O1>X>Y>O2", "BP>Q>BB", "A>B>C>A");
        assertThat(compact(cycles(Thresholds.of(null, null, null, null, null, null, 20_000.0), null))).containsExactly("O1>X>Y>O2", "BP>Q>BB");
        assertThat(defaults().describe()).contains("the first hop at least €5,000.00");
        assertThatThrownBy(() -> Thresholds.of(null, null, null, null, null, null, -1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minAmount must be 0 or more (euros of the first hop), got -1.0");
        // Over the whole graph the starts come from the TRANSFER amount index, not from every account.
        FlowDetections.Scope everywhere = new FlowDetections(NEO4J.store(), new TrailLimits(6, Duration.ofSeconds(60), 1000, 200), new SpreadReads(2))
                .scope(null, null, null, null);
        ProfiledPlan plan = detector.profile(defaults(), everywhere);
        // (A seek on a real store; on this tiny one, with statistics of an empty store, the planner may scan the index instead.)
        assertThat(find(plan, p -> p.operatorType().startsWith("DirectedRelationshipIndex") && p.arguments().containsKey("Details")
                && p.arguments().get("Details").asString().contains("(start)-[large:TRANSFER(amount)]")))
                .as("the starts read from the amount index").isPresent();
        assertThat(find(plan, p -> p.operatorType().startsWith("NodeByLabelScan"))).as("no scan of every account").isEmpty();
        // Without a minAmount every account that paid anything is a start: read from the index of its outgoing transfer
        // count (schema V11), not by a degree lookup on every account.
        ProfiledPlan anyAmountPlan = detector.profile(anyAmount(), everywhere);
        // (A range seek on a real store; on this tiny one, with an empty store's statistics, the planner may scan the index.)
        assertThat(find(anyAmountPlan, p -> p.operatorType().startsWith("NodeIndex") && p.arguments().containsKey("Details")
                && p.arguments().get("Details").asString().contains("transfersOut"))).as("the starts read from the transfersOut index").isPresent();
        assertThat(find(anyAmountPlan, p -> p.operatorType().startsWith("NodeByLabelScan"))).isEmpty();
    }

    @Test
    void prunesDuringExpansion() {
        FlowDetections.Scope scope = new FlowDetections(NEO4J.store(), new TrailLimits(6, Duration.ofSeconds(60), 1000, 200), new SpreadReads(2))
                .scope(id("T1"), null, null, null);
        ProfiledPlan plan = detector.profile(defaults(), scope);
        ProfiledPlan repeat = find(plan, p -> p.operatorType().startsWith("Repeat")).orElseThrow();
        assertThat(repeat.arguments().get("Details").asString()).contains("inlined allReduce() initializers");
        assertThat(find(plan, p -> p != repeat && !descends(repeat, p)
                && p.arguments().containsKey("Details") && p.arguments().get("Details").asString().contains("allReduce(")))
                .as("no allReduce() filter after the expansion").isEmpty();
        // Around T1 (T1, T2, T3 start): T1>T2 then T2>T3 two days earlier, and T3>T1 then T1>T2 two days earlier, are
        // never expanded; the one path in time order, T2>T3>T1, leaves the expansion and does not come back to T2.
        assertThat(repeat.records()).as("paths put out by the expansion").isEqualTo(1);
    }

    static java.util.Optional<ProfiledPlan> find(ProfiledPlan p, java.util.function.Predicate<ProfiledPlan> test) {
        return test.test(p) ? java.util.Optional.of(p)
                : p.children().stream().map(c -> find(c, test)).flatMap(java.util.Optional::stream).findFirst();
    }

    static boolean descends(ProfiledPlan ancestor, ProfiledPlan p) {
        return ancestor.children().stream().anyMatch(c -> c == p || descends(c, p));
    }

    @Test
    void countsAPaymentBookedTwiceAsOneHopAndShowsBothBookings() {
        FlowDetectionConnection r = cycles(Thresholds.of(null, null, 60, null, null, null, 0.0), id("P1"));
        assertThat(r.totalCount()).isEqualTo(1);
        FlowDetection cycle = r.edges().getFirst().node();
        assertThat(cycle.accounts()).extracting(a -> code(a.spoorId())).containsExactly("P1", "P2");
        assertThat(indicators(cycle)).first().isEqualTo("hops=2.0/2.0 fired 0.25");
        assertThat(cycle.evidence().getFirst().steps()).extracting(s -> s.key()).containsExactly("p1-p2a", "p1-p2b", "p2-p1");
        assertThat(cycle.explanation()).contains("44 days from the first hop to the last. 1 hop was booked more than once (same accounts,"
                + " day and amount) and counted once; the evidence shows all 3 transfers. Each hop");
    }

    @Test
    void leavesOutCyclesBeyondTheWindowOrCarryingTooLittleOrTooMuch() {
        assertThat(compact(cycles(anyAmount(), id("V1")))).isEmpty();
        assertThat(compact(cycles(Thresholds.of(null, null, 31, null, null, null, 0.0), id("V1")))).containsExactly("V1>V2>V1");
        assertThat(compact(cycles(anyAmount(), id("F1")))).isEmpty();
        assertThat(compact(cycles(Thresholds.of(null, null, null, 0.7, null, null, 0.0), id("F1")))).containsExactly("F1>F2>F1");
        assertThat(compact(cycles(Thresholds.of(null, null, null, 0.5, null, null, 0.0), id("G1")))).isEmpty();
    }

    @Test
    void looksAroundAnEntityAndBoundsTheHops() {
        assertThat(compact(cycles(defaults(), "person:olga"))).containsExactly("O1>X>Y>O2");
        assertThat(compact(cycles(defaults(), "person:bart"))).containsExactly("BP>Q>BB");
        assertThat(compact(cycles(defaults(), "person:karel"))).isEmpty();
        assertThat(compact(cycles(Thresholds.of(3, null, null, null, null, null), null))).containsExactly("O1>X>Y>O2", "A>B>C>A");
        assertThat(compact(cycles(Thresholds.of(null, 2, null, null, null, null), null))).containsExactly("BP>Q>BB");
        assertThat(compact(cycles(Thresholds.of(null, 2, null, null, null, null, 0.0), null))).containsExactly("BP>Q>BB", "W1>W2>W1");
        assertThatThrownBy(() -> Thresholds.of(null, 7, null, null, null, null)).isInstanceOf(QueryRefused.class)
                .hasMessageStartingWith("maxHops 7 is more than cycles can have here (6)");
    }
}
