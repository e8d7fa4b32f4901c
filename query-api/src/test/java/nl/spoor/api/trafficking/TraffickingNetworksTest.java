package nl.spoor.api.trafficking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.api.trafficking.NetworkAssessment.Role;
import nl.spoor.api.trafficking.TraffickingViews.NetworkPerson;
import nl.spoor.api.trafficking.TraffickingViews.TraffickingNetwork;
import nl.spoor.api.trafficking.TraffickingViews.TraffickingNetworkConnection;
import nl.spoor.api.visibility.View;
import nl.spoor.model.testing.TestStore;

/** traffickingNetworks over a tiny hand-built graph (NetworkFixture), one scene per behaviour, one Neo4j for the class. */
class TraffickingNetworksTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static TraffickingNetworks networks;
    static final TraffickingQuery Q = TraffickingQuery.of(null, null, null, null, null, null, null, null, "2024-10-01", "2024-12-31");
    /** Q listing every network with at least one indicator. */
    static final TraffickingQuery EVERY_NETWORK = TraffickingQuery.of(null, null, null, null, null, null, null, 1, "2024-10-01", "2024-12-31");

    @BeforeAll
    static void fixture() {
        new NetworkFixture()
                // Seksueel: Ion lets rooms to six young women, who stay at hotels and an Airbnb, are offered on his phone under
                // changing aliases and pay him; Cristina, herself one of them, collects the money of two newer ones and her phone
                // carries their ads. A car of a front is driven by Ion where they stay.
                .person("ion", "Ion Ionescu", "1985-02-01").person("cris", "Cristina Munteanu", "2003-04-26")
                .person("ana", "Ana Popescu", "2002-01-10").person("bea", "Bea Radu", "2001-03-03").person("dana", "Dana Ilie", "2000-07-07")
                .person("rec1", "Gabriela Popa", "2004-06-15").person("rec2", "Anna Wójcik", "2000-12-03").person("front", "Piet Stroman", "1970-01-01")
                .address("1505FJ-45", "woning", "Zaandam").address("1825ZT-85", "hotel", "Alkmaar").address("2036ZF-79", "airbnb", "Haarlem")
                .address("1628PJ-136", "hotel", "Hoorn")
                .lets("ion", "cris", "1505FJ-45").lets("ion", "ana", "1505FJ-45").lets("ion", "bea", "1505FJ-45").lets("ion", "dana", "1505FJ-45")
                .lets("ion", "rec1", "1505FJ-45").lets("ion", "rec2", "1505FJ-45")
                .livesAt("cris", "1505FJ-45", "2024-01-01", null).livesAt("ana", "1505FJ-45", "2024-01-01", null)
                .livesAt("bea", "1505FJ-45", "2024-01-01", null).livesAt("dana", "1505FJ-45", "2024-01-01", null)
                .livesAt("rec1", "1505FJ-45", "2024-01-01", null).livesAt("rec2", "1505FJ-45", "2024-01-01", null)
                .livesAt("cris", "1825ZT-85", "2024-10-03", "2024-10-13").livesAt("ana", "1825ZT-85", "2024-10-03", "2024-10-13")
                .livesAt("rec1", "1825ZT-85", "2024-10-03", "2024-10-13")
                .livesAt("cris", "2036ZF-79", "2024-11-01", "2024-11-10").livesAt("rec1", "2036ZF-79", "2024-11-01", "2024-11-10")
                .livesAt("rec1", "1628PJ-136", "2024-12-01", "2024-12-10").livesAt("rec2", "1628PJ-136", "2024-12-01", "2024-12-10")
                .phone("+31611111111", "ion").phone("+31622222222", "cris")
                .ad("000001", "Bella", "+31611111111", "ana").ad("000002", "Roxy", "+31611111111", "bea")
                .ad("000003", "Mia", "+31611111111", "dana").ad("000004", "Lola", "+31611111111", "ana")
                .ad("000005", "Kim", "+31622222222", "rec1").ad("000006", "Lara", "+31622222222", "rec2")
                .pays("cris", "ion", "1190.00", "2024-10-10").pays("ana", "ion", "400.00", "2024-10-09")
                .pays("bea", "ion", "350.00", "2024-10-09").pays("dana", "ion", "380.00", "2024-10-09")
                .pays("rec1", "cris", "300.00", "2024-10-08").pays("rec2", "cris", "320.00", "2024-10-08")
                .vehicle("SRG72B", "front")
                .drives("ion", "SRG72B", "2024-10-05", "Alkmaar")     // during the stay in Alkmaar
                .drives("ion", "SRG72B", "2024-11-05", "Haarlem")     // during the stay in Haarlem
                .drives("ion", "SRG72B", "2024-12-20", "Alkmaar")     // nobody stays there then
                // Arbeid: an uitzendbureau employs five migrants, lets them rooms in one house and drives them in its van; four
                // pay its director a "debt". The youngest is 16.
                .person("jk", "Johannes Kuiper", "1975-05-05").company("41429479", "Kuiper Flexwerk B.V.", "jk")
                .address("1951KW-140", "woning", "Velsen-Noord")
                .person("w1", "Stoyan Petrov", "1973-07-02").person("w2", "Gheorghe Popa", "1981-02-04").person("w3", "Nikolay Georgiev", "2003-04-25")
                .person("w4", "Anna Zielińska", "2000-09-11").person("w5", "Ion Constantin", "2008-05-01")
                .lets("kvk:41429479", "w1", "1951KW-140").lets("kvk:41429479", "w2", "1951KW-140").lets("kvk:41429479", "w3", "1951KW-140")
                .lets("kvk:41429479", "w4", "1951KW-140").lets("kvk:41429479", "w5", "1951KW-140")
                .employs("41429479", "w1").employs("41429479", "w2").employs("41429479", "w3").employs("41429479", "w4").employs("41429479", "w5")
                .livesAt("w1", "1951KW-140", "2024-02-01", null).livesAt("w2", "1951KW-140", "2024-02-01", null)
                .livesAt("w3", "1951KW-140", "2024-02-01", null).livesAt("w4", "1951KW-140", "2024-02-01", null)
                .livesAt("w5", "1951KW-140", "2024-02-01", null)
                .pays("w1", "jk", "180.00", "2024-10-23").pays("w2", "jk", "180.00", "2024-10-23").pays("w3", "jk", "170.00", "2024-10-24")
                .pays("w4", "jk", "160.00", "2024-10-25").pays("w1", "jk", "180.00", "2024-11-23")
                .vehicle("VNB12X", "kvk:41429479").drives("jk", "VNB12X", "2024-10-21", "Velsen-Noord").drives("jk", "VNB12X", "2024-11-24", "Velsen-Noord")
                // A big family renting one house: six persons at one address, all family; the working children pay kostgeld to
                // their father, the father pays the rent. Not unrelated persons, no fan-in.
                .person("kees", "Kees Verhuur", "1960-01-01").address("1066PH-83", "woning", "Amsterdam")
                .person("dad", "Youssef Al-Masri", "1970-01-01").person("mum", "Fatima Al-Masri", "1972-01-01")
                .person("k1", "Omar Al-Masri", "1995-01-01").person("k2", "Sara Al-Masri", "1997-01-01")
                .person("k3", "Ali Al-Masri", "1999-01-01").person("k4", "Noor Al-Masri", "2001-01-01")
                .family("dad", "mum", "partner").family("dad", "k1", "parent").family("dad", "k2", "parent").family("dad", "k3", "parent")
                .family("dad", "k4", "parent")
                .lets("kees", "dad", "1066PH-83").lets("kees", "mum", "1066PH-83").lets("kees", "k1", "1066PH-83").lets("kees", "k2", "1066PH-83")
                .lets("kees", "k3", "1066PH-83").lets("kees", "k4", "1066PH-83")
                .livesAt("dad", "1066PH-83", "2010-01-01", null).livesAt("mum", "1066PH-83", "2010-01-01", null)
                .livesAt("k1", "1066PH-83", "2010-01-01", null).livesAt("k2", "1066PH-83", "2010-01-01", null)
                .livesAt("k3", "1066PH-83", "2010-01-01", null).livesAt("k4", "1066PH-83", "2010-01-01", null)
                .pays("k1", "dad", "150.00", "2024-10-01").pays("k2", "dad", "150.00", "2024-10-01").pays("k3", "dad", "150.00", "2024-10-01")
                .pays("k4", "dad", "150.00", "2024-10-01").pays("dad", "kees", "1450.00", "2024-10-01")
                // Ion rents his own home from Nadia, who lets rooms to six unrelated persons at one address and receives their rent:
                // his ads and his circle are not hers, and he is not folded into her network.
                .person("nadia", "Nadia Azzouzi", "1965-01-01").address("1521CP-203", "woning", "Zaandam")
                .person("t1", "Tom Bakker", "1990-01-01").person("t2", "Lisa Smit", "1991-01-01").person("t3", "Henk Vos", "1992-01-01")
                .person("t4", "Eva Mol", "1993-01-01").person("t5", "Rob Kok", "1994-01-01")
                .lets("nadia", "ion", "1521CP-203").lets("nadia", "t1", "1521CP-203").lets("nadia", "t2", "1521CP-203")
                .lets("nadia", "t3", "1521CP-203").lets("nadia", "t4", "1521CP-203").lets("nadia", "t5", "1521CP-203")
                .livesAt("ion", "1521CP-203", "2023-01-01", null).livesAt("t1", "1521CP-203", "2023-01-01", null)
                .livesAt("t2", "1521CP-203", "2023-01-01", null).livesAt("t3", "1521CP-203", "2023-01-01", null)
                .livesAt("t4", "1521CP-203", "2023-01-01", null).livesAt("t5", "1521CP-203", "2023-01-01", null)
                .pays("ion", "nadia", "600.00", "2024-10-01").pays("t1", "nadia", "600.00", "2024-10-01").pays("t2", "nadia", "600.00", "2024-10-01")
                .pays("t3", "nadia", "600.00", "2024-10-01").pays("t4", "nadia", "600.00", "2024-10-01").pays("t5", "nadia", "600.00", "2024-10-01")
                // Vera lets one house to five tenants who all pay her: two couples and a single. As many residents as the
                // threshold, but only the single one is unrelated to the others there.
                .person("vera", "Vera Kamer", "1962-01-01").address("3011AB-10", "woning", "Rotterdam")
                .person("c1a", "Piotr Nowak", "1990-03-01").person("c1b", "Agata Nowak", "1991-04-01")
                .person("c2a", "Mihai Stan", "1988-05-01").person("c2b", "Elena Stan", "1989-06-01").person("s1", "Jonas Berg", "1995-07-01")
                .family("c1a", "c1b", "partner").family("c2a", "c2b", "partner")
                .apply(f -> List.of("c1a", "c1b", "c2a", "c2b", "s1").forEach(t -> f.lets("vera", t, "3011AB-10")
                        .livesAt(t, "3011AB-10", "2024-01-01", null).pays(t, "vera", "500.00", "2024-10-02")))
                // Rosa is paid by four persons on a statement that gives no days.
                .person("rosa", "Rosa Undated", "1975-01-01")
                .apply(f -> List.of("u1", "u2", "u3", "u4").forEach(u -> f.person(u, "Payer " + u, "1990-01-01").pays(u, "rosa", "250.00", null)))
                // A massage salon advertising four times under its own name on its own phone.
                .person("monique", "Monique ten Have", "1980-01-01").company("12345670", "Massagesalon Sakura", "monique")
                .phone("+31633333333", "kvk:12345670")
                .ad("000011", "Massagesalon Sakura", "+31633333333", "monique").ad("000012", "Massagesalon Sakura", "+31633333333", "monique")
                .ad("000013", "Massagesalon Sakura", "+31633333333", "monique").ad("000014", "Massagesalon Sakura", "+31633333333", "monique")
                .write(NEO4J.store());
        networks = new TraffickingNetworks(NEO4J.store(), new Evidence(NEO4J.store()), new TraffickingLimits(Duration.ofSeconds(60), 5_000, 100), new SpreadReads(2));
    }

    static Map<String, String> indicators(List<Indicator> indicators) {
        return indicators.stream().collect(Collectors.toMap(Indicator::name,
                i -> (long) i.value() + (i.fired() ? " fired " : " quiet ") + String.format(java.util.Locale.ROOT, "%.4f", i.weight()),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void ranksTheSexualAndTheLabourNetworkAroundTheirControllersAndNothingElse() {
        List<NetworkAssessment> ranked = networks.assess(null, Q);

        assertThat(ranked).extracting(a -> a.facts.name() + " " + String.format(java.util.Locale.ROOT, "%.2f", a.score))
                .containsExactly("Ion Ionescu 9.03", "Johannes Kuiper 5.67", "Nadia Azzouzi 2.70");
        assertThat(indicators(ranked.getFirst().indicators)).containsExactly(
                Map.entry("fanInSenders", "4 fired 1.0000"), Map.entry("unrelatedPersonsPerAddress", "6 fired 1.2000"),
                Map.entry("hotelStays", "7 fired 2.0000"), Map.entry("aliasesPerPhone", "4 fired 1.3333"),
                Map.entry("personsPerPhone", "3 fired 1.5000"), Map.entry("employerIsLandlord", "0 quiet 0.0000"),
                Map.entry("transportSightings", "2 fired 2.0000"));
        assertThat(indicators(ranked.get(1).indicators)).containsExactly(
                Map.entry("fanInSenders", "4 fired 1.0000"), Map.entry("unrelatedPersonsPerAddress", "5 fired 1.0000"),
                Map.entry("hotelStays", "0 quiet 0.0000"), Map.entry("aliasesPerPhone", "0 quiet 0.0000"),
                Map.entry("personsPerPhone", "0 quiet 0.0000"), Map.entry("employerIsLandlord", "5 fired 1.6667"),
                Map.entry("transportSightings", "2 fired 2.0000"));
    }

    @Test
    void aSearchWithItsFanInAnchorInPartsOnTheReadThreadsFindsWhatOneReadFinds() {
        // The class's search reads anchor (3) in four parts on two threads; this one in one read.
        TraffickingNetworks oneThread = new TraffickingNetworks(NEO4J.store(), new Evidence(NEO4J.store()),
                new TraffickingLimits(Duration.ofSeconds(60), 5_000, 100), new SpreadReads(1));
        List<String> inParts = readings(networks.assess(null, EVERY_NETWORK));
        assertThat(inParts).isEqualTo(readings(oneThread.assess(null, EVERY_NETWORK)));
        assertThat(inParts).anySatisfy(r -> assertThat(r).startsWith("Ion Ionescu [phone, address, fanIn] 9.03"));
    }

    @Test
    void theRankingCountsThePayersTheFanInAnchorFoundAsAReadAroundTheControllerDoes() {
        // The ranking takes the payers of the accounts the fan-in anchor found (and looks up only the other accounts');
        // asked around one controller, the network read looks up every account's payers itself.
        List<NetworkAssessment> ranked = networks.assess(null, EVERY_NETWORK);

        assertThat(ranked).extracting(a -> a.facts.controller()).contains("person:ion", "person:jk", "person:nadia", "person:vera")
                // His children's kostgeld is no fan-in, however their payments are found.
                .doesNotContain("person:dad");
        for (NetworkAssessment a : ranked) {
            NetworkAssessment around = networks.assess(a.facts.controller(), EVERY_NETWORK).getFirst();
            assertThat(a.facts.payers()).containsExactlyInAnyOrderElementsOf(around.facts.payers());
            assertThat(indicators(a.indicators)).isEqualTo(indicators(around.indicators));
        }
    }

    @Test
    void aRankingReadsNoFurtherTheCandidatesWhoseIndicatorsCannotReachTheNeededNumberAndListsTheSame() {
        // Of the seven candidates, Vera (one unrelated tenant), Kees (a family at his house) and Youssef (his children's
        // kostgeld) cannot reach two indicators even if fan-in fires: no stays or ads tied to them, no employees, no drives.
        // Cristina is read (she runs ads) and folded into Ion's network.
        TraffickingNetworks.Assessed pruned = networks.assess(Q, nl.spoor.api.visibility.View.internal(), true);
        TraffickingNetworks.Assessed full = networks.assess(Q, nl.spoor.api.visibility.View.internal(), false);

        assertThat(readings(pruned.listed())).isEqualTo(readings(full.listed()));
        assertThat(full.read()).isEqualTo(7);
        assertThat(pruned.read()).isEqualTo(4);
        // A restricted view bounds nothing (its stays are as its sources state them): every candidate is read.
        View police = new View(false, java.util.Set.of(NetworkFixture.PV), true, true, java.time.LocalDate.now(), "test");
        assertThat(networks.assess(Q, police, true).read()).isEqualTo(networks.assess(Q, police, false).read());
    }

    @Test
    void readsTheDaysOfTheRegistrationsAtLetAddressesOnlyWhenAPeriodIsAsked() {
        assertThat(TraffickingQuery.defaults().parameters()).containsEntry("openPeriod", true);
        assertThat(Q.parameters()).containsEntry("openPeriod", false);
        assertThat(TraffickingQuery.of(null, null, null, null, null, null, null, null, null, "2024-12-31").parameters())
                .containsEntry("openPeriod", false);
    }

    @Test
    void countsPaymentsWithoutADayOnlyWhenNoPeriodIsAsked() {
        TraffickingQuery anyPeriod = TraffickingQuery.of(null, null, null, null, null, null, null, 1, null, null);

        NetworkAssessment rosa = networks.assess(null, anyPeriod).stream().filter(a -> a.facts.controller().equals("person:rosa")).findFirst().orElseThrow();
        assertThat(rosa.anchors).containsExactly("fanIn");
        assertThat(rosa.facts.payers()).containsExactlyInAnyOrder("person:u1", "person:u2", "person:u3", "person:u4");
        assertThat(indicators(rosa.indicators)).containsEntry("fanInSenders", "4 fired 1.0000");
        assertThat(rosa.evidence).containsKey("Payer u1 paid Rosa Undated €250.00, undated (largest of 1)");
        // In a period a payment without a day cannot be placed: Rosa is no candidate.
        assertThat(networks.assess(null, EVERY_NETWORK)).extracting(a -> a.facts.controller()).doesNotContain("person:rosa");
    }

    static List<String> readings(List<NetworkAssessment> ranked) {
        return ranked.stream().map(a -> a.facts.name() + " " + a.anchors + " " + String.format(java.util.Locale.ROOT, "%.2f", a.score) + " "
                + a.firedNames() + " " + a.persons.values().stream().map(t -> t.person() + ":" + t.role()).sorted().toList()).toList();
    }

    @Test
    void flagsTheVictimWhoRecruitsForProtectionAndFoldsHerOwnCircleIntoHerControllersNetwork() {
        NetworkAssessment ion = networks.assess(null, Q).getFirst();

        assertThat(ion.protectiveFlag()).isTrue();
        assertThat(ion.persons.values()).extracting(t -> t.name() + " " + t.role())
                .containsExactlyInAnyOrder("Cristina Munteanu VICTIM_AND_SUSPECT", "Ana Popescu POSSIBLE_VICTIM", "Bea Radu POSSIBLE_VICTIM",
                        "Dana Ilie POSSIBLE_VICTIM", "Gabriela Popa POSSIBLE_VICTIM", "Anna Wójcik POSSIBLE_VICTIM");
        assertThat(ion.persons.get("person:cris").protectiveReasons()).containsExactly(
                "victim and suspect at once: rents a room at address:1505FJ-45, pays the controller, stays at hotels and Airbnbs, and "
                        + "her or his phone carries the ads of 2 others, collects the money of 2 others of the network",
                "victim and suspect at once: rents a room at address:1505FJ-45, pays the controller, stays at hotels and Airbnbs, and is at the "
                        + "centre of 2 persons of her or his own (hotelStays, personsPerPhone)");
        // Her own circle (two recruits on her phone, paying her, staying at hotels) would fire two indicators: folded, not listed.
        assertThat(networks.assess("person:cris", Q).getFirst().firedNames()).containsExactly("hotelStays", "personsPerPhone");
        assertThat(networks.assess(null, Q)).extracting(a -> a.facts.controller()).doesNotContain("person:cris");
    }

    @Test
    void aControllerRentingHisHomeFromALandlordOfManyStaysAControllerAndHisAdsAreNotHers() {
        List<NetworkAssessment> ranked = networks.assess(null, Q);
        NetworkAssessment nadia = ranked.get(2);

        assertThat(ranked.getFirst().facts.controller()).isEqualTo("person:ion");
        assertThat(indicators(nadia.indicators)).containsExactly(
                Map.entry("fanInSenders", "6 fired 1.5000"), Map.entry("unrelatedPersonsPerAddress", "6 fired 1.2000"),
                Map.entry("hotelStays", "0 quiet 0.0000"), Map.entry("aliasesPerPhone", "0 quiet 0.0000"),
                Map.entry("personsPerPhone", "0 quiet 0.0000"), Map.entry("employerIsLandlord", "0 quiet 0.0000"),
                Map.entry("transportSightings", "0 quiet 0.0000"));
        assertThat(nadia.persons.get("person:ion").role()).isEqualTo(Role.POSSIBLE_VICTIM);
        assertThat(nadia.protectiveFlag()).isFalse();
    }

    @Test
    void flagsAMinorForProtection() {
        NetworkAssessment kuiper = networks.assess(null, Q).get(1);

        assertThat(kuiper.persons.get("person:w5").minor()).isTrue();
        assertThat(kuiper.persons.get("person:w5").protectiveReasons()).containsExactly("minor: 16 years old on 2024-12-31");
        assertThat(kuiper.persons.values().stream().filter(NetworkAssessment.Tied::protectiveFlag).map(NetworkAssessment.Tied::person))
                .containsExactly("person:w5");
        assertThat(kuiper.persons.get("person:w5").role()).isEqualTo(Role.POSSIBLE_VICTIM);
    }

    @Test
    void explainsTheLabourNetworkForAJurist() {
        NetworkAssessment kuiper = networks.assess(null, Q).get(1);

        assertThat(kuiper.explanation()).isEqualTo("Johannes Kuiper (firms: Kuiper Flexwerk B.V.) is tied to 5 persons who may be victims "
                + "(5 rent a room from the controller or a firm of the controller, 4 pay the controller, 0 are offered in ads on the network's "
                + "phones, 5 work for a firm of the controller). 4 indicators reached their thresholds (score 5.67): fanInSenders 4 ≥ 4: 4 persons, "
                + "not family, paid Johannes Kuiper €870.00 in 5 transfers; unrelatedPersonsPerAddress 5 ≥ 5: 5 of the 5 persons registered at "
                + "address:1951KW-140 (Velsen-Noord), let by Johannes Kuiper or a firm of the controller, have no family tie to another resident "
                + "there; employerIsLandlord 5 ≥ 3: 5 persons are employed by Johannes Kuiper or a firm of the controller and rent their room from "
                + "the controller or such a firm; transportSightings 2 ≥ 1: Johannes Kuiper was seen 2 times driving kenteken:VNB12X, not "
                + "registered to the controller, where the network's persons live or, on those days, stay. Below threshold: hotelStays 0 < 3, "
                + "aliasesPerPhone 0 < 3, personsPerPhone 0 < 2. Protective flag: Ion Constantin (minor: 16 years old on 2024-12-31): to be "
                + "handled as possible victims with protection, not as suspects. The score ranks work for analysts and decides nothing.");
    }

    @Test
    void aBigFamilyAtOneAddressIsNoUnrelatedPersonsAndTheirKostgeldNoFanIn() {
        NetworkAssessment landlord = networks.assess("person:kees", Q).getFirst();
        NetworkAssessment father = networks.assess("person:dad", Q).getFirst();

        assertThat(indicators(landlord.indicators)).containsEntry("unrelatedPersonsPerAddress", "0 quiet 0.0000")
                .containsEntry("fanInSenders", "1 quiet 0.0000");
        assertThat(landlord.indicators.get(1).explanation()).isEqualTo("0 of the 6 persons registered at address:1066PH-83 (Amsterdam), "
                + "let by Kees Verhuur or a firm of the controller, have no family tie to another resident there");
        assertThat(indicators(father.indicators)).containsEntry("fanInSenders", "0 quiet 0.0000");
        assertThat(father.fired).isZero();
        assertThat(networks.assess(null, Q)).extracting(a -> a.facts.controller()).doesNotContain("person:kees", "person:dad");
    }

    @Test
    void couplesAmongTheTenantsOfAHouseAreNoUnrelatedPersonsInTheRankingEither() {
        // Five residents, the threshold: the ranking (which leaves out family ties where fewer live) looks them up here.
        NetworkAssessment vera = networks.assess("person:vera", Q).getFirst();

        assertThat(indicators(vera.indicators)).containsEntry("fanInSenders", "5 fired 1.2500").containsEntry("unrelatedPersonsPerAddress", "1 quiet 0.0000");
        assertThat(vera.indicators.get(1).explanation()).isEqualTo("1 of the 5 persons registered at address:3011AB-10 (Rotterdam), "
                + "let by Vera Kamer or a firm of the controller, have no family tie to another resident there");
        assertThat(networks.find(null, Q, 100, null).edges()).extracting(e -> e.node().controller().spoorId())
                .containsExactly("person:ion", "person:jk", "person:nadia");
    }

    @Test
    void aSalonAdvertisingUnderItsOwnNameOnItsOwnPhoneIsNoAnchorAndNoNetwork() {
        NetworkAssessment owner = networks.assess("kvk:12345670", Q).getFirst();

        assertThat(owner.facts.controller()).isEqualTo("person:monique");
        assertThat(indicators(owner.indicators)).containsEntry("aliasesPerPhone", "1 quiet 0.0000").containsEntry("personsPerPhone", "1 quiet 0.0000");
        assertThat(networks.assess(null, Q)).extracting(a -> a.facts.controller()).doesNotContain("person:monique");
    }

    @Test
    void showsEachNetworkWithItsEvidenceSourcesAndPersonsAsPossibleVictims() {
        TraffickingNetworkConnection page = networks.find(null, Q, 1, null);

        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.pageInfo().hasNextPage()).isTrue();
        TraffickingNetwork ion = page.edges().getFirst().node();
        assertThat(ion.rank()).isEqualTo(1);
        assertThat(ion.controller().caption()).isEqualTo("Ion Ionescu");
        assertThat(ion.anchors()).containsExactlyInAnyOrder("phone", "address", "fanIn");
        assertThat(ion.persons()).extracting(NetworkPerson::protectiveFlag).containsExactly(true, false, false, false, false, false);
        assertThat(ion.persons().getFirst().person().caption()).isEqualTo("Cristina Munteanu");
        assertThat(ion.vehicles()).extracting(r -> r.spoorId()).containsExactly("kenteken:SRG72B");
        assertThat(ion.phones()).extracting(r -> r.spoorId()).containsExactly("phone:+31611111111", "phone:+31622222222");
        assertThat(ion.sources()).extracting(s -> s.sourceId()).containsExactly(NetworkFixture.PV);
        assertThat(ion.evidence()).extracting(p -> p.description()).contains(
                "Ion Ionescu drove kenteken:SRG72B (registered to Piet Stroman) in Alkmaar on 2024-10-05",
                "Cristina Munteanu receives money from Gabriela Popa (protective flag)");
        assertThat(ion.evidence().stream().filter(p -> p.description().startsWith("Ion Ionescu drove kenteken:SRG72B")).findFirst().orElseThrow()
                .steps()).extracting(s -> s.from().caption() + " " + s.type() + " " + s.to().spoorId())
                .containsExactly("Ion Ionescu OBSERVED_DRIVING kenteken:SRG72B", "Piet Stroman REGISTERED_OWNER kenteken:SRG72B");

        TraffickingNetworkConnection next = networks.find(null, Q, 1, page.pageInfo().endCursor());
        assertThat(next.edges()).extracting(e -> e.node().controller().caption() + " " + e.node().rank()).containsExactly("Johannes Kuiper 2");
        assertThat(next.pageInfo().hasNextPage()).isTrue();
    }

    @Test
    void aPageShowsItsNetworksAsOneFullReadingOfEveryNetworkDoes() {
        // The ranking reads no member's acts; the page reads its networks again with them. Both must end where reading
        // everything at once ends: same order, explanations, roles and protective reasons, evidence.
        List<NetworkAssessment> full = networks.assess(null, Q);
        TraffickingNetworkConnection page = networks.find(null, Q, 100, null);

        assertThat(page.edges()).extracting(e -> e.node().explanation()).containsExactlyElementsOf(full.stream().map(NetworkAssessment::explanation).toList());
        for (int i = 0; i < full.size(); i++) {
            NetworkAssessment a = full.get(i);
            assertThat(page.edges().get(i).node().persons()).extracting(p -> p.person().spoorId() + " " + p.role() + " " + p.protectiveReasons())
                    .containsExactlyInAnyOrderElementsOf(a.persons.values().stream().map(t -> t.person() + " " + t.role() + " " + t.protectiveReasons()).toList());
            assertThat(page.edges().get(i).node().evidence()).extracting(p -> p.description()).containsExactlyInAnyOrderElementsOf(a.evidence.keySet());
        }
        // The fixture has what the ranking leaves out: a member who collects others' money, a controller folded into another's.
        assertThat(full.stream().flatMap(a -> a.persons.values().stream()).map(t -> String.join("; ", t.protectiveReasons())))
                .anyMatch(r -> r.contains("collects the money of")).anyMatch(r -> r.contains("is at the centre of"));
    }

    @Test
    void refusesTooLargeAPageAndExplainsBadArguments() {
        assertThatThrownBy(() -> networks.find(null, Q, 101, null)).isInstanceOf(QueryRefused.class)
                .hasMessageContaining("SPOOR_TRAFFICKING_MAX_PAGE");
        assertThatThrownBy(() -> TraffickingQuery.of(null, null, null, null, null, null, null, null, "2024-13-01", null))
                .hasMessage("since \"2024-13-01\" is not a date yyyy-mm-dd");
        assertThatThrownBy(() -> TraffickingQuery.of(0, null, null, null, null, null, null, null, null, null))
                .hasMessage("minFanInSenders must be at least 1, got 0");
        assertThatThrownBy(() -> networks.assess("person:nobody", Q)).hasMessage("around: no entity person:nobody");
        assertThatThrownBy(() -> networks.assess("address:1505FJ-45", Q)).hasMessage("around must be a Person or a Company, address:1505FJ-45 is a Address");
    }
}
