package nl.spoor.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.spoor.api.moneytrail.TrailBenchmark;
import nl.spoor.api.scaleout.ScaleOutBenchmark;
import nl.spoor.ingest.bench.BenchCorpus;
import nl.spoor.ingest.bench.IngestBenchmark;
import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.ingest.world.load.WorldLoader;
import nl.spoor.model.bench.StoreBenchmark;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print a ratio against a baseline run side by side in the same process.",
        subcommands = {BenchCommand.Store.class, BenchCommand.Ingest.class, BenchCommand.Trails.class, BenchQueriesCommand.class})
class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return 0;
    }

    @Command(name = "store", mixinStandardHelpOptions = true,
            description = {"Batched writes with provenance (GraphWriter: MERGE by Spoor id, ASSERTS, source lists)",
                    "beside plain UNWIND … CREATE of the same data, each into a fresh embedded store in this process.",
                    "Prints elements/s for both and their ratio."})
    static class Store implements Callable<Integer> {

        @Option(names = "--entities", defaultValue = "50000", description = "Accounts in the data set; persons, companies, vehicles and relationships scale with it (default ${DEFAULT-VALUE}).")
        int entities;

        @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds, alternating the two writers (default ${DEFAULT-VALUE}); the median is reported.")
        int rounds;

        @Option(names = "--chunk", defaultValue = "10000", description = "Rows per transaction for both writers (default ${DEFAULT-VALUE}).")
        int chunk;

        @Override
        public Integer call() throws Exception {
            new StoreBenchmark(entities, rounds, chunk, System.out).run();
            return 0;
        }
    }

    @Command(name = "trails", mixinStandardHelpOptions = true,
            description = {"Money trails: the 3-hop time-respecting search (pruned during expansion) beside the naive",
                    "variable-length query that filters whole paths afterwards, from the same accounts, in this process.",
                    "Generates a world (--scale, --seed) into a temporary folder and store, which are removed afterwards."})
    static class Trails implements Callable<Integer> {

        @Option(names = "--scale", defaultValue = "small", description = "World scale: small, medium, large or a number of persons (default ${DEFAULT-VALUE}).")
        String scale;

        @Option(names = "--seed", defaultValue = "42", description = "World seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--busiest", defaultValue = "10", description = "Start from the accounts with the most outgoing transfers (default ${DEFAULT-VALUE}).")
        int busiest;

        @Option(names = "--sample-step", defaultValue = "50", description = "And from every n-th other account by Spoor id (default ${DEFAULT-VALUE}).")
        int step;

        @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds after a warm-up round (default ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--timeout", defaultValue = "30s", description = "Transaction timeout per query (default ${DEFAULT-VALUE}).")
        String timeout;

        @Override
        public Integer call() throws Exception {
            Path tmp = Files.createTempDirectory("spoor-bench-trails-");
            try {
                Path world = tmp.resolve("world");
                System.out.println("Generating the " + scale + " world (seed " + seed + ") into " + world);
                new WorldGenerator(Scale.parse(scale), seed)
                        .generate(world, WorldGenerator.Progress.NONE);
                StoreSettings settings = new StoreSettings(tmp.resolve("home"),
                        Optional.empty(), "neo4j", null, "neo4j", 0, "512m");
                BsnKey key = BsnKey.load(tmp.resolve("home"), Map.of());
                new WorldLoader(settings, key, LoadProgress.console(System.out)).load(world);
                try (SpoorStore store = SpoorStore.open(settings)) {
                    new TrailBenchmark(store, System.out, Duration.parse("PT" + timeout.toUpperCase(Locale.ROOT)))
                            .run(busiest, step, rounds);
                }
            } finally {
                deleteTree(tmp);
            }
            return 0;
        }
    }

    static void deleteTree(Path tmp) throws java.io.IOException {
        try (var files = Files.walk(tmp)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"The whole ingest pipeline (detect, Tika, OCR, extract, resolve, batched write with provenance, into a fresh",
                    "embedded store each round) beside raw Tika parsing the same files to text with the same threads, in this process.",
                    "Prints documents/s and MB/s per format for both and their ratio (target ≥ 0.80 with 2 workers).",
                    "Corpus: a generated world's documents (generated once, cached under $SPOOR_HOME/worlds), or --documents DIR."})
    static class Ingest implements Callable<Integer> {

        static class Corpus {
            @Option(names = "--documents", paramLabel = "DIR", description = "Measure the files under this folder instead of a generated world's documents.")
            Path documents;

            @ArgGroup(exclusive = false)
            Generated generated;
        }

        static class Generated {
            @Option(names = "--scale", defaultValue = "small", description = "Scale of the generated world: small (60 documents) or a number of persons (N/10 documents, 60–2,000). Default: ${DEFAULT-VALUE}.")
            String scale = "small";

            @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated world (default ${DEFAULT-VALUE}).")
            long seed = 42;
        }

        @ArgGroup(exclusive = true)
        Corpus corpus;

        @Option(names = "--workers", defaultValue = "2", split = ",", paramLabel = "N[,N…]",
                description = {"One number: pipeline workers, and raw Tika threads (default ${DEFAULT-VALUE}).",
                        "Several (--workers 1,2): scale-out instead, the same folder ingested by that many worker processes each",
                        "(Redis queue, fresh database each), files/s side by side with the ratio; needs redis-server."})
        List<Integer> workers;

        @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds, alternating which side goes first (default ${DEFAULT-VALUE}); the median is reported.")
        int rounds;

        @Option(names = "--ocr", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "OCR images and scanned pages with Tesseract (Dutch) on both sides, as ingest does by default; --no-ocr: neither side does.")
        boolean ocr;

        @Override
        public Integer call() throws Exception {
            Path folder = corpus != null && corpus.documents != null ? corpus.documents.toAbsolutePath().normalize() : generatedDocuments();
            BenchCorpus files = BenchCorpus.of(folder);
            Path tmp = Files.createTempDirectory("spoor-bench-ingest-");
            if (workers.size() > 1) {
                try {
                    new ScaleOutBenchmark(folder, workers, ocr, System.out).run(tmp);
                } finally {
                    deleteTree(tmp);
                }
                return 0;
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try {
                new IngestBenchmark(files, new IngestBenchmark.Settings(workers.getFirst(), rounds, ocr), IngestBenchmark.Stores.embedded(tmp), BsnKey.of(key),
                        IngestCommand.extractor(), System.out).run();
            } finally {
                Files.deleteIfExists(tmp);
            }
            return 0;
        }

        /** The documents of a generated world, generated once into $SPOOR_HOME/worlds/<scale>-seed<seed> (the demo's cache). */
        private Path generatedDocuments() {
            Generated g = corpus != null && corpus.generated != null ? corpus.generated : new Generated();
            return GenerateCommand.cached(g.scale, g.seed, "the benchmark").resolve("documents");
        }
    }
}
