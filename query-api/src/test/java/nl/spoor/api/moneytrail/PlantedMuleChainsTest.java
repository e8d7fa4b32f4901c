package nl.spoor.api.moneytrail;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.spoor.api.testing.PlantedWorld.withRole;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.spoor.api.moneytrail.TrailQuery.Direction;
import nl.spoor.api.moneytrail.TrailViews.MoneyTrailResult;
import nl.spoor.api.testing.PlantedWorld;
import nl.spoor.model.store.SpoorStore;
import tools.jackson.databind.JsonNode;

/**
 * The generator's planted mule chains (truth.json, typology muleChain) in the small world, loaded as
 * {@code spoor generate --load} loads it: each is found by {@code moneyTrail} from its first mule, with
 * the default constraints, as one trail whose hops are exactly the planted transfers.
 */
class PlantedMuleChainsTest {

    static PlantedWorld world;
    static MoneyTrails trails;

    @BeforeAll
    static void generateAndLoad() {
        // Seed 11: not the seed the generator's own truth tests use (7).
        world = PlantedWorld.small(11);
        SpoorStore store = world.store();
        TrailLimits limits = new TrailLimits(6, Duration.ofSeconds(60), 5_000, 200);
        trails = new MoneyTrails(new StartAccounts(), new TrailSearch(store, limits), new TrailDetails(), limits);
    }

    @Test
    void findsEveryPlantedMuleChainFromItsFirstMuleWithThePlantedHops() {
        List<JsonNode> chains = world.cases("muleChain", true);
        assertThat(chains).hasSize(2);
        for (JsonNode c : chains) {
            List<String> mules = withRole(c, "mule");
            List<String> path = new ArrayList<>(mules);
            if (c.get("variant").asString().equals("organiser")) {
                path.add(withRole(c, "organiserAccount").getFirst());
            }
            JsonNode hops = c.get("parameters").get("hops");
            List<String> planted = new ArrayList<>();
            for (int i = 0; i + 1 < path.size(); i++) {
                planted.add(path.get(i) + ">" + path.get(i + 1) + " " + hops.get(i).get("lastOut").asString()
                        + " " + hops.get(i).get("forwarded").decimalValue().setScale(2));
            }
            String subject = c.get("subjects").get(0).asString();
            assertThat(subject).isEqualTo(mules.getFirst());

            MoneyTrailResult r = trails.moneyTrail(subject, TrailQuery.of(Direction.FORWARD, null, null, null, null, null, null,
                    new TrailLimits(6, Duration.ofSeconds(60), 5_000, 200)), 200, null);
            List<List<String>> found = r.trails().edges().stream().map(e -> e.node().hops().stream()
                    .map(h -> h.from().spoorId() + ">" + h.to().spoorId() + " " + h.date() + " "
                            + new java.math.BigDecimal(Double.toString(h.amount())).setScale(2)).toList()).toList();
            assertThat(found).as(c.get("caseId").asString()).contains(planted);
            assertThat(r.trails().edges().getFirst().node().hops()).as("the chain is the trail with the largest first hop")
                    .extracting(h -> h.from().spoorId()).containsExactlyElementsOf(path.subList(0, path.size() - 1));
        }
    }
}
