package nl.spoor.api.scaleout;

import static nl.spoor.api.scaleout.ScaleOutProcessesTest.BSN_KEY;
import static nl.spoor.api.scaleout.ScaleOutProcessesTest.TIMING;
import static nl.spoor.api.scaleout.ScaleOutProcessesTest.UNORDERED;
import static nl.spoor.api.scaleout.ScaleOutProcessesTest.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import software.amazon.awssdk.services.s3.S3Client;

import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.ingest.pipeline.ExtractorRelease;
import nl.spoor.ingest.pipeline.IngestLimits;
import nl.spoor.ingest.pipeline.IngestOptions;
import nl.spoor.ingest.pipeline.IngestPipeline;
import nl.spoor.ingest.pipeline.IngestProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.testing.GraphDump;
import nl.spoor.model.testing.Neo4jServerProcess;

/**
 * Scale-out with the file store in an S3-compatible bucket, every part its own OS process: a Neo4j
 * server, Redis, S3Proxy (a real S3 server, signed requests), one api and two workers. The api puts the
 * uploaded files in the bucket and keeps no copy; the first worker is killed while it holds files; the
 * second takes them over, fetching each object to its own work folder and removing the copy once done.
 * Every document is ingested exactly once, known in the graph by its {@code s3://} location, and the
 * graph equals that of one embedded process ingesting the same files under the same names.
 *
 * <p>Tagged {@code multiprocess}; skipped with a message where {@code redis-server} is not installed.
 */
@Tag("multiprocess")
class S3ScaleOutProcessesTest {

    private static final String BUCKET = "spoor-riec";
    private static final String PREFIX = "dossiers";
    private static final List<Process> processes = new ArrayList<>();

    @AfterAll
    static void stopProcesses() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void uploadedFilesTravelThroughTheBucketAndAreIngestedOnceUnderTheirS3Location() throws Exception {
        assumeTrue(RedisServerProcess.installed(), "redis-server is not installed (apt-get install redis-server): the S3 scale-out test is skipped");
        Path base = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Path tmp = Files.createTempDirectory(base, "spoor-s3-scaleout-");
        List<Path> documents = documents(Files.createDirectories(tmp.resolve("documents")));
        try (Neo4jServerProcess neo4j = Neo4jServerProcess.start(tmp.resolve("neo4j"));
             RedisServerProcess redis = RedisServerProcess.start(tmp.resolve("redis"));
             S3ProxyServer s3proxy = S3ProxyServer.start(tmp.resolve("s3"));
             SpoorStore graph = SpoorStore.open(StoreSettings.external(neo4j.boltUri(), "neo4j", Neo4jServerProcess.PASSWORD))) {
            s3proxy.createBucket(BUCKET);
            Map<String, String> shared = new TreeMap<>(Map.of("SPOOR_NEO4J_URI", neo4j.boltUri().toString(),
                    "SPOOR_NEO4J_PASSWORD", Neo4jServerProcess.PASSWORD, "SPOOR_REDIS_URI", redis.uri().toString(), "SPOOR_BSN_KEY", BSN_KEY,
                    "SPOOR_INGEST_OCR", "false", "SPOOR_QUEUE_CLAIM_AFTER", "3s", "SPOOR_QUEUE_BATCH", "1", "SPOOR_INGEST_WORKERS", "1"));
            shared.putAll(s3proxy.environment(BUCKET, PREFIX));
            int port = RedisServerProcess.freePort();
            Process api = ScaleOutProcessesTest.start(tmp, processes, "api", shared, Map.of("SPOOR_PORT", Integer.toString(port)));
            ScaleOutProcessesTest.awaitHealth(tmp, api, port);
            ScaleOutProcessesTest.signUp(graph);
            Process worker1 = ScaleOutProcessesTest.start(tmp, processes, "worker-1", shared, Map.of("SPOOR_WORKER_NAME", "worker-1"));

            JsonNode job = ScaleOutProcessesTest.upload(port, documents);
            String id = job.get("id").asString();
            Instant submitted = Instant.parse(job.get("submitted").asString());
            String keys = "uploads/" + id + "/files/";

            // In the bucket, and nowhere on the api's disk but its job record.
            try (S3Client s3 = s3proxy.client()) {
                for (Path d : documents) {
                    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(PREFIX + "/" + keys + d.getFileName())).asByteArray())
                            .isEqualTo(Files.readAllBytes(d));
                }
            }
            Path apiJob = tmp.resolve("api-home").resolve("uploads").resolve(id);
            assertThat(apiJob.resolve("job.json")).exists();
            try (Stream<Path> left = Files.list(apiJob.resolve("files"))) {
                assertThat(left.toList()).isEmpty();
            }

            ScaleOutSettings settings = new ScaleOutSettings(redis.uri(), tmp, Duration.ofSeconds(3), 1);
            try (RedisFileQueue queue = RedisFileQueue.connect(settings)) {
                awaitUntil(Duration.ofMinutes(5), "worker-1 to hold a file", () -> queue.heldBy("worker-1") > 0);
                worker1.destroyForcibly().waitFor();
                assertThat(queue.depth()).isPositive();
                Process worker2 = ScaleOutProcessesTest.start(tmp, processes, "worker-2", shared, Map.of("SPOOR_WORKER_NAME", "worker-2"));
                awaitUntil(Duration.ofMinutes(8), "the queue to be empty", () -> queue.depth() == 0);
                assertThat(worker2.isAlive()).isTrue();
            }
            assertThat(Files.readString(tmp.resolve("worker-2.log"))).contains("Worker worker-2 took over");
            JsonNode done = ScaleOutProcessesTest.get(port, "/api/ingest/jobs/" + id);
            assertThat(done.get("state").asString()).isEqualTo("DONE");
            assertThat(done.get("files").get("finished").asInt()).isEqualTo(documents.size());
            // The surviving worker removed every copy it fetched.
            try (Stream<Path> left = Files.walk(tmp.resolve("worker-2-home").resolve("work").resolve("worker-2"))) {
                assertThat(left.filter(Files::isRegularFile).toList()).isEmpty();
            }

