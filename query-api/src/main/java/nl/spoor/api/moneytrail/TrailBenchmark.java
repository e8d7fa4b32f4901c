package nl.spoor.api.moneytrail;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionConfig;

import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/**
 * {@code spoor bench trails}: the 3-hop time-respecting trail search (TrailSearch, pruned during expansion)
 * beside the naive variable-length formulation that filters whole paths afterwards, from the same start
 * accounts in the same process, alternating which runs first. Prints p50 and p95 per group of starts.
 */
public final class TrailBenchmark {

    private static final String NAIVE = CypherResource.load(TrailBenchmark.class, "TrailBenchmark.naive.cypher");
    private static final String STARTS = CypherResource.load(TrailBenchmark.class, "TrailBenchmark.starts.cypher");

    private final SpoorStore store;
    private final PrintStream out;
    private final Duration timeout;

    public TrailBenchmark(SpoorStore store, PrintStream out, Duration timeout) {
        this.store = store;
        this.out = out;
        this.timeout = timeout;
    }

    public void run(int busiest, int sampleStep, int rounds) {
        Map<String, Object> starts;
        try (var s = store.driver().session(store.sessionConfig())) {
            starts = s.executeRead(tx -> tx.run(STARTS, Map.of("busiest", busiest, "step", sampleStep)).single().asMap());
        }
        TrailLimits limits = new TrailLimits(TrailLimits.PATTERN_HOPS, timeout, 1_000_000, 200);
        TrailSearch search = new TrailSearch(store, limits);
        TrailQuery q = TrailQuery.of(TrailQuery.Direction.FORWARD, 3, 7, 0.5, 1_000_000, null, null, limits);
        out.printf("3 hops forward, window 7 days, fraction 0.5, no hub cap; %d rounds, timeout %d s per query%n", rounds, timeout.toSeconds());
        for (String group : List.of("busiest", "sample")) {
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) starts.get(group);
            List<Long> pruned = new ArrayList<>();
            List<Long> naive = new ArrayList<>();
            long trails = 0;
            long paths = 0;
            int naiveTimeouts = 0;
            for (int round = 0; round <= rounds; round++) {   // round 0 warms up and is not counted
                for (String id : ids) {
                    boolean prunedFirst = (round + id.hashCode()) % 2 == 0;
                    for (int k = 0; k < 2; k++) {
                        long t0 = System.nanoTime();
                        if (prunedFirst == (k == 0)) {
                            int n = search.trails(List.of(id), q).size();
                            if (round > 0) {
                                pruned.add(System.nanoTime() - t0);
                                trails += n;
                            }
                        } else {
                            long n = naive(id, q);
                            if (round > 0) {
                                naive.add(System.nanoTime() - t0);
                                if (n < 0) {
                                    naiveTimeouts++;
                                } else {
                                    paths += n;
                                }
                            }
                        }
                    }
                }
            }
            out.printf("%-8s %4d starts  pruned (allReduce QPP): p50 %7.1f ms  p95 %7.1f ms  (%d trails)%n", group, ids.size(),
                    ms(pruned, 50), ms(pruned, 95), trails / Math.max(1, rounds));
            out.printf("%-8s %4s         naive (*1..3, filter after): p50 %7.1f ms  p95 %7.1f ms  (%d paths%s)  p95 ratio %.1f×%n", "", "",
                    ms(naive, 50), ms(naive, 95), paths / Math.max(1, rounds), naiveTimeouts > 0 ? ", " + naiveTimeouts + " timed out" : "",
                    ms(naive, 95) / ms(pruned, 95));
        }
    }

    /** Paths the naive form finds, or -1 when it ran into the timeout. */
    private long naive(String id, TrailQuery q) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run(NAIVE, Map.of("accounts", List.of(id), "windowDays", q.windowDays(), "minFraction", q.minFraction()))
                    .single().get("paths").asLong(), TransactionConfig.builder().withTimeout(timeout).build());
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            return -1;
        }
    }

    private static double ms(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
