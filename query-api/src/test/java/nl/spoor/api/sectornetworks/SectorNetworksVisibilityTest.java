package nl.spoor.api.sectornetworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.sectornetworks.SectorNetworkViews.SectorNetwork;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.api.testing.PartnerViews;
import nl.spoor.api.visibility.View;
import nl.spoor.model.testing.TestStore;

/**
 * Sector networks as a purpose sees them that may not use one register (issue 6 point 3): the clan of
 * {@link SectorNetworksTest} with each kind of fact from the register that states it (KvK, BRP, Kadaster, the
 * municipality, UWV, the bank, the Belastingdienst), each its own source. A purpose without one register gets exactly
 * the networks, indicators, key figures and explanation without that register's facts; a purpose that may use every
 * register gets exactly what an unrestricted request gets.
 */
class SectorNetworksVisibilityTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final Set<String> REGISTERS = Set.of("test:kvk", "test:brp", "test:kadaster", "test:gemeente", "test:uwv", "test:bank",
            "test:belastingdienst");

    static SectorNetworks networks;

    @BeforeAll
    static void fixture() {
        new SectorFixture()
                .by("kvk")
                .address("1506AA-1", "GM0479", "Zaanstad").address("1506AA-2", "GM0479", "Zaanstad").address("1507BB-1", "GM0479", "Zaanstad")
                .address("1506CC-1", "GM0479", "Zaanstad").address("1011AA-1", "GM0363", "Amsterdam")
                .address("1062XX-1", "GM0363", "Amsterdam").address("1062XX-2", "GM0363", "Amsterdam")
                .person("father", "Johannes Kramer").person("mother", "Maria Kramer").person("son", "Bram Kramer")
                .person("wife", "Eva Kramer-Dekker").person("inlaw", "Daan Dekker").person("straw", "Kees Smit")
                .firm("10000001", "Kramer Glazenwassers B.V.", "81.22", "2015-01-01", null, null, "1506AA-1").controls("father", "10000001")
                .firm("10000003", "Kramer Glasbewassing", "81.22", "2018-01-01", "2024-01-15", null, "1506AA-1").controls("son", "10000003")
                .firm("10000002", "Glazenwasser Bram", "81.22", "2024-03-01", null, null, "1506AA-1").controls("son", "10000002")
                .succeeded("10000003", "10000002", "2024-03-01")
                .firm("10000004", "Glazenwasser Smit", "81.22", "2020-05-01", null, null, "1506AA-1").controls("straw", "10000004")
                .firm("10000005", "Glazenwasser Daan Dekker", "81.22", "2021-02-01", null, null, "1506AA-2").controls("inlaw", "10000005")
                .phone("10000001", "+31612345678").phone("10000002", "+31612345678").phone("10000004", "+31612345678")
                .firm("20000001", "Glasbewassing Groot B.V.", "81.22", "2010-01-01", null, null, "1506CC-1")
                .person("boss", "Bas Groot").controls("boss", "20000001")
                .firm("30000001", "Glazenwasserij Amstel", "81.22", "2019-01-01", null, null, "1011AA-1").person("amstel", "Ahmed Amrani")
                .controls("amstel", "30000001")
                // A cleaning firm the KvK extract gives no SBI code; only the Belastingdienst places it in 81.21.
                .firm("60000001", "Schoonmaak Noord", null, "2022-01-01", null, null, "1011AA-1")
                .by("belastingdienst").activity("60000001", "81.21")
                .by("brp").family("father", "son", "parent").family("father", "mother", "partner").family("son", "wife", "partner")
                .family("inlaw", "wife", "sibling")
                .livesAt("x1", "1062XX-1").livesAt("x2", "1062XX-2")
                .apply(f -> workers(f, w -> f.livesAt(w, "1507BB-1")))
                .by("kadaster").house("1", "father", "1507BB-1")
                .by("gemeente").permit("20000001", "ZS-GLW-2024-0001")
                .apply(f -> workers(f, w -> f.letsRoom("father", w, "1507BB-1")))
                .by("uwv").person("x1", "Piotr Nowak").person("x2", "Jan Visser").employs("20000001", "x1").employs("20000001", "x2")
                .apply(f -> workers(f, w -> f.person(w, "Werknemer " + w.substring(1)).employs("10000001", w)))
                .by("bank").coHolds("mother", "10000004")
                .transfer("F20000001", "Px1", "wx1", "2000.00", "2024-10-25").transfer("F20000001", "Px2", "wx2", "2000.00", "2024-10-25")
                .transfer("Px1", "Pamstel", "x1-rent", "500.00", "2024-10-26")
                .apply(f -> workers(f, w -> {
                    int i = Integer.parseInt(w.substring(1));
                    f.transfer("F10000001", "P" + w, "wage-" + w, "1000.00", "2024-10-25");
                    if (i <= 3) {
                        f.transfer("P" + w, "Pfather", "fw" + i, "800.00", "2024-10-28");
                    } else if (i == 4) {
                        f.transfer("P" + w, "Pfather", "fw" + i, "800.00", "2024-11-05");
                    }
                }))
                .write(NEO4J.store());
        networks = new SectorNetworks(new SectorReads(NEO4J.store(), new SectorLimits(Duration.ofSeconds(60), 100, 50), new SpreadReads(2)), new Evidence(NEO4J.store()));
    }

    /** The six workers of the B.V. (w1 … w6): each register states its own part of them. */
    private static void workers(SectorFixture f, java.util.function.Consumer<String> part) {
        for (int i = 1; i <= 6; i++) {
            part.accept("w" + i);
        }
    }

    static View every() {
        return PartnerViews.of(REGISTERS, LocalDate.parse("2026-12-06"));
    }

    static View without(String register) {
        return PartnerViews.without(REGISTERS, register, LocalDate.parse("2026-12-06"));
    }

    static List<SectorNetwork> search(String sbi, View view) {
        return networks.search(SectorNetworksTest.query(sbi), 50, null, view).edges().stream().map(e -> e.node()).toList();
    }

    static List<String> firms(SectorNetwork n) {
        return n.firms().stream().map(f -> f.firm().spoorId()).toList();
    }

    @Test
    void aPurposeThatMayUseEveryRegisterSeesExactlyWhatAnUnrestrictedRequestSees() {
        List<SectorNetwork> found = search("81.22", every());
        assertThat(found).isEqualTo(search("81.22", View.internal()));
        assertThat(search("81.21", every())).isEqualTo(search("81.21", View.internal())).hasSize(1);
        assertThat(found).extracting(SectorNetworksVisibilityTest::firms).containsExactly(
                List.of("kvk:10000001", "kvk:10000002", "kvk:10000003", "kvk:10000004", "kvk:10000005"),
                List.of("kvk:20000001"), List.of("kvk:30000001"));
        SectorNetwork clan = found.getFirst();
        // The values of SectorNetworksTest, where one source states everything.
        assertThat(clan.indicators()).extracting(Indicator::name, Indicator::value, Indicator::fired).containsExactly(
                tuple("networkFirms", 5.0, true), tuple("familyControllers", 3.0, true), tuple("maxFirmsPerAddress", 4.0, true),
                tuple("maxFirmsPerPhone", 3.0, true), tuple("firmAccountsCoHeld", 1.0, true), tuple("phoenixSuccessions", 1.0, true),
                tuple("maxPersonsPerAddress", 6.0, true), tuple("employerLandlordShare", 1.0, true), tuple("forwardedFraction", 0.4, false),
                tuple("firmsWithoutPermit", 4.0, true));
        assertThat(clan.score()).isEqualTo(11.0);
        assertThat(clan.keyFigures()).extracting(k -> k.entity().caption(), k -> k.firmsControlled(), k -> k.accountsCoHeld(), k -> k.workersHoused(),
                k -> k.receivedFromWorkers()).containsExactly(
                tuple("Johannes Kramer", 1, 0, 6, 2400.0), tuple("Bram Kramer", 2, 0, 0, 0.0), tuple("Daan Dekker", 1, 0, 0, 0.0),
                tuple("Maria Kramer", 0, 1, 0, 0.0), tuple("Kees Smit", 1, 0, 0, 0.0));
        assertThat(clan.sources()).extracting(s -> s.sourceId())
                .containsExactlyInAnyOrder("test:kvk", "test:brp", "test:kadaster", "test:gemeente", "test:uwv", "test:bank");
    }

    @Test
    void familyTiesAndRegistrationsOnlyTheBrpKnowsDoNotCountForAPurposeWithoutTheBrp() {
        List<SectorNetwork> found = search("81.22", without("test:brp"));
        // The in-law's firm was joined to the clan only through his sister, the son's wife.
        assertThat(found).extracting(SectorNetworksVisibilityTest::firms).containsExactly(
                List.of("kvk:10000001", "kvk:10000002", "kvk:10000003", "kvk:10000004"), List.of("kvk:10000005"),
                List.of("kvk:20000001"), List.of("kvk:30000001"));
        assertThat(found).extracting(SectorNetwork::score).containsExactly(8.5, 1.0, 0.0, 0.0);
        SectorNetwork clan = found.getFirst();
        assertThat(clan.indicators()).extracting(Indicator::name, Indicator::value, Indicator::fired).containsExactly(
                tuple("networkFirms", 4.0, true), tuple("familyControllers", 0.0, false), tuple("maxFirmsPerAddress", 4.0, true),
                tuple("maxFirmsPerPhone", 3.0, true), tuple("firmAccountsCoHeld", 1.0, true), tuple("phoenixSuccessions", 1.0, true),
                tuple("maxPersonsPerAddress", 0.0, false), tuple("employerLandlordShare", 1.0, true), tuple("forwardedFraction", 0.4, false),
                tuple("firmsWithoutPermit", 3.0, true));
        assertThat(SectorNetworksTest.indicator(clan, "familyControllers").explanation()).isEqualTo("no two controllers are family (FAMILY_OF)");
        assertThat(SectorNetworksTest.indicator(clan, "maxPersonsPerAddress").explanation())
                .isEqualTo("up to 0 persons not of the network registered at one address it owns or lets (1507BB-1); 0 of its 1 addresses have 6 or more");
        assertThat(clan.keyFigures()).extracting(k -> k.entity().caption(), k -> k.firmsControlled(), k -> k.accountsCoHeld(), k -> k.workersHoused(),
                k -> k.receivedFromWorkers()).containsExactly(
                tuple("Johannes Kramer", 1, 0, 6, 2400.0), tuple("Bram Kramer", 2, 0, 0, 0.0), tuple("Maria Kramer", 0, 1, 0, 0.0),
                tuple("Kees Smit", 1, 0, 0, 0.0));
        assertThat(clan.evidence()).noneSatisfy(p -> assertThat(p.steps()).anySatisfy(s -> assertThat(s.type()).isIn("FAMILY_OF", "LIVES_AT")));
        assertThat(clan.sources()).extracting(s -> s.sourceId()).doesNotContain("test:brp");
    }

    @Test
    void aPermitOnlyTheMunicipalityRegistersDoesNotCountForAPurposeWithoutTheMunicipality() {
        SectorNetwork groot = search("81.22", every()).get(1);
        assertThat(groot.firms()).extracting(f -> f.firm().caption(), f -> f.permit()).containsExactly(tuple("Glasbewassing Groot B.V.", "ZS-GLW-2024-0001"));
        assertThat(groot.score()).isZero();

        List<SectorNetwork> found = search("81.22", without("test:gemeente"));
        assertThat(found).extracting(SectorNetworksVisibilityTest::firms, SectorNetwork::score).containsExactly(
                tuple(List.of("kvk:10000001", "kvk:10000002", "kvk:10000003", "kvk:10000004", "kvk:10000005"), 11.0),
                tuple(List.of("kvk:20000001"), 1.0), tuple(List.of("kvk:30000001"), 0.0));
        SectorNetwork unlicensed = found.get(1);
        assertThat(unlicensed.firms()).extracting(f -> f.permit()).containsOnlyNulls();
        assertThat(SectorNetworksTest.indicator(unlicensed, "firmsWithoutPermit")).extracting(Indicator::value, Indicator::fired, Indicator::explanation)
                .containsExactly(1.0, true, "1 firm of SBI 81.22 in GM0479 active on or after 2024-07-01 without the required permit");
        // The father still houses his workers: he owns the house they are registered at (Kadaster, BRP), tenancy or not.
        SectorNetwork clan = found.getFirst();
        assertThat(SectorNetworksTest.indicator(clan, "employerLandlordShare").value()).isEqualTo(1.0);
        assertThat(clan.evidence()).noneSatisfy(p -> assertThat(p.steps()).anySatisfy(s -> assertThat(s.type()).isEqualTo("LANDLORD_OF")));
    }

    @Test
    void wagesForwardsAndCoHeldAccountsOnlyTheBankReportsDoNotCountForAPurposeWithoutTheBank() {
        SectorNetwork clan = search("81.22", without("test:bank")).getFirst();
        assertThat(clan.indicators()).extracting(Indicator::name, Indicator::value, Indicator::fired).containsExactly(
                tuple("networkFirms", 5.0, true), tuple("familyControllers", 3.0, true), tuple("maxFirmsPerAddress", 4.0, true),
                tuple("maxFirmsPerPhone", 3.0, true), tuple("firmAccountsCoHeld", 0.0, false), tuple("phoenixSuccessions", 1.0, true),
                tuple("maxPersonsPerAddress", 6.0, true), tuple("employerLandlordShare", 1.0, true), tuple("forwardedFraction", 0.0, false),
                tuple("firmsWithoutPermit", 4.0, true));
        assertThat(clan.score()).isEqualTo(10.0);
        assertThat(SectorNetworksTest.indicator(clan, "forwardedFraction").explanation()).isEqualTo("no wages paid by the network's accounts to its workers");
        // Without the forwards the father no longer stands above his son; the mother holds no account of theirs.
        assertThat(clan.subjects()).extracting(r -> r.caption()).containsExactly("Johannes Kramer", "Bram Kramer");
        assertThat(clan.keyFigures()).extracting(k -> k.entity().caption(), k -> k.firmsControlled(), k -> k.accountsCoHeld(), k -> k.workersHoused(),
                k -> k.receivedFromWorkers()).containsExactly(
                tuple("Johannes Kramer", 1, 0, 6, 0.0), tuple("Bram Kramer", 2, 0, 0, 0.0), tuple("Daan Dekker", 1, 0, 0, 0.0),
                tuple("Kees Smit", 1, 0, 0, 0.0));
        assertThat(clan.explanation()).startsWith("Network of 5 firms with SBI 81.22 (Kramer Glazenwassers B.V., Glazenwasser Bram, "
                + "Kramer Glasbewassing, Glazenwasser Smit, …); controlled most by Johannes Kramer (controls 1 firm, houses 6 workers), "
                + "Bram Kramer (controls 2 firms). Fired: ").endsWith("Not fired: firmAccountsCoHeld, forwardedFraction. Score 10 of 13.");
    }

    @Test
    void aFirmOnlyTheBelastingdienstPlacesInTheSectorIsNotOfItForAPurposeWithoutTheBelastingdienst() {
        assertThat(search("81.21", every())).extracting(n -> n.firms().getFirst().firm().caption(), n -> n.firms().getFirst().sbiCode())
                .containsExactly(tuple("Schoonmaak Noord", "81.21"));
        assertThat(networks.search(SectorNetworksTest.query("81.21"), 50, null, without("test:belastingdienst")).totalCount()).isZero();
    }
}
