package nl.spoor.api.detectors;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

import nl.spoor.api.graphql.Arguments;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.graphql.OffsetCursors;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.moneytrail.TrailLimits;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.api.visibility.View;
import nl.spoor.api.warmup.PlanWarmUp;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/**
 * What the money-flow detectors (fan-in, fan-out, cycles) share: the result views of
 * {@code detectors-flow.graphqls}, the optional scope (around an entity, a period, a case) and cursor
 * paging. Thread-safe.
 */
@Component
public class FlowDetections {

    private static final String AROUND = CypherResource.load(FlowDetections.class, "FlowDetections.around.cypher");
    private static final String CASE_SOURCES = CypherResource.load(FlowDetections.class, "FlowDetections.case.cypher");
    private static final String CURSOR_TAG = "flow:";
    static final LocalDate OPEN_FROM = LocalDate.of(1900, 1, 1);
    static final LocalDate OPEN_UNTIL = LocalDate.of(9999, 12, 31);

    /** One detected pattern, explained with the shared evidence types. */
    public record FlowDetection(int rank, double score, List<EntityRef> subjects, List<EntityRef> accounts, String since,
                                String until, List<Indicator> indicators, List<EvidencePath> evidence, List<Source> sources,
                                String explanation) {
    }

    /** A page of detections. */
    public record FlowDetectionConnection(String query, List<FlowDetectionEdge> edges, PageInfo pageInfo, int totalCount) {
    }

    public record FlowDetectionEdge(String cursor, FlowDetection node) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    /**
     * Where a detector looks.
     *
     * @param accounts    the accounts to examine, or null for every account
     * @param caseSources the sources of the case asked for (only transfers they assert count), or null for all
     * @param from        first day of the period, inclusive
     * @param until       last day, inclusive
     * @param sourcesOf   whose sources {@code caseSources} are, in words ("the case", "the case your purpose may use")
     */
    record Scope(List<String> accounts, List<String> caseSources, LocalDate from, LocalDate until, String sourcesOf) {

        Scope(List<String> accounts, List<String> caseSources, LocalDate from, LocalDate until) {
            this(accounts, caseSources, from, until, "the case");
        }

        void into(Map<String, Object> params) {
            params.put("accounts", accounts);
            params.put("caseSources", caseSources);
            params.put("from", from);
            params.put("until", until);
        }

        String describe() {
            StringBuilder b = new StringBuilder();
            if (accounts != null) {
                b.append(", around ").append(accounts.size()).append(accounts.size() == 1 ? " account" : " accounts");
            }
            if (!from.equals(OPEN_FROM) || !until.equals(OPEN_UNTIL)) {
                b.append(", in ").append(from.equals(OPEN_FROM) ? "…" : from).append(" – ").append(until.equals(OPEN_UNTIL) ? "…" : until);
            }
            if (caseSources != null) {
                b.append(", only transfers from the ").append(caseSources.size()).append(" sources of ").append(sourcesOf);
            }
            return b.toString();
        }
    }

    private final SpoorStore store;
    private final TrailLimits limits;
    private final SpreadReads spread;

    public FlowDetections(SpoorStore store, TrailLimits limits, SpreadReads spread) {
        this.store = store;
        this.limits = limits;
        this.spread = spread;
    }

    /** The read threads a whole-graph run is spread over. */
    SpreadReads spread() {
        return spread;
    }

    SpoorStore store() {
        return store;
    }

    TrailLimits limits() {
        return limits;
    }

    /**
     * @param around an account, or an entity: its accounts and the accounts they exchanged transfers with; null: everywhere
     * @throws IllegalArgumentException for an unknown entity, a bad date or an empty period
     */
    Scope scope(String around, String since, String until, String caseId) {
        return scope(around, since, until, caseId, View.internal());
    }

    /**
     * The scope as {@code view} may see it: a view that may not use every source counts only the transfers of
     * its usable sources (of the case's, when a case is given too), through the detectors' own source filter.
     */
    Scope scope(String around, String since, String until, String caseId, View view) {
        LocalDate f = date("since", since, OPEN_FROM);
        LocalDate u = date("until", until, OPEN_UNTIL);
        if (u.isBefore(f)) {
            throw new IllegalArgumentException("until " + u + " is before since " + f);
        }
        List<String> accounts = null;
        List<String> sources = null;
        try (var s = store.driver().session(store.sessionConfig())) {
            if (around != null) {
                accounts = s.executeRead(tx -> tx.run(PlanWarmUp.cypher(AROUND), view.with(Map.of("spoorId", around)))
                                .list(r -> r.get("accounts").asList(Value::asString)))
                        .stream().findFirst().or(() -> PlanWarmUp.active() ? Optional.of(PlanWarmUp.form().accounts()) : Optional.empty())
                        .orElseThrow(() -> new IllegalArgumentException("around: Spoor holds no entity with spoorId \""
                                + around + "\" (a Spoor id such as iban:NL91ABNA0417164300 or kvk:64567123, as `entity` returns it)"));
            }
            if (caseId != null) {
                // One row always (the case's sources, empty for an unknown case); none when a warm-up only plans it.
                sources = s.executeRead(tx -> tx.run(PlanWarmUp.cypher(CASE_SOURCES), Map.of("caseId", caseId)).list(r -> r.get("sources").asList(Value::asString)))
                        .stream().findFirst().orElse(List.of());
            }
        }
        if (view.all()) {
            return new Scope(accounts, sources, f, u);
        }
        List<String> usable = sources == null ? List.copyOf(view.usable()) : sources.stream().filter(view::usable).toList();
        return new Scope(accounts, usable, f, u, sources == null ? "your purpose" : "the case your purpose may use");
    }

