package nl.spoor.ingest.world.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;

/**
 * Measures the fast path on a big generated-format world; not a test (no assertion on time), run by hand:
 * {@code mvn -o -pl ingest -am test -Dtest=WorldLoadMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * -Dworld.measure=200000,2000000}: accounts, transfers; {@code -Dworld.transactional=true} measures the transactional
 * path instead. Prints the loader's summary.
 */
class WorldLoadMeasurement {

    @Test
    @EnabledIfSystemProperty(named = "world.measure", matches = "\\d+,\\d+")
    void measureTheOfflineImport() throws Exception {
        String[] sizes = System.getProperty("world.measure").split(",");
        Path root = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "world-measure-");
        long t0 = System.nanoTime();
        BigWorld.write(root.resolve("gen"), Integer.parseInt(sizes[0]), Integer.parseInt(sizes[1]));
        System.out.printf("Wrote the world in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        BsnKey key = BsnKey.of(HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
        StoreSettings settings = new StoreSettings(root.resolve("home"), Optional.empty(), "neo4j", null, "neo4j", 0, "1g");
        WorldLoader loader = new WorldLoader(settings, key, LoadProgress.console(System.out)).importMemory(System.getProperty("world.memory"));
        LoadReport report;
        if (Boolean.getBoolean("world.transactional")) {
            try (SpoorStore store = SpoorStore.open(settings)) {
                report = loader.loadTransactionally(store, root.resolve("gen"));
            }
        } else {
            report = loader.load(root.resolve("gen"));
        }
        report.summary().forEach(System.out::println);
    }
}
