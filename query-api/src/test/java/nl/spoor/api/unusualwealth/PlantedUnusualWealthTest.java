package nl.spoor.api.unusualwealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.testing.PlantedWorld;
import nl.spoor.api.unusualwealth.WealthViews.UnusualWealthConnection;
import nl.spoor.api.unusualwealth.WealthViews.UnusualWealthResult;
import nl.spoor.api.visibility.View;
import nl.spoor.model.graph.IdentifierKeys;
import tools.jackson.databind.JsonNode;

/**
 * The generator's planted unusual-wealth cases (direct, partner, company, katvanger) and its benign look-alike
 * (a rich huisarts), on seeds the query was not tuned on (tuned on 7): every planted case within the top
 * 2 × planted results, and the look-alike below every planted case. Default thresholds, the registers' period.
 * Through a view: one of every source ranks exactly as none; one without the politie has no straw man.
 */
class PlantedUnusualWealthTest {

    static final String SINCE = "2023-01-01";
    static final String UNTIL = "2024-12-31";

    static WealthQuery query(String person) {
        return WealthQuery.of(person, SINCE, UNTIL, null, null, null, null, null, null, null, null, null, null, LocalDate.parse(UNTIL));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {11, 23})
    void ranksEveryPlantedCaseInTheTopAndTheRichDoctorBelowThem(int seed) {
        PlantedWorld world = PlantedWorld.small(seed);
        UnusualWealth wealth = new UnusualWealth(world.store(), new Evidence(world.store()), new WealthLimits(2_000, java.time.Duration.ofMinutes(5), 200));
        List<JsonNode> planted = world.cases("unusualWealth", true);
        List<JsonNode> lookAlikes = world.cases("unusualWealth", false);
        assertThat(planted).extracting(c -> c.get("variant").asString()).containsExactlyInAnyOrder("direct", "partner", "company", "katvanger");

        UnusualWealthConnection ranking = wealth.rank(query(null), 200, null);
        List<UnusualWealthResult> results = ranking.edges().stream().map(e -> e.node()).toList();
        int top = 2 * planted.size();
        double lowestPlanted = Double.MAX_VALUE;
        int lowestPlantedRank = 0;
        for (JsonNode c : planted) {
            String subject = storeId(PlantedWorld.subjects(c).getFirst());
            Optional<UnusualWealthResult> found = results.stream().filter(r -> r.subjects().stream().anyMatch(s -> s.spoorId().equals(subject))).findFirst();
            assertThat(found).as("%s (seed %d) is ranked", c.get("caseId").asString(), seed).isPresent();
            assertThat(found.get().rank()).as("rank of %s (seed %d)", c.get("caseId").asString(), seed).isLessThanOrEqualTo(top);
            lowestPlanted = Math.min(lowestPlanted, found.get().score());
            lowestPlantedRank = Math.max(lowestPlantedRank, found.get().rank());
            if (c.get("variant").asString().equals("katvanger")) {
                String straw = storeId(PlantedWorld.withRole(c, "strawMan").getFirst());
                assertThat(indicator(found.get(), "katvangerVehicles")).isEqualTo(PlantedWorld.withRole(c, "asset").size());
                assertThat(found.get().assets()).allSatisfy(a -> {
                    assertThat(a.registeredTo().spoorId()).isEqualTo(straw);
                    assertThat(a.heldVia()).isEqualTo("STRAW_MAN");
                });
            }
        }
        for (JsonNode c : lookAlikes) {
            String subject = storeId(PlantedWorld.subjects(c).getFirst());
            UnusualWealthResult alone = wealth.rank(query(subject), 1, null).edges().getFirst().node();
            assertThat(alone.score()).as("score of %s (seed %d): %s", c.get("caseId").asString(), seed, alone.explanation())
                    .isLessThan(lowestPlanted);
            int rank = lowestPlantedRank;
            results.stream().filter(r -> r.subjects().stream().anyMatch(s -> s.spoorId().equals(subject)))
                    .forEach(r -> assertThat(r.rank()).isGreaterThan(rank));
        }
    }

    @Test
    void aPurposeThatMayUseEverySourceGetsExactlyTheRankingWithoutAView() {
        PlantedWorld world = PlantedWorld.small(11);
        UnusualWealth wealth = new UnusualWealth(world.store(), new Evidence(world.store()), new WealthLimits(2_000, java.time.Duration.ofMinutes(5), 200));
        View every = new View(false, Set.copyOf(sources(world)), true, true, LocalDate.parse(UNTIL), "every source");

        UnusualWealthConnection restricted = wealth.rank(query(null), 200, null, every);
        UnusualWealthConnection unrestricted = wealth.rank(query(null), 200, null);
        assertThat(restricted.edges()).isNotEmpty().isEqualTo(unrestricted.edges());
        assertThat(restricted.candidates()).isEqualTo(unrestricted.candidates());
    }

    @Test
    void theKatvangerHasNoStrawManForAPurposeWithoutThePolitiesSightings() {
        PlantedWorld world = PlantedWorld.small(11);
        UnusualWealth wealth = new UnusualWealth(world.store(), new Evidence(world.store()), new WealthLimits(2_000, java.time.Duration.ofMinutes(5), 200));
        Set<String> usable = new HashSet<>(sources(world));
        assertThat(usable.remove("synthetic:politie")).isTrue();
        View withoutPolitie = new View(false, usable, true, true, LocalDate.parse(UNTIL), "without the politie");
        JsonNode katvanger = world.cases("unusualWealth", true).stream().filter(c -> c.get("variant").asString().equals("katvanger")).findFirst().orElseThrow();
        String subject = storeId(PlantedWorld.subjects(katvanger).getFirst());

        UnusualWealthResult all = wealth.rank(query(subject), 1, null).edges().getFirst().node();
        UnusualWealthResult r = wealth.rank(query(subject), 1, null, withoutPolitie).edges().getFirst().node();
        assertThat(indicator(all, "katvangerVehicles")).isEqualTo(PlantedWorld.withRole(katvanger, "asset").size()).isPositive();
        assertThat(indicator(r, "katvangerVehicles")).isZero();
        assertThat(r.assets()).noneMatch(a -> a.heldVia().equals("STRAW_MAN"));
        assertThat(r.sources()).noneMatch(s -> s.sourceId().equals("synthetic:politie"));
    }

    static List<String> sources(PlantedWorld world) {
        try (var s = world.store().driver().session(world.store().sessionConfig())) {
            return s.run("MATCH (s:Source) RETURN s.sourceId AS id").list(r -> r.get("id").asString());
        }
    }

    static double indicator(UnusualWealthResult r, String name) {
        return r.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().value();
    }

    /** The store's id of a world id: a person's BSN is stored as a keyed hash. */
    static String storeId(String worldId) {
        return worldId.startsWith("bsn:") ? IdentifierKeys.BSN.ref(worldId.substring(4), PlantedWorld.KEY).spoorId() : worldId;
    }
}
