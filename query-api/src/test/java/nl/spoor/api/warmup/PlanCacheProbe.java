package nl.spoor.api.warmup;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.cypher.internal.QueryCache;
import org.neo4j.kernel.impl.query.CacheMetrics;
import org.neo4j.kernel.impl.query.QueryCacheStatistics;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import nl.spoor.model.store.SpoorStore;

/**
 * Neo4j's executable-query cache of the embedded database (query text, parameter types → plan), observed through its
 * own counters and its keys: the hits, the misses and the plans added since the probe was taken. A miss is a query
 * Neo4j had to plan; its key names the text. The keys are read by reflection (Neo4j offers no API for them): a test aid.
 */
final class PlanCacheProbe {

    private final QueryCacheStatistics statistics;
    private final long hits;
    private final long misses;
    private final long stale;
    private final Set<String> keys;

    private PlanCacheProbe(QueryCacheStatistics statistics) {
        this.statistics = statistics;
        this.hits = metrics().getHits();
        this.misses = metrics().getMisses();
        this.stale = metrics().getStaleEntries();
        this.keys = keys();
    }

    static PlanCacheProbe of(SpoorStore store) {
        GraphDatabaseAPI db = (GraphDatabaseAPI) store.inProcess().orElseThrow();
        return new PlanCacheProbe(db.getDependencyResolver().resolveDependency(QueryCacheStatistics.class));
    }

    /** Empties Neo4j's query caches, as a restart would. */
    static void clear(SpoorStore store) {
        try (var s = store.driver().session(store.sessionConfig())) {
            s.run("CALL db.clearQueryCaches()").consume();
        }
    }

    private CacheMetrics metrics() {
        return statistics.metricsPerCacheKind().get("executable_query");
    }

    long hits() {
        return metrics().getHits() - hits;
    }

    long misses() {
        return metrics().getMisses() - misses;
    }

    /** Plans found in the cache but made again, the statistics having moved since (Neo4j's replanning). */
    long stale() {
        return metrics().getStaleEntries() - stale;
    }

    /** The cache keys (text, parameter types) added since the probe was taken, shortened (start, end): what Neo4j planned meanwhile. */
    Set<String> planned() {
        Set<String> now = new HashSet<>(keys());
        now.removeAll(keys);
        return now.stream().map(k -> k.replaceAll("\\s+", " ")).map(k -> k.length() > 400 ? k.substring(0, 120) + " … " + k.substring(k.length() - 280) : k)
                .collect(Collectors.toSet());
    }

    private Set<String> keys() {
        try {
            Object caches = statistics.getClass().getMethod("org$neo4j$cypher$internal$cache$CypherQueryCaches$stats$$$$outer").invoke(statistics);
            Object cache = caches.getClass().getMethod("executableQueryCache").invoke(caches);
            var inner = QueryCache.class.getDeclaredField("inner");
            inner.setAccessible(true);
            return ((com.github.benmanes.caffeine.cache.Cache<?, ?>) inner.get(cache)).asMap().keySet().stream().map(String::valueOf)
                    .collect(Collectors.toSet());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Neo4j's executable-query cache is not where this test looks for it", e);
        }
    }
}
