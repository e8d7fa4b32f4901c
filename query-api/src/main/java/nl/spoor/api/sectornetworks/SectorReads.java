package nl.spoor.api.sectornetworks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.api.visibility.View;
import nl.spoor.model.store.SpoorStore;

/** Runs the reads of one {@code sectorNetworks} query, each with the timeout of {@link SectorLimits}. Thread-safe. */
@Component
class SectorReads {

    private final SpoorStore store;
    private final SectorLimits limits;
    private final SpreadReads spread;

    SectorReads(SpoorStore store, SectorLimits limits, SpreadReads spread) {
        this.store = store;
        this.limits = limits;
        this.spread = spread;
    }

    SectorLimits limits() {
        return limits;
    }

    /** The read threads the measures of many networks are spread over. */
    SpreadReads spread() {
        return spread;
    }

    /**
     * One read as {@code view} may see it: the template's visibility marks replaced ({@link View#cypher}) and the
     * view's parameters added. For a view of every source the text is the template without marks.
     */
    List<Record> read(String template, Map<String, Object> params, View view) {
        return read(template, params, view, limits.timeout());
    }

    /** As {@link #read(String, Map, View)}, ending within {@code timeout} (a chunk of a spread read). */
    List<Record> read(String template, Map<String, Object> params, View view, Duration timeout) {
        String cypher = view.cypher(template);
        Map<String, Object> all = view.with(params);
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run(nl.spoor.api.warmup.PlanWarmUp.cypher(cypher), all).list(), TransactionConfig.builder().withTimeout(timeout).build());
        } catch (Neo4jException e) {
            if (QueryRefused.timedOut(e)) {
                throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "The sector network query was stopped after " + limits.timeout().toSeconds()
                        + " s (SPOOR_SECTOR_TIMEOUT). Narrow it: a longer SBI code, a municipality, a shorter period (since/until) "
                        + "or a lower maxFirmsPerLink.");
            }
            throw e;
        }
    }
}
