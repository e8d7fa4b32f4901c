package nl.spoor.api.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.Passwords;
import nl.spoor.api.access.Purpose;
import nl.spoor.api.access.Role;
import nl.spoor.api.access.store.AccessGraph;
import nl.spoor.api.access.store.Accounts;
import nl.spoor.api.access.store.Purposes;
import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.ingest.pipeline.ExtractorRelease;
import nl.spoor.ingest.pipeline.IngestLimits;
import nl.spoor.ingest.pipeline.IngestOptions;
import nl.spoor.ingest.pipeline.IngestPipeline;
import nl.spoor.ingest.pipeline.IngestProgress;
import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.documents.DocumentRenderer;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.testing.GraphDump;
import nl.spoor.model.testing.Neo4jServerProcess;

/**
 * Scale-out as it runs in production, on this machine: a Neo4j server, Redis, one api and two worker
 * processes, each its own OS process. A folder of generated documents is uploaded to the api; one worker
 * is killed (SIGKILL) while it holds files; the other finishes. Then every document is ingested exactly
 * once and the graph equals that of one embedded process ingesting the same files.
 *
 * <p>Tagged {@code multiprocess} ({@code -DexcludedGroups=multiprocess} leaves it out); skipped with a
 * message where {@code redis-server} is not installed.
 */
@Tag("multiprocess")
class ScaleOutProcessesTest {

    private static final int DOCUMENTS = 24;
    static final String BSN_KEY = "5f0c1e2d3b4a59687766554433221100ffeeddccbbaa99887766554433221100";
    /** Differ between runs by design: when and how often a file was worked on. */
    static final String[] TIMING = {"attempts", "startedAt", "finishedAt"};
    /** Sets kept as lists: their order is the order in which the writers arrived, in one process too. */
    static final Set<String> UNORDERED = Set.of("sourceIds", "evidence");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER = "scaleout-rechercheur";
    private static final String PASSWORD = "scale-out-test-password";
    private static final String PURPOSE = "ZAAK-SCALEOUT";

    private static Path tmp;
    private static final List<Process> processes = new ArrayList<>();

    @BeforeAll
    static void folder() throws IOException {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(base);
        tmp = Files.createTempDirectory(base, "spoor-scaleout-");
    }

    @AfterAll
    static void stopProcesses() {
        processes.forEach(p -> p.destroyForcibly());
    }

