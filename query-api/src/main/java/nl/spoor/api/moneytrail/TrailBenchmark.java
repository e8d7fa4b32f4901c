package nl.spoor.api.moneytrail;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionConfig;

import nl.spoor.api.visibility.View;
import nl.spoor.api.visibility.Visibility;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/**
 * {@code spoor bench trails}: the 3-hop time-respecting money trail as a user gets it ({@code moneyTrail}
 * with {@code first: 20}: the search, pruned during expansion, ranked and paged inside it, and the page's
 * trails with their accounts, sources and explanations) on each engine, beside the naive variable-length
 * formulation that filters whole paths afterwards and only counts them, from the same start accounts in
 * the same process, alternating which runs first. Prints p50 and p95 per group of starts.
 */
public final class TrailBenchmark {

    private static final String NAIVE = CypherResource.load(TrailBenchmark.class, "TrailBenchmark.naive.cypher");
    private static final String STARTS = CypherResource.load(TrailBenchmark.class, "TrailBenchmark.starts.cypher");

    /** The page a user gets: the API's default. */
    private static final int PAGE = nl.spoor.api.graphql.Pages.DEFAULT_SIZE;

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
        Map<TrailSearch.Engine, MoneyTrails> searches = new java.util.EnumMap<>(TrailSearch.Engine.class);
        boolean traversal = TrailSearch.hasTraversal(store);
        for (TrailSearch.Engine e : TrailSearch.Engine.values()) {
            if (e != TrailSearch.Engine.TRAVERSAL || traversal) {
                searches.put(e, new MoneyTrails(new StartAccounts(), new TrailSearch(store, limits, e), new TrailDetails(), limits));
            }
        }
        TrailSearch bare = new TrailSearch(store, limits, traversal ? TrailSearch.Engine.TRAVERSAL : TrailSearch.Engine.CYPHER);
        View partitioned = partitioned();
        TrailQuery q = TrailQuery.of(TrailQuery.Direction.FORWARD, 3, 7, 0.5, 1_000_000, null, null, limits);
        // What a user gets who only sets maxHops: the API's hub cap (250), and with it the hub policy from a busy start.
        TrailQuery asked = TrailQuery.of(TrailQuery.Direction.FORWARD, 3, null, null, null, null, null, limits);
        TrailSearch.Engine first = traversal ? TrailSearch.Engine.TRAVERSAL : TrailSearch.Engine.CYPHER;
        out.printf("3 hops forward, window 7 days, fraction 0.5, no hub cap; moneyTrail first %d (the page a user gets) beside the naive "
                + "count; %d rounds after a warm-up, timeout %d s per query%n", PAGE, rounds, timeout.toSeconds());
        out.println("\"hubCap 250\": the same with the API's default hub cap: hubs are not passed through, and from a start that is a hub "
                + "its hops are followed largest first until the page is certain (its count is then of the trails followed)");
        for (String group : List.of("busiest", "sample")) {
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) starts.get(group);
            Map<String, List<Long>> times = new java.util.LinkedHashMap<>();
            Map<String, Long> counts = new java.util.HashMap<>();
            Map<String, Integer> timeouts = new java.util.HashMap<>();
            List<String> sides = new ArrayList<>();
            searches.keySet().forEach(e -> sides.add(e.name()));
            // The same searches for a purpose that may not use one source: every hop then checks its sources.
            searches.keySet().forEach(e -> sides.add(e.name() + "+VIS"));
            // The first engine's search query alone (one page with its accounts and sources, but no start resolution, views or
            // explanations): where moneyTrail's time goes.
            sides.add("SEARCH");
            sides.add("DEFAULTS");
            sides.add("NAIVE");
            sides.forEach(side -> times.put(side, new ArrayList<>()));
            for (int round = 0; round <= rounds; round++) {   // round 0 warms up and is not counted
                for (String id : ids) {
                    // Rotate which side goes first, so no side always runs on a cache the other warmed.
                    int shift = Math.floorMod(round + id.hashCode(), sides.size());
                    for (int k = 0; k < sides.size(); k++) {
                        String side = sides.get((k + shift) % sides.size());
                        long t0 = System.nanoTime();
                        long n = switch (side) {
                            case "NAIVE" -> naive(id, q);
                            case "SEARCH" -> searchOnly(bare, id, q);
                            case "DEFAULTS" -> pruned(searches.get(first), id, asked, View.internal());
                            default -> side.endsWith("+VIS")
                                    ? pruned(searches.get(TrailSearch.Engine.valueOf(side.substring(0, side.length() - 4))), id, q, partitioned)
                                    : pruned(searches.get(TrailSearch.Engine.valueOf(side)), id, q, View.internal());
                        };
                        long t = System.nanoTime() - t0;
                        if (round > 0) {
                            times.get(side).add(t);
                            if (n < 0) {
                                timeouts.merge(side, 1, Integer::sum);
                            } else {
                                counts.merge(side, n, Long::sum);
                            }
                        }
                    }
                }
            }
            List<Long> naive = times.get("NAIVE");
            for (String side : sides) {
                List<Long> t = times.get(side);
                String label = switch (side) {
                    case "TRAVERSAL" -> "moneyTrail, spoor.trailSearch";
                    case "CYPHER" -> "moneyTrail, Cypher 25 QPP";
                    case "TRAVERSAL+VIS" -> "  spoor.trailSearch, partitioned";
                    case "CYPHER+VIS" -> "  Cypher 25 QPP, partitioned";
                    case "SEARCH" -> "its search alone (" + bare.engine().name().toLowerCase(java.util.Locale.ROOT) + ")";
                    case "DEFAULTS" -> "moneyTrail, hubCap 250 (API default)";
                    default -> "naive (*1..3, filter after)";
                };
                out.printf("%-8s %4d starts  %-30s p50 %8.1f ms  p95 %8.1f ms  (%d %s%s)%s%n", side.equals(sides.getFirst()) ? group : "",
                        ids.size(), label, ms(t, 50), ms(t, 95), counts.getOrDefault(side, 0L) / Math.max(1, rounds),
                        side.equals("NAIVE") ? "paths" : "trails", timeouts.containsKey(side) ? ", " + timeouts.get(side) + " timed out" : "",
                        side.equals("NAIVE") ? "" : side.endsWith("+VIS")
                                ? String.format(java.util.Locale.ROOT, "  this p95 / unrestricted p95 = %.2f×",
                                        ms(t, 95) / ms(times.get(side.substring(0, side.length() - 4)), 95))
                                : String.format(java.util.Locale.ROOT, "  naive p95 / this p95 = %.1f×", ms(naive, 95) / ms(t, 95)));
            }
        }
    }

    /**
     * The view of a purpose that may use every source but one (the last by id; every source when there is only one): the
     * filter runs on every hop while the trails stay nearly the same, so the difference to the unrestricted run is the filter's cost. Also prints what
     * deciding a request's view (reading the sources) costs.
     */
    private View partitioned() {
        List<String> sources;
        try (var s = store.driver().session(store.sessionConfig())) {
            sources = s.run("MATCH (s:Source) RETURN s.sourceId AS id ORDER BY id").list(r -> r.get("id").asString());
        }
        // What every request pays once to decide its view (Visibility reads the sources), warm: the median of 20.
        Visibility visibility = new Visibility(store);
        var access = new nl.spoor.api.access.AccessContext(new nl.spoor.api.access.SpoorUser("bench", java.util.Set.of(nl.spoor.api.access.Role.TIF),
                "bench"), java.util.Optional.of(new nl.spoor.api.access.Purpose("BENCH", nl.spoor.api.access.Purpose.Kind.CASE, "bench",
                "WGS art. 2.3", java.util.Set.of())), "bench");
        List<Long> decide = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            long t0 = System.nanoTime();
            visibility.of(access);
            if (i > 0) {
                decide.add(System.nanoTime() - t0);
            }
        }
        out.printf("%,d sources; deciding a request's view (reading them) p50 %.2f ms%n", sources.size(), ms(decide, 50));
        // A data set of one source (FinBench) keeps it: the filter still runs on every hop, and the starts stay visible.
        List<String> usable = sources.size() > 1 ? sources.subList(0, sources.size() - 1) : sources;
        return new View(false, java.util.Set.copyOf(usable), true, true, java.time.LocalDate.now(), "bench");
    }

    /** Trails the search finds (one page of them built), or -1 when it ran into the timeout. */
    private static long pruned(MoneyTrails search, String id, TrailQuery q, View view) {
        try {
            return search.moneyTrail(id, q, PAGE, null, view).trails().totalCount();
        } catch (nl.spoor.api.graphql.QueryRefused e) {
            return -1;
        }
    }

    /** Trails the search query alone finds (ranked, one page returned with its details), or -1 when it ran into the timeout. */
    private static long searchOnly(TrailSearch search, String id, TrailQuery q) {
        try {
            return search.trails(List.of(id), q, 0, PAGE).total();
        } catch (nl.spoor.api.graphql.QueryRefused e) {
            return -1;
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
