package nl.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.documents.DocumentRenderer;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.testing.GraphDump;

/**
 * Issue 4, "done when": ingest killed with SIGKILL at random moments, several times, and started
 * again until it finishes, gives the graph of one clean run of the same files. The real pipeline
 * runs in a child JVM ({@link IngestProcessMain}) on an embedded store in a temp folder; the kills
 * fall anywhere: while the store starts or recovers, while documents are parsed, between the
 * transactions of one write, between writing facts and marking files done.
 *
 * <p>OCR is off (scans end {@code needsOcr}) to keep the test near a minute. Left out of the
 * comparison, because they differ by design: a Source's {@code receivedAt} (the run that first wrote
 * it received it then) and an IngestFile's {@code attempts}, {@code startedAt} and {@code finishedAt}.
 */
class IngestKilledAndRestartedTest {

    private static final long SEED = 20261204L;
    private static final int KILLS = 5;
    private static final String[] DELIVERY = {"RIEC-NH-2025-031", "politie-nh", "WGS art. 2.3"};

    @TempDir
    static Path corpus;

    @BeforeAll
    static void documents() throws IOException {
        Path world = Files.createDirectories(corpus.resolve("world"));
        new WorldGenerator(Scale.SMALL, 11).generate(world, WorldGenerator.Progress.NONE);
        new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).render(world, corpus.resolve("in"), 30, 11);
        // The manifest is the generator's answer sheet, not a delivered document.
        Files.delete(corpus.resolve("in/manifest.json"));
    }

    @Test
    void ingestKilledAtRandomMomentsAndRestartedGivesTheGraphOfOneCleanRun(@TempDir Path stores) throws Exception {
        Path in = corpus.resolve("in");
        long cleanStarted = System.nanoTime();
        Child clean = Child.start(stores.resolve("clean"), in);
        assertThat(clean.awaitExit(Long.MAX_VALUE)).as(clean.output()).isEqualTo(0);
        int documents = clean.documents.get();
        long cleanSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - cleanStarted);

        Random random = new Random(SEED);
        Path killedHome = stores.resolve("killed");
        List<String> kills = new ArrayList<>();
        while (kills.size() < KILLS) {
            Child child = Child.start(killedHome, in);
            String when;
            if (kills.isEmpty()) {
                // While the store starts for the first time (password, migrations) or the pipeline just began.
                long millis = 300 + random.nextInt(3_000);
                when = millis + " ms after the process started";
                child.awaitExit(millis);
            } else if (kills.size() % 2 == 1) {
                // Somewhere in parsing, extracting or writing; or, in a slow start, while the store recovers.
                long millis = random.nextInt(3_000);
                when = millis + " ms after the pipeline started";
                child.awaitStarted();
                child.awaitExit(millis);
            } else {
                // Right after a write, or in the middle of the next one.
                int lines = 1 + random.nextInt(Math.max(1, documents / 5));
                long extra = random.nextInt(400);
                when = extra + " ms after " + lines + " documents";
                child.awaitDocuments(lines);
                child.awaitExit(extra);
            }
            if (!child.process.isAlive()) {
                assertThat(child.process.exitValue()).as(child.output()).isEqualTo(0);
                break; // it finished before the moment came: nothing left to kill
            }
            child.kill();
            kills.add(when + " (" + child.documents.get() + " documents written in that run)");
        }
        Child last = Child.start(killedHome, in);
        assertThat(last.awaitExit(Long.MAX_VALUE)).as(last.output()).isEqualTo(0);

        System.out.println("clean run: " + documents + " documents in " + cleanSeconds + " s; kills: " + String.join("; ", kills));
        assertThat(kills).as("runs killed before the end").hasSizeGreaterThanOrEqualTo(3)
                .as("runs killed after writing some documents").filteredOn(k -> !k.contains("(0 documents")).hasSizeGreaterThanOrEqualTo(2);
        List<String> expected = dump(stores.resolve("clean"));
        List<String> actual = dump(killedHome);
        List<String> onlyClean = new ArrayList<>(expected);
        onlyClean.removeAll(actual);
        List<String> onlyKilled = new ArrayList<>(actual);
        onlyKilled.removeAll(expected);
        assertThat(onlyKilled).as("only after the kills %s; only in the clean run: %s", kills, onlyClean).isEmpty();
        assertThat(actual).as("graph after kills %s", kills).isEqualTo(expected);
        assertThat(actual).anyMatch(l -> l.startsWith("node [Document, Entity]")).filteredOn(l -> l.startsWith("node [IngestFile]"))
                .allMatch(l -> l.contains("status=STRING \"done\"") || l.contains("status=STRING \"quarantined\""));
        assertThat(documents).isGreaterThanOrEqualTo(30);
    }

    /**
     * The whole graph; a relationship's {@code sourceIds} and {@code evidence} as sets, because the
     * writer appends them in the order documents reach it, which two workers do not fix even between
     * two clean runs.
     */
    private static List<String> dump(Path home) {
        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(home))) {
            List<String> lines = new ArrayList<>(GraphDump.of(store, "receivedAt", "attempts", "startedAt", "finishedAt", "sourceIds", "evidence"));
            try (var s = store.driver().session(store.sessionConfig())) {
                s.run("""
                        MATCH (a)-[r]->(b) WHERE r.evidence IS NOT NULL
                        RETURN type(r) AS t, a.spoorId AS a, b.spoorId AS b, r.key AS key, r.sourceIds AS ids, r.evidence AS evidence""")
                        .forEachRemaining(r -> lines.add("provenance (" + r.get("a").asString() + ")-[" + r.get("t").asString() + " "
                                + r.get("key") + "]->(" + r.get("b").asString() + ") " + new java.util.TreeSet<>(r.get("ids").asList(v -> v.asString()))
                                + " " + new java.util.TreeSet<>(r.get("evidence").asList(v -> v.asString()))));
            }
            lines.sort(null);
            return lines;
        }
    }

    /** One run of {@link IngestProcessMain}, its output read line by line. */
    private static final class Child {
        final Process process;
        final AtomicInteger documents = new AtomicInteger();
        private volatile boolean started;
        private final StringBuffer output = new StringBuffer();
        private final Thread reader;

        private Child(Process process) {
            this.process = process;
            this.reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        // Documents this run worked on; those finished by an earlier run are only skipped.
                        if (line.startsWith(IngestProcessMain.DOCUMENT_LINE) && !line.contains(" ALREADY_")) {
                            documents.incrementAndGet();
                            synchronized (this) {
                                notifyAll();
                            }
                        }
                        if (line.equals(IngestProcessMain.STARTED_LINE)) {
                            started = true;
                        }
                        output.append(line).append('\n');
                    }
                } catch (IOException e) {
                    output.append("(output lost: ").append(e).append(")\n");
                }
            });
        }

        static Child start(Path home, Path in) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-Xmx768m", "--enable-native-access=ALL-UNNAMED",
                    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), IngestProcessMain.class.getName(),
                    home.toString(), in.toString(), DELIVERY[0], DELIVERY[1], DELIVERY[2]);
            return new Child(new ProcessBuilder(command).redirectErrorStream(true).start());
        }

        /** Waits until the store is open and the pipeline has started, or the run has ended. */
        void awaitStarted() throws InterruptedException {
            while (!started && process.isAlive()) {
                Thread.sleep(20);
            }
        }

        /** Waits until the run has finished this many documents, or has ended. */
        void awaitDocuments(int n) throws InterruptedException {
            synchronized (this) {
                while (documents.get() < n && process.isAlive()) {
                    wait(100);
                }
            }
        }

        /** @return the exit code, or -1 when it still runs after {@code millis} */
        int awaitExit(long millis) throws InterruptedException {
            if (!process.waitFor(Math.min(millis, TimeUnit.MINUTES.toMillis(5)), TimeUnit.MILLISECONDS)) {
                return -1;
            }
            reader.join(5_000);
            return process.exitValue();
        }

        /** SIGKILL: no shutdown hook, no store close, no flush. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
            reader.join(5_000);
        }

        String output() {
            return output.toString();
        }
    }
}
