package nl.spoor.api.moneytrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.api.moneytrail.TrailQuery.Direction;
import nl.spoor.api.moneytrail.TrailViews.MoneyTrailResult;
import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.ingest.world.load.WorldLoader;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generator's planted mule chains (truth.json, typology muleChain) in the small world, loaded as
 * {@code spoor generate --load} loads it: each is found by {@code moneyTrail} from its first mule, with
 * the default constraints, as one trail whose hops are exactly the planted transfers.
 */
class PlantedMuleChainsTest {

    static final BsnKey KEY = BsnKey.of(HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));

    @TempDir
    static Path tmp;
    static SpoorStore store;
    static JsonNode truth;
    static MoneyTrails trails;

    @BeforeAll
    static void generateAndLoad() throws Exception {
        Path world = tmp.resolve("world");
        // Seed 11: not the seed the generator's own truth tests use (7).
        new WorldGenerator(Scale.SMALL, 11).generate(world, WorldGenerator.Progress.NONE);
        truth = JsonMapper.builder().build().readTree(Files.readString(world.resolve("truth.json")));
        StoreSettings settings = new StoreSettings(tmp.resolve("home"), Optional.empty(), "neo4j", null, "neo4j", 0, "256m");
        new WorldLoader(settings, KEY, LoadProgress.silent()).load(world);
        store = SpoorStore.open(settings);
        TrailLimits limits = new TrailLimits(6, Duration.ofSeconds(60), 5_000, 200);
        trails = new MoneyTrails(new StartAccounts(store), new TrailSearch(store, limits), new TrailDetails(store), limits);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    static List<String> withRole(JsonNode c, String role) {
        List<String> ids = new ArrayList<>();
        c.get("entities").forEach(e -> {
            if (e.get("role").asString().equals(role)) {
                ids.add(e.get("id").asString());
            }
        });
        return ids;
    }

    @Test
    void findsEveryPlantedMuleChainFromItsFirstMuleWithThePlantedHops() {
        List<JsonNode> chains = new ArrayList<>();
        truth.get("cases").forEach(c -> {
            if (c.get("typology").asString().equals("muleChain") && c.get("planted").asBoolean()) {
                chains.add(c);
            }
        });
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