    private static LocalDate date(String name, String value, LocalDate open) {

        return Arguments.date(name, value, open);

    }

    /**
     * One page of ranked findings as a connection; {@code view} turns the findings of the page into
     * detections (rank = position in the whole list, 1-based), reading their evidence at once.
     */
    <T> FlowDetectionConnection page(String query, List<T> ranked, Integer first, String after,
                                      BiFunction<List<T>, Integer, List<FlowDetection>> view) {
        int size = first == null ? 20 : first;
        if (size < 0) {
            throw new IllegalArgumentException("first must be 0 or more, got " + size);
        }
        if (size > limits.maxPage()) {
            throw new QueryRefused(QueryRefused.Limit.PAGE_SIZE, "first " + size + " is more than " + limits.maxPage()
                    + " results per page (SPOOR_TRAIL_MAX_PAGE); page on with `after`.");
        }
        int offset = after == null ? 0 : offset(after);
        List<T> onPage = ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + size, ranked.size()));
        List<FlowDetection> nodes = onPage.isEmpty() ? List.of() : view.apply(onPage, offset + 1);
        List<FlowDetectionEdge> edges = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(new FlowDetectionEdge(cursor(offset + i), nodes.get(i)));
        }
        return new FlowDetectionConnection(query, edges, new PageInfo(offset + size < ranked.size(),
                edges.isEmpty() ? null : edges.getLast().cursor()), ranked.size());
    }

    private static int offset(String after) {
        return OffsetCursors.offsetAfter(CURSOR_TAG, java.util.Objects.requireNonNull(after));
    }

    private static String cursor(int index) {
        return OffsetCursors.cursor(CURSOR_TAG, index);
    }

    /**
     * Runs a detector's Cypher in one read transaction with the timeout of the limits; a run the timeout stops is
     * refused, saying how to narrow it.
     */
    <T> List<T> read(String cypher, Map<String, Object> params, java.util.function.Function<Record, T> row, String what) {
        return read(cypher, params, row, what, limits.timeout());
    }

    /** As {@link #read(String, Map, java.util.function.Function, String)}, ending within {@code timeout} (a part of a spread read). */
    <T> List<T> read(String cypher, Map<String, Object> params, java.util.function.Function<Record, T> row, String what,
                     java.time.Duration timeout) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run(PlanWarmUp.cypher(cypher), params).list(row::apply),
                    TransactionConfig.builder().withTimeout(timeout).build());
        } catch (Neo4jException e) {
            if (QueryRefused.timedOut(e)) {
                throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "The " + what + " search was stopped after " + limits.timeout().toSeconds()
                        + " s (SPOOR_TRAIL_TIMEOUT). Narrow it: look `around` an account or entity, give a shorter period (since/until) or a case.");
            }
            throw e;
        }
    }

    /** A result's score: the sum of its indicators' weights. */
    static double score(List<Indicator> indicators) {
        return round(indicators.stream().mapToDouble(Indicator::weight).sum());
    }

    /** Three decimals, so that scores and indicator values compare and print stably. */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static EntityRef ref(Value v) {
        return new EntityRef(v.get("spoorId").asString(), v.get("kind").asString(), v.get("caption").asString());
    }

    /**
     * Best score first, then {@code then}: each result's score worked out once, not in every comparison of the sort (its
     * indicators' texts were built some 700,000 times to rank large's 24,195 fan-outs).
     */
    static <F> List<F> ranked(List<F> found, java.util.function.ToDoubleFunction<F> score, Comparator<F> then) {
        record Scored<T>(T found, double score) {
        }
        return found.stream().map(f -> new Scored<>(f, score.applyAsDouble(f)))
                .sorted(Comparator.comparingDouble((Scored<F> x) -> -x.score()).thenComparing(Scored::found, then))
                .map(Scored::found).toList();
    }

    static Map<String, Object> params() {
        return new HashMap<>();
    }

    private static final java.util.regex.Pattern ACCOUNTS = java.util.regex.Pattern.compile("\\{\\{ACCOUNTS (\\w+)}}");

    /**
     * {@code cypher} with its {@code {{ACCOUNTS var}}} start: every bank account when the scope has none, else only the
     * scope's accounts, looked up through {@code :Entity}'s unique spoorId index. One text for both with
     * {@code $accounts IS NULL OR var.spoorId IN $accounts} was a scan of every account also for a scoped question
     * (924,361 on the large world).
     */
    static String accounts(String cypher, Scope scope) {
        java.util.regex.Matcher m = ACCOUNTS.matcher(cypher);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = m.group(1);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(scope.accounts() == null ? "MATCH (" + v + ":BankAccount) WHERE true"
                    : "MATCH (" + v + ":Entity) WHERE " + v + ".spoorId IN $accounts AND " + v + ":BankAccount"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "NL00… (Jan de Vries)": an account with its holders. */
    static String label(EntityRef account, List<EntityRef> holders) {
        return holders.isEmpty() ? account.caption()
                : account.caption() + " (" + String.join(", ", holders.stream().map(EntityRef::caption).toList()) + ")";
    }

    /** Whole percents, rounded down so that 50 % shown did reach 50 %. */
    static String percent(double fraction) {
        return (int) Math.floor(fraction * 100 + 1e-9) + " %";
    }

    static String euros(double amount) {
        return "€" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v);
    }
}
