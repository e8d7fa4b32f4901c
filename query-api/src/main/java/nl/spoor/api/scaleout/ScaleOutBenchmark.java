package nl.spoor.api.scaleout;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.spoor.ingest.bench.BenchCorpus;
import nl.spoor.model.store.EmbeddedCredentials;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;

/**
 * {@code spoor bench ingest --workers 1,2}: the same folder ingested by 1, 2, … worker processes, each
 * count into a fresh database, in one run, side by side with the ratio to the first count. The set-up is
 * production's on one machine: Redis ({@code redis-server}, a fresh one per count), the worker processes
 * started from this artefact, and Neo4j embedded in this process serving them over Bolt as a server
 * would. The clock runs from the first file queued to the last acknowledged; worker start-up is not timed.
 */
public final class ScaleOutBenchmark {

    private final BenchCorpus corpus;
    private final Path folder;
    private final List<Integer> workerCounts;
    private final boolean ocr;
    private final PrintStream out;

    public ScaleOutBenchmark(Path folder, List<Integer> workerCounts, boolean ocr, PrintStream out) {
        this.folder = folder;
        this.corpus = BenchCorpus.of(folder);
        this.workerCounts = List.copyOf(workerCounts);
        this.ocr = ocr;
        this.out = out;
        if (workerCounts.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--workers needs counts of at least 1, got " + workerCounts);
        }
    }

    /** One measured count. */
    public record Run(int workers, int files, double seconds, long elements) {
        double filesPerSecond() {
            return files / seconds;
        }
    }

    public List<Run> run(Path tmp) throws Exception {
        if (!RedisServerProcess.installed()) {
            throw new IllegalStateException("bench ingest --workers with several counts needs redis-server (Debian: apt-get install redis-server)");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "Scale-out ingest: %,d files (%.1f MB) from %s, worker processes %s, OCR %s, %d cores%n",
                corpus.files(), corpus.bytes() / 1e6, folder, workerCounts, ocr ? "on" : "off", cores);
        List<Run> runs = new ArrayList<>();
        for (int n : workerCounts) {
            runs.add(measure(n, tmp.resolve("workers-" + n)));
            Run r = runs.getLast();
            out.printf(Locale.ROOT, "  %d worker process(es): %.1f s, %.2f files/s%n", n, r.seconds(), r.filesPerSecond());
        }
        out.println();
        out.printf(Locale.ROOT, "%-10s %8s %10s %10s %10s %12s %8s%n", "workers", "files", "seconds", "files/s", "MB/s", "elements/s", "ratio");
        Run first = runs.getFirst();
        for (Run r : runs) {
            out.printf(Locale.ROOT, "%-10d %8d %10.1f %10.2f %10.2f %12.0f %7.2fx%n", r.workers(), r.files(), r.seconds(), r.filesPerSecond(),
                    corpus.bytes() / 1e6 / r.seconds(), r.elements() / r.seconds(), r.filesPerSecond() / first.filesPerSecond());
        }
        out.printf(Locale.ROOT, "elements = nodes + relationships in the graph afterwards (%,d, %.0f per file); ratio = files/s against %d worker(s)%n",
                first.elements(), (double) first.elements() / first.files(), first.workers());
        return runs;
    }

    private Run measure(int workers, Path dir) throws Exception {
        Files.createDirectories(dir);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        StoreSettings storeSettings = new StoreSettings(dir.resolve("home"), java.util.Optional.empty(), "neo4j", null, "neo4j", 0, "512m");
        List<Process> processes = new ArrayList<>();
        try (SpoorStore store = SpoorStore.open(storeSettings);
             RedisServerProcess redis = RedisServerProcess.start(dir.resolve("redis"))) {
            String password = EmbeddedCredentials.ensurePassword(store.boltUri(), storeSettings.embeddedDirectory());
            Map<String, String> env = new HashMap<>();
            env.put("SPOOR_NEO4J_URI", store.boltUri().toString());
            env.put("SPOOR_NEO4J_PASSWORD", password);
            env.put("SPOOR_REDIS_URI", redis.uri().toString());
            env.put("SPOOR_FILES", folder.toString());
            env.put("SPOOR_BSN_KEY", HexFormat.of().formatHex(key));
            env.put("SPOOR_INGEST_OCR", Boolean.toString(ocr));
            ScaleOutSettings settings = new ScaleOutSettings(redis.uri(), folder, Duration.ofSeconds(60), 4);
            for (int i = 1; i <= workers; i++) {
                Map<String, String> own = new HashMap<>(env);
                own.put("SPOOR_WORKER_NAME", "bench-" + i);
                own.put("SPOOR_HOME", dir.resolve("worker-" + i).toString());
                processes.add(SpoorProcesses.start(own, dir.resolve("worker-" + i + ".log"), "1g", "serve", "--role", "worker"));
            }
            for (int i = 1; i <= workers; i++) {
                awaitReady(processes.get(i - 1), dir.resolve("worker-" + i + ".log"));
            }
            try (RedisFileQueue queue = RedisFileQueue.connect(settings)) {
                Instant received = Instant.now();
                List<FileTask> tasks = corpus.formats().stream().flatMap(f -> f.files().stream())
                        .map(p -> new FileTask("bench", folder.relativize(p).toString(), "", "bench", "bench", "bench", LocalDate.now().plusYears(1), received))
                        .toList();
                long start = System.nanoTime();
                queue.publish(tasks);
                while (queue.depth() > 0) {
                    for (Process p : processes) {
                        if (!p.isAlive()) {
                            throw new IllegalStateException("A worker process ended during the benchmark; see its log in " + dir);
                        }
                    }
                    Thread.sleep(50);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long elements;
                try (var s = store.driver().session(store.sessionConfig())) {
                    elements = s.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong()
                            + s.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
                    long finished = s.run("MATCH (f:IngestFile) WHERE f.parent IS NULL AND f.status IN ['done', 'quarantined'] RETURN count(f) AS n")
                            .single().get("n").asLong();
                    if (finished != tasks.size()) {
                        throw new IllegalStateException("Only " + finished + " of " + tasks.size() + " files are done or quarantined after the queue emptied");
                    }
                }
                return new Run(workers, tasks.size(), seconds, elements);
            }
        } finally {
            for (Process p : processes) {
                p.destroy();
            }
            for (Process p : processes) {
                if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                }
            }
        }
    }

    private static void awaitReady(Process p, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.exists(log) || !Files.readString(log).contains("is ready")) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("A worker process did not start:\n" + (Files.exists(log) ? Files.readString(log) : ""));
            }
            Thread.sleep(100);
        }
    }
}
