package nl.spoor.api.trafficking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.api.testing.PlantedWorld;
import nl.spoor.model.graph.IdentifierKeys;
import tools.jackson.databind.JsonNode;

/**
 * The generator's planted mensenhandel cases (truth.json, typology traffickingNetwork) in small worlds of
 * seeds the query was not tuned on (tuned on 7): both planted controllers within the top 2 × 2 networks,
 * no look-alike (big family, massage salon) above a planted one, the victim who recruits flagged for
 * protection in her controller's network and never listed as a controller herself.
 */
class PlantedTraffickingNetworksTest {

    static List<NetworkAssessment> ranked(PlantedWorld world) {
        TraffickingNetworks networks = new TraffickingNetworks(world.store(), new nl.spoor.api.evidence.Evidence(world.store()),
                new TraffickingLimits(Duration.ofSeconds(120), 5_000, 100), new SpreadReads(2));
        return networks.assess(null, TraffickingQuery.defaults());
    }

    static String storeId(String worldId) {
        return worldId.startsWith("bsn:") ? IdentifierKeys.BSN.ref(worldId.substring(4), PlantedWorld.KEY).spoorId() : worldId;
    }

    @ParameterizedTest
    @ValueSource(ints = {11})
    void aRankingThatReadsOnlyTheCandidatesThatCanReachTheIndicatorsListsWhatReadingEveryOneListsForAnyThresholds(int seed) {
        PlantedWorld world = PlantedWorld.small(seed);
        TraffickingNetworks networks = new TraffickingNetworks(world.store(), new nl.spoor.api.evidence.Evidence(world.store()),
                new TraffickingLimits(Duration.ofSeconds(120), 5_000, 100), new SpreadReads(2));
        // The defaults, then each threshold of the bound lowered to its least, and more indicators needed.
        for (TraffickingQuery q : List.of(TraffickingQuery.defaults(), TraffickingQuery.of(2, 2, 1, 2, 2, 1, 1, 2, null, null),
                TraffickingQuery.of(null, 3, null, null, null, 2, null, 3, null, null))) {
            TraffickingNetworks.Assessed pruned = networks.assess(q, nl.spoor.api.visibility.View.internal(), true);
            TraffickingNetworks.Assessed full = networks.assess(q, nl.spoor.api.visibility.View.internal(), false);

            assertThat(TraffickingNetworksTest.readings(pruned.listed())).as(q.describe())
                    .isNotEmpty().isEqualTo(TraffickingNetworksTest.readings(full.listed()));
            assertThat(pruned.read()).as(q.describe()).isLessThan(full.read());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 23})
    void ranksBothPlantedControllersInTheTopFourAndEveryLookAlikeBelowThem(int seed) {
        PlantedWorld world = PlantedWorld.small(seed);
        List<NetworkAssessment> ranked = ranked(world);
        List<String> controllers = ranked.stream().map(a -> a.facts.controller()).toList();
        String listing = ranked.stream().map(a -> a.facts.name() + " " + String.format("%.2f", a.score) + " " + a.firedNames())
                .collect(Collectors.joining("\n"));
        System.out.println("traffickingNetworks, small world seed " + seed + ":\n" + listing);

        List<JsonNode> planted = world.cases("traffickingNetwork", true);
        assertThat(planted).hasSize(2);
        int worstPlanted = -1;
        for (JsonNode c : planted) {
            String controller = storeId(PlantedWorld.subjects(c).getFirst());
            int rank = controllers.indexOf(controller);
            assertThat(rank).as(c.get("caseId").asString() + " in\n" + listing).isBetween(0, 2 * planted.size() - 1);
            worstPlanted = Math.max(worstPlanted, rank);
        }
        for (JsonNode c : world.cases("traffickingNetwork", false)) {
            int rank = controllers.indexOf(storeId(PlantedWorld.subjects(c).getFirst()));
            assertThat(rank == -1 || rank > worstPlanted).as(c.get("caseId").asString() + " at " + rank + " in\n" + listing).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 23})
    void flagsTheVictimWhoRecruitsForProtectionAndNeverListsHerAsController(int seed) {
        PlantedWorld world = PlantedWorld.small(seed);
        List<NetworkAssessment> ranked = ranked(world);
        JsonNode sexual = world.cases("traffickingNetwork", true).stream().filter(c -> c.get("variant").asString().equals("seksueel"))
                .findFirst().orElseThrow();
        String controller = storeId(PlantedWorld.subjects(sexual).getFirst());
        String flagged = storeId(sexual.get("parameters").get("protectiveFlag").get("person").asString());
        NetworkAssessment network = ranked.stream().filter(a -> a.facts.controller().equals(controller)).findFirst().orElseThrow();

        assertThat(network.protectiveFlag()).isTrue();
        assertThat(network.persons.get(flagged).role()).isEqualTo(NetworkAssessment.Role.VICTIM_AND_SUSPECT);
        assertThat(network.persons.values().stream().filter(NetworkAssessment.Tied::protectiveFlag).map(NetworkAssessment.Tied::person))
                .containsExactly(flagged);
        assertThat(network.explanation()).contains("Protective flag: " + network.persons.get(flagged).name() + " (victim and suspect at once");
        List<String> victims = PlantedWorld.withRole(sexual, "victim").stream().map(PlantedTraffickingNetworksTest::storeId).toList();
        List<String> recruits = PlantedWorld.withRole(sexual, "recruit").stream().map(PlantedTraffickingNetworksTest::storeId).toList();
        assertThat(network.persons.keySet()).contains(flagged).containsAll(victims).containsAll(recruits);
        assertThat(ranked).extracting(a -> a.facts.controller()).doesNotContain(flagged).doesNotContainAnyElementsOf(victims)
                .doesNotContainAnyElementsOf(recruits);
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 23})
    void theBigFamilyAskedAboutHasNoUnrelatedPersonsAndNoFanIn(int seed) {
        PlantedWorld world = PlantedWorld.small(seed);
        JsonNode family = world.cases("traffickingNetwork", false).stream()
                .filter(c -> c.get("caseId").asString().startsWith("trafficking-lookalike-groot-gezin")).findFirst().orElseThrow();
        TraffickingNetworks networks = new TraffickingNetworks(world.store(), new nl.spoor.api.evidence.Evidence(world.store()),
                new TraffickingLimits(Duration.ofSeconds(120), 5_000, 100), new SpreadReads(2));
        NetworkAssessment father = networks.assess(storeId(PlantedWorld.subjects(family).getFirst()), TraffickingQuery.defaults()).getFirst();
        Map<String, Double> values = father.indicators.stream().collect(Collectors.toMap(Indicator::name, Indicator::value));

        assertThat(values).containsEntry("unrelatedPersonsPerAddress", 0.0).containsEntry("fanInSenders", 0.0)
                .containsEntry("hotelStays", 0.0).containsEntry("aliasesPerPhone", 0.0).containsEntry("employerIsLandlord", 0.0);
        assertThat(father.fired).isZero();
    }
}
