package nl.spoor.api.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import nl.spoor.api.SpoorApplication;
import nl.spoor.api.access.AccessContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typologies and detectors as a user runs them: each query with its defaults, first page of 20 with
 * scores, explanations and evidence, over HTTP GraphQL against a Spoor server started in this process on
 * the benchmark store. p50 and p95 per query after a warm-up round. There is no naive formulation of a
 * typology to run beside it; the 2 s target of the issue is the yardstick.
 */
public final class TypologyBenchmark {

    private static final String PAGE = "totalCount edges { node { rank score explanation evidence { description } } }";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The queries, by name, with their defaults; the money-flow detectors also run on FinBench, the typologies only on generated worlds. */
    static Map<String, String> queries(boolean generatedWorld) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("fanIn", "{ fanIn { " + PAGE + " } }");
        q.put("fanOut", "{ fanOut { " + PAGE + " } }");
        q.put("cycles", "{ cycles { " + PAGE + " } }");
        q.put("passThrough", "{ passThrough { " + PAGE + " } }");
        q.put("structuring", "{ structuring { " + PAGE + " } }");
        if (generatedWorld) {
            q.put("abcTransactions", "{ abcTransactions { " + PAGE + " } }");
            q.put("unusualWealth", "{ unusualWealth { " + PAGE + " } }");
            q.put("sectorNetworks (81.22)", "{ sectorNetworks(sbi: \"81.22\") { " + PAGE + " } }");
            q.put("traffickingNetworks", "{ traffickingNetworks { " + PAGE + " } }");
        }
        return q;
    }

    private final Path home;
    private final String pageCache;
    private final PrintStream out;

    public TypologyBenchmark(Path home, String pageCache, PrintStream out) {
        this.home = home;
        this.pageCache = pageCache;
        this.out = out;
    }

    public void run(boolean generatedWorld, int rounds, Duration timeout) throws Exception {
        String[] args = {"--SPOOR_HOME=" + home, "--SPOOR_NEO4J_PAGECACHE=" + pageCache, "--server.port=0",
                "--SPOOR_GRAPHQL_TIMEOUT=" + timeout.toSeconds() + "s", "--SPOOR_TRAIL_TIMEOUT=" + timeout.toSeconds() + "s"};
        try (ConfigurableApplicationContext app = SpringApplication.run(SpoorApplication.class, args)) {
            URI graphql = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/graphql");
            String token = BenchAccess.token(app);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            out.printf("%-24s %10s %10s %10s  %s%n", "query (defaults, page of 20)", "p50 ms", "p95 ms", "results", "");
            for (Map.Entry<String, String> q : queries(generatedWorld).entrySet()) {
                List<Long> times = new ArrayList<>();
                String note = "";
                long total = -1;
                for (int round = 0; round <= rounds; round++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(graphql).timeout(timeout.plusSeconds(30))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                            .header(AccessContext.PURPOSE_HEADER, BenchAccess.PURPOSE)
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", q.getValue())))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    long t = System.nanoTime() - t0;
                    if (r.statusCode() != 200 || r.body().isBlank()) {
                        note = "HTTP " + r.statusCode() + " after " + Math.round(t / 1e9) + " s (the server's request timeout is "
                                + timeout.toSeconds() + " s)";
                        break;
                    }
                    JsonNode body = JSON.readTree(r.body());
                    if (body.has("errors") && !body.get("errors").isEmpty()) {
                        note = body.get("errors").get(0).path("message").asString();
                        break;
                    }
                    JsonNode data = body.path("data").values().iterator().next();
                    total = data.get("totalCount").asLong();
                    if (round > 0) {
                        times.add(t);
                    }
                }
                out.printf("%-24s %10s %10s %10s  %s%n", q.getKey(), ms(times, 50), ms(times, 95), total < 0 ? "-" : Long.toString(total),
                        note.isEmpty() ? "" : "refused/failed: " + note);
            }
        }
    }

    private static String ms(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return "-";
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return String.format(java.util.Locale.ROOT, "%.0f", sorted.get(Math.max(0, i)) / 1e6);
    }
}