    @Test
    void aKilledWorkersFilesAreTakenOverAndEveryDocumentIsIngestedOnceIntoTheGraphOfOneProcess() throws Exception {
        assumeTrue(RedisServerProcess.installed(), "redis-server is not installed (apt-get install redis-server): the multi-process scale-out test is skipped");
        List<Path> documents = generate(tmp.resolve("world"));
        assertThat(documents).hasSize(DOCUMENTS);
        Path files = Files.createDirectories(tmp.resolve("files"));
        try (Neo4jServerProcess neo4j = Neo4jServerProcess.start(tmp.resolve("neo4j"));
             RedisServerProcess redis = RedisServerProcess.start(tmp.resolve("redis"));
             SpoorStore graph = SpoorStore.open(StoreSettings.external(neo4j.boltUri(), "neo4j", Neo4jServerProcess.PASSWORD))) {
            Map<String, String> shared = Map.of("SPOOR_NEO4J_URI", neo4j.boltUri().toString(), "SPOOR_NEO4J_PASSWORD", Neo4jServerProcess.PASSWORD,
                    "SPOOR_REDIS_URI", redis.uri().toString(), "SPOOR_FILES", files.toString(), "SPOOR_BSN_KEY", BSN_KEY,
                    "SPOOR_INGEST_OCR", "false", "SPOOR_QUEUE_CLAIM_AFTER", "3s", "SPOOR_QUEUE_BATCH", "2", "SPOOR_INGEST_WORKERS", "1");
            int port = RedisServerProcess.freePort();
            Process api = start("api", shared, Map.of("SPOOR_PORT", Integer.toString(port)));
            awaitHealth(tmp, api, port);
            signUp(graph);
            Process worker1 = start("worker-1", shared, Map.of("SPOOR_WORKER_NAME", "worker-1"));
            Process worker2 = start("worker-2", shared, Map.of("SPOOR_WORKER_NAME", "worker-2"));

            JsonNode job = upload(port, documents);
            String id = job.get("id").asString();
            Instant submitted = Instant.parse(job.get("submitted").asString());

            ScaleOutSettings settings = new ScaleOutSettings(redis.uri(), files, Duration.ofSeconds(3), 2);
            try (RedisFileQueue queue = RedisFileQueue.connect(settings)) {
                // Kill worker 1 while it holds files, once some files are done (mid-run).
                awaitUntil(Duration.ofMinutes(5), "worker-1 to hold files after the first file is done",
                        () -> queue.heldBy("worker-1") > 0 && doneFiles(graph) > 0);
                long held = queue.heldBy("worker-1");
                worker1.destroyForcibly().waitFor();
                assertThat(held).isPositive();
                awaitUntil(Duration.ofMinutes(10), "the queue to be empty", () -> queue.depth() == 0);
            }
            assertThat(worker2.isAlive()).isTrue();
            assertThat(Files.readString(tmp.resolve("worker-2.log"))).contains("Worker worker-2 took over");
            JsonNode done = get(port, "/api/ingest/jobs/" + id);
            assertThat(done.get("state").asString()).isEqualTo("DONE");
            assertThat(done.get("files").get("finished").asInt()).isEqualTo(documents.size());

            // Exactly once: one done IngestFile per delivered file, one Document per content hash.
            try (var s = graph.driver().session(graph.sessionConfig())) {
                assertThat(s.run("MATCH (f:IngestFile) WHERE f.parent IS NULL RETURN count(f) AS n").single().get("n").asLong()).isEqualTo(documents.size());
                assertThat(s.run("MATCH (f:IngestFile) WHERE f.status <> 'done' RETURN collect(f.path + ': ' + f.status) AS open").single()
                        .get("open").asList()).isEmpty();
                assertThat(s.run("MATCH (d:Document) WITH d.sha256 AS sha, count(*) AS n WHERE n > 1 RETURN collect(sha) AS twice").single()
                        .get("twice").asList()).isEmpty();
            }

            // The same files in one embedded process, in one pipeline run, under the same delivery.
            Path uploaded = files.resolve("uploads").resolve(id).resolve("files");
            try (SpoorStore single = SpoorStore.open(StoreSettings.embedded(tmp.resolve("single")))) {
                IngestOptions delivery = new IngestOptions("zaak-scaleout", "politie-nh", "WGS art. 2.3", LocalDate.parse("2030-12-31"), submitted, 2,
                        IngestLimits.defaults().withMaxFileBytes(512L << 20), false);
                RuleExtractor extractor = new RuleExtractor();
                new IngestPipeline(single, BsnKey.of(HexFormat.of().parseHex(BSN_KEY)), extractor, ExtractorRelease.of(extractor), delivery,
                        IngestProgress.silent()).run(List.of(uploaded));
                assertThat(counts(graph, "MATCH (n) WHERE " + GraphDump.FACT.formatted("n") + " UNWIND labels(n) AS l RETURN l AS k, count(*) AS n"))
                        .isEqualTo(counts(single, "MATCH (n) WHERE " + GraphDump.FACT.formatted("n") + " UNWIND labels(n) AS l RETURN l AS k, count(*) AS n"));
                assertThat(counts(graph, "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n"))
                        .isEqualTo(counts(single, "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n"));
                List<String> distributed = GraphDump.canonical(graph, UNORDERED, TIMING);
                List<String> one = GraphDump.canonical(single, UNORDERED, TIMING);
                assertThat(distributed).containsExactlyElementsOf(one);
                assertThat(digest(distributed)).isEqualTo(digest(one));
            }
        } finally {
            stopProcesses();
        }
    }

