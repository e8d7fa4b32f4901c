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
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import nl.spoor.api.SpoorApplication;
import nl.spoor.api.access.AccessContext;
import nl.spoor.api.audit.BenchmarkSwitch;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.api.warmup.PlanWarmUp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typologies and detectors as a user runs them: each query with its defaults, first page of 20 with
 * scores, explanations and evidence, over HTTP GraphQL against a Spoor server started in this process on
 * the benchmark store. p50 and p95 per query after a warm-up round. There is no naive formulation of a
 * typology to run beside it; the 2 s target of the issue is the yardstick. Each round runs every query
 * twice, with the consultation log on and off (alternating which goes first), so the log's overhead is a
 * ratio measured under the same load.
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

    /** {@code only}: the names of the queries to time (null or empty: all). */
    public void run(boolean generatedWorld, List<String> only, int rounds, Duration timeout) throws Exception {
        run(generatedWorld, only, rounds, timeout, null);
    }

    /** {@code withoutPartner}: ask for a purpose of every partner but this one (the queries' restricted form); null: every partner. */
    public void run(boolean generatedWorld, List<String> only, int rounds, Duration timeout, String withoutPartner) throws Exception {
        Map<String, String> selected = new LinkedHashMap<>(queries(generatedWorld));
        if (only != null && !only.isEmpty()) {
            for (String name : only) {
                if (!selected.containsKey(name)) {
                    throw new IllegalArgumentException("--only " + name + ": no such query (one of " + String.join(", ", selected.keySet()) + ")");
                }
            }
            selected.keySet().retainAll(only);
        }
        String[] args = {"--SPOOR_HOME=" + home, "--SPOOR_NEO4J_PAGECACHE=" + pageCache, "--server.port=0",
                "--SPOOR_GRAPHQL_TIMEOUT=" + timeout.toSeconds() + "s", "--SPOOR_TRAIL_TIMEOUT=" + timeout.toSeconds() + "s",
                // No scheduled retention purge in the middle of a timing.
                "--SPOOR_PURGE_SCHEDULE=-",
                // Not a line per timed request among the results (the server logs each request at INFO).
                "--logging.level.nl.spoor.api.observability.RequestIds=WARN"};
        // The consultation log is always on; only this switch, installed by the benchmark itself, turns it off.
        BenchmarkSwitch consultationLog = new BenchmarkSwitch();
        SpringApplication server = new SpringApplication(SpoorApplication.class);
        server.addInitializers(consultationLog.install());
        try (ConfigurableApplicationContext app = server.run(args)) {
            URI graphql = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/graphql");
            String token = BenchAccess.token(app);
            String purpose = BenchAccess.purpose(app, withoutPartner);
            if (withoutPartner != null) {
                out.println("Asked for purpose " + purpose + ": every partner's sources but those of " + withoutPartner
                        + " (each query in its restricted form).");
            }
            // The plan warm-up plans every query on the same cores in the background: timing during it would time both.
            PlanWarmUp warmUp = app.getBeanProvider(PlanWarmUp.class).getIfAvailable();
            if (warmUp != null && warmUp.enabled()) {
                long waited = System.nanoTime();
                while (warmUp.last() == null && System.nanoTime() - waited < Duration.ofMinutes(15).toNanos()) {
                    Thread.sleep(200);
                }
                out.printf("Waited %.1f s for the server's plan warm-up before timing%s.%n", (System.nanoTime() - waited) / 1e9,
                        warmUp.last() == null ? " (not finished after 15 min; timing anyway)" : "");
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            int readThreads = app.getBean(SpreadReads.class).threads();
            out.println("Whole-graph fanIn, fanOut, sectorNetworks and traffickingNetworks run on " + readThreads + (readThreads == 1 ? " read thread" : " read threads")
                    + " (SPOOR_QUERY_THREADS; " + Runtime.getRuntime().availableProcessors() + " cores).");
            out.println("Each round runs the query with the consultation log on and off, alternately; 'log p95' is on/off at p95, and in brackets "
                    + "the 95 % bootstrap interval of that ratio (rounds resampled as on/off pairs): how far the noise alone moves it.");
            out.printf("%-24s %8s %8s %8s %8s %8s %-15s %10s  %s%n", "query (defaults, page 20)", "p50 ms", "p95 ms", "off p50", "off p95", "log p95",
                    "(95 % interval)", "results", "");
            for (Map.Entry<String, String> q : selected.entrySet()) {
                Map<Boolean, List<Long>> times = Map.of(true, new ArrayList<>(), false, new ArrayList<>());
                String note = "";
                long total = -1;
                rounds:
                for (int round = 0; round <= rounds; round++) {
                    for (boolean logging : round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                        consultationLog.logging(logging);
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(graphql).timeout(timeout.plusSeconds(30))
                                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                                .header(AccessContext.PURPOSE_HEADER, purpose)
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", q.getValue())))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long t = System.nanoTime() - t0;
                        if (r.statusCode() != 200 || r.body().isBlank()) {
                            note = "HTTP " + r.statusCode() + " after " + Math.round(t / 1e9) + " s (the server's request timeout is "
                                    + timeout.toSeconds() + " s)";
                            break rounds;
                        }
                        JsonNode body = JSON.readTree(r.body());
                        if (body.has("errors") && !body.get("errors").isEmpty()) {
                            note = body.get("errors").get(0).path("message").asString();
                            break rounds;
                        }
                        JsonNode data = body.path("data").values().iterator().next();
                        total = data.get("totalCount").asLong();
                        if (round > 0) {
                            times.get(logging).add(t);
                        }
                    }
                }
                consultationLog.logging(true);
                out.printf("%-24s %8s %8s %8s %8s %8s %-15s %10s  %s%n", q.getKey(), ms(times.get(true), 50), ms(times.get(true), 95),
                        ms(times.get(false), 50), ms(times.get(false), 95), ratio(times.get(true), times.get(false)),
                        interval(times.get(true), times.get(false)), total < 0 ? "-" : Long.toString(total),
                        note.isEmpty() ? "" : "refused/failed: " + note);
            }
            MeterRegistry meters = app.getBeanProvider(MeterRegistry.class).getIfAvailable();
            Timer commits = meters == null ? null : meters.find("spoor.consultations.commit").timer();
            if (commits != null && commits.count() > 0) {
                var percentiles = commits.takeSnapshot().percentileValues();
                out.printf(java.util.Locale.ROOT, "Consultation log: %d commits (what a logged request waits for its entry), p50 %.2f ms, p95 %.2f ms, "
                        + "max %.1f ms (the first, cold).%n", commits.count(), percentiles[0].value(TimeUnit.MILLISECONDS),
                        percentiles[1].value(TimeUnit.MILLISECONDS), commits.max(TimeUnit.MILLISECONDS));
            }
        }
    }

    private static String ratio(List<Long> on, List<Long> off) {
        if (on.isEmpty() || off.isEmpty()) {
            return "-";
        }
        return String.format(java.util.Locale.ROOT, "%.2f×", percentile(on, 95) / (double) percentile(off, 95));
    }

    /**
     * The 95 % bootstrap interval of the p95 ratio on/off: the rounds resampled with replacement, each round's on and off
     * timing together (they ran side by side, so they share the machine's state), 2,000 times with a fixed seed. With
     * 100 rounds the p95 is the 95th timing and the 5 slowest decide it; the interval shows how far that alone moves the
     * ratio, which on two shared cores is often more than the 10 % the log may cost.
     */
    static String interval(List<Long> on, List<Long> off) {
        int n = Math.min(on.size(), off.size());
        if (n < 10) {
            return "";
        }
        java.util.Random random = new java.util.Random(1);
        int draws = 2_000;
        double[] ratios = new double[draws];
        long[] a = new long[n];
        long[] b = new long[n];
        int at = (int) Math.ceil(0.95 * n) - 1;
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                a[i] = on.get(pick);
                b[i] = off.get(pick);
            }
            java.util.Arrays.sort(a);
            java.util.Arrays.sort(b);
            ratios[d] = a[at] / (double) b[at];
        }
        java.util.Arrays.sort(ratios);
        return String.format(java.util.Locale.ROOT, "(%.2f–%.2f)", ratios[(int) (0.025 * draws)], ratios[(int) (0.975 * draws) - 1]);
    }

    private static long percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i));
    }

    private static String ms(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return "-";
        }
        return String.format(java.util.Locale.ROOT, "%.0f", percentile(nanos, percentile) / 1e6);
    }
}
