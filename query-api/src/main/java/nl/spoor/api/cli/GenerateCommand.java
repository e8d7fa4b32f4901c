package nl.spoor.api.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.documents.DocumentRenderer;
import nl.spoor.ingest.world.documents.RegisterExtracts;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.WrittenFile;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates a synthetic Noord-Holland world as files (ingest/world-format.md):",
                "persons, firms, registers, bank statements and planted cases with their truth."})
class GenerateCommand implements Callable<Integer> {

    @Option(names = "--scale", defaultValue = "small",
            description = "small (~1,500 persons), medium (~20,000), large (1,000,000) or a number of persons. Default: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed and scale give identical files. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", required = true, description = "Output directory; must not hold a world yet.")
    Path out;

    @Option(names = "--statements-from", paramLabel = "YYYY-MM",
            description = "First month of bank statements (default by scale: small 2024-10, medium 2024-04, large 2024-11; earliest 2023-01 for two years of payments).")
    YearMonth statementsFrom;

    @Option(names = "--documents", paramLabel = "N",
            description = "Documents to render from the world into DIR/documents (default by scale: small 60, medium and large 2,000; 0 for none).")
    Integer documents;

    @Option(names = "--registers", description = "Also render the world's registers as KvK, RDW, BRP and Kadaster extracts into DIR/registers "
            + "(ingest/register-formats.md), for 'spoor import'.")
    boolean registers;

    @Option(names = "--load", description = "Then load the world into the store, as 'spoor load DIR' does (offline importer into an empty embedded store).")
    boolean load;

    @Option(names = "--import-memory", description = "With --load: off-heap memory for the offline importer, e.g. 2G (default: Neo4j's choice).")
    String importMemory;

    @Override
    public Integer call() {
        Scale s = Scale.parse(scale);
        if (statementsFrom != null) {
            if (statementsFrom.isBefore(YearMonth.of(2023, 1)) || statementsFrom.isAfter(Scale.STATEMENTS_UNTIL)) {
                throw new IllegalArgumentException("--statements-from " + statementsFrom + " is outside the registers' period 2023-01 to "
                        + Scale.STATEMENTS_UNTIL);
            }
            s = new Scale(s.name(), s.persons(), statementsFrom, s.casesPerVariant(), s.documents());
        }
        long start = System.nanoTime();
        WorldGenerator.Result result;
        try (BarProgress progress = new BarProgress()) {
            result = new WorldGenerator(s, seed).generate(out.toAbsolutePath(), progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "World '%s' (seed %d) written to %s in %.1f s, %.1f MB%n", s.name(), seed, out, seconds,
                result.bytes() / 1e6);
        for (WrittenFile f : result.files()) {
            if (f.rows() > 0) {
                System.out.printf(Locale.ROOT, "  %-42s %,12d rows%n", f.path(), f.rows());
            }
        }
        int count = documents != null ? documents : s.documents();
        if (count > 0) {
            long docsStart = System.nanoTime();
            var rendered = new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, true)
                    .render(out.toAbsolutePath(), out.toAbsolutePath().resolve("documents"), count, seed);
            System.out.printf(Locale.ROOT, "%,d documents rendered to %s in %.1f s%n", rendered.size(), out.resolve("documents"),
                    (System.nanoTime() - docsStart) / 1e9);
        }
        if (registers) {
            var files = RegisterExtracts.render(out.toAbsolutePath(), out.toAbsolutePath().resolve("registers"), seed);
            System.out.printf(Locale.ROOT, "%d register extracts written to %s%n", files.size(), out.resolve("registers"));
        }
        if (load) {
            LoadCommand.load(out.toAbsolutePath().normalize(), importMemory, 10_000);
        }
        return 0;
    }

    /** Shows one progress bar per phase of the generator. */
    private static final class BarProgress implements WorldGenerator.Progress, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void phase(String phase, long total) {
            close();
            bar = new ProgressBarBuilder().setTaskName(phase).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).continuousUpdate().build();
        }

        @Override
        public void step() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.stepTo(bar.getMax());
                bar.close();
                bar = null;
            }
        }
    }

    /**
     * The world of this scale and seed under {@code $SPOOR_HOME/worlds/<scale>-seed<seed>}, generated there once
     * (the demo and the benchmarks share it). A folder without the documents' manifest is an interrupted run: it
     * is generated again.
     */
    static Path cached(String scale, long seed, String purpose) {
        Path world = nl.spoor.model.store.StoreSettings.fromEnvironment(System.getenv()).home().toAbsolutePath()
                .resolve("worlds").resolve(Scale.parse(scale).name() + "-seed" + seed);
        if (!java.nio.file.Files.exists(world.resolve("documents").resolve("manifest.json"))) {
            deleteTree(world);
            System.out.println("Generating the " + scale + " world (seed " + seed + ") into " + world + " for " + purpose + "; once, it is cached.");
            GenerateCommand generate = new GenerateCommand();
            generate.scale = scale;
            generate.seed = seed;
            generate.out = world;
            generate.call();
        }
        return world;
    }

    private static void deleteTree(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot remove the unfinished world in " + dir + ": " + e.getMessage(), e);
        }
    }
}
