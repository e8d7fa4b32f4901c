package nl.spoor.api.detectors;

import static nl.spoor.api.detectors.MoneyFixture.account;
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

import nl.spoor.api.detectors.MoneyDetectors.Page;
import nl.spoor.api.detectors.PassThroughDetector.Result;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.moneytrail.TrailLimits;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.testing.TestStore;

/** Pass-through accounts on a hand-built graph: a mule chain, and the look-alikes it must be told from. */
class PassThroughDetectorTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static PassThroughDetector detector;

    @BeforeAll
    static void fixture() {
        MoneyFixture f = new MoneyFixture().place("GM0363", "Amsterdam");
        // A mule chain: two victims pay M1, M1 → M2 → M3 within days, M3 takes it out in cash.
        f.person("v1", "Vera Oud", "V1").person("v2", "Victor Oud", "V2")
                .person("m1", "Mila de Mol", "M1").person("m2", "Mees Ezel", "M2").person("m3", "Muis Geld", "M3");
        for (String m : List.of("person:m1", "person:m2", "person:m3")) {
            f.income(m, 2024, "12000.00");
        }
        f.transfer("V1", "M1", "3000.00", "2024-11-01").transfer("V2", "M1", "2000.00", "2024-11-02")
                .transfer("M1", "M2", "4700.00", "2024-11-04")
                .transfer("M2", "M3", "4500.00", "2024-11-05")
                .cashWithdrawal("M3", "GM0363", "2200.00", "2024-11-06").cashWithdrawal("M3", "GM0363", "2100.00", "2024-11-07");
        // A wage moved to the household account the next day: the holder's own money, not passed through.
        f.company("11111111", "Bakkerij Jansen B.V.", "E1").person("w", "Wim Werk", "W1").person("p", "Petra Werk", "H1")
                .tie(RelationshipKind.EMPLOYED_BY, "person:w", "kvk:11111111", "2020-01-01", Map.of("from", LocalDate.parse("2020-01-01")))
                .tie(RelationshipKind.FAMILY_OF, "person:w", "person:p", Map.of("relation", "partner"))
                .transfer("E1", "W1", "2500.00", "2024-11-25").transfer("W1", "H1", "2400.00", "2024-11-26");
        // A student passing 83 % of his parents' money on to his landlord, every month.
        f.person("ouder", "Olga Student", "O1").person("s", "Sem Student", "S1").company("22222222", "Kamerverhuur B.V.", "L1")
                .tie(RelationshipKind.LANDLORD_OF, "kvk:22222222", "person:s", "2023-09-01", Map.of("from", LocalDate.parse("2023-09-01"),
                        "monthlyRent", new BigDecimal("1000.00")))
                .transfer("O1", "S1", "1200.00", "2024-10-28").transfer("S1", "L1", "1000.00", "2024-10-29")
                .transfer("O1", "S1", "1200.00", "2024-11-28").transfer("S1", "L1", "1000.00", "2024-11-29");
        f.write(NEO4J.store());
        TrailLimits limits = new TrailLimits(6, Duration.ofSeconds(60), 5_000, 200);
        detector = new PassThroughDetector(new MoneyDetectors(NEO4J.store(), limits), new Evidence(NEO4J.store()));
    }

    static Page<Result> detect(Double minFraction, String entity, String since, String until, Integer first, String after) {
        return detector.detect(PassThroughDetector.Query.of(minFraction, null, null, null, null, null, null, null, null, since, until),
                entity, first, after);
    }

    static List<String> indicators(Result r) {
        return r.indicators().stream().map(i -> i.name() + "=" + i.value() + (i.fired() ? " fired" : "") + " w" + i.weight()).toList();
    }

    @Test
    void followsTheMuleChainFromItsFirstAccountWithEveryHopAndIndicator() {
        Page<Result> page = detect(null, null, null, null, null, null);

        assertThat(page.totalCount()).isEqualTo(1);
        Result r = page.edges().getFirst().node();
        assertThat(r.rank()).isEqualTo(1);
        assertThat(r.subject().spoorId()).isEqualTo(account("M1"));
        assertThat(r.holders()).extracting(h -> h.caption()).containsExactly("Mila de Mol");
        assertThat(r.hops()).extracting(h -> h.account().caption()
                + " in " + h.inflow() + " from " + h.payments() + " last " + h.lastIn() + " out " + h.forwarded() + " on " + h.forwardedOn()
                + " to " + h.destination() + " delay " + h.delayDays() + " new " + h.newRecipient())
                .containsExactly(
                        "NL00TEST00000000M1 in 5000.0 from 2 last 2024-11-02 out 4700.0 on 2024-11-04 to " + account("M2") + " delay 2 new true",
                        "NL00TEST00000000M2 in 4700.0 from 1 last 2024-11-04 out 4500.0 on 2024-11-05 to " + account("M3") + " delay 1 new true",
                        "NL00TEST00000000M3 in 4500.0 from 1 last 2024-11-05 out 4300.0 on 2024-11-07 to cash delay 2 new true");
        assertThat(indicators(r)).containsExactly(
                "forwardedFraction=0.94 fired w1.0",
                "hops=3.0 fired w2.0",
                "maxDelayDays=2.0 fired w1.0",
                "newRecipientShare=1.0 fired w1.0",
                "unrelatedShare=1.0 fired w1.0",
                "inflowToIncome=5.0 fired w1.0",
                "sourcePayments=2.0 w0.0",
                "episodes=1.0 w0.0");
        assertThat(r.indicators()).extracting(Indicator::threshold).containsExactly(0.9, 2.0, 3.0, 0.5, 0.5, 2.0, null, null);
        assertThat(r.score()).isEqualTo(8.0);
        assertThat(r.explanation()).isEqualTo("NL00TEST00000000M1 (Mila de Mol) received € 5.000,00 from 2 payments by others (last on 2024-11-02)"
                + " and forwarded € 4.700,00 (94 %) 2 days later to NL00TEST00000000M2 (Mees Ezel), a recipient it had not paid before;"
                + " that account forwarded € 4.500,00 (96 %) 1 day later to NL00TEST00000000M3 (Muis Geld), a recipient it had not paid before;"
                + " that account forwarded € 4.300,00 (96 %) 2 days later out in cash. 3 pass-through accounts in a row."
                + " Indicators fired: forwardedFraction, hops, maxDelayDays, newRecipientShare, unrelatedShare, inflowToIncome.");
        assertThat(r.evidence()).extracting(p -> p.description() + ": " + p.steps().stream().map(s -> s.type() + " "
                        + s.properties().stream().filter(pr -> pr.name().equals("amount")).findFirst().orElseThrow().value()).toList())
                .containsExactly(
                        "Hop 1: NL00TEST00000000M1 receives € 5.000,00 and forwards € 4.700,00 (94 %) to NL00TEST00000000M2: [TRANSFER 3000.0, TRANSFER 2000.0, TRANSFER 4700.0]",
                        "Hop 2: NL00TEST00000000M2 receives € 4.700,00 and forwards € 4.500,00 (96 %) to NL00TEST00000000M3: [TRANSFER 4700.0, TRANSFER 4500.0]",
                        "Hop 3: NL00TEST00000000M3 receives € 4.500,00 and forwards € 4.300,00 (96 %) to cash: [TRANSFER 4500.0, CASH_WITHDRAWAL 2200.0, CASH_WITHDRAWAL 2100.0]");
        assertThat(r.sources()).extracting(s -> s.sourceId()).containsExactly(MoneyFixture.BANK);
    }

    @Test
    void aWageMovedToTheHouseholdAccountIsTheHoldersOwnMoneyNotPassedThrough() {
        assertThat(detect(0.5, "person:w", null, null, null, null).totalCount()).isZero();
    }

    @Test
    void aStudentPassingRentOnIsNoResultAtNinetyPercentAndBelowTheMulesAtEighty() {
        assertThat(detect(null, "person:s", null, null, null, null).totalCount()).isZero();

        Page<Result> page = detect(0.8, null, null, null, null, null);

        assertThat(page.edges()).extracting(e -> e.node().rank() + " " + e.node().subject().caption())
                .containsExactly("1 NL00TEST00000000M1", "2 NL00TEST00000000S1");
        Result student = page.edges().get(1).node();
        assertThat(student.hops()).extracting(h -> h.forwardedOn() + " " + h.fraction() + " " + h.relation() + " new " + h.newRecipient())
                .containsExactly("2024-10-29 " + (1000.0 / 1200.0) + " landlord new true");
        assertThat(indicators(student)).containsExactly(
                "forwardedFraction=" + (1000.0 / 1200.0) + " fired w1.0",
                "hops=1.0 w0.0",
                "maxDelayDays=1.0 fired w1.0",
                "newRecipientShare=1.0 fired w1.0",
                "unrelatedShare=0.0 w0.0",
                "inflowToIncome=0.0 w0.0",
                "sourcePayments=1.0 w0.0",
                "episodes=2.0 w0.0");
        assertThat(student.score()).isEqualTo(3.0);
    }

    @Test
    void narrowedToAnEntityShowsTheChainFromItsAccountsOn() {
        Page<Result> page = detect(null, "person:m2", null, null, null, null);

        assertThat(page.edges()).extracting(e -> e.node().subject().caption() + " " + e.node().hops().size())
                .containsExactly("NL00TEST00000000M2 2");
    }

    @Test
    void aPeriodBeforeTheForwardingFindsNothing() {
        assertThat(detect(null, null, "2024-10-01", "2024-10-31", null, null).totalCount()).isZero();
        assertThat(detect(null, null, "2024-11-01", "2024-11-30", null, null).totalCount()).isEqualTo(1);
    }

    @Test
    void pagesOnWithTheCursor() {
        Page<Result> first = detect(0.8, null, null, null, 1, null);
        assertThat(first.pageInfo().hasNextPage()).isTrue();
        Page<Result> second = detect(0.8, null, null, null, 1, first.pageInfo().endCursor());

        assertThat(second.edges()).extracting(e -> e.node().rank() + " " + e.node().subject().caption()).containsExactly("2 NL00TEST00000000S1");
        assertThat(second.pageInfo().hasNextPage()).isFalse();
    }

    @Test
    void refusesAFractionOutsideZeroToOneAndAnUnknownEntity() {
        assertThatThrownBy(() -> detect(1.5, null, null, null, null, null)).hasMessage("minFraction must be 0.01..1.0, got 1.5");
        assertThatThrownBy(() -> detect(null, "person:nobody", null, null, null, null)).hasMessageStartingWith(
                "entity: Spoor holds no entity with spoorId \"person:nobody\"");
    }
}
