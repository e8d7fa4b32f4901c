package nl.spoor.ingest.world.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.writer.GraphWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a generated world ({@code ingest/world-format.md}) into Spoor's store.
 *
 * <p>An embedded store whose database does not exist yet or holds no data gets the fast path: the files
 * become the offline importer's CSV in a folder under {@code SPOOR_HOME}, Neo4j's importer writes the
 * database directly, then the store opens as always and builds its constraints and indexes. Any other
 * store (one with data, or an external server) gets the world through the {@link GraphWriter} in
 * batched transactions, merging with what is there. Both give the same graph.
 *
 * <p>The files are checked completely before anything is written: a malformed world fails with a
 * {@link WorldFormatException} naming file, line and column, and the store stays as it was.
 */
public final class WorldLoader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoreSettings settings;
    private final BsnKey bsnKey;
    private final LoadProgress progress;
    private String importMemory;
    private int batchSize = 10_000;

    public WorldLoader(StoreSettings settings, BsnKey bsnKey, LoadProgress progress) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.bsnKey = Objects.requireNonNull(bsnKey, "bsnKey");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The offline importer's memory limit ({@code 2G}, {@code 50%}); by default Neo4j's own choice. */
    public WorldLoader importMemory(String maxOffHeapMemory) {
        this.importMemory = maxOffHeapMemory;
        return this;
    }

    /** Facts per transaction on the transactional path (default 10,000, the GraphWriter's measured sweet spot). */
    public WorldLoader batchSize(int facts) {
        if (facts < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + facts);
        }
        this.batchSize = facts;
        return this;
    }

    /**
     * Loads the world in {@code dir} (the generator's output folder, or its {@code world} folder) into the
     * store the settings name, choosing the path as described above. Opens and closes the store.
     */
    public LoadReport load(Path dir) {
        WorldFiles files = WorldFiles.locate(dir);
        if (settings.isEmbedded()) {
            Path database = settings.embeddedDirectory().resolve("data").resolve("databases").resolve(settings.database());
            if (!Files.exists(database)) {
                return importOffline(files, false, "the embedded database does not exist yet");
            }
            try (SpoorStore store = SpoorStore.open(settings)) {
                if (holdsData(store)) {
                    return loadTransactionally(store, files, "the embedded store already holds data, which the offline importer would replace");
                }
            }
            // Closed again: the importer needs the database for itself.
            return importOffline(files, true, "the embedded database holds no data");
        }
        try (SpoorStore store = SpoorStore.open(settings)) {
            return loadTransactionally(store, files, "the store is an external Neo4j server (" + store.boltUri()
                    + "), which only takes data through transactions");
        }
    }

    /** Loads the world into an open store through transactions, whatever it holds. */
    public LoadReport loadTransactionally(SpoorStore store, Path dir) {
        return loadTransactionally(store, WorldFiles.locate(dir), "asked for");
    }

    private LoadReport importOffline(WorldFiles files, boolean overwrite, String reason) {
        progress.message("Fast path: " + reason + ", so Neo4j's offline importer writes it directly.");
        Path work;
        try {
            Files.createDirectories(settings.home());
            work = Files.createTempDirectory(settings.home(), "world-import-");
        } catch (IOException e) {
            throw new WorldLoadException("Cannot create a folder for the importer's files under " + settings.home() + ": " + e.getMessage(), e);
        }
        try {
            long t0 = System.nanoTime();
            ImporterFiles importerFiles = new ImporterFiles(Files.createDirectories(work.resolve("csv")));
            WorldReader.Contents contents;
            progress.stage("Reading and converting", files.totalBytes(), "MB");
            try {
                contents = reader(files).read(importerFiles, progress::stepBy);
                importerFiles.finish();
            } catch (RuntimeException e) {
                importerFiles.abandon();
                throw e;
            } finally {
                progress.stageDone();
            }
            long t1 = System.nanoTime();
            Path database = settings.embeddedDirectory().resolve("data").resolve("databases").resolve(settings.database());
            Map<String, Duration> stages;
            try {
                stages = OfflineImport.run(settings.embeddedDirectory(), settings.database(), importerFiles, work, overwrite, importMemory, progress);
            } catch (RuntimeException e) {
                if (!overwrite) {
                    // The database did not exist before: remove what the failed import left, so the store is as it was.
                    deleteTree(database);
                    deleteTree(settings.embeddedDirectory().resolve("data").resolve("transactions").resolve(settings.database()));
                }
                throw e;
            }
            long t2 = System.nanoTime();
            deleteTree(work);
            progress.message("Building constraints and indexes (schema migrations, index population) …");
            try (SpoorStore store = SpoorStore.open(settings)) {
                long t3 = System.nanoTime();
                return new LoadReport(LoadReport.Path.OFFLINE_IMPORT, reason, contents.sources(), contents.nodesPerLabel(),
                        contents.relationshipsPerType(), contents.notes(), Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1),
                        stages, Duration.ofNanos(t3 - t2), store.status());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(work);
        }
    }

    private LoadReport loadTransactionally(SpoorStore store, WorldFiles files, String reason) {
        progress.message("Transactional path: " + reason + ". The world goes through the GraphWriter in transactions of "
                + String.format("%,d", batchSize) + " facts. This is slower than the offline importer (thousands of facts/s "
                + "instead of 100,000+ relationships/s) because every fact is merged by Spoor id under the uniqueness constraints "
                + "and its provenance merged with what is stored, with the indexes kept up to date on the way.");
        WorldReader reader = reader(files);
        long t0 = System.nanoTime();
        progress.stage("Checking", files.totalBytes(), "MB");
        WorldReader.Contents contents;
        try {
            contents = reader.read(WorldSink.NONE, progress::stepBy);
        } finally {
            progress.stageDone();
        }
        long t1 = System.nanoTime();
        TransactionalWrite write = new TransactionalWrite(new GraphWriter(store.driver(), store.database(), batchSize), batchSize, progress);
        progress.stage("Writing", contents.sources() + contents.nodes() + contents.relationships(), "facts");
        try {
            reader.read(write, bytes -> {
            });
        } finally {
            progress.stageDone();
        }
        long t2 = System.nanoTime();
        return new LoadReport(LoadReport.Path.TRANSACTIONAL, reason, contents.sources(), contents.nodesPerLabel(), contents.relationshipsPerType(),
                contents.notes(), Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), Map.of(), Duration.ZERO, store.status());
    }

    private WorldReader reader(WorldFiles files) {
        return new WorldReader(files, bsnKey, generatorVersion(files));
    }

    /**
     * The generator's version from {@code manifest.json} ({@code "generator": "spoor-world 1"}): it is the
     * extractor version of every source, as the GraphWriter requires one.
     */
    private static String generatorVersion(WorldFiles files) {
        Path manifest = files.world().resolveSibling("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return "unknown";
        }
        try {
            JsonNode generator = JSON.readTree(manifest.toFile()).path("generator");
            String text = generator.isString() ? generator.asString().strip() : "";
            int space = text.lastIndexOf(' ');
            return text.isEmpty() ? "unknown" : space < 0 ? text : text.substring(space + 1);
        } catch (RuntimeException e) {
            throw new WorldFormatException(manifest.toString(), 0, 0, null, "not readable JSON: " + e.getMessage());
        }
    }

    private static boolean holdsData(SpoorStore store) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) > 0 AS some").single().get("some").asBoolean());
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
