package nl.spoor.api.moneytrail;

import nl.spoor.api.visibility.View;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.spoor.api.moneytrail.TrailQuery.Direction;
import nl.spoor.api.testing.PlantedWorld;
import nl.spoor.model.store.SpoorStore;

/**
 * The traversal procedure and the Cypher 25 form find the same trails, in the same order, from the busiest
 * accounts of a generated world and a spread of ordinary ones, forward, backward and between, with
 * several constraint settings, and give the same page, total and hubs: the fixture tests show each rule,
 * this shows that nothing else differs.
 */
class TrailEnginesAgreeTest {

    static final TrailLimits LIMITS = new TrailLimits(6, Duration.ofSeconds(120), 20_000, 200);
    static SpoorStore store;
    static List<String> starts;
    /** Middle pages answered by the hub policy (the walk stopped early): the busiest starts must give some. */
    static int truncatedPages;

    @BeforeAll
    static void world() {
        store = PlantedWorld.small(11).store();
        try (var s = store.driver().session(store.sessionConfig())) {
            starts = s.run("""
                    MATCH (a:BankAccount) WITH a, COUNT { (a)-[:TRANSFER]-() } AS n ORDER BY n DESC, a.spoorId
                    WITH collect(a.spoorId) AS ids
                    RETURN ids[0..8] + [i IN range(8, size(ids) - 1, 97) | ids[i]] AS starts""").single().get("starts").asList(v -> v.asString());
        }
    }

    static List<String> found(TrailSearch.Engine engine, Direction d, List<String> from, Integer hops, Integer window, Double fraction,
            Integer hubCap) {
        TrailSearch search = new TrailSearch(store, LIMITS, engine);
        TrailQuery q = TrailQuery.of(d, hops, window, fraction, hubCap, null, null, LIMITS);
        List<String> out = new ArrayList<>();
        for (String s : from) {
            TrailSearch.Page all = search.trails(List.of(s), q, 0, Integer.MAX_VALUE);
            all.trails().forEach(f -> out.add(f.start() + " " + f.hops().stream().map(h -> h.key()).toList()
                    + " hub=" + f.endsAtHub() + " " + f.endTransfers() + " cycle=" + f.cycle()));
            // A page from the middle: the same trails as that slice of all of them, the same total and hubs; from a
            // hub start (the hub policy) the same page, counting only the trails followed, and saying so.
            TrailSearch.Page middle = search.trails(List.of(s), q, 2, 3);
            assertThat(all.truncated()).isFalse();
            assertThat(middle.trails()).as(s).isEqualTo(all.trails().subList(Math.min(2, all.total()), Math.min(5, all.total())));
            if (middle.truncated()) {
                truncatedPages++;
                assertThat(middle.total()).as(s).isBetween(5, all.total() - 1);
                assertThat(all.hubs()).as(s).containsAllEntriesOf(middle.hubs());
            } else {
                assertThat(middle.total()).as(s).isEqualTo(all.total()).isEqualTo(all.trails().size());
                assertThat(middle.hubs()).as(s).isEqualTo(all.hubs());
            }
            out.add(s + " total=" + all.total() + " hubs=" + new java.util.TreeMap<>(all.hubs()) + " middle: total=" + middle.total()
                    + " truncated=" + middle.truncated() + " hubs=" + new java.util.TreeMap<>(middle.hubs()));
        }
        return out;
    }

    @Test
    void findTheSameTrailsForwardAndBackwardUnderEverySetting() {
        assertThat(starts).hasSizeGreaterThan(20);
        try (var s = store.driver().session(store.sessionConfig())) {
            assertThat(s.run("MATCH (a:BankAccount) WHERE a.spoorId IN $starts AND a.transfersInByAmount RETURN count(a) AS n",
                    Map.of("starts", starts)).single().get("n").asLong()).as("starts whose first hops backward come from the amount index")
                    .isPositive();
        }
        for (Direction d : Direction.values()) {
            for (Object[] setting : List.of(new Object[] {4, 7, 0.5, 250}, new Object[] {3, 30, 0.1, 1_000_000}, new Object[] {6, 2, 0.9, 40})) {
                List<String> traversal = found(TrailSearch.Engine.TRAVERSAL, d, starts, (Integer) setting[0], (Integer) setting[1],
                        (Double) setting[2], (Integer) setting[3]);
                List<String> cypher = found(TrailSearch.Engine.CYPHER, d, starts, (Integer) setting[0], (Integer) setting[1],
                        (Double) setting[2], (Integer) setting[3]);
                assertThat(traversal).as("%s %s", d, List.of(setting)).isNotEmpty().containsExactlyElementsOf(cypher);
            }
        }
        assertThat(truncatedPages).as("middle pages from hub starts that stopped early").isPositive();
    }

    @Test
    void findTheSameTrailsBetweenTwoSetsOfAccounts() {
        TrailQuery q = TrailQuery.of(Direction.FORWARD, 4, 14, 0.3, 1_000_000, null, null, LIMITS);
        for (int i = 0; i + 1 < starts.size(); i++) {
            List<String> from = List.of(starts.get(i));
            List<String> to = starts.subList(i + 1, starts.size());
            Map<TrailSearch.Engine, List<String>> byEngine = new java.util.EnumMap<>(TrailSearch.Engine.class);
            for (TrailSearch.Engine e : TrailSearch.Engine.values()) {
                byEngine.put(e, new TrailSearch(store, LIMITS, e).between(from, to, q, 0, Integer.MAX_VALUE, View.internal()).trails().stream()
                        .map(f -> f.hops().stream().map(h -> h.key()).toList().toString()).toList());
            }
            assertThat(byEngine.get(TrailSearch.Engine.TRAVERSAL)).as(from.toString()).containsExactlyElementsOf(byEngine.get(TrailSearch.Engine.CYPHER));
        }
    }
}