            Set<String> locations = documents.stream().map(d -> "s3://" + BUCKET + "/" + PREFIX + "/" + keys + d.getFileName())
                    .collect(Collectors.toCollection(TreeSet::new));
            try (var s = graph.driver().session(graph.sessionConfig())) {
                assertThat(s.run("MATCH (f:IngestFile) WHERE f.parent IS NULL AND f.status = 'done' RETURN collect(f.path) AS p").single()
                        .get("p").asList(v -> v.asString())).containsExactlyInAnyOrderElementsOf(locations);
                assertThat(s.run("MATCH (f:IngestFile) WHERE f.status <> 'done' RETURN count(f) AS n").single().get("n").asLong()).isZero();
                assertThat(s.run("MATCH (d:Document) WHERE d.path STARTS WITH 's3://' RETURN collect(d.path) AS p").single()
                        .get("p").asList(v -> v.asString())).containsExactlyInAnyOrderElementsOf(locations);
                assertThat(s.run("MATCH (d:Document) WITH d.sha256 AS sha, count(*) AS n WHERE n > 1 RETURN count(sha) AS twice").single()
                        .get("twice").asLong()).isZero();
            }

            // One embedded process, the same files under the same names, the same delivery.
            try (SpoorStore single = SpoorStore.open(StoreSettings.embedded(tmp.resolve("single")))) {
                IngestOptions delivery = new IngestOptions("zaak-scaleout", "politie-nh", "WGS art. 2.3", LocalDate.parse("2030-12-31"), submitted, 1,
                        IngestLimits.defaults().withMaxFileBytes(512L << 20), false);
                RuleExtractor extractor = new RuleExtractor();
                new IngestPipeline(single, BsnKey.of(HexFormat.of().parseHex(BSN_KEY)), extractor, ExtractorRelease.of(extractor), delivery,
                        IngestProgress.silent()).run(documents, p -> "s3://" + BUCKET + "/" + PREFIX + "/" + keys + p.getFileName());
                List<String> distributed = GraphDump.canonical(graph, UNORDERED, TIMING);
                List<String> one = GraphDump.canonical(single, UNORDERED, TIMING);
                assertThat(distributed).containsExactlyElementsOf(one);
            }
        } finally {
            stopProcesses();
        }
    }

    /** Six small documents of a made-up case: names, addresses, accounts, phone numbers, companies. */
    private static List<Path> documents(Path folder) throws IOException {
        String[][] docs = {
                {"proces-verbaal-1.txt", "Proces-verbaal van verhoor\nOp 3 maart 2026 verhoorde ik Jan de Vries, geboren 12-04-1978, wonend Kerkstraat 12, 1017 GC Amsterdam.\n"
                        + "De Vries verklaarde dat hij geld overmaakte van rekening NL91ABNA0417164300 naar NL20INGB0001234567 op naam van Bouwbedrijf Zuidas B.V.\n"
                        + "Hij is bereikbaar op 06-12345678.\n"},
                {"proces-verbaal-2.txt", "Proces-verbaal van bevindingen\nPetra Jansen, directeur van Bouwbedrijf Zuidas B.V. (KvK 12345678), ontving op 5 maart 2026 EUR 45.000,00 "
                        + "op rekening NL20INGB0001234567.\nJansen belde diezelfde dag met 06-12345678 en met 020-5551234.\n"},
                {"tapverslag.txt", "Tapverslag 14 maart 2026, 21:14 uur\nNummer 06-12345678 (Jan de Vries) belt 06-87654321 (Mohamed El Amrani).\n"
                        + "El Amrani zegt dat het pakket ligt bij de loods aan de Havenweg 4, 3089 JB Rotterdam.\n"},
                {"observatie.txt", "Observatieverslag\nOp 15 maart 2026 om 10:05 uur zag ik Mohamed El Amrani de loods aan de Havenweg 4, 3089 JB Rotterdam binnengaan "
                        + "met Petra Jansen.\nZij reden weg in een auto met kenteken 12-ABC-3.\n"},
                {"bankmelding.txt", "Melding ongebruikelijke transactie\nRekening NL44RABO0123456789 van Autohandel Oost V.O.F. (KvK 87654321) ontving EUR 9.900,00 "
                        + "van NL91ABNA0417164300 (J. de Vries) op 16 maart 2026.\n"},
                {"notitie.txt", "Notitie rechercheur\nMogelijk dezelfde persoon: J. de Vries en Jan de Vries, beiden Kerkstraat 12, 1017 GC Amsterdam.\n"},
        };
        List<Path> out = new ArrayList<>();
        for (String[] d : docs) {
            out.add(Files.writeString(folder.resolve(d[0]), d[1]));
        }
        return out;
    }
}