    /** The generator's small world, rendered to {@value DOCUMENTS} documents (mail, archives, office files, PDFs, scans). */
    private static List<Path> generate(Path world) throws IOException {
        new WorldGenerator(Scale.SMALL, 42).generate(world, WorldGenerator.Progress.NONE);
        new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, true).render(world, world.resolve("documents"), DOCUMENTS, 42);
        try (Stream<Path> all = Files.walk(world.resolve("documents"))) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("manifest.json")).sorted().toList();
        }
    }

    private static Process start(String name, Map<String, String> shared, Map<String, String> own) {
        return start(tmp, processes, name, shared, own);
    }

    /** A spoor process {@code name} (role worker when the name starts so, else api), its home and log in {@code tmp}; added to {@code processes}. */
    static Process start(Path tmp, List<Process> processes, String name, Map<String, String> shared, Map<String, String> own) {
        Map<String, String> env = new TreeMap<>(shared);
        env.putAll(own);
        env.put("SPOOR_HOME", tmp.resolve(name + "-home").toString());
        String role = name.startsWith("worker") ? "worker" : "api";
        Process p = SpoorProcesses.start(env, tmp.resolve(name + ".log"), "768m", "serve", "--role", role);
        processes.add(p);
        return p;
    }

    /** Until the api process (logging to {@code tmp}/api.log) answers its health check; fails with its log if it ended. */
    static void awaitHealth(Path tmp, Process api, int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        awaitUntil(Duration.ofMinutes(4), "the api process to answer /actuator/health", () -> {
            if (!api.isAlive()) {
                throw new AssertionError("The api process ended:\n" + Files.readString(tmp.resolve("api.log")));
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    /** A rechercheur of the case, in the store the api reads its users and purposes from (as ./spoor user add / purpose add do). */
    static void signUp(SpoorStore graph) {
        AccessGraph access = new AccessGraph(graph.driver(), graph.database());
        new Accounts(access).ensure(USER, Set.of(Role.RECHERCHEUR), "politie-nh", Passwords.hash(PASSWORD));
        new Purposes(access).ensure(new Purpose(PURPOSE, Purpose.Kind.CASE, "Scale-out test case", "WGS art. 2.3", Set.of("politie-nh")), List.of(USER));
    }

    /** HTTP Basic, as scripts sign in, and the purpose the upload serves. */
    private static HttpRequest.Builder signedIn(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header(AccessContext.PURPOSE_HEADER, PURPOSE);
    }

    static JsonNode upload(int port, List<Path> documents) throws Exception {
        String boundary = "spoor-scaleout-" + System.nanoTime();
        List<byte[]> parts = new ArrayList<>();
        Map<String, String> fields = Map.of("case", "zaak-scaleout", "partner", "politie-nh", "basis", "WGS art. 2.3", "retainUntil", "2030-12-31");
        fields.forEach((k, v) -> parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        for (Path d : documents) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + d.getFileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            parts.add(Files.readAllBytes(d));
            parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(signedIn(port, "/api/ingest/uploads")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return JSON.readTree(r.body());
    }

    static JsonNode get(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(signedIn(port, path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static long doneFiles(SpoorStore store) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.run("MATCH (f:IngestFile {status: 'done'}) RETURN count(f) AS n").single().get("n").asLong();
        }
    }

    static Map<String, Long> counts(SpoorStore store, String query) {
        Map<String, Long> out = new TreeMap<>();
        try (var s = store.driver().session(store.sessionConfig())) {
            s.run(query).forEachRemaining(r -> out.put(r.get("k").asString(), r.get("n").asLong()));
        }
        out.remove("SchemaMigration");
        return out;
    }

    static String digest(List<String> lines) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        lines.forEach(l -> d.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(d.digest());
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void awaitUntil(Duration timeout, String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout + " for " + what);
            }
            Thread.sleep(100);
        }
    }
}
