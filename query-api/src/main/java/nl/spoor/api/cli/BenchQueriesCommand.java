package nl.spoor.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.spoor.api.bench.QueryBenchmark;
import nl.spoor.api.bench.TypologyBenchmark;
import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.finbench.FinBenchWorld;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.ingest.world.load.WorldLoader;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spoor bench queries}: the pattern queries on a benchmark data set, each beside its naive Cypher
 * formulation in the same process. The data set is prepared once into {@code $SPOOR_HOME/bench/<dataset>}
 * (world files and an embedded store of its own) and reused by later runs, because loading the large world
 * takes minutes; {@code --fresh} prepares it again.
 */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {"Pattern queries (money trails; the typologies) on LDBC FinBench or a generated world: p50 and p95 per query",
                "beside the naive Cypher variable-length formulation, from the same starts, in this process.",
                "The detectors and typologies run with the consultation log on and off alternately, side by side (overhead ratio at p95).",
                "The data set is prepared once under $SPOOR_HOME/bench/<dataset> (its own embedded store) and reused."})
class BenchQueriesCommand implements Callable<Integer> {

    @Option(names = "--dataset", defaultValue = "finbench",
            description = "finbench (LDBC FinBench raw, --finbench), or a generated world: small, medium, large (default ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--finbench", paramLabel = "PATH", defaultValue = "../shared/data/finbench/sf1-raw.tar.gz",
            description = "FinBench raw output: a .tar.gz or its folder (default ${DEFAULT-VALUE}).")
    Path finbench;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of a generated world (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--busiest", defaultValue = "10", description = "Trace from the accounts with the most outgoing transfers (default ${DEFAULT-VALUE}).")
    int busiest;

    @Option(names = "--sample", defaultValue = "100", description = "And from this many other accounts, spread evenly by Spoor id (default ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds after a warm-up round (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--without-partner", paramLabel = "PARTNER",
            description = "Ask the detectors and typologies for a purpose of every partner but this one (e.g. politie-nh), so that each "
                    + "runs in its restricted form, leaving out that partner's sources.")
    String withoutPartner;

    @Option(names = "--timeout", defaultValue = "30s", description = "Transaction timeout per query (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--fresh", description = "Prepare the data set again even if it is there.")
    boolean fresh;

    @Option(names = "--typologies", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also time the detectors (and, on a generated world, the typologies) over GraphQL; --no-typologies: only the trails.")
    boolean typologies;

    @Option(names = "--trails", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Time the money trails (--no-trails: only the detectors and typologies).")
    boolean trails;

    @Option(names = "--only", paramLabel = "QUERY", split = ",",
            description = "Time only these detectors and typologies, by name as printed (e.g. fanIn,cycles; default all).")
    java.util.List<String> only;

    @Option(names = "--page-cache", defaultValue = "2g", description = "Page cache of the benchmark store (default ${DEFAULT-VALUE}).")
    String pageCache;

    @Override
    public Integer call() throws Exception {
        Path dir = StoreSettings.fromEnvironment(System.getenv()).home().toAbsolutePath().resolve("bench").resolve(name());
        StoreSettings settings = new StoreSettings(dir.resolve("home"), Optional.empty(), "neo4j", null, "neo4j", 0, pageCache);
        Path ready = dir.resolve("ready");
        if (fresh || !Files.exists(ready)) {
            prepare(dir, settings);
            Files.writeString(ready, dataset + "\n");
        }
        Duration limit = Duration.parse("PT" + timeout.toUpperCase(Locale.ROOT));
        if (trails) {
            try (SpoorStore store = SpoorStore.open(settings)) {
                new QueryBenchmark(store, System.out, limit).run(name(), busiest, sample, rounds);
            }
        }
        if (typologies) {
            System.out.println("== Detectors and typologies over GraphQL (a Spoor server on the benchmark store, in this process) ==");
            new TypologyBenchmark(settings.home(), pageCache, System.out).run(!dataset.equals("finbench"), only, rounds, limit, withoutPartner);
        }
        return 0;
    }

    private String name() {
        return dataset.equals("finbench") ? "finbench-" + finbench.getFileName().toString().replaceFirst("-raw.*", "")
                : Scale.parse(dataset).name() + "-seed" + seed;
    }

    private void prepare(Path dir, StoreSettings settings) throws Exception {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Path world = dir.resolve("world");
        if (dataset.equals("finbench")) {
            if (!Files.exists(finbench)) {
                throw new IllegalArgumentException("--finbench " + finbench + ": no such file or folder (the LDBC FinBench raw data, e.g. ../shared/data/finbench/sf1-raw.tar.gz)");
            }
            System.out.println("Converting " + finbench + " into a world in " + world);
            new FinBenchWorld(System.out::println).convert(finbench, world);
        } else {
            System.out.println("Generating the " + dataset + " world (seed " + seed + ", no documents) into " + world);
            new WorldGenerator(Scale.parse(dataset), seed).generate(world, WorldGenerator.Progress.NONE);
        }
        BsnKey key = BsnKey.load(settings.home(), Map.of());
        new WorldLoader(settings, key, LoadProgress.console(System.out)).load(world);
    }
}
