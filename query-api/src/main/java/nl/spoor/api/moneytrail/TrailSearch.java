package nl.spoor.api.moneytrail;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Component;

import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.visibility.View;
import nl.spoor.api.warmup.PlanWarmUp;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/**
 * Runs the trail search (forward, backward, or between two sets of accounts) in one read transaction
 * with the timeout of {@link TrailLimits}; finds at most {@link TrailLimits#maxPaths()} trails or refuses.
 * The search ranks the trails (largest first hop first; backward: largest last hop) and returns one page
 * of them, with how many there are and the hubs they stop at: from a hub there are over a thousand trails,
 * and building and sending all of them cost three times the search itself (README *Measured*). Thread-safe.
 */
@Component
class TrailSearch {

    private static final String FORWARD = CypherResource.load(TrailSearch.class, "TrailSearch.forward.cypher") + TrailDetails.PAGE;
    private static final String BACKWARD = CypherResource.load(TrailSearch.class, "TrailSearch.backward.cypher") + TrailDetails.PAGE;
    private static final String BETWEEN = CypherResource.load(TrailSearch.class, "TrailSearch.between.cypher") + TrailDetails.PAGE;
    private static final String TRAVERSAL = CypherResource.load(TrailSearch.class, "TrailSearch.traversal.cypher") + TrailDetails.PAGE;
    private static final String FROM = CypherResource.load(TrailSearch.class, "TrailSearch.from.cypher") + TrailDetails.PAGE;

    /** How the trails are found; both give the same trails (MoneyTrailsTest runs both). */
    enum Engine {
        /** Spoor's traversal procedure {@code spoor.trailSearch}: in the embedded store, or a server with Spoor's plugin. */
        TRAVERSAL,
        /** The Cypher 25 quantified path patterns: any Neo4j 2025.08+. */
        CYPHER
    }

    /** One hop as stored: a TRANSFER relationship, with the sources that assert it. */
    record Hop(String from, String to, LocalDate date, double amount, String currency, String description, String key,
               List<String> sourceIds, List<String> evidence) {
    }

    /**
     * A trail as found, hops in time order.
     *
     * @param endTransfers transfers (in and out, all dates) of the last account (how busy the hub is, when it is one)
     */
    record Found(String start, List<Hop> hops, boolean endsAtHub, long endTransfers, boolean cycle) {
    }

    /**
     * One page of the ranked trails.
     *
     * @param total how many trails the search found in all
     * @param hubs the accounts where trails (of any page) stop at a hub, with their transfers in and out
     * @param truncated from a hub start the search walked only the trails that rank up to this page and those
     *                  whose ranking hop carries as much as its last one's (TrailTraversal.largestFirst): the page is
     *                  exact, {@code total} and {@code hubs} count those trails only
     * @param details   the accounts of the page, the starts, targets and hubs, and the sources the page cites, read in
     *                  the search's query; null when no search ran
     */
    record Page(List<Found> trails, int total, Map<String, Long> hubs, boolean truncated, TrailDetails.Details details) {
        static final Page EMPTY = new Page(List.of(), 0, Map.of(), false, null);
    }

    private final SpoorStore store;
    private final TrailLimits limits;
    private final Engine engine;

    /** The traversal procedure when the store has it, else the Cypher form. */
    @org.springframework.beans.factory.annotation.Autowired
    TrailSearch(SpoorStore store, TrailLimits limits) {
        this(store, limits, hasTraversal(store) ? Engine.TRAVERSAL : Engine.CYPHER);
    }

    TrailSearch(SpoorStore store, TrailLimits limits, Engine engine) {
        this.store = store;
        this.limits = limits;
        this.engine = engine;
    }

