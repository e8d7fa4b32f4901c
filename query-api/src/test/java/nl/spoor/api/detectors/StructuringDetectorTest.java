package nl.spoor.api.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.detectors.MoneyDetectors.Page;
import nl.spoor.api.detectors.StructuringDetector.Result;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.moneytrail.TrailLimits;
import nl.spoor.model.testing.TestStore;

/** Structuring on a hand-built graph: a person smurfing into two accounts, and a shop paying in its takings. */
class StructuringDetectorTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static StructuringDetector detector;

    @BeforeAll
    static void fixture() {
        MoneyFixture f = new MoneyFixture().place("GM0363", "Amsterdam").place("GM0479", "Zaanstad");
        // Five deposits just below €10,000 in 19 days into two accounts at two places; a sixth 36 days after the first.
        f.person("f", "Fatma Aydın", "F1", "F2").income("person:f", 2024, "30000.00")
                .cashDeposit("GM0363", "F1", "9500.00", "2024-10-01").cashDeposit("GM0479", "F2", "9800.00", "2024-10-05")
                .cashDeposit("GM0363", "F1", "9000.00", "2024-10-09").cashDeposit("GM0363", "F1", "12000.00", "2024-10-10")
                .cashDeposit("GM0479", "F1", "9950.00", "2024-10-15").cashDeposit("GM0363", "F2", "9200.00", "2024-10-20")
                .cashDeposit("GM0363", "F1", "9400.00", "2024-11-05");
        // A shop paying in its takings: all sorts of amounts, three of them in the band within 30 days.
        f.company("33333333", "Buurtsuper De Hoek", "S1")
                .cashDeposit("GM0363", "S1", "9300.00", "2024-10-02").cashDeposit("GM0363", "S1", "4100.00", "2024-10-04")
                .cashDeposit("GM0363", "S1", "12500.00", "2024-10-07").cashDeposit("GM0363", "S1", "9700.00", "2024-10-12")
                .cashDeposit("GM0363", "S1", "5000.00", "2024-10-14").cashDeposit("GM0363", "S1", "6000.00", "2024-10-16")
                .cashDeposit("GM0363", "S1", "9100.00", "2024-10-20").cashDeposit("GM0363", "S1", "11000.00", "2024-10-25");
        f.write(NEO4J.store());
        detector = new StructuringDetector(new MoneyDetectors(NEO4J.store(), new TrailLimits(6, Duration.ofSeconds(60), 5_000, 200)),
                new Evidence(NEO4J.store()));
    }

    static Page<Result> detect(Integer minDeposits, String entity, String since, String until) {
        return detector.detect(StructuringDetector.Query.of(null, null, minDeposits, null, null, null, null, null, since, until), entity, 20, null);
    }

    static List<String> indicators(Result r) {
        return r.indicators().stream().map(i -> i.name() + "=" + i.value() + (i.fired() ? " fired" : "") + " w" + i.weight()).toList();
    }

    @Test
    void findsTheDepositsJustBelowTheThresholdWithinThirtyDaysAcrossAccountsAndPlaces() {
        Page<Result> page = detect(null, null, null, null);

        assertThat(page.totalCount()).isEqualTo(1);
        Result r = page.edges().getFirst().node();
        assertThat(r.subject().spoorId()).isEqualTo("person:f");
        assertThat(r.accounts()).extracting(a -> a.caption()).containsExactly(MoneyFixture.iban("F1"), MoneyFixture.iban("F2"));
        assertThat(r.firstDeposit() + " " + r.lastDeposit() + " " + r.deposits() + " " + r.total()).isEqualTo("2024-10-01 2024-10-20 5 47450.0");
        assertThat(indicators(r)).containsExactly(
                "depositsJustBelowThreshold=5.0 fired w2.0",
                "totalJustBelowThreshold=47450.0 fired w1.0",
                "shareOfCashDeposits=" + (5 / 6.0) + " fired w1.0",
                "accounts=2.0 fired w0.5",
                "places=2.0 fired w0.5",
                "depositsToIncome=" + (47450 / 30000.0) + " fired w1.0");
        assertThat(r.indicators()).extracting(Indicator::threshold).containsExactly(5.0, 10000.0, 0.5, 2.0, 2.0, 1.0);
        assertThat(r.score()).isEqualTo(6.05);
        assertThat(r.explanation()).isEqualTo("Fatma Aydın (Person) made 5 cash deposits of € 9.000,00 or more but below € 10.000,00,"
                + " just below the threshold at which a bank must report a deposit, within 19 days (2024-10-01 – 2024-10-20), together"
                + " € 47.450,00, into 2 accounts at 2 places (Amsterdam, Zaanstad). They are 83 % of the cash deposits into those accounts"
                + " in those days, and 1.6× the declared income of 2024 (€ 30.000,00). Indicators fired: depositsJustBelowThreshold,"
                + " totalJustBelowThreshold, shareOfCashDeposits, accounts, places, depositsToIncome.");
        assertThat(r.evidence()).extracting(p -> p.description() + ": " + p.steps().stream().map(s -> s.type() + " " + s.from().caption()).toList())
                .containsExactly(
                        "Fatma Aydın: 5 cash deposits just below the threshold, in date order: [CASH_DEPOSIT Amsterdam, CASH_DEPOSIT Zaanstad,"
                                + " CASH_DEPOSIT Amsterdam, CASH_DEPOSIT Zaanstad, CASH_DEPOSIT Amsterdam]",
                        "Fatma Aydın holds the accounts they went into: [HOLDS_ACCOUNT Fatma Aydın, HOLDS_ACCOUNT Fatma Aydın]",
                        "Fatma Aydın's declared income: [DECLARED_INCOME Fatma Aydın]");
        assertThat(r.sources()).extracting(s -> s.sourceId()).containsExactly(MoneyFixture.BANK);
    }

    @Test
    void aShopPayingInItsTakingsHasTooFewInTheBandAndRanksBelowWhenTheMinimumIsLowered() {
        Page<Result> page = detect(3, null, null, null);

        assertThat(page.edges()).extracting(e -> e.node().rank() + " " + e.node().subject().caption() + " " + e.node().score())
                .containsExactly("1 Fatma Aydın 6.05", "2 Buurtsuper De Hoek 3.03");
        assertThat(indicators(page.edges().get(1).node())).containsExactly(
                "depositsJustBelowThreshold=3.0 fired w2.0",
                "totalJustBelowThreshold=28100.0 fired w1.0",
                "shareOfCashDeposits=" + (3 / 7.0) + " w0.0",
                "accounts=1.0 w0.0",
                "places=1.0 w0.0",
                "depositsToIncome=0.0 w0.0");
    }

    @Test
    void narrowedToOneAccountOrAPeriodCountsOnlyTheDepositsThere() {
        assertThat(detect(null, MoneyFixture.account("F2"), null, null).totalCount()).isZero();
        assertThat(detect(null, "person:f", null, null).edges()).extracting(e -> e.node().deposits()).containsExactly(5);
        assertThat(detect(null, null, "2024-10-05", null).totalCount()).isZero();
        assertThat(detect(4, null, "2024-10-05", null).edges()).extracting(e -> e.node().firstDeposit() + " " + e.node().deposits())
                .containsExactly("2024-10-05 4");
    }
}
