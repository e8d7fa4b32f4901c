package nl.spoor.api.sectornetworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.EvidenceStep;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.sectornetworks.SectorNetworkViews.SectorNetwork;
import nl.spoor.api.sectornetworks.SectorNetworkViews.SectorNetworkConnection;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.api.visibility.View;
import nl.spoor.model.testing.TestStore;

/** Sector networks over a tiny hand-built graph (SectorFixture), one scene per behaviour, one Neo4j for the class. */
class SectorNetworksTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static SectorNetworks networks;

    @BeforeAll
    static void fixture() {
        new SectorFixture()
                .address("1506AA-1", "GM0479", "Zaanstad").address("1506AA-2", "GM0479", "Zaanstad").address("1507BB-1", "GM0479", "Zaanstad")
                .address("1506CC-1", "GM0479", "Zaanstad").address("1011AA-1", "GM0363", "Amsterdam").address("1062BC-1", "GM0363", "Amsterdam")
                .address("1062XX-1", "GM0363", "Amsterdam").address("1062XX-2", "GM0363", "Amsterdam")
                // A clan: father's B.V., the son's firm succeeding his earlier one 46 days after it stopped at the same office,
                // a katvanger's firm whose account the mother holds too, and a firm of the son's wife's brother at a second office.
                .person("father", "Johannes Kramer").person("mother", "Maria Kramer").person("son", "Bram Kramer")
                .person("wife", "Eva Kramer-Dekker").person("inlaw", "Daan Dekker").person("straw", "Kees Smit")
                .family("father", "son", "parent").family("father", "mother", "partner").family("son", "wife", "partner")
                .family("inlaw", "wife", "sibling")
                .firm("10000001", "Kramer Glazenwassers B.V.", "81.22", "2015-01-01", null, null, "1506AA-1").controls("father", "10000001")
                .firm("10000003", "Kramer Glasbewassing", "81.22", "2018-01-01", "2024-01-15", null, "1506AA-1").controls("son", "10000003")
                .firm("10000002", "Glazenwasser Bram", "81.22", "2024-03-01", null, null, "1506AA-1").controls("son", "10000002")
                .succeeded("10000003", "10000002", "2024-03-01")
                .firm("10000004", "Glazenwasser Smit", "81.22", "2020-05-01", null, null, "1506AA-1").controls("straw", "10000004")
                .coHolds("mother", "10000004")
                .firm("10000005", "Glazenwasser Daan Dekker", "81.22", "2021-02-01", null, null, "1506AA-2").controls("inlaw", "10000005")
                .phone("10000001", "+31612345678").phone("10000002", "+31612345678").phone("10000004", "+31612345678")
                // Six workers of the B.V. in the father's house, renting their room from him; wages of € 1,000 on 25 October;
                // three send € 800 to the father 3 days later, one 11 days later, two keep it.
                .house("1", "father", "1507BB-1")
                .firm("20000001", "Glasbewassing Groot B.V.", "81.22", "2010-01-01", null, "ZS-GLW-2024-0001", "1506CC-1")
                .person("boss", "Bas Groot").controls("boss", "20000001")
                .person("x1", "Piotr Nowak").person("x2", "Jan Visser").employs("20000001", "x1").employs("20000001", "x2")
                .livesAt("x1", "1062XX-1").livesAt("x2", "1062XX-2")
                .transfer("F20000001", "Px1", "wx1", "2000.00", "2024-10-25").transfer("F20000001", "Px2", "wx2", "2000.00", "2024-10-25")
                .transfer("Px1", "Pamstel", "x1-rent", "500.00", "2024-10-26")
                // A window cleaner in Amsterdam, where no permit is required.
                .firm("30000001", "Glazenwasserij Amstel", "81.22", "2019-01-01", null, null, "1011AA-1").person("amstel", "Ahmed Amrani")
                .controls("amstel", "30000001")
                // Three unrelated barbers in one business centre.
                .person("b1", "Lisa Bakker").person("b2", "Mehmet Kaya").person("b3", "Sanne de Boer")
                .firm("40000001", "Kapsalon Lisa", "96.02", "2019-01-01", null, null, "1062BC-1").controls("b1", "40000001")
                .firm("40000002", "Barbershop Kaya", "96.02", "2020-01-01", null, null, "1062BC-1").controls("b2", "40000002")
                .firm("40000003", "Kapper Sanne", "96.02", "2021-01-01", null, null, "1062BC-1").controls("b3", "40000003")
                // One haulier behind three transport firms at three addresses.
                .person("t1", "Rik Vos")
                .firm("50000001", "Vos Transport", "49.41", "2019-01-01", null, null, "1062XX-1").controls("t1", "50000001")
                .firm("50000002", "Vos Koeriers", "49.41", "2020-01-01", null, null, "1062XX-2").controls("t1", "50000002")
                .firm("50000003", "Vos Logistiek", "49.41", "2021-01-01", null, null, "1011AA-1").controls("t1", "50000003")
                .apply(f -> {
                    for (int i = 1; i <= 6; i++) {
                        String w = "w" + i;
                        f.person(w, "Werknemer " + i).employs("10000001", w).livesAt(w, "1507BB-1").letsRoom("father", w, "1507BB-1")
                                .transfer("F10000001", "P" + w, "wage-" + w, "1000.00", "2024-10-25");
                        if (i <= 3) {
                            f.transfer("P" + w, "Pfather", "fw" + i, "800.00", "2024-10-28");
                        } else if (i == 4) {
                            f.transfer("P" + w, "Pfather", "fw" + i, "800.00", "2024-11-05");
                        }
                    }
                })
                .write(NEO4J.store());
        networks = new SectorNetworks(new SectorReads(NEO4J.store(), new SectorLimits(Duration.ofSeconds(60), 100, 50), new SpreadReads(2)), new Evidence(NEO4J.store()));
    }

    static SectorNetworkQuery query(String sbi) {
        return SectorNetworkQuery.of(sbi, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    static List<SectorNetwork> search(SectorNetworkQuery q) {
        return networks.search(q, 50, null).edges().stream().map(e -> e.node()).toList();
    }

    static Indicator indicator(SectorNetwork n, String name) {
        return n.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    static List<String> firms(SectorNetwork n) {
        return n.firms().stream().map(f -> f.firm().spoorId()).toList();
    }

    @Test
    void groupsTheClansFirmsByOfficePhoneFamilyAndAccountAndMeasuresEveryIndicator() {
        List<SectorNetwork> found = search(query("81.22"));
        assertThat(found).extracting(SectorNetworksTest::firms).containsExactly(
                List.of("kvk:10000001", "kvk:10000002", "kvk:10000003", "kvk:10000004", "kvk:10000005"),
                List.of("kvk:20000001"), List.of("kvk:30000001"));
        SectorNetwork clan = found.getFirst();
        assertThat(clan.rank()).isEqualTo(1);
        assertThat(clan.indicators()).extracting(Indicator::name, Indicator::value, Indicator::threshold, Indicator::fired, Indicator::weight)
                .containsExactly(
                        tuple("networkFirms", 5.0, 3.0, true, 1.0),
                        tuple("familyControllers", 3.0, 3.0, true, 1.0),
                        tuple("maxFirmsPerAddress", 4.0, 3.0, true, 1.0),
                        tuple("maxFirmsPerPhone", 3.0, 2.0, true, 1.0),
                        tuple("firmAccountsCoHeld", 1.0, 1.0, true, 1.0),
                        tuple("phoenixSuccessions", 1.0, 1.0, true, 1.5),
                        tuple("maxPersonsPerAddress", 6.0, 6.0, true, 1.5),
                        tuple("employerLandlordShare", 1.0, 0.5, true, 2.0),
                        tuple("forwardedFraction", 0.4, 0.5, false, 0.0),
                        tuple("firmsWithoutPermit", 4.0, 1.0, true, 1.0));
        assertThat(clan.score()).isEqualTo(11.0);
        assertThat(indicator(clan, "forwardedFraction").explanation())
                .isEqualTo("€2,400.00 of €6,000.00 in wages (6 payments) went on to network members within 7 days (at most 3 days after the wage)");
        assertThat(indicator(clan, "familyControllers").explanation())
                .isEqualTo("3 of 4 controllers are family of each other (FAMILY_OF, directly or through one relative)");
        assertThat(clan.subjects()).extracting(r -> r.caption()).containsExactly("Johannes Kramer");
        assertThat(clan.keyFigures()).extracting(k -> k.entity().caption(), k -> k.firmsControlled(), k -> k.accountsCoHeld(), k -> k.workersHoused(),
                k -> k.receivedFromWorkers()).containsExactly(
                tuple("Johannes Kramer", 1, 0, 6, 2400.0), tuple("Bram Kramer", 2, 0, 0, 0.0), tuple("Daan Dekker", 1, 0, 0, 0.0),
                tuple("Maria Kramer", 0, 1, 0, 0.0), tuple("Kees Smit", 1, 0, 0, 0.0));
        assertThat(clan.explanation()).startsWith("Network of 5 firms with SBI 81.22 (Kramer Glazenwassers B.V., Glazenwasser Bram, "
                        + "Kramer Glasbewassing, Glazenwasser Smit, …); controlled most by Johannes Kramer (controls 1 firm, houses 6 workers, "
                        + "received €2,400.00 from workers). Fired: 5 firms (4 active, 1 ended) [networkFirms ≥ 3]; ")
                .contains("1 firm stopped and was followed within 46 days by a firm at the same address or with the same people", "[employerLandlordShare ≥ 0.5]")
                .endsWith("Not fired: forwardedFraction. Score 11 of 13.");
    }

    @Test
    void showsThePhoenixSuccessionWithTheKvkSuccessionTheSharedOfficeAndTheSameOwner() {
        SectorNetwork clan = search(query("81.22")).getFirst();
        EvidencePath phoenix = clan.evidence().stream().filter(p -> p.description().contains("stopped")).findFirst().orElseThrow();
        assertThat(phoenix.description())
                .isEqualTo("Kramer Glasbewassing stopped on 2024-01-15; Glazenwasser Bram started 46 days later at the same address and with the same controller");
        assertThat(phoenix.steps()).extracting(EvidenceStep::type, s -> s.from().caption(), s -> s.to().caption()).containsExactly(
                tuple("SUCCEEDED_BY", "Kramer Glasbewassing", "Glazenwasser Bram"),
                tuple("REGISTERED_AT", "Kramer Glasbewassing", "1506AA-1"), tuple("REGISTERED_AT", "Glazenwasser Bram", "1506AA-1"),
                tuple("DIRECTOR_OF", "Bram Kramer", "Kramer Glasbewassing"), tuple("DIRECTOR_OF", "Bram Kramer", "Glazenwasser Bram"));
        assertThat(phoenix.steps()).allSatisfy(s -> assertThat(s.sources()).extracting(a -> a.source().sourceId()).containsExactly(SectorFixture.SOURCE));
        assertThat(clan.sources()).extracting(s -> s.sourceId()).containsExactly(SectorFixture.SOURCE);
    }

    @Test
    void aLicensedFirmThatDoesNotHouseOrTakeWagesScoresNothingAndSaysSo() {
        SectorNetwork groot = search(query("81.22")).get(1);
        assertThat(groot.score()).isZero();
        assertThat(indicator(groot, "employerLandlordShare").explanation()).isEqualTo("0 of 2 workers rent from the network or live at an address it owns");
        assertThat(indicator(groot, "forwardedFraction").value()).isZero();
        assertThat(groot.explanation()).isEqualTo("Network of 1 firm with SBI 81.22 (Glasbewassing Groot B.V.); controlled most by Bas Groot "
                + "(controls 1 firm). No indicator fired. Not fired: networkFirms, familyControllers, maxFirmsPerAddress, maxFirmsPerPhone, "
                + "firmAccountsCoHeld, phoenixSuccessions, maxPersonsPerAddress, employerLandlordShare, forwardedFraction, firmsWithoutPermit. Score 0 of 13.");
        assertThat(groot.evidence()).isEmpty();
    }

    @Test
    void thresholdsAreArguments() {
        SectorNetworkQuery d = query("81.22");
        SectorNetworkQuery looser = SectorNetworkQuery.of("81.22", null, null, null, null, 4, null, null, null, null, 30, null, null, 0.3, 14,
                null, null, null, null, null, null);
        SectorNetwork clan = search(looser).getFirst();
        assertThat(indicator(clan, "familyControllers")).extracting(Indicator::threshold, Indicator::fired).containsExactly(4.0, false);
        assertThat(indicator(clan, "phoenixSuccessions")).extracting(Indicator::value, Indicator::fired).containsExactly(0.0, false);
        assertThat(indicator(clan, "forwardedFraction")).extracting(Indicator::value, Indicator::threshold, Indicator::fired)
                .containsExactly(0.53, 0.3, true);
        assertThat(clan.score()).isEqualTo(11.0 - 1 - 1.5 + 2);
        assertThat(d.forwardWindowDays()).isEqualTo(7);
    }

    @Test
    void aMunicipalityKeepsOnlyItsFirms() {
        assertThat(search(SectorNetworkQuery.of("81.22", "Zaanstad", null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null))).extracting(SectorNetworksTest::firms).noneMatch(f -> f.contains("kvk:30000001")).hasSize(2);
        assertThat(search(SectorNetworkQuery.of("81.22", "GM0363", null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null))).extracting(SectorNetworksTest::firms).containsExactly(List.of("kvk:30000001"));
    }

    @Test
    void anSbiPrefixFindsTheSubclassesAndAHubAddressJoinsNothing() {
        assertThat(search(query("96"))).extracting(SectorNetworksTest::firms)
                .containsExactly(List.of("kvk:40000001", "kvk:40000002", "kvk:40000003"));
        assertThat(search(query("9602")).getFirst().indicators()).extracting(Indicator::name, Indicator::value)
                .contains(tuple("maxFirmsPerAddress", 3.0), tuple("firmsWithoutPermit", 0.0));
        assertThat(indicator(search(query("96.02")).getFirst(), "firmsWithoutPermit").explanation())
                .isEqualTo("no permit rule for this sector (the rule is for SBI 81.22)");
        SectorNetworkQuery hubCap = SectorNetworkQuery.of("96.02", null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, 2, null);
        assertThat(search(hubCap)).extracting(SectorNetworksTest::firms)
                .containsExactly(List.of("kvk:40000001"), List.of("kvk:40000002"), List.of("kvk:40000003"));
    }

    @Test
    void aControllerOfMoreFirmsThanTheHubCapStillJoinsThem() {
        SectorNetworkQuery hubCap = SectorNetworkQuery.of("49.41", null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, 2, null);
        List<SectorNetwork> found = search(hubCap);
        assertThat(found).extracting(SectorNetworksTest::firms).containsExactly(List.of("kvk:50000001", "kvk:50000002", "kvk:50000003"));
        assertThat(found.getFirst().keyFigures()).extracting(k -> k.entity().caption(), k -> k.firmsControlled()).containsExactly(tuple("Rik Vos", 3));
    }

    @Test
    void pagesWithCursorsAndLeavesOutNetworksBelowMinScore() {
        SectorNetworkConnection first = networks.search(query("81.22"), 1, null);
        assertThat(first.totalCount()).isEqualTo(3);
        assertThat(first.pageInfo().hasNextPage()).isTrue();
        SectorNetworkConnection second = networks.search(query("81.22"), 5, first.pageInfo().endCursor());
        assertThat(second.edges()).extracting(e -> e.node().rank()).containsExactly(2, 3);
        assertThat(second.pageInfo().hasNextPage()).isFalse();
        SectorNetworkQuery risky = SectorNetworkQuery.of("81.22", null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, 5.0);
        assertThat(networks.search(risky, 5, null).totalCount()).isEqualTo(1);
    }

    @Test
    void measuresEveryNetworkAsAloneWhenManyAreSpreadInChunksOverTheReadThreads() {
        SectorNetworkQuery q = query("81.22");
        SectorReads reads = new SectorReads(NEO4J.store(), new SectorLimits(Duration.ofSeconds(60), 100, 50), new SpreadReads(2));
        List<NetworkStructure> real = SectorFirms.networks(reads, q, View.internal()).stream().map(n -> NetworkStructure.of(n, q)).toList();
        Map<String, NetworkMeasures.Measures> alone = NetworkMeasures.measure(reads, real, q, View.internal());
        // 300 more (of no firm the store holds) make chunks of at least 101 (SpreadReads), the real ones dealt among them.
        List<NetworkStructure> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(NetworkMeasures.placeholder("none:" + i, q));
            if (i < real.size()) {
                many.add(real.get(i));
            }
        }
        Map<String, NetworkMeasures.Measures> spread = NetworkMeasures.measure(reads, many, q, View.internal());

        assertThat(alone.values()).anyMatch(m -> !m.housing().isEmpty() && !m.workers().isEmpty() && m.wageCount() > 0 && !m.forwards().isEmpty());
        real.forEach(s -> assertThat(spread.get(s.network().id())).isEqualTo(alone.get(s.network().id())));
        assertThat(spread.get("none:0")).isEqualTo(new NetworkMeasures.Measures(List.of(), List.of(), 0.0, 0, List.of()));
    }

    @Test
    void refusesBadArgumentsAndTooLargeQuestionsSayingWhy() {
        assertThatThrownBy(() -> query("8")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sbi '8' is not an SBI code or prefix (2 to 5 digits, e.g. 81.22, 8122 or 78)");
        assertThatThrownBy(() -> SectorNetworkQuery.of("81.22", null, "2024-12-01", "2024-01-01", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null)).hasMessage("until 2024-01-01 is before since 2024-12-01");
        assertThatThrownBy(() -> SectorNetworkQuery.of("81.22", null, null, null, null, null, null, null, null, null, null, null, null, 1.5, null,
                null, null, null, null, null, null)).hasMessage("minForwardedFraction must be between 0 and 1, got 1.5");
        assertThatThrownBy(() -> networks.search(query("81.22"), 51, null)).isInstanceOf(QueryRefused.class)
                .extracting(e -> ((QueryRefused) e).limit()).isEqualTo(QueryRefused.Limit.PAGE_SIZE);
        SectorNetworks small = new SectorNetworks(new SectorReads(NEO4J.store(), new SectorLimits(Duration.ofSeconds(60), 2, 50), new SpreadReads(2)),
                new Evidence(NEO4J.store()));
        assertThatThrownBy(() -> small.search(query("81.22"), 5, null)).isInstanceOf(QueryRefused.class)
                .hasMessage("SBI 81.22 has more than 2 firms here (SPOOR_SECTOR_MAX_FIRMS). Narrow it: a longer SBI code, a municipality or a period.")
                .extracting(e -> ((QueryRefused) e).limit()).isEqualTo(QueryRefused.Limit.TOO_MANY_RESULTS);
        assertThatThrownBy(() -> networks.search(query("81.22"), 5, "bm9wZQ")).hasMessage("after is not a cursor this API gave: bm9wZQ");
    }
}
