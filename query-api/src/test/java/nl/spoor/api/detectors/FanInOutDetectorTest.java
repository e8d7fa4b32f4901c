package nl.spoor.api.detectors;

import static nl.spoor.api.moneytrail.TrailFixture.code;
import static nl.spoor.api.moneytrail.TrailFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.detectors.FanInOutDetector.Direction;
import nl.spoor.api.detectors.FanInOutDetector.Thresholds;
import nl.spoor.api.detectors.FlowDetections.FlowDetection;
import nl.spoor.api.detectors.FlowDetections.FlowDetectionConnection;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.moneytrail.TrailFixture;
import nl.spoor.api.moneytrail.TrailLimits;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.testing.Facts;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/** Fan-in and fan-out over a tiny graph (TrailFixture), one scene per behaviour, one Neo4j for the class. */
class FanInOutDetectorTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static FanInOutDetector detector;

    @BeforeAll
    static void fixture() {
        TrailFixture fixture = new TrailFixture();
        fixture
                // A fan-in at the threshold: five senders from 10-01 to 10-08 (7 days after the first: inside a 7-day window),
                // a sixth on 10-09 (8 days after: outside it); 95 % leaves again on 10-10.
                .holder("fi", "Finn Inzamel", "FI")
                .transfer("S1", "FI", "s1", "1000.00", "2024-10-01").transfer("S2", "FI", "s2", "1000.00", "2024-10-02")
                .transfer("S3", "FI", "s3", "1000.00", "2024-10-03").transfer("S4", "FI", "s4", "1000.00", "2024-10-05")
                .transfer("S5", "FI", "s5", "1000.00", "2024-10-08").transfer("S6", "FI", "s6", "1000.00", "2024-10-09")
                .transfer("FI", "OUT", "fi-out", "4750.00", "2024-10-10")
                // A benign hub: eight tenants pay their rent every month; the landlord forwards nothing within the week.
                .holder("hub", "Verhuur B.V.", "HUB")
                .transfer("P1", "HUB", "p1-10", "800.00", "2024-10-01").transfer("P2", "HUB", "p2-10", "800.00", "2024-10-01")
                .transfer("P3", "HUB", "p3-10", "800.00", "2024-10-02").transfer("P4", "HUB", "p4-10", "800.00", "2024-10-02")
                .transfer("P5", "HUB", "p5-10", "800.00", "2024-10-03").transfer("P6", "HUB", "p6-10", "800.00", "2024-10-03")
                .transfer("P7", "HUB", "p7-10", "800.00", "2024-10-04").transfer("P8", "HUB", "p8-10", "800.00", "2024-10-04")
                .transfer("P1", "HUB", "p1-11", "800.00", "2024-11-01").transfer("P2", "HUB", "p2-11", "800.00", "2024-11-01")
                .transfer("P3", "HUB", "p3-11", "800.00", "2024-11-02").transfer("P4", "HUB", "p4-11", "800.00", "2024-11-02")
                .transfer("P5", "HUB", "p5-11", "800.00", "2024-11-03").transfer("P6", "HUB", "p6-11", "800.00", "2024-11-03")
                .transfer("P7", "HUB", "p7-11", "800.00", "2024-11-04").transfer("P8", "HUB", "p8-11", "800.00", "2024-11-04")
                .transfer("P1", "HUB", "p1-12", "800.00", "2024-12-01").transfer("P2", "HUB", "p2-12", "800.00", "2024-12-01")
                .transfer("P3", "HUB", "p3-12", "800.00", "2024-12-02").transfer("P4", "HUB", "p4-12", "800.00", "2024-12-02")
                .transfer("P5", "HUB", "p5-12", "800.00", "2024-12-03").transfer("P6", "HUB", "p6-12", "800.00", "2024-12-03")
                .transfer("P7", "HUB", "p7-12", "800.00", "2024-12-04").transfer("P8", "HUB", "p8-12", "800.00", "2024-12-04")
                .transfer("HUB", "BANK", "hypotheek", "2000.00", "2024-10-20")
                // Smurfs: three senders, weeks apart, each cutting its payment into bookings on one day, and a fourth (M5) paying a
                // like amount in one go; SM forwards it. M4 pays SM an ordinary 250.00.
                .transfer("M1", "SM", "m1a", "4.10", "2024-09-01").transfer("M1", "SM", "m1b", "3.90", "2024-09-01")
                .transfer("M2", "SM", "m2a", "4.30", "2024-09-20").transfer("M2", "SM", "m2b", "4.20", "2024-09-20")
                .transfer("M2", "SM", "m2c", "3.80", "2024-09-20").transfer("M3", "SM", "m3a", "4.00", "2024-10-15")
                .transfer("M3", "SM", "m3b", "4.40", "2024-10-15").transfer("M4", "SM", "m4", "250.00", "2024-09-10")
                .transfer("M5", "SM", "m5", "4.05", "2024-10-01")
                .transfer("SM", "OUT", "sm-out", "28.00", "2024-10-20")
                // A fan-out: 5,000 comes in and is spread over five accounts within three days.
                .transfer("SRC", "FO", "src-fo", "5000.00", "2024-11-01")
                .transfer("FO", "R1", "r1", "950.00", "2024-11-02").transfer("FO", "R2", "r2", "950.00", "2024-11-02")
                .transfer("FO", "R3", "r3", "950.00", "2024-11-03").transfer("FO", "R4", "r4", "950.00", "2024-11-04")
                .transfer("FO", "R5", "r5", "950.00", "2024-11-04")
                // A household paying three private accounts and two shops over ten days (at most four in any seven); each shop
                // also has eleven payments of one other customer, twelve transfers in all.
                .transfer("HH", "R6", "hh-r6", "40.00", "2024-11-10").transfer("HH", "SHOP1", "hh-shop1", "62.10", "2024-11-12")
                .transfer("HH", "R7", "hh-r7", "40.00", "2024-11-14").transfer("HH", "SHOP2", "hh-shop2", "18.75", "2024-11-17")
                .transfer("HH", "R8", "hh-r8", "40.00", "2024-11-20");
        for (int i = 0; i < 11; i++) {
            fixture.transfer("FILL", "SHOP1", "fill1-" + i, "10.00", "2024-06-" + (10 + i))
                    .transfer("FILL", "SHOP2", "fill2-" + i, "10.00", "2024-07-" + (10 + i));
        }
        fixture.write(NEO4J.store());
        // A fan-in known only from another case's statement.
        WriteBatch other = new WriteBatch().source(Facts.source("test:fiod-statement", "fiod", "FIOD-2025-001"));
        for (int i = 1; i <= 5; i++) {
            other.entity(Facts.accountFact(TrailFixture.iban("K" + i), "test:fiod-statement", i));
            other.relationship(new RelationshipFact(RelationshipKind.TRANSFER, Facts.account(TrailFixture.iban("K" + i)),
                    Facts.account(TrailFixture.iban("KC")), "k" + i, Map.of("amount", new BigDecimal("500.00"), "currency", "EUR",
                    "date", LocalDate.parse("2024-10-0" + i)), nl.spoor.model.provenance.Evidence.row("test:fiod-statement", 10 + i)));
        }
        other.entity(Facts.accountFact(TrailFixture.iban("KC"), "test:fiod-statement", 20));
        new GraphWriter(NEO4J.store().driver(), NEO4J.store().database()).write(other);
        TrailLimits limits = new TrailLimits(6, Duration.ofSeconds(60), 1000, 200);
        detector = new FanInOutDetector(new FlowDetections(NEO4J.store(), limits, new SpreadReads(2)), new Evidence(NEO4J.store()));
    }

    static FlowDetectionConnection fanIn(Integer minSenders, Integer windowDays, String around, String caseId) {
        return detector.detect(Thresholds.of(Direction.IN, minSenders, windowDays, null, null, null), around, null, null, caseId, null, null);
    }

    static List<String> accounts(FlowDetectionConnection c) {
        return c.edges().stream().map(e -> code(e.node().subjects().getFirst().spoorId())).toList();
    }

    static List<String> indicators(FlowDetection d) {
        return d.indicators().stream().map(i -> i.name() + "=" + i.value() + "/" + i.threshold() + (i.fired() ? " fired " : " ") + i.weight()).toList();
    }

    @Test
    void aWholeGraphRunInPartsOnTheReadThreadsFindsWhatOneReadOfTheWholeGraphFinds() {
        // The detector reads a whole-graph run in four parts on two threads (SpreadReads, spoor.part); with details it reads
        // the same text once, without parts. Every account's window and numbers are the same.
        FlowDetections.Scope everywhere = new FlowDetections(NEO4J.store(), new TrailLimits(6, Duration.ofSeconds(60), 1000, 200),
                new SpreadReads(2)).scope(null, null, null, null);
        for (Direction direction : Direction.values()) {
            Thresholds th = Thresholds.of(direction, null, null, null, null, null);
            List<String> inParts = windows(detector.find(th, everywhere, false));
            assertThat(inParts).isEqualTo(windows(detector.find(th, everywhere)));
            assertThat(inParts).hasSize(direction == Direction.IN ? 3 : 2);
        }
    }

    static List<String> windows(List<FanInOutDetector.Found> found) {
        return found.stream().map(f -> code(f.account().spoorId()) + " " + f.from() + "–" + f.last() + " " + f.transferCount() + "/"
                + f.counterpartyCount() + " " + f.total() + " of " + f.periodTransfers() + ", onward " + f.onwardTotal()).sorted().toList();
    }

    @Test
    void findsAFanInAtTheThresholdWithinTheWindowAndRanksItAboveABenignHub() {
        FlowDetectionConnection r = fanIn(5, 7, null, null);
        // KC's five senders are all it ever received (concentration 1.0): a burst ranks above the steady hub too.
        assertThat(accounts(r)).containsExactly("FI", "KC", "HUB");
        FlowDetection fi = r.edges().getFirst().node();
        assertThat(fi.rank()).isEqualTo(1);
        assertThat(fi.since()).isEqualTo("2024-10-01");
        assertThat(fi.until()).isEqualTo("2024-10-08");
        assertThat(fi.accounts()).extracting(a -> code(a.spoorId())).containsExactly("FI", "S1", "S2", "S3", "S4", "S5");
        assertThat(indicators(fi)).containsExactly("distinctSenders=5.0/5.0 fired 1.0", "concentration=0.833/0.5 fired 0.833",
                "forwardedFraction=0.95/0.5 fired 0.95");
        assertThat(fi.score()).isEqualTo(2.783);
        assertThat(fi.subjects()).extracting(s -> s.caption()).containsExactly(TrailFixture.iban("FI"), "Finn Inzamel");
        assertThat(fi.evidence()).hasSize(2);
        assertThat(fi.evidence().getFirst().steps()).extracting(st -> st.key()).containsExactly("s1", "s2", "s3", "s4", "s5");
        assertThat(fi.evidence().get(1).steps()).extracting(st -> st.key() + " " + code(st.to().spoorId())).containsExactly("fi-out OUT");
        assertThat(fi.sources()).extracting(s -> s.sourceId()).containsExactly(TrailFixture.BANK);
        assertThat(fi.explanation()).isEqualTo("NL00TEST00000000FI (Finn Inzamel) received 5 transfers totalling €5,000.00 from 5 different"
                + " accounts between 2024-10-01 and 2024-10-08 (8 days; the detector looks for at least 5 within 7 days). These are 83 % of"
                + " its incoming transfers in the period examined (5 of 6; counts from 50 %). Within 7 days after, €4,750.00 left the account:"
                + " 95 % of what came in (counts from 50 %).");

        FlowDetection hub = r.edges().get(2).node();
        assertThat(indicators(hub)).containsExactly("distinctSenders=8.0/5.0 fired 1.6", "concentration=0.333/0.5 0.0",
                "forwardedFraction=0.0/0.5 0.0");
        assertThat(hub.since()).isEqualTo("2024-10-01");
        assertThat(hub.until()).isEqualTo("2024-10-04");
    }

    @Test
    void countsOnlySplitPaymentsWhenAskedAndSoLeavesTheLandlordOut() {
        FlowDetectionConnection r = detector.detect(Thresholds.of(Direction.IN, 3, 60, null, null, null, 2, null), null, null, null, null, null,
                null);
        // HUB's tenants and FI's senders pay once a day; M4's and M5's single transfers into SM do not count either.
        assertThat(accounts(r)).containsExactly("SM");
        FlowDetection sm = r.edges().getFirst().node();
        assertThat(sm.accounts()).extracting(a -> code(a.spoorId())).containsExactly("SM", "M1", "M2", "M3");
        assertThat(sm.evidence().getFirst().steps()).extracting(st -> st.key()).containsExactly("m1a", "m1b", "m2a", "m2b", "m2c", "m3a", "m3b");
        assertThat(indicators(sm)).containsExactly("distinctSenders=3.0/3.0 fired 1.0", "concentration=0.778/0.5 fired 0.778",
                "forwardedFraction=0.976/0.5 fired 0.976");
        assertThat(sm.explanation()).isEqualTo("NL00TEST00000000SM received 7 transfers totalling €28.70 from 3 different accounts between"
                + " 2024-09-01 and 2024-10-15 (45 days; the detector looks for at least 3 within 60 days, counting only senders with at"
                + " least 2 transfers on one day (a payment split into bookings)). These are 77 % of its incoming transfers in the period"
                + " examined (7 of 9; counts from 50 %). Within 60 days after, €28.00 left the account: 97 % of what came in (counts from 50 %).");
        assertThat(accounts(fanIn(3, 60, id("SM"), null))).containsExactly("SM");
        assertThatThrownBy(() -> Thresholds.of(Direction.IN, 3, 60, null, null, null, 0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minSameDayTransfers must be at least 1, got 0");
        // With a tolerance, M5's one transfer of 4.05 (within 20 % of the median split payment, 4.10) counts; M4's 250.00 does not.
        FlowDetection like = detector.detect(Thresholds.of(Direction.IN, 3, 60, null, null, null, 2, 0.2), null, null, null, null, null, null)
                .edges().getFirst().node();
        assertThat(like.accounts()).extracting(a -> code(a.spoorId())).containsExactly("SM", "M1", "M2", "M3", "M5");
        assertThat(like.explanation()).contains("counting only senders with at least 2 transfers on one day (a payment split into"
                + " bookings) or a transfer within 20 % of the median split payment)");
        assertThatThrownBy(() -> Thresholds.of(Direction.IN, 3, 60, null, null, null, 1, 0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amountTolerance widens the split payments: it needs minSameDayTransfers 2 or more, got 1");
    }

    @Test
    void countsNoSenderBeyondTheWindowAndNothingBelowTheThreshold() {
        assertThat(accounts(fanIn(6, 7, id("FI"), null))).isEmpty();
        FlowDetectionConnection wider = fanIn(6, 8, id("FI"), null);
        assertThat(accounts(wider)).containsExactly("FI");
        assertThat(wider.edges().getFirst().node().until()).isEqualTo("2024-10-09");
        assertThat(indicators(wider.edges().getFirst().node())).first().isEqualTo("distinctSenders=6.0/6.0 fired 1.0");
    }

    @Test
    void looksAroundAnEntityAndWithinACase() {
        assertThat(accounts(fanIn(5, 7, "person:fi", null))).containsExactly("FI");
        assertThat(accounts(fanIn(5, 7, null, "FIOD-2025-001"))).containsExactly("KC");
        assertThat(accounts(fanIn(5, 7, null, "RIEC-NH-2025-017"))).containsExactly("FI", "HUB");
        FlowDetectionConnection november = detector.detect(Thresholds.of(Direction.IN, 5, 7, null, null, null), null, "2024-11-01",
                "2024-11-30", null, null, null);
        assertThat(accounts(november)).containsExactly("HUB");
        assertThat(indicators(november.edges().getFirst().node())).contains("concentration=1.0/0.5 fired 1.0");
        assertThatThrownBy(() -> fanIn(5, 7, "person:nobody", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("around: Spoor holds no entity with spoorId \"person:nobody\"");
    }

    @Test
    void findsTheMirrorFanOutFundedJustBefore() {
        FlowDetectionConnection r = detector.detect(Thresholds.of(Direction.OUT, 5, 7, null, null, null), null, null, null, null, null, null);
        assertThat(accounts(r)).containsExactly("FO");
        FlowDetection fo = r.edges().getFirst().node();
        assertThat(indicators(fo)).containsExactly("distinctReceivers=5.0/5.0 fired 1.0", "concentration=1.0/0.5 fired 1.0",
                "fundedFraction=1.0/0.5 fired 1.0");
        assertThat(fo.evidence().get(1).steps()).extracting(st -> st.key()).containsExactly("src-fo");
        assertThat(fo.explanation()).startsWith("NL00TEST00000000FO sent 5 transfers totalling €4,750.00 to 5 different accounts between"
                + " 2024-11-02 and 2024-11-04").endsWith("In the 7 days before, €5,000.00 came into the account: 100 % of what went out (counts from 50 %).");
    }

    @Test
    void countsNoHubAsAReceiverSoAHouseholdPayingItsShopsIsNoFanOut() {
        // A hub cap of 10: the shops (12 transfers) are hubs and do not count, so HH paid three accounts, not five.
        FlowDetectionConnection shopsAreHubs = detector.detect(Thresholds.of(Direction.OUT, 5, 14, null, null, 10), null, null, null, null, null,
                null);
        assertThat(accounts(shopsAreHubs)).containsExactly("FO");
        assertThat(shopsAreHubs.query()).isEqualTo("fan-out: at least 5 distinct receivers within 14 days, accounts and counterparties"
                + " with at most 10 transfers");
        // The default cap (started from the counterparty counts) and one above what those counts hold for (started from the
        // transfer counts): the shops count.
        for (Integer cap : new Integer[] {null, 1500}) {
            FlowDetectionConnection shopsCount = detector.detect(Thresholds.of(Direction.OUT, 5, 14, null, null, cap), null, null, null, null, null,
                    null);
            assertThat(accounts(shopsCount)).as("hub cap " + cap).containsExactly("FO", "HH");
            assertThat(indicators(shopsCount.edges().get(1).node())).as("hub cap " + cap).containsExactly("distinctReceivers=5.0/5.0 fired 1.0",
                    "concentration=1.0/0.5 fired 1.0", "fundedFraction=0.0/0.5 0.0");
        }
        // With the shops as hubs, HH's three other receivers in the period's five transfers: concentration counts the hubs' too.
        FlowDetectionConnection three = detector.detect(Thresholds.of(Direction.OUT, 3, 14, null, null, 10), id("HH"), null, null, null, null,
                null);
        assertThat(indicators(three.edges().getFirst().node())).containsExactly("distinctReceivers=3.0/3.0 fired 1.0",
                "concentration=0.6/0.5 fired 0.6", "fundedFraction=0.0/0.5 0.0");
    }

    @Test
    void pagesWithCursors() {
        FlowDetectionConnection first = detector.detect(Thresholds.of(Direction.IN, 5, 7, null, null, null), null, null, null, null, 2, null);
        assertThat(accounts(first)).containsExactly("FI", "KC");
        assertThat(first.totalCount()).isEqualTo(3);
        assertThat(first.pageInfo().hasNextPage()).isTrue();
        FlowDetectionConnection next = detector.detect(Thresholds.of(Direction.IN, 5, 7, null, null, null), null, null, null, null, 2,
                first.pageInfo().endCursor());
        assertThat(accounts(next)).containsExactly("HUB");
        assertThat(next.edges().getFirst().node().rank()).isEqualTo(3);
        assertThat(next.pageInfo().hasNextPage()).isFalse();
    }
}
