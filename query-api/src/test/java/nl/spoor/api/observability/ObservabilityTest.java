package nl.spoor.api.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.testing.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Metrics and correlation ids as an operator sees them: one upload ingested and one GraphQL query over
 * HTTP, then the Prometheus text of the management port, and the log lines as SPOOR_LOG_FORMAT=json writes
 * them: every event of the run encoded by Boot's structured-log encoder with the format the setting chose
 * (the console appender itself belongs to whichever test context initialised logging first in this JVM).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"SPOOR_LOG_FORMAT=json", "SPOOR_MANAGEMENT_PORT=0"})
class ObservabilityTest {

    static final Path HOME = nl.spoor.api.testing.ServerHome.temporary("spoor-observability-test-");

    static final byte[] PROCES_VERBAAL = ("Proces-verbaal van bevindingen\n\nDe heer Jan de Vries is bestuurder van Glashelder B.V. "
            + "(KvK 12345678). Op 3 maart 2024 is € 9.850,00 van NL91ABNA0417164300 overgemaakt naar NL20INGB0001234567.\n")
            .getBytes(StandardCharsets.UTF_8);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("SPOOR_HOME", HOME::toString);
        registry.add("SPOOR_INGEST_OCR", () -> "false");
    }

    @Value("${local.server.port}")
    int port;

    @Value("${local.management.port}")
    int managementPort;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    /** The job of the one upload, ingested before the tests look. */
    JsonNode job;
    String uploadRequestId = "upload-7f3a";

    @Autowired
    Environment environment;

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** A rechercheur of the test purpose, with HTTP Basic on every request to the main port. */
    SignedIn investigator;

    final JsonLines logLines = new JsonLines();

    /** The console's JSON lines: Boot's encoder, in the format SPOOR_LOG_FORMAT chose, on every event as it happens. */
    static final class JsonLines extends AppenderBase<ILoggingEvent> {
        final StructuredLogEncoder encoder = new StructuredLogEncoder();
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            lines.add(new String(encoder.encode(event), StandardCharsets.UTF_8).strip());
        }
    }

    @BeforeAll
    void ingestOneUploadAndAskOneQuery() throws Exception {
        LoggerContext own = new LoggerContext();
        own.putObject(Environment.class.getName(), environment);
        logLines.encoder.setContext(own);
        logLines.encoder.setFormat(environment.getProperty("logging.structured.format.console"));
        logLines.encoder.start();
        logLines.setContext(own);
        logLines.start();
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logLines);
        investigator = SignedIn.investigator(context, port).basic();
        HttpResponse<String> accepted = upload("pv-2024-1187.txt", PROCES_VERBAAL);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        job = awaitEnd(json.readTree(accepted.body()).get("id").asString());
        assertThat(job.get("state").asString()).isEqualTo("DONE");
        HttpResponse<String> query = investigator.send(investigator.request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ ingestJob(id: \\\"" + job.get("id").asString() + "\\\") { state } }\"}")));
        assertThat(query.body()).isEqualTo("{\"data\":{\"ingestJob\":{\"state\":\"DONE\"}}}");
    }

    @AfterAll
    void removeRunFile() throws IOException {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logLines);
        Files.deleteIfExists(HOME.resolve("run/server.properties"));
    }

    @Test
    void prometheusCountsTheIngestedDocumentItsBytesAndFacts() throws Exception {
        String metrics = scrape();
        assertThat(value(metrics, "spoor_ingest_documents_total", Map.of("outcome", "INGESTED"))).hasValue(1.0);
        assertThat(value(metrics, "spoor_ingest_bytes_total", Map.of())).hasValue(PROCES_VERBAAL.length);
        assertThat(job.get("entities").asLong()).isPositive();
        assertThat(value(metrics, "spoor_ingest_facts_total", Map.of("kind", "entities"))).hasValue(job.get("entities").asDouble());
        assertThat(value(metrics, "spoor_ingest_facts_total", Map.of("kind", "relationships"))).hasValue(job.get("relationships").asDouble());
        assertThat(value(metrics, "spoor_ingest_queue_depth", Map.of("queue", "ingest"))).hasValue(0.0);
    }

    @Test
    void prometheusTimesGraphqlRequestsPerOperationWithPercentiles() throws Exception {
        String metrics = scrape();
        Map<String, String> ingestJob = Map.of("graphql_operation", "ingestJob", "graphql_outcome", "SUCCESS");
        assertThat(value(metrics, "graphql_request_seconds_count", ingestJob)).hasValue(1.0);
        for (String quantile : List.of("0.5", "0.95", "0.99")) {
            assertThat(value(metrics, "graphql_request_seconds", Map.of("graphql_operation", "ingestJob", "quantile", quantile)))
                    .as("p" + quantile).isPresent();
        }
    }

    @Test
    void prometheusTimesTheConsultationLogsCommits() throws Exception {
        String metrics = scrape();
        // The GraphQL request of the set-up was logged: at least its entry's commit is counted, with its size.
        assertThat(value(metrics, "spoor_consultations_commit_seconds_count", Map.of()).orElse(0)).isPositive();
        assertThat(value(metrics, "spoor_consultations_commit_seconds", Map.of("quantile", "0.95"))).isPresent();
        assertThat(value(metrics, "spoor_consultations_batch_count", Map.of()).orElse(0)).isPositive();
    }

    @Test
    void actuatorIsOnlyOnTheManagementPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/health")) {
            assertThat(get(port, path, Optional.empty()).statusCode()).as(path).isEqualTo(404);
        }
        HttpResponse<String> health = get(managementPort, "/actuator/health", Optional.empty());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void requestLogLineCarriesTheCallersRequestId() throws Exception {
        HttpResponse<String> r = get(port, "/api/ingest/jobs/" + job.get("id").asString(), Optional.of("case-4711.b"));
        assertThat(r.headers().firstValue(RequestIds.HEADER)).hasValue("case-4711.b");
        JsonNode line = awaitLogLine("spoor.request", "case-4711.b");
        assertThat(line.get("message").asString()).matches("GET /api/ingest/jobs/" + job.get("id").asString() + " 200 \\d+ ms");
        assertThat(line.get("log").get("logger").asString()).isEqualTo(RequestIds.class.getName());
    }

    @Test
    void implausibleOrMissingRequestIdIsReplacedByANewOne() throws Exception {
        String generated = get(port, "/graphiql", Optional.empty()).headers().firstValue(RequestIds.HEADER).orElseThrow();
        String replaced = get(port, "/graphiql", Optional.of("x".repeat(65))).headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(List.of(generated, replaced)).allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertThat(generated).isNotEqualTo(replaced);
    }

    @Test
    void documentLogLineCarriesItsHashAndJob() throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PROCES_VERBAAL));
        JsonNode line = awaitLogLine("spoor.document", sha);
        assertThat(line.get("message").asString()).endsWith("pv-2024-1187.txt INGESTED");
        assertThat(field(line, "spoor.job")).isEqualTo(job.get("id").asString());
    }

    // ---- helpers

    /** A JSON log line whose MDC field {@code key} is {@code value}. */
    JsonNode awaitLogLine(String key, String value) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : logLines.lines.stream().filter(l -> l.contains(value)).toList()) {
                JsonNode node = json.readTree(line);
                if (value.equals(field(node, key))) {
                    return node;
                }
            }
            Thread.sleep(50); // the access line is written when the response is already on its way
        }
        throw new AssertionError("No JSON log line with " + key + "=" + value + " in:\n" + String.join("\n", logLines.lines));
    }

    /** An ECS field by its dotted name, whether written flat or nested. */
    static String field(JsonNode line, String dotted) {
        if (line.has(dotted)) {
            return line.get(dotted).asString();
        }
        JsonNode n = line;
        for (String part : dotted.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null ? null : n.asString();
    }

    String scrape() throws Exception {
        HttpResponse<String> r = get(managementPort, "/actuator/prometheus", Optional.empty());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** The value of the one sample of {@code metric} whose labels include {@code labels}. */
    static OptionalDouble value(String prometheusText, String metric, Map<String, String> labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(metric) + "(\\{(.*)})? (\\S+)$", Pattern.MULTILINE);
        Matcher m = sample.matcher(prometheusText);
        OptionalDouble found = OptionalDouble.empty();
        while (m.find()) {
            String have = m.group(2) == null ? "" : m.group(2);
            if (labels.entrySet().stream().allMatch(e -> have.contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                assertThat(found).as("one sample of " + metric + labels).isEmpty();
                found = OptionalDouble.of(Double.parseDouble(m.group(3)));
            }
        }
        return found;
    }

    /** GET, signed in on the main port; the management port has no login (it is bound to loopback). */
    HttpResponse<String> get(int onPort, String path, Optional<String> requestId) throws Exception {
        HttpRequest.Builder b = onPort == port ? investigator.request(path) : HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path));
        requestId.ifPresent(id -> b.header(RequestIds.HEADER, id));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String name, byte[] content) throws Exception {
        String boundary = "spoor-observability-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("case", "obs-1", "partner", "politie-nh", "basis", "WGS art. 2.3", "retainUntil", "2030-12-31");
        for (var f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return investigator.send(investigator.request("/api/ingest/uploads")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header(RequestIds.HEADER, uploadRequestId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    JsonNode awaitEnd(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode j = json.readTree(get(port, "/api/ingest/jobs/" + id, Optional.empty()).body());
            String state = j.get("state").asString();
            if (state.equals("DONE") || state.equals("FAILED") || System.nanoTime() > deadline) {
                return j;
            }
            Thread.sleep(50);
        }
    }
}
