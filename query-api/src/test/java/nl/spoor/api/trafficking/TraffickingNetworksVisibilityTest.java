package nl.spoor.api.trafficking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.api.trafficking.NetworkAssessment.Role;
import nl.spoor.api.trafficking.TraffickingViews.TraffickingNetwork;
import nl.spoor.api.testing.PartnerViews;
import nl.spoor.api.visibility.View;
import nl.spoor.model.testing.TestStore;

/**
 * Trafficking networks as a purpose sees them that may not use one register (issue 6 point 3): the scenes of
 * {@link TraffickingNetworksTest} with each kind of fact from the register that states it, each its own source: the
 * BRP (persons with birth dates, homes, family), the police (persons by name, hotel stays, phones, ads, vehicles seen
 * and driven), the municipality (tenancies), the bank (payments), KvK (firms), UWV (employment) and RDW (vehicle
 * owners). A purpose without one register gets exactly the networks, indicators, persons and evidence without that
 * register's facts; a purpose that may use every register gets exactly what an unrestricted request gets.
 */
class TraffickingNetworksVisibilityTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final Set<String> REGISTERS = Set.of("test:brp", "test:politie", "test:gemeente", "test:bank", "test:kvk", "test:uwv", "test:rdw");
    static final TraffickingQuery Q = TraffickingNetworksTest.Q;

    /** key, name, birth date. */
    static final String[][] PERSONS = {
        {"ion", "Ion Ionescu", "1985-02-01"}, {"cris", "Cristina Munteanu", "2003-04-26"}, {"ana", "Ana Popescu", "2002-01-10"},
        {"bea", "Bea Radu", "2001-03-03"}, {"dana", "Dana Ilie", "2000-07-07"}, {"rec1", "Gabriela Popa", "2004-06-15"},
        {"rec2", "Anna Wójcik", "2000-12-03"}, {"front", "Piet Stroman", "1970-01-01"}, {"jk", "Johannes Kuiper", "1975-05-05"},
        {"w1", "Stoyan Petrov", "1973-07-02"}, {"w2", "Gheorghe Popa", "1981-02-04"}, {"w3", "Nikolay Georgiev", "2003-04-25"},
        {"w4", "Anna Zielińska", "2000-09-11"}, {"w5", "Ion Constantin", "2008-05-01"}, {"kees", "Kees Verhuur", "1960-01-01"},
        {"dad", "Youssef Al-Masri", "1970-01-01"}, {"mum", "Fatima Al-Masri", "1972-01-01"}, {"k1", "Omar Al-Masri", "1995-01-01"},
        {"k2", "Sara Al-Masri", "1997-01-01"}, {"k3", "Ali Al-Masri", "1999-01-01"}, {"k4", "Noor Al-Masri", "2001-01-01"},
        {"nadia", "Nadia Azzouzi", "1965-01-01"}, {"t1", "Tom Bakker", "1990-01-01"}, {"t2", "Lisa Smit", "1991-01-01"},
        {"t3", "Henk Vos", "1992-01-01"}, {"t4", "Eva Mol", "1993-01-01"}, {"t5", "Rob Kok", "1994-01-01"},
        {"monique", "Monique ten Have", "1980-01-01"}};

    static TraffickingNetworks networks;

    @BeforeAll
    static void fixture() {
        new NetworkFixture()
                .by("brp")
                .apply(f -> {
                    for (String[] p : PERSONS) {
                        f.person(p[0], p[1], p[2]);
                    }
                })
                .livesAt("cris", "1505FJ-45", "2024-01-01", null).livesAt("ana", "1505FJ-45", "2024-01-01", null)
                .livesAt("bea", "1505FJ-45", "2024-01-01", null).livesAt("dana", "1505FJ-45", "2024-01-01", null)
                .livesAt("rec1", "1505FJ-45", "2024-01-01", null).livesAt("rec2", "1505FJ-45", "2024-01-01", null)
                .livesAt("w1", "1951KW-140", "2024-02-01", null).livesAt("w2", "1951KW-140", "2024-02-01", null)
                .livesAt("w3", "1951KW-140", "2024-02-01", null).livesAt("w4", "1951KW-140", "2024-02-01", null)
                .livesAt("w5", "1951KW-140", "2024-02-01", null)
                .family("dad", "mum", "partner").family("dad", "k1", "parent").family("dad", "k2", "parent").family("dad", "k3", "parent")
                .family("dad", "k4", "parent")
                .livesAt("dad", "1066PH-83", "2010-01-01", null).livesAt("mum", "1066PH-83", "2010-01-01", null)
                .livesAt("k1", "1066PH-83", "2010-01-01", null).livesAt("k2", "1066PH-83", "2010-01-01", null)
                .livesAt("k3", "1066PH-83", "2010-01-01", null).livesAt("k4", "1066PH-83", "2010-01-01", null)
                .livesAt("ion", "1521CP-203", "2023-01-01", null).livesAt("t1", "1521CP-203", "2023-01-01", null)
                .livesAt("t2", "1521CP-203", "2023-01-01", null).livesAt("t3", "1521CP-203", "2023-01-01", null)
                .livesAt("t4", "1521CP-203", "2023-01-01", null).livesAt("t5", "1521CP-203", "2023-01-01", null)
                .by("politie")
                .apply(f -> {
                    for (String[] p : PERSONS) {
                        f.person(p[0], p[1], null);
                    }
                })
                .address("1505FJ-45", "woning", "Zaandam").address("1825ZT-85", "hotel", "Alkmaar").address("2036ZF-79", "airbnb", "Haarlem")
                .address("1628PJ-136", "hotel", "Hoorn").address("1951KW-140", "woning", "Velsen-Noord").address("1066PH-83", "woning", "Amsterdam")
                .address("1521CP-203", "woning", "Zaandam")
                .livesAt("cris", "1825ZT-85", "2024-10-03", "2024-10-13").livesAt("ana", "1825ZT-85", "2024-10-03", "2024-10-13")
                .livesAt("rec1", "1825ZT-85", "2024-10-03", "2024-10-13")
                .livesAt("cris", "2036ZF-79", "2024-11-01", "2024-11-10").livesAt("rec1", "2036ZF-79", "2024-11-01", "2024-11-10")
                .livesAt("rec1", "1628PJ-136", "2024-12-01", "2024-12-10").livesAt("rec2", "1628PJ-136", "2024-12-01", "2024-12-10")
                .phone("+31611111111", "ion").phone("+31622222222", "cris")
                .ad("000001", "Bella", "+31611111111", "ana").ad("000002", "Roxy", "+31611111111", "bea")
                .ad("000003", "Mia", "+31611111111", "dana").ad("000004", "Lola", "+31611111111", "ana")
                .ad("000005", "Kim", "+31622222222", "rec1").ad("000006", "Lara", "+31622222222", "rec2")
                .vehicle("SRG72B").vehicle("VNB12X")
                .drives("ion", "SRG72B", "2024-10-05", "Alkmaar").drives("ion", "SRG72B", "2024-11-05", "Haarlem")
                .drives("ion", "SRG72B", "2024-12-20", "Alkmaar")
                .drives("jk", "VNB12X", "2024-10-21", "Velsen-Noord").drives("jk", "VNB12X", "2024-11-24", "Velsen-Noord")
                .by("kvk").company("41429479", "Kuiper Flexwerk B.V.", "jk").company("12345670", "Massagesalon Sakura", "monique")
                .by("politie").phone("+31633333333", "kvk:12345670")
                .ad("000011", "Massagesalon Sakura", "+31633333333", "monique").ad("000012", "Massagesalon Sakura", "+31633333333", "monique")
                .ad("000013", "Massagesalon Sakura", "+31633333333", "monique").ad("000014", "Massagesalon Sakura", "+31633333333", "monique")
                .by("gemeente")
                .lets("ion", "cris", "1505FJ-45").lets("ion", "ana", "1505FJ-45").lets("ion", "bea", "1505FJ-45").lets("ion", "dana", "1505FJ-45")
                .lets("ion", "rec1", "1505FJ-45").lets("ion", "rec2", "1505FJ-45")
                .lets("kvk:41429479", "w1", "1951KW-140").lets("kvk:41429479", "w2", "1951KW-140").lets("kvk:41429479", "w3", "1951KW-140")
                .lets("kvk:41429479", "w4", "1951KW-140").lets("kvk:41429479", "w5", "1951KW-140")
                .lets("kees", "dad", "1066PH-83").lets("kees", "mum", "1066PH-83").lets("kees", "k1", "1066PH-83").lets("kees", "k2", "1066PH-83")
                .lets("kees", "k3", "1066PH-83").lets("kees", "k4", "1066PH-83")
                .lets("nadia", "ion", "1521CP-203").lets("nadia", "t1", "1521CP-203").lets("nadia", "t2", "1521CP-203")
                .lets("nadia", "t3", "1521CP-203").lets("nadia", "t4", "1521CP-203").lets("nadia", "t5", "1521CP-203")
                .by("uwv").employs("41429479", "w1").employs("41429479", "w2").employs("41429479", "w3").employs("41429479", "w4")
                .employs("41429479", "w5")
                .by("rdw").vehicle("SRG72B", "front").vehicle("VNB12X", "kvk:41429479")
                .by("bank")
                // The bank knows its account holders, not by the names the registers give them.
                .apply(f -> {
                    for (String[] p : PERSONS) {
                        f.person(p[0], null, null);
                    }
                })
                .pays("cris", "ion", "1190.00", "2024-10-10").pays("ana", "ion", "400.00", "2024-10-09")
                .pays("bea", "ion", "350.00", "2024-10-09").pays("dana", "ion", "380.00", "2024-10-09")
                .pays("rec1", "cris", "300.00", "2024-10-08").pays("rec2", "cris", "320.00", "2024-10-08")
                .pays("w1", "jk", "180.00", "2024-10-23").pays("w2", "jk", "180.00", "2024-10-23").pays("w3", "jk", "170.00", "2024-10-24")
                .pays("w4", "jk", "160.00", "2024-10-25").pays("w1", "jk", "180.00", "2024-11-23")
                .pays("k1", "dad", "150.00", "2024-10-01").pays("k2", "dad", "150.00", "2024-10-01").pays("k3", "dad", "150.00", "2024-10-01")
                .pays("k4", "dad", "150.00", "2024-10-01").pays("dad", "kees", "1450.00", "2024-10-01")
                .pays("ion", "nadia", "600.00", "2024-10-01").pays("t1", "nadia", "600.00", "2024-10-01").pays("t2", "nadia", "600.00", "2024-10-01")
                .pays("t3", "nadia", "600.00", "2024-10-01").pays("t4", "nadia", "600.00", "2024-10-01").pays("t5", "nadia", "600.00", "2024-10-01")
                .write(NEO4J.store());
        networks = new TraffickingNetworks(NEO4J.store(), new Evidence(NEO4J.store()), new TraffickingLimits(Duration.ofSeconds(60), 5_000, 100), new SpreadReads(2));
    }

    static View every() {
        return PartnerViews.of(REGISTERS, LocalDate.parse("2026-12-06"));
    }

    static View without(String register) {
        return PartnerViews.without(REGISTERS, register, LocalDate.parse("2026-12-06"));
    }

    static List<String> ranking(View view) {
        return networks.assess(null, Q, view).stream().map(a -> a.facts.name() + " " + String.format(java.util.Locale.ROOT, "%.2f", a.score)).toList();
    }

    static NetworkAssessment controlledBy(String controller, View view) {
        return networks.assess(null, Q, view).stream().filter(a -> a.facts.controller().equals(controller)).findFirst().orElseThrow();
    }

    @Test
    void aPurposeThatMayUseEveryRegisterSeesExactlyWhatAnUnrestrictedRequestSees() {
        assertThat(networks.find(null, Q, 50, null, every())).isEqualTo(networks.find(null, Q, 50, null, View.internal()));
        // The values of TraffickingNetworksTest, where one source states everything.
        assertThat(ranking(every())).containsExactly("Ion Ionescu 9.03", "Johannes Kuiper 5.67", "Nadia Azzouzi 2.70");
        NetworkAssessment kuiper = controlledBy("person:jk", every());
        assertThat(kuiper.persons.get("person:w5").protectiveReasons()).containsExactly("minor: 16 years old on 2024-12-31");
        TraffickingNetwork ion = networks.find(null, Q, 1, null, every()).edges().getFirst().node();
        assertThat(ion.sources()).extracting(s -> s.sourceId())
                .containsExactlyInAnyOrder("test:brp", "test:politie", "test:gemeente", "test:bank", "test:rdw");
    }

    @Test
    void homesBirthDatesAndFamilyOnlyTheBrpRegistersDoNotCountForAPurposeWithoutTheBrp() {
        View noBrp = without("test:brp");
        // Nadia's tenants are no longer registered at her address: only their rent is left, one indicator, not listed.
        assertThat(ranking(noBrp)).containsExactly("Ion Ionescu 7.83", "Johannes Kuiper 2.67");
        NetworkAssessment ion = controlledBy("person:ion", noBrp);
        assertThat(TraffickingNetworksTest.indicators(ion.indicators)).containsExactly(
                Map.entry("fanInSenders", "4 fired 1.0000"), Map.entry("unrelatedPersonsPerAddress", "0 quiet 0.0000"),
                Map.entry("hotelStays", "7 fired 2.0000"), Map.entry("aliasesPerPhone", "4 fired 1.3333"),
                Map.entry("personsPerPhone", "3 fired 1.5000"), Map.entry("employerIsLandlord", "0 quiet 0.0000"),
                Map.entry("transportSightings", "2 fired 2.0000"));
        assertThat(ion.indicators.get(1).explanation()).isEqualTo("nobody is registered at an address Ion Ionescu or a firm of the controller lets");
        // Without a birth date the youngest worker is no minor for this purpose; he is still a possible victim.
        NetworkAssessment kuiper = controlledBy("person:jk", noBrp);
        assertThat(kuiper.persons.get("person:w5")).extracting(NetworkAssessment.Tied::role, NetworkAssessment.Tied::minor,
                NetworkAssessment.Tied::protectiveReasons).containsExactly(Role.POSSIBLE_VICTIM, false, List.of());
        assertThat(kuiper.protectiveFlag()).isFalse();
        // Without the family ties the father's children paying him kostgeld are four persons paying him: one indicator.
        assertThat(TraffickingNetworksTest.indicators(networks.assess("person:dad", Q, noBrp).getFirst().indicators))
                .containsEntry("fanInSenders", "4 fired 1.0000");
        assertThat(TraffickingNetworksTest.indicators(networks.assess("person:dad", Q, every()).getFirst().indicators))
                .containsEntry("fanInSenders", "0 quiet 0.0000");
    }

    @Test
    void phonesAndAdsOnlyThePoliceRecordsDoNotCountForAPurposeWithoutThePolice() {
        View noPolice = without("test:politie");
        // Asked around Ion: without the police's addresses and stays his network is no longer listed on its own.
        assertThat(ranking(noPolice)).noneMatch(r -> r.startsWith("Ion Ionescu"));
        NetworkAssessment ion = networks.assess("person:ion", Q, noPolice).getFirst();
        assertThat(TraffickingNetworksTest.indicators(ion.indicators)).containsEntry("aliasesPerPhone", "0 quiet 0.0000")
                .containsEntry("personsPerPhone", "0 quiet 0.0000");
        assertThat(ion.indicators.get(3).explanation()).isEqualTo("no ads on a phone of the network");
        assertThat(ion.facts.phoneUsers()).isEmpty();
        assertThat(ion.facts.ads()).isEmpty();
        // The same request with the police sees Ion's and Cristina's ad phones.
        assertThat(controlledBy("person:ion", every()).facts.phoneUsers()).extracting(NetworkFacts.PhoneUser::phone)
                .containsExactlyInAnyOrder("phone:+31611111111", "phone:+31622222222");
    }

    @Test
    void personsNoUsableSourceNamesAreShownByTheirIdsInTheExplanationAndEvidence() {
        View bankAndMunicipality = PartnerViews.of(Set.of("test:bank", "test:gemeente"), LocalDate.parse("2026-12-06"));
        TraffickingNetwork ion = networks.find("person:ion", Q, 1, null, bankAndMunicipality).edges().getFirst().node();
        assertThat(ion.controller().caption()).isEqualTo("person:ion");
        assertThat(ion.indicators().getFirst().explanation()).isEqualTo("4 persons, not family, paid person:ion €2,320.00 in 4 transfers");
        assertThat(ion.evidence()).extracting(EvidencePath::description)
                .contains("person:cris paid person:ion €1,190.00 on 2024-10-10 (largest of 1)");
        assertThat(ion.persons()).extracting(p -> p.person().caption()).contains("person:cris", "person:ana", "person:bea", "person:dana");
        assertThat(ion.explanation()).startsWith("person:ion is tied to ").doesNotContain("null");
    }

    @Test
    void paymentsOnlyTheBankReportsDoNotCountForAPurposeWithoutTheBank() {
        View noBank = without("test:bank");
        assertThat(ranking(noBank)).containsExactly("Ion Ionescu 8.03", "Johannes Kuiper 4.67");
        TraffickingNetwork ion = networks.find(null, Q, 1, null, noBank).edges().getFirst().node();
        assertThat(ion.anchors()).containsExactlyInAnyOrder("phone", "address");
        assertThat(ion.indicators().getFirst().explanation()).isEqualTo("0 persons, not family, paid Ion Ionescu");
        // Cristina no longer collects her recruits' money, but her phone still carries their ads: still victim and suspect.
        NetworkAssessment assessed = controlledBy("person:ion", noBank);
        assertThat(assessed.persons.get("person:cris").role()).isEqualTo(Role.VICTIM_AND_SUSPECT);
        assertThat(assessed.persons.get("person:cris").protectiveReasons()).containsExactly(
                "victim and suspect at once: rents a room at address:1505FJ-45, stays at hotels and Airbnbs, and "
                        + "her or his phone carries the ads of 2 others",
                "victim and suspect at once: rents a room at address:1505FJ-45, stays at hotels and Airbnbs, and is at the "
                        + "centre of 2 persons of her or his own (hotelStays, personsPerPhone)");
        assertThat(ion.evidence()).extracting(EvidencePath::description).noneMatch(d -> d.contains(" paid ") || d.contains("receives money"));
        assertThat(ion.sources()).extracting(s -> s.sourceId()).doesNotContain("test:bank");
    }

    @Test
    void theOwnerOfAVehicleOnlyTheRdwRegistersIsNotNamedForAPurposeWithoutTheRdw() {
        View noRdw = without("test:rdw");
        assertThat(ranking(noRdw)).containsExactly("Ion Ionescu 9.03", "Johannes Kuiper 5.67", "Nadia Azzouzi 2.70");
        TraffickingNetwork ion = networks.find(null, Q, 1, null, noRdw).edges().getFirst().node();
        EvidencePath drive = ion.evidence().stream().filter(p -> p.description().startsWith("Ion Ionescu drove")).findFirst().orElseThrow();
        assertThat(drive.description()).isEqualTo("Ion Ionescu drove kenteken:SRG72B in Alkmaar on 2024-10-05");
        assertThat(drive.steps()).extracting(s -> s.from().caption() + " " + s.type() + " " + s.to().spoorId())
                .containsExactly("Ion Ionescu OBSERVED_DRIVING kenteken:SRG72B");
        assertThat(networks.find(null, Q, 1, null, every()).edges().getFirst().node().evidence()).extracting(EvidencePath::description)
                .contains("Ion Ionescu drove kenteken:SRG72B (registered to Piet Stroman) in Alkmaar on 2024-10-05");
    }
}
