package nl.spoor.api.paths;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.api.visibility.View;
import nl.spoor.model.store.SpoorStore;

/**
 * Finds the paths between two entities in one read transaction with the timeout of {@link PathLimits};
 * at most {@link PathLimits#maxPaths()} or refuses. Thread-safe.
 */
@Component
class PathSearch {

    private static final String SHORTEST = CypherResource.load(PathSearch.class, "PathSearch.shortest.cypher");
    private static final String ALL = CypherResource.load(PathSearch.class, "PathSearch.all.cypher");

    /** Which paths to find. */
    enum Mode {
        SHORTEST, ALL
    }

    /**
     * One path of entities, shortest first then by the Spoor ids along it.
     *
     * @param entities      Spoor ids from the first entity to the last
     * @param relationships element ids of the relationships between them, one per step
     * @param variants      paths of the same entities through other relationships between the same pairs, folded into this one (1: none)
     */
    record Found(List<String> entities, List<String> relationships, int variants) {
    }

    private final SpoorStore store;
    private final PathLimits limits;

    PathSearch(SpoorStore store, PathLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    List<Found> paths(String from, String to, Mode mode, int maxHops, LinkFilter filter, View view) {
        // maxHops is a checked int, so splicing it into the quantifier cannot change the query's meaning.
        String cypher = (mode == Mode.SHORTEST ? SHORTEST : ALL).replace("{1,MAX_HOPS}", "{1," + maxHops + "}");
        Map<String, Object> p = filter.params();
        p.putAll(view.params());
        p.put("from", from);
        p.put("to", to);
        // One more than the cap, so that "more than the cap" can be told from "exactly the cap".
        p.put("scanLimit", limits.maxPaths() + 1);
        List<Found> found;
        try (var s = store.driver().session(store.sessionConfig())) {
            found = s.executeRead(tx -> tx.run(nl.spoor.api.warmup.PlanWarmUp.cypher(cypher), p).list(r -> new Found(r.get("nodes").asList(v -> v.asString()),
                    r.get("relationships").asList(v -> v.asString()), r.get("variants").asInt())),
                    TransactionConfig.builder().withTimeout(limits.timeout()).build());
        } catch (Neo4jException e) {
            if (QueryRefused.timedOut(e)) {
                throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "The path search was stopped after " + limits.timeout().toSeconds()
                        + " s (SPOOR_PATHS_TIMEOUT). " + NARROW);
            }
            throw e;
        }
        if (found.stream().mapToInt(Found::variants).sum() > limits.maxPaths()) {
            throw new QueryRefused(QueryRefused.Limit.TOO_MANY_PATHS, "The path search finds more than " + limits.maxPaths()
                    + " paths (SPOOR_PATHS_MAX_PATHS), too many to read. " + NARROW);
        }
        return found;
    }

    static final String NARROW = "Narrow it: fewer maxHops, SHORTEST instead of ALL, fewer relationshipTypes, kinds to avoid, "
            + "a period (since/until) or a lower hubCap.";
}
