package nl.spoor.api.unusualwealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.unusualwealth.WealthViews.SeizableAsset;
import nl.spoor.api.unusualwealth.WealthViews.UnusualWealthConnection;
import nl.spoor.api.unusualwealth.WealthViews.UnusualWealthResult;
import nl.spoor.model.testing.TestStore;

/** unusualWealth over a tiny hand-built graph (WealthFixture), one scene per behaviour, one Neo4j for the class. */
class UnusualWealthTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static UnusualWealth wealth;

    @BeforeAll
    static void fixture() {
        scenes().write(NEO4J.store());
        wealth = new UnusualWealth(NEO4J.store(), new Evidence(NEO4J.store()), new WealthLimits(2_000, Duration.ofMinutes(5), 200));
    }

    /** The scenes, one per behaviour; also the store of UnusualWealthViewTest. */
    static WealthFixture scenes() {
        return new WealthFixture()
                // Direct: on €20,000 a year, a car and a house bought for cash in 2024, both in his own name.
                .person("direct", "Jan Direct", "1980-04-01", "1000AA-1").declared("direct", 2023, "20000.00").declared("direct", 2024, "20000.00")
                .vehicle("direct", "GZ416B", "PORSCHE", "CAYENNE", "150000.00", "2024-03-01")
                .property("direct", "d1", "Woonhuis Dorpsstraat 1, Zaandam", "400000.00", "380000.00", "2024-05-01", true)
                // Partner: he is on bijstand and drives; his partner at the same address earns a small wage and holds a car and a house.
                .person("anouar", "Anouar Partner", "1985-01-01", "1000AA-2").person("bibi", "Bibi Partner", "1987-01-01", "1000AA-2")
                .family("anouar", "bibi", "partner")
                .benefit("anouar", "org:gemeente-gm0479", "Gemeente Zaanstad", "bijstand", "1250.00", "2020-01-01")
                .wage("bibi", "11111111", "Kapsalon Haarlem B.V.", "1000.00", "2019-01-01")
                .vehicle("bibi", "KX123F", "BENTLEY", "CONTINENTAL GT", "200000.00", "2023-06-01").seen("anouar", "KX123F", "2024-02-01", "Zaandam")
                .property("bibi", "p1", "Appartement Ganzenhoef 2, Amsterdam", "300000.00", "310000.00", "2024-01-10", true)
                // A partner living elsewhere is no household: her car does not count for him.
                .person("evert", "Evert Elders", "1970-01-01", "1000AA-3").person("fleur", "Fleur Elders", "1972-01-01", "1000AA-4")
                .family("evert", "fleur", "partner").declared("evert", 2024, "30000.00").declared("fleur", 2024, "50000.00")
                .vehicle("fleur", "TT001X", "AUDI", "RS 6 AVANT", "150000.00", "2024-04-01")
                // Company: Gerrit owns 30 % of a B.V. that bought a house in 2024; Hanna owns 10 % and directs nothing.
                .person("gerrit", "Gerrit Aandeel", "1975-01-01", "1000AA-5").declared("gerrit", 2023, "30000.00").declared("gerrit", 2024, "30000.00")
                .person("hanna", "Hanna Klein", "1976-01-01", "1000AA-6").declared("hanna", 2023, "30000.00").declared("hanna", 2024, "30000.00")
                .company("22222222", "Aandeel Vastgoed B.V.").owns("gerrit", "22222222", "30").owns("hanna", "22222222", "10")
                .property("kvk:22222222", "c1", "Woonhuis Kade 5, Haarlem", "600000.00", "590000.00", "2024-06-01", false)
                // Katvanger: Piet drives two cars of Quinten, who is on €14,000 a year with three cars.
                .person("piet", "Piet Rijder", "1982-01-01", "1000AA-7").declared("piet", 2023, "30000.00").declared("piet", 2024, "30000.00")
                .person("quinten", "Quinten Stroman", "1990-01-01", "1000AA-8").declared("quinten", 2023, "14000.00").declared("quinten", 2024, "14000.00")
                .vehicle("quinten", "LB001L", "LAMBORGHINI", "URUS", "200000.00", "2023-09-01")
                .vehicle("quinten", "PC911P", "PORSCHE", "911 CARRERA", "160000.00", "2024-02-01")
                .vehicle("quinten", "KP001K", "KIA", "PICANTO", "80000.00", "2024-03-01")
                .seen("piet", "LB001L", "2024-01-05", "Haarlem").seen("piet", "LB001L", "2024-07-12", "Haarlem").seen("piet", "PC911P", "2024-08-01", "Haarlem")
                // A borrowed car is no katvanger: Sanne has one car and Ruud drives it.
                .person("ruud", "Ruud Leen", "1983-01-01", "1000AA-9").declared("ruud", 2024, "25000.00")
                .person("sanne", "Sanne Een", "1984-01-01", "1000AB-1").declared("sanne", 2024, "40000.00")
                .vehicle("sanne", "SA001S", "VOLVO", "XC90", "90000.00", "2024-05-01").seen("ruud", "SA001S", "2024-06-01", "Hoorn")
                // The rich doctor: high income, a house bought with a mortgage long ago, a new expensive car.
                .person("dokter", "Wouter Dokter", "1965-01-01", "1000AB-2").declared("dokter", 2023, "200000.00").declared("dokter", 2024, "200000.00")
                .property("dokter", "r1", "Woonhuis Heerenweg 9, Heemstede", "1200000.00", "1500000.00", "2015-03-01", false)
                .vehicle("dokter", "DR001D", "PORSCHE", "CAYENNE", "120000.00", "2024-02-01");
    }

    static WealthQuery query(String person) {
        return WealthQuery.of(person, "2023-01-01", "2024-12-31", null, null, null, null, null, null, null, null, null, null, LocalDate.parse("2024-12-31"));
    }

    static UnusualWealthResult of(String key) {
        return wealth.rank(query("person:" + key), 1, null).edges().getFirst().node();
    }

    static Map<String, String> indicators(UnusualWealthResult r) {
        return r.indicators().stream().collect(Collectors.toMap(Indicator::name,
                i -> Money.number(i.value()) + (i.fired() ? " fired " : " below ") + Money.number(i.threshold()) + " +" + Money.number(i.weight()),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void weighsAssetsHeldDirectlyAgainstDeclaredIncomeAndExplainsItself() {
        UnusualWealthResult r = of("direct");

        assertThat(indicators(r)).containsExactly(
                Map.entry("assetsToIncome", "27.5 fired 10 +2.75"),
                Map.entry("acquiredToIncome", "13.75 fired 5 +2.75"),
                Map.entry("cashPurchase", "400000 fired 10000 +2"),
                Map.entry("recentAcquisitions", "2 fired 2 +1"),
                Map.entry("katvangerVehicles", "0 below 1 +0"));
        assertThat(r.score()).isEqualTo(8.5);
        assertThat(r.assetsValue()).isEqualTo(550_000.0);
        assertThat(r.yearlyLegalIncome()).isEqualTo(20_000.0);
        assertThat(r.periodLegalIncome()).isEqualTo(40_000.0);
        assertThat(r.explanation()).isEqualTo("Jan Direct holds in the period 2023-01-01 – 2024-12-31 2 assets worth €550,000: "
                + "PORSCHE CAYENNE GZ416B €150,000 (catalogue value (RDW)), acquired 2024-03-01; Woonhuis Dorpsstraat 1, Zaandam €400,000 "
                + "(purchase price (Kadaster)), acquired 2024-05-01, paid in cash. Legal income (the higher of declared income and registered "
                + "wages and benefits) is at most €20,000 a year (Jan Direct: declared €20,000 in 2024), €40,000 over the period. Indicators "
                + "over their threshold: assetsToIncome 27.5 (threshold 10), acquiredToIncome 13.75 (threshold 5), cashPurchase 400000 "
                + "(threshold 10000), recentAcquisitions 2 (threshold 2); score 8.5. This ranks work for an analyst and is no finding: a lawful "
                + "origin (inheritance, gift, loan, savings from before the period) is not in these sources and must be asked for.");
    }

    @Test
    void listsEveryAssetReadyForSeizureWithItsValueBasisPaymentAndSource() {
        List<SeizableAsset> assets = of("direct").assets();

        assertThat(assets).extracting(a -> a.description() + " | " + a.location() + " | " + a.registeredTo().caption() + " | " + a.heldVia()
                        + " | " + Money.number(a.value()) + " " + a.valueBasis() + " | " + a.acquired() + " " + a.acquiredInPeriod() + " | " + a.paidWith())
                .containsExactly(
                        "PORSCHE CAYENNE GZ416B | null | Jan Direct | DIRECT | 150000 catalogue value (RDW) | 2024-03-01 true | UNKNOWN",
                        "Woonhuis Dorpsstraat 1, Zaandam | null | Jan Direct | DIRECT | 400000 purchase price (Kadaster) | 2024-05-01 true | CASH");
        assertThat(assets).extracting(a -> a.sources().getFirst().source().sourceId()).containsExactly("test:rdw", "test:kadaster");
    }

    @Test
    void countsWhatThePartnerAtTheSameAddressHoldsAndTheCouplesIncome() {
        UnusualWealthResult r = of("anouar");

        assertThat(r.subjects()).extracting(s -> s.caption()).containsExactly("Anouar Partner");
        assertThat(r.household()).extracting(m -> m.person().caption() + " " + m.relation()).containsExactly("Bibi Partner partner");
        // bijstand 1,250 × 12 + wage 1,000 × 12.96 a year
        assertThat(r.incomeByYear()).extracting(y -> y.year() + " " + Money.number(y.legalIncome())).containsExactly("2023 27960", "2024 27960");
        assertThat(indicators(r)).containsExactly(
                Map.entry("assetsToIncome", "17.88 fired 10 +1.79"),
                Map.entry("acquiredToIncome", "8.94 fired 5 +1.79"),
                Map.entry("cashPurchase", "300000 fired 10000 +2"),
                Map.entry("recentAcquisitions", "2 fired 2 +1"),
                Map.entry("katvangerVehicles", "0 below 1 +0"));
        assertThat(r.assets()).extracting(a -> a.registeredTo().caption()).containsOnly("Bibi Partner");
        assertThat(r.evidence().getFirst().description())
                .isEqualTo("BENTLEY CONTINENTAL GT KX123F (€200,000) registered to Bibi Partner, partner at the same address; seen driven 1 time in the period");
        assertThat(r.evidence().getFirst().steps()).extracting(st -> st.type())
                .containsExactly("FAMILY_OF", "LIVES_AT", "LIVES_AT", "REGISTERED_OWNER", "OBSERVED_DRIVING");
    }

    @Test
    void leavesOutWhatAPartnerLivingElsewhereHolds() {
        UnusualWealthResult r = of("evert");

        assertThat(r.household()).isEmpty();
        assertThat(r.assets()).isEmpty();
        assertThat(r.score()).isZero();
    }

    @Test
    void countsACompanyOwnedForAQuarterOrMoreButNotForTenPercent() {
        UnusualWealthResult gerrit = of("gerrit");
        UnusualWealthResult hanna = of("hanna");

        assertThat(gerrit.assets()).extracting(a -> a.description() + " via " + a.registeredTo().caption() + " " + a.heldVia())
                .containsExactly("Woonhuis Kade 5, Haarlem via Aandeel Vastgoed B.V. COMPANY");
        assertThat(indicators(gerrit)).containsEntry("assetsToIncome", "20 fired 10 +2").containsEntry("acquiredToIncome", "10 fired 5 +2")
                .containsEntry("cashPurchase", "0 below 10000 +0");
        assertThat(gerrit.score()).isEqualTo(4.0);
        assertThat(gerrit.evidence().getFirst().steps()).extracting(st -> st.type()).containsExactly("OWNS", "OWNS_PROPERTY");
        assertThat(gerrit.evidence().getFirst().steps().getFirst().properties()).extracting(p -> p.name() + "=" + p.value()).contains("share=30.0");
        assertThat(hanna.assets()).isEmpty();
        assertThat(hanna.score()).isZero();
    }

    @Test
    void attributesTheStrawMansVehiclesToTheOneSeenDrivingThem() {
        UnusualWealthResult piet = of("piet");
        UnusualWealthResult quinten = of("quinten");

        assertThat(indicators(piet)).containsExactly(
                Map.entry("assetsToIncome", "12 fired 10 +1.2"),
                Map.entry("acquiredToIncome", "6 fired 5 +1.2"),
                Map.entry("cashPurchase", "0 below 10000 +0"),
                Map.entry("recentAcquisitions", "2 fired 2 +1"),
                Map.entry("katvangerVehicles", "2 fired 1 +2"));
        assertThat(piet.score()).isEqualTo(5.4);
        assertThat(piet.assets()).extracting(a -> a.description() + " " + a.registeredTo().caption() + " " + a.heldVia() + " " + a.location())
                .containsExactly("LAMBORGHINI URUS LB001L Quinten Stroman STRAW_MAN last seen 2024-07-12 in Haarlem",
                        "PORSCHE 911 CARRERA PC911P Quinten Stroman STRAW_MAN last seen 2024-08-01 in Haarlem");
        assertThat(piet.evidence().getFirst().steps()).extracting(st -> st.type())
                .containsExactly("REGISTERED_OWNER", "OBSERVED_DRIVING", "OBSERVED_DRIVING", "DECLARED_INCOME", "DECLARED_INCOME");
        // The straw man's own result leaves out the cars held for Piet.
        assertThat(quinten.assets()).extracting(a -> a.description()).containsExactly("KIA PICANTO KP001K");
        assertThat(quinten.explanation()).contains("2 vehicles registered to the household but driven only by Piet Rijder are not counted");
    }

    @Test
    void aBorrowedCarOfSomeoneWithOneVehicleIsNoKatvanger() {
        assertThat(of("ruud").assets()).isEmpty();
        assertThat(indicators(of("ruud"))).containsEntry("katvangerVehicles", "0 below 1 +0");
    }

    @Test
    void aHighIncomeExplainsTheDoctorsAssets() {
        UnusualWealthResult r = of("dokter");

        assertThat(indicators(r)).containsExactly(
                Map.entry("assetsToIncome", "6.6 below 10 +0"),
                Map.entry("acquiredToIncome", "0.3 below 5 +0"),
                Map.entry("cashPurchase", "0 below 10000 +0"),
                Map.entry("recentAcquisitions", "1 below 2 +0"),
                Map.entry("katvangerVehicles", "0 below 1 +0"));
        assertThat(r.score()).isZero();
        assertThat(r.explanation()).contains("No indicator reaches its threshold; score 0.");
    }

    @Test
    void ranksTheHouseholdsFromSelectiveAnchorsAndMergesPartnersIntoOneResult() {
        UnusualWealthConnection ranking = wealth.rank(query(null), 20, null);

        assertThat(ranking.edges()).extracting(e -> e.node().rank() + " " + e.node().subjects().stream().map(s -> s.caption())
                        .collect(Collectors.joining(" & ")) + " " + Money.number(e.node().score()))
                .containsExactly("1 Jan Direct 8.5", "2 Anouar Partner & Bibi Partner 6.58", "3 Piet Rijder 5.4", "4 Gerrit Aandeel 4");
        assertThat(ranking.totalCount()).isEqualTo(4);
        assertThat(ranking.candidates()).isEqualTo(ranking.candidatesConsidered());
    }

    @Test
    void pagesWithCursors() {
        UnusualWealthConnection first = wealth.rank(query(null), 2, null);
        UnusualWealthConnection second = wealth.rank(query(null), 2, first.pageInfo().endCursor());

        assertThat(first.pageInfo().hasNextPage()).isTrue();
        assertThat(second.edges()).extracting(e -> e.node().rank()).containsExactly(3, 4);
        assertThat(second.pageInfo().hasNextPage()).isFalse();
    }

    @Test
    void refusesBadArgumentsSayingWhich() {
        assertThatThrownBy(() -> WealthQuery.of(null, "2024-13-01", null, null, null, null, null, null, null, null, null, null, null, LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("since \"2024-13-01\" is not a date yyyy-mm-dd");
        assertThatThrownBy(() -> WealthQuery.of(null, null, null, null, null, null, null, null, 150.0, null, null, null, null, LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minShare must be more than 0 and at most 100 (percent), got 150");
        assertThatThrownBy(() -> wealth.rank(query(null), 201, null)).isInstanceOf(QueryRefused.class)
                .hasMessageContaining("SPOOR_WEALTH_MAX_PAGE");
        assertThatThrownBy(() -> wealth.rank(query("person:nobody"), 1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("person person:nobody is no Person Spoor holds");
    }
}
