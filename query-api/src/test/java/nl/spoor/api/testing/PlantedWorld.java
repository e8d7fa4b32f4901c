package nl.spoor.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * A small generated world with its planted cases and look-alikes ({@code truth.json}), loaded as
 * {@code spoor generate --load} loads it, once per seed for the whole test JVM: typology and detector
 * tests of several classes share it (generating and loading takes tens of seconds). Read-only: a test
 * must not write to it. Closed when the JVM exits.
 */
public final class PlantedWorld {

    public static final BsnKey KEY = BsnKey.of(HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
    private static final Map<Integer, PlantedWorld> WORLDS = new ConcurrentHashMap<>();

    private final SpoorStore store;
    private final JsonNode truth;

    private PlantedWorld(SpoorStore store, JsonNode truth) {
        this.store = store;
        this.truth = truth;
    }

    /** The small world of this seed. The generator's own truth tests use seed 7: typology tests must not tune on the seeds they assert. */
    public static synchronized PlantedWorld small(int seed) {
        return WORLDS.computeIfAbsent(seed, PlantedWorld::generate);
    }

    private static PlantedWorld generate(int seed) {
        try {
            Path tmp = Files.createTempDirectory("spoor-planted-" + seed + "-");
            Path world = tmp.resolve("world");
            new WorldGenerator(Scale.SMALL, seed).generate(world, WorldGenerator.Progress.NONE);
            JsonNode truth = JsonMapper.builder().build().readTree(Files.readString(world.resolve("truth.json")));
            StoreSettings settings = new StoreSettings(tmp.resolve("home"), Optional.empty(), "neo4j", null, "neo4j", 0, "256m");
            new WorldLoader(settings, KEY, LoadProgress.silent()).load(world);
            SpoorStore store = SpoorStore.open(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                deleteTree(tmp);
            }));
            return new PlantedWorld(store, truth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort at JVM exit: a leftover temp folder is not worth failing a test run.
        }
    }

    public SpoorStore store() {
        return store;
    }

    public JsonNode truth() {
        return truth;
    }

    /** The cases of a typology (`unusualWealth`, `sectorNetwork`, …): planted ones when {@code planted}, else the look-alikes. */
    public List<JsonNode> cases(String typology, boolean planted) {
        List<JsonNode> out = new ArrayList<>();
        truth.get("cases").forEach(c -> {
            if (c.get("typology").asString().equals(typology) && c.get("planted").asBoolean() == planted) {
                out.add(c);
            }
        });
        return out;
    }

    /** The ids of a case's entities with this role. */
    public static List<String> withRole(JsonNode c, String role) {
        List<String> ids = new ArrayList<>();
        c.get("entities").forEach(e -> {
            if (e.get("role").asString().equals(role)) {
                ids.add(e.get("id").asString());
            }
        });
        return ids;
    }

    /** A case's subjects: the entities a query should rank. */
    public static List<String> subjects(JsonNode c) {
        List<String> ids = new ArrayList<>();
        c.get("subjects").forEach(s -> ids.add(s.asString()));
        return ids;
    }
}