    static boolean hasTraversal(SpoorStore store) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.run("SHOW PROCEDURES YIELD name WHERE name = $name RETURN count(*) AS n",
                    Map.of("name", nl.spoor.model.moneytrail.TrailTraversal.NAME)).single().get("n").asLong() > 0;
        }
    }

    Engine engine() {
        return engine;
    }

    /** The trails ranked {@code skip} to {@code skip + limit}, forward or backward from the accounts, in a transaction of their own. */
    Page trails(List<String> accounts, TrailQuery q, int skip, int limit) {
        return trails(accounts, q, skip, limit, View.internal());
    }

    /** The trails over the transfers {@code view} may see (both engines filter each hop by its sources), in a transaction of their own. */
    Page trails(List<String> accounts, TrailQuery q, int skip, int limit, View view) {
        return inTransaction(tx -> trails(tx, accounts, q, skip, limit, view));
    }

    /** The same, in the caller's transaction (opened by {@link #inTransaction}). */
    Page trails(TransactionContext tx, List<String> accounts, TrailQuery q, int skip, int limit, View view) {
        if (engine == Engine.TRAVERSAL) {
            return run(tx, TRAVERSAL, accounts, List.of(), q, q.direction().name(), skip, limit, view);
        }
        return run(tx, q.direction() == TrailQuery.Direction.FORWARD ? FORWARD : BACKWARD, accounts, List.of(), q, null, skip, limit, view);
    }

    /** Where a search started (the accounts of the entity asked for) and the page it found. */
    record Started(List<String> accounts, Page page) {
    }

    /**
     * moneyTrail's search from an entity or account in the caller's transaction. On the traversal engine one query
     * finds the start accounts, the trails and the page's details (instead of three round trips); the Cypher form
     * reads the start accounts first ({@link StartAccounts}), as its search needs them as a parameter.
     *
     * @throws IllegalArgumentException when Spoor holds no entity {@code spoorId} that {@code view} may see
     */
    Started from(TransactionContext tx, StartAccounts startAccounts, String argument, String spoorId, TrailQuery q, int skip, int limit,
                 View view) {
        if (engine != Engine.TRAVERSAL) {
            List<String> accounts = startAccounts.of(tx, argument, spoorId, view);
            return new Started(accounts, trails(tx, accounts, q, skip, limit, view));
        }
        Map<String, Object> p = params(List.of(), List.of(), q, q.direction().name(), skip, limit, view);
        p.put("spoorId", spoorId);
        List<Record> rows = tx.run(PlanWarmUp.cypher(FROM), p).list();
        if (rows.isEmpty() && PlanWarmUp.active()) {
            return new Started(List.of(), Page.EMPTY);
        }
        Record row = rows.getFirst();
        if (row.get("starts").isNull()) {
            throw StartAccounts.unknown(argument, spoorId);
        }
        return new Started(row.get("starts").asList(Value::asString), capped(page(List.of(row))));
    }

    /** The trails from the accounts to the targets, ranked {@code skip} to {@code skip + limit}, in a transaction of their own. */
    Page between(List<String> accounts, List<String> targets, TrailQuery q, int skip, int limit, View view) {
        return inTransaction(tx -> between(tx, accounts, targets, q, skip, limit, view));
    }

    /** The same, in the caller's transaction. */
    Page between(TransactionContext tx, List<String> accounts, List<String> targets, TrailQuery q, int skip, int limit, View view) {
        return engine == Engine.TRAVERSAL ? run(tx, TRAVERSAL, accounts, targets, q, "BETWEEN", skip, limit, view)
                : run(tx, BETWEEN, accounts, targets, q, null, skip, limit, view);
    }

    /**
     * Runs {@code work} (the start accounts, the search, the page's details) in one read transaction with the
     * search's timeout: one transaction per request instead of one per read. A timeout becomes a refusal.
     */
    <T> T inTransaction(Function<TransactionContext, T> work) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(work::apply, TransactionConfig.builder().withTimeout(limits.timeout()).build());
        } catch (Neo4jException e) {
            if (QueryRefused.timedOut(e)) {
                throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "The money trail search was stopped after "
                        + limits.timeout().toSeconds() + " s (SPOOR_TRAIL_TIMEOUT). Narrow it: fewer maxHops, a shorter period "
                        + "(since/until), a smaller hopWindowDays, a higher minFraction or a lower hubCap.");
            }
            throw e;
        }
    }

    /** The plan Neo4j runs for a search, with the rows and db hits of each operator (for tests and tuning). */
    ProfiledPlan profile(List<String> accounts, TrailQuery q) {
        String cypher = q.direction() == TrailQuery.Direction.FORWARD ? FORWARD : BACKWARD;
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.run(cypher.replaceFirst("^CYPHER 25", "CYPHER 25 PROFILE"), params(accounts, List.of(), q, null, 0, 0, View.internal())).consume().profile();
        }
    }

    private Page run(TransactionContext tx, String cypher, List<String> accounts, List<String> targets, TrailQuery q, String mode,
                     int skip, int limit, View view) {
        if (accounts.isEmpty()) {
            return Page.EMPTY;
        }
        List<Record> rows = tx.run(PlanWarmUp.cypher(cypher), params(accounts, targets, q, mode, skip, limit, view)).list();
        if (rows.isEmpty() && PlanWarmUp.active()) {
            return Page.EMPTY;
        }
        return capped(page(rows));
    }

    /** The page, or the refusal when the search found more trails than the server allows. */
    private Page capped(Page found) {
        if (found.total() > limits.maxPaths()) {
            throw new QueryRefused(QueryRefused.Limit.TOO_MANY_PATHS, "The money trail search finds more than " + limits.maxPaths()
                    + " trails (SPOOR_TRAIL_MAX_PATHS), too many to rank and read. Narrow it: fewer maxHops, a shorter period "
                    + "(since/until), a smaller hopWindowDays, a higher minFraction or a lower hubCap.");
        }
        return found;
    }

    private Map<String, Object> params(List<String> accounts, List<String> targets, TrailQuery q, String mode, int skip, int limit, View view) {
        Map<String, Object> p = new HashMap<>(view.params());
        p.put("mode", mode);
        p.put("accounts", accounts);
        p.put("targets", targets);
        p.put("maxHops", q.maxHops());
        p.put("windowDays", q.windowDays());
        p.put("minFraction", q.minFraction());
        p.put("hubCap", q.hubCap());
        p.put("from", q.from());
        p.put("until", q.until());
        // One more than the cap, so that "more than the cap" can be told from "exactly the cap".
        p.put("scanLimit", limits.maxPaths() + 1);
        p.put("skip", skip);
        p.put("limit", limit);
        return p;
    }

    /** Every form returns one row: total, truncated, hubs, the page as a list, and the page's details. */
    private static Page page(List<Record> rows) {
        Record r = rows.getFirst();
        return new Page(r.get("page").asList(TrailSearch::found), r.get("total").asInt(), hubs(r.get("hubs")), r.get("truncated").asBoolean(),
                TrailDetails.of(r));
    }

    private static Map<String, Long> hubs(Value rows) {
        Map<String, Long> hubs = new java.util.LinkedHashMap<>();
        rows.asList(v -> v).forEach(h -> hubs.put(h.get("account").asString(), h.get("transfers").asLong()));
        return hubs;
    }

    private static Found found(MapAccessor r) {
        List<Hop> hops = r.get("hops").asList(h -> new Hop(h.get("from").asString(), h.get("to").asString(), h.get("date").asLocalDate(),
                h.get("amount").asDouble(), h.get("currency").isNull() ? null : h.get("currency").asString(),
                h.get("description").isNull() ? null : h.get("description").asString(),
                h.get("key").isNull() ? null : h.get("key").asString(),
                h.get("sourceIds").asList(v -> v.asString()), h.get("evidence").asList(v -> v.asString())));
        return new Found(r.get("start").asString(), hops, r.get("endsAtHub").asBoolean(), r.get("endTransfers").asLong(), r.get("cycle").asBoolean());
    }
}
