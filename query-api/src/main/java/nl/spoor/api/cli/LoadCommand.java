package nl.spoor.api.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.spoor.api.store.RunFile;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.ingest.world.load.LoadReport;
import nl.spoor.ingest.world.load.WorldLoader;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads a generated world (spoor generate --out DIR) into the store.",
                "An empty embedded store is filled by Neo4j's offline importer (fast); a store with data or an external",
                "server gets the world through transactions (slower, merges with what is there). The files are checked",
                "completely first: a malformed file stops the load with file, line and column, and nothing is written."})
class LoadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The generated folder (holding world/), or its world/ folder.")
    Path dir;

    @Option(names = "--import-memory", description = "Off-heap memory for the offline importer, e.g. 2G or 50%% (default: Neo4j's choice).")
    String importMemory;

    @Option(names = "--batch", defaultValue = "10000", description = "Facts per transaction on the transactional path (default ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() {
        load(dir.toAbsolutePath().normalize(), importMemory, batch);
        return 0;
    }

    /** Loads a generated world into the configured store; shared with {@code spoor generate --load}. */
    static void load(Path world, String importMemory, int batch) {
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        if (settings.isEmbedded() && RunFile.liveServerBolt(settings.home()).isPresent()) {
            throw new IllegalArgumentException("A Spoor server is running on the embedded store in " + settings.embeddedDirectory()
                    + "; stop it first, the loader needs the store for itself.");
        }
        BsnKey bsnKey = BsnKey.load(settings.home(), System.getenv());
        LoadReport report = new WorldLoader(settings, bsnKey, LoadProgress.console(System.out))
                .importMemory(importMemory).batchSize(batch).load(world);
        report.summary().forEach(System.out::println);
    }
}
