package nl.spoor.api.unusualwealth;

import static nl.spoor.api.unusualwealth.UnusualWealthTest.indicators;
import static nl.spoor.api.unusualwealth.UnusualWealthTest.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.unusualwealth.WealthViews.UnusualWealthConnection;
import nl.spoor.api.unusualwealth.WealthViews.UnusualWealthResult;
import nl.spoor.api.testing.PartnerViews;
import nl.spoor.api.visibility.View;
import nl.spoor.model.testing.TestStore;

/**
 * unusualWealth through a request's view (README "Who sees what"): over UnusualWealthTest's scenes, each register its own
 * source, a purpose that may not use one register gets exactly the result without that register's facts (anchors, ties,
 * sightings, income, node values); a purpose that may use every register gets exactly the unrestricted result.
 */
class UnusualWealthViewTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final Set<String> REGISTERS = Set.of("test:brp", "test:kvk", "test:belastingdienst", "test:uwv", "test:rdw", "test:kadaster",
            "test:politie");

    static UnusualWealth wealth;

    @BeforeAll
    static void fixture() {
        UnusualWealthTest.scenes()
                // Bert's G-Klasse, registered before the period: the Belastingdienst's BPM record (stored first) says
                // €400,000, the RDW €150,000. He lives on a WW benefit of €2,500 a month.
                .person("bpm", "Bert Belast", "1978-01-01", "1000AB-3")
                .benefit("bpm", "org:uwv", "UWV", "WW", "2500.00", "2022-01-01")
                .bpm("GK063G", "400000.00")
                .vehicle("bpm", "GK063G", "MERCEDES-BENZ", "G 63 AMG", "150000.00", "2021-06-01")
                // Cor and Dina live at the same address; only the politie records that they are partners.
                .person("cor", "Cor Samen", "1980-01-01", "1000AB-4").person("dina", "Dina Samen", "1981-01-01", "1000AB-4")
                .family("politie", "cor", "dina", "partner").declared("cor", 2024, "20000.00").declared("dina", 2024, "20000.00")
                .vehicle("dina", "DS001S", "RANGE ROVER", "SPORT", "180000.00", "2024-02-01")
                .write(NEO4J.store());
        wealth = new UnusualWealth(NEO4J.store(), new Evidence(NEO4J.store()), new WealthLimits(2_000, Duration.ofMinutes(5), 200));
    }

    /** A purpose that may use every register but the one named. */
    static View without(String register) {
        return PartnerViews.without(REGISTERS, "test:" + register, LocalDate.parse("2024-12-31"));
    }

    static UnusualWealthResult of(String key, View view) {
        return wealth.rank(query("person:" + key), 1, null, view).edges().getFirst().node();
    }

    static List<String> ranking(View view) {
        return wealth.rank(query(null), 20, null, view).edges().stream().map(e -> e.node().rank() + " " + e.node().subjects().stream()
                .map(s -> s.caption()).collect(Collectors.joining(" & ")) + " " + Money.number(e.node().score())).toList();
    }

    static List<String> sourceIds(UnusualWealthResult r) {
        return r.sources().stream().map(Source::sourceId).toList();
    }

    @Test
    void aPurposeThatMayUseEveryRegisterGetsExactlyTheUnrestrictedResult() {
        View every = PartnerViews.of(REGISTERS, LocalDate.parse("2024-12-31"));

        UnusualWealthConnection restricted = wealth.rank(query(null), 20, null, every);
        UnusualWealthConnection unrestricted = wealth.rank(query(null), 20, null);
        assertThat(restricted.edges()).isEqualTo(unrestricted.edges());
        assertThat(restricted.edges()).hasSize(4);
        assertThat(restricted.candidates()).isEqualTo(unrestricted.candidates());
        assertThat(restricted.explanation()).isEqualTo(unrestricted.explanation().replaceFirst("\\.$", "")
                + "; only facts from the 7 sources your purpose may use.");
        for (String person : List.of("direct", "anouar", "evert", "gerrit", "hanna", "piet", "quinten", "ruud", "dokter", "bpm", "cor")) {
            assertThat(of(person, every)).as(person).isEqualTo(of(person, View.internal()));
        }
    }

    @Test
    void aVehicleOnlyTheRdwRegistersDoesNotCountForAPurposeWithoutRdw() {
        UnusualWealthResult r = of("direct", without("rdw"));

        assertThat(indicators(r)).containsExactly(
                Map.entry("assetsToIncome", "20 fired 10 +2"),
                Map.entry("acquiredToIncome", "10 fired 5 +2"),
                Map.entry("cashPurchase", "400000 fired 10000 +2"),
                Map.entry("recentAcquisitions", "1 below 2 +0"),
                Map.entry("katvangerVehicles", "0 below 1 +0"));
        assertThat(r.score()).isEqualTo(6.0);
        assertThat(r.explanation()).isEqualTo("Jan Direct holds in the period 2023-01-01 – 2024-12-31 1 asset worth €400,000: "
                + "Woonhuis Dorpsstraat 1, Zaandam €400,000 (purchase price (Kadaster)), acquired 2024-05-01, paid in cash. Legal income (the "
                + "higher of declared income and registered wages and benefits) is at most €20,000 a year (Jan Direct: declared €20,000 in 2024), "
                + "€40,000 over the period. Indicators over their threshold: assetsToIncome 20 (threshold 10), acquiredToIncome 10 (threshold 5), "
                + "cashPurchase 400000 (threshold 10000); score 6. This ranks work for an analyst and is no finding: a lawful origin (inheritance, "
                + "gift, loan, savings from before the period) is not in these sources and must be asked for.");
        assertThat(r.assets()).extracting(a -> a.description() + " " + a.heldVia() + " " + a.sources().getFirst().source().sourceId())
                .containsExactly("Woonhuis Dorpsstraat 1, Zaandam DIRECT test:kadaster");
        assertThat(sourceIds(r)).containsExactly("test:kadaster", "test:belastingdienst");
        // The straw man's cars and every other vehicle anchor are gone from the ranking too.
        assertThat(of("piet", without("rdw")).assets()).isEmpty();
        assertThat(ranking(without("rdw"))).containsExactly("1 Jan Direct 6", "2 Anouar Partner & Bibi Partner 4.14", "3 Gerrit Aandeel 4");
        assertThat(wealth.rank(query(null), 20, null, without("rdw")).candidates()).isEqualTo(4);
    }

    @Test
    void aSightingOnlyThePolitieRecordsMakesNoStrawManForAPurposeWithoutPolitie() {
        UnusualWealthResult piet = of("piet", without("politie"));
        UnusualWealthResult quinten = of("quinten", without("politie"));

        assertThat(piet.assets()).isEmpty();
        assertThat(piet.score()).isZero();
        // Nobody else is seen driving Quinten's cars: they are his own again.
        assertThat(quinten.assets()).extracting(a -> a.description() + " " + a.heldVia())
                .containsExactly("LAMBORGHINI URUS LB001L DIRECT", "PORSCHE 911 CARRERA PC911P DIRECT", "KIA PICANTO KP001K DIRECT");
        assertThat(indicators(quinten)).containsExactly(
                Map.entry("assetsToIncome", "31.43 fired 10 +3"),
                Map.entry("acquiredToIncome", "15.71 fired 5 +3.14"),
                Map.entry("cashPurchase", "0 below 10000 +0"),
                Map.entry("recentAcquisitions", "3 fired 2 +1"),
                Map.entry("katvangerVehicles", "0 below 1 +0"));
        assertThat(quinten.explanation()).doesNotContain("Piet Rijder").doesNotContain("not counted");
        assertThat(ranking(without("politie"))).containsExactly("1 Jan Direct 8.5", "2 Quinten Stroman 7.14",
                "3 Anouar Partner & Bibi Partner 6.58", "4 Gerrit Aandeel 4", "5 Dina Samen 1.8");
    }

    @Test
    void theEvidenceOfAPurposeWithoutPolitieShowsNoSightingAndCitesNoPolitieSource() {
        UnusualWealthResult all = of("anouar", View.internal());
        UnusualWealthResult r = of("anouar", without("politie"));

        assertThat(sourceIds(all)).containsExactlyInAnyOrder("test:brp", "test:rdw", "test:politie", "test:kadaster", "test:uwv",
                "test:belastingdienst");
        assertThat(r.evidence().getFirst().description())
                .isEqualTo("BENTLEY CONTINENTAL GT KX123F (€200,000) registered to Bibi Partner, partner at the same address");
        assertThat(r.evidence().getFirst().steps()).extracting(st -> st.type()).containsExactly("FAMILY_OF", "LIVES_AT", "LIVES_AT", "REGISTERED_OWNER");
        assertThat(sourceIds(r)).containsExactlyInAnyOrder("test:brp", "test:rdw", "test:kadaster", "test:uwv", "test:belastingdienst");
        assertThat(r.assets()).extracting(a -> a.description() + " | " + a.location())
                .containsExactly("BENTLEY CONTINENTAL GT KX123F | null", "Appartement Ganzenhoef 2, Amsterdam | null");
    }

    @Test
    void aPartnerTieOnlyThePolitieRecordsMakesNoHouseholdForAPurposeWithoutPolitie() {
        UnusualWealthResult all = of("cor", View.internal());
        UnusualWealthResult r = of("cor", without("politie"));

        assertThat(all.household()).extracting(m -> m.person().caption() + " " + m.relation()).containsExactly("Dina Samen partner");
        assertThat(all.assets()).extracting(a -> a.description() + " " + a.registeredTo().caption()).containsExactly("RANGE ROVER SPORT DS001S Dina Samen");
        assertThat(all.incomeByYear()).extracting(y -> y.year() + " " + Money.number(y.legalIncome())).containsExactly("2023 0", "2024 40000");
        assertThat(r.household()).isEmpty();
        assertThat(r.assets()).isEmpty();
        assertThat(r.incomeByYear()).extracting(y -> y.year() + " " + Money.number(y.legalIncome())).containsExactly("2023 0", "2024 20000");
        // Nor is Cor's income beside Dina's: her car then counts against her income alone, and she ranks on her own.
        assertThat(r.explanation()).startsWith("Cor Samen holds in the period 2023-01-01 – 2024-12-31 0 assets worth €0. Legal income (the higher of "
                + "declared income and registered wages and benefits) is at most €20,000 a year (Cor Samen: declared €20,000 in 2024), €20,000 over "
                + "the period. No indicator reaches its threshold; score 0.");
    }

    @Test
    void aCatalogueValueOnlyTheBelastingdienstStatesDoesNotCountForAPurposeWithoutIt() {
        UnusualWealthResult all = of("bpm", View.internal());
        UnusualWealthResult r = of("bpm", without("belastingdienst"));

        // The vehicle node keeps the BPM value, written first; a purpose without the Belastingdienst has the RDW's.
        assertThat(all.assets()).extracting(a -> a.description() + " " + Money.number(a.value())).containsExactly("MERCEDES-BENZ G 63 AMG GK063G 400000");
        assertThat(indicators(all)).containsEntry("assetsToIncome", "13.33 fired 10 +1.33");
        assertThat(all.score()).isEqualTo(1.33);
        assertThat(r.assets()).extracting(a -> a.description() + " " + Money.number(a.value()) + " " + a.valueBasis())
                .containsExactly("MERCEDES-BENZ G 63 AMG GK063G 150000 catalogue value (RDW)");
        assertThat(indicators(r)).containsExactly(
                Map.entry("assetsToIncome", "5 below 10 +0"),
                Map.entry("acquiredToIncome", "0 below 5 +0"),
                Map.entry("cashPurchase", "0 below 10000 +0"),
                Map.entry("recentAcquisitions", "0 below 2 +0"),
                Map.entry("katvangerVehicles", "0 below 1 +0"));
        assertThat(r.score()).isZero();
        assertThat(r.explanation()).contains("1 asset worth €150,000: MERCEDES-BENZ G 63 AMG GK063G €150,000 (catalogue value (RDW)), acquired 2021-06-01.");
    }

    @Test
    void aDeclaredIncomeOnlyTheBelastingdienstStatesDoesNotCountForAPurposeWithoutIt() {
        UnusualWealthResult direct = of("direct", without("belastingdienst"));
        UnusualWealthResult anouar = of("anouar", without("belastingdienst"));

        assertThat(direct.yearlyLegalIncome()).isZero();
        assertThat(indicators(direct)).containsExactly(
                Map.entry("assetsToIncome", "550000 fired 10 +3"),
                Map.entry("acquiredToIncome", "550000 fired 5 +4"),
                Map.entry("cashPurchase", "400000 fired 10000 +2"),
                Map.entry("recentAcquisitions", "2 fired 2 +1"),
                Map.entry("katvangerVehicles", "0 below 1 +0"));
        assertThat(direct.explanation()).contains(" Legal income (the higher of declared income and registered wages and benefits) is at most "
                + "€0 a year, €0 over the period. ");
        // Bibi's wage is the Belastingdienst's too; Anouar's bijstand (the gemeente's, written as UWV's register) stays.
        assertThat(anouar.incomeByYear()).extracting(y -> y.year() + " " + Money.number(y.legalIncome())).containsExactly("2023 15000", "2024 15000");
        assertThat(anouar.explanation()).contains("is at most €15,000 a year (Anouar Partner: bijstand €1,250 a month from Gemeente Zaanstad), "
                + "€30,000 over the period.");
    }

    @Test
    void aShareOnlyTheKvkRegistersDoesNotTieACompanysHouseToItsOwnerForAPurposeWithoutKvk() {
        UnusualWealthResult gerrit = of("gerrit", without("kvk"));

        assertThat(of("gerrit", View.internal()).assets()).hasSize(1);
        assertThat(gerrit.assets()).isEmpty();
        assertThat(gerrit.evidence()).extracting(p -> p.description()).noneMatch(d -> d.contains("Aandeel Vastgoed"));
        assertThat(gerrit.score()).isZero();
        assertThat(ranking(without("kvk"))).containsExactly("1 Jan Direct 8.5", "2 Anouar Partner & Bibi Partner 6.58", "3 Piet Rijder 5.4");
    }

    @Test
    void aPersonOnlyTheBrpRegistersIsUnknownToAPurposeWithoutBrp() {
        assertThatThrownBy(() -> of("direct", without("brp"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("person person:direct is no Person Spoor holds");
        UnusualWealthConnection ranking = wealth.rank(query(null), 20, null, without("brp"));
        assertThat(ranking.totalCount()).isZero();
        assertThat(ranking.candidates()).isZero();
    }
}
