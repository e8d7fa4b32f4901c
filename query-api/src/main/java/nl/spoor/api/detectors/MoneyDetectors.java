package nl.spoor.api.detectors;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

import nl.spoor.api.graphql.Arguments;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.moneytrail.TrailLimits;
import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/**
 * What the pass-through, structuring and ABC detectors share: reading with the money-trail timeout
 * ({@code SPOOR_TRAIL_TIMEOUT}, refused saying why), the optional scope (an entity's accounts or the
 * entity itself), the period, and cursor pages of ranked results ({@code SPOOR_TRAIL_MAX_PAGE}).
 * Thread-safe.
 */
@Component
public class MoneyDetectors {

    /** Open ends of a period when none is given. */
    static final LocalDate OPEN_FROM = LocalDate.of(1900, 1, 1);
    static final LocalDate OPEN_UNTIL = LocalDate.of(9999, 12, 31);

    private static final String SCOPE = CypherResource.load(MoneyDetectors.class, "MoneyDetectors.scope.cypher");

    private final SpoorStore store;
    private final TrailLimits limits;

    public MoneyDetectors(SpoorStore store, TrailLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** A period of days, both ends inclusive. */
    record Period(LocalDate since, LocalDate until) {

        static Period of(String since, String until) {
            LocalDate s = date("since", since, OPEN_FROM);
            LocalDate u = date("until", until, OPEN_UNTIL);
            if (u.isBefore(s)) {
                throw new IllegalArgumentException("until " + u + " is before since " + s);
            }
            return new Period(s, u);
        }

        boolean open() {
            return since.equals(OPEN_FROM) && until.equals(OPEN_UNTIL);
        }

        /** ", in 2024-10-01 – 2024-12-31" or "" when open. */
        String describe() {
            return open() ? "" : ", in " + (since.equals(OPEN_FROM) ? "…" : since) + " – " + (until.equals(OPEN_UNTIL) ? "…" : until);
        }

        private static LocalDate date(String name, String value, LocalDate open) {

            return Arguments.date(name, value, open);

        }
    }

    /** The entity a detector is narrowed to: its Spoor id and its accounts (itself when it is an account). */
    record Scope(String spoorId, List<String> accounts) {
    }

    /**
     * The scope of {@code spoorId} as {@code view} may see it, or null when none is given.
     *
     * @throws IllegalArgumentException when Spoor holds no such entity
     */
    Scope scope(String argument, String spoorId, View view) {
        if (spoorId == null || spoorId.isBlank()) {
            return null;
        }
        List<List<String>> found = read(view.cypher(SCOPE), view.with(Map.of("spoorId", spoorId.strip())),
                r -> r.get("accounts").asList(v -> v.asString()), "scope");
        if (found.isEmpty() && nl.spoor.api.warmup.PlanWarmUp.active()) {
            // A warm-up plans the lookup without running it: the form's placeholder accounts stand for the answer.
            return new Scope(spoorId.strip(), nl.spoor.api.warmup.PlanWarmUp.form().accounts());
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException(argument + ": Spoor holds no entity with spoorId \"" + spoorId
                    + "\" (a Spoor id such as iban:NL91ABNA0417164300, kvk:64567123 or realestate:000787, as `entity` returns it)");
        }
        return new Scope(spoorId.strip(), found.getFirst());
    }

    /** Runs a read query under the money-trail timeout; a timeout is refused saying how to narrow the question. */
    <T> List<T> read(String cypher, Map<String, Object> params, Function<Record, T> row, String detector) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run(nl.spoor.api.warmup.PlanWarmUp.cypher(cypher), params).list(row::apply),
                    TransactionConfig.builder().withTimeout(limits.timeout()).build());
        } catch (Neo4jException e) {
            if (QueryRefused.timedOut(e)) {
                throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "The " + detector + " detector was stopped after "
                        + limits.timeout().toSeconds() + " s (SPOOR_TRAIL_TIMEOUT). Narrow it: a shorter period (since/until), "
                        + "an entity to look at, or stricter thresholds.");
            }
            throw e;
        }
    }

    /** One ranked result and the cursor after it. */
    public record Edge<T>(String cursor, T node) {
    }

    /** Where a page ends; the GraphQL {@code PageInfo}. */
    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    /** A page of ranked results: the GraphQL {@code …Connection} types of the detectors. */
    public record Page<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {
    }

    /**
     * The page of {@code ranked} asked for by {@code first}/{@code after}; {@code withRank} gives each
     * result its rank (1-based) once it is known to be on the page, so only those are built whole.
     */
    <R, T> Page<T> page(List<R> ranked, Integer first, String after, String tag, RankedView<R, T> withRank) {
        int size = first == null ? 20 : first;
        if (size < 0) {
            throw new IllegalArgumentException("first must be 0 or more, got " + size);
        }
        if (size > limits.maxPage()) {
            throw new QueryRefused(QueryRefused.Limit.PAGE_SIZE, "first " + size + " is more than " + limits.maxPage()
                    + " results per page (SPOOR_TRAIL_MAX_PAGE); page on with `after`.");
        }
        int offset = after == null ? 0 : offsetAfter(after, tag);
        List<Edge<T>> edges = new ArrayList<>();
        List<R> onPage = ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + size, ranked.size()));
        List<T> views = withRank.views(onPage, offset + 1);
        for (int i = 0; i < views.size(); i++) {
            edges.add(new Edge<>(cursor(tag, offset + i), views.get(i)));
        }
        boolean more = offset + size < ranked.size();
        return new Page<>(edges, new PageInfo(more, edges.isEmpty() ? null : edges.getLast().cursor()), ranked.size());
    }

    /** Builds the views of one page of ranked candidates, the first having rank {@code firstRank}. */
    @FunctionalInterface
    interface RankedView<R, T> {
        List<T> views(List<R> onPage, int firstRank);
    }

    private static int offsetAfter(String after, String tag) {
        try {
            String key = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (!key.startsWith(tag + ":")) {
                throw new IllegalArgumentException();
            }
            int offset = Integer.parseInt(key.substring(tag.length() + 1)) + 1;
            if (offset < 1) {
                throw new IllegalArgumentException();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("after is not a cursor this query gave: " + after);
        }
    }

    private static String cursor(String tag, int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((tag + ":" + index).getBytes(StandardCharsets.UTF_8));
    }

    /** Checks a threshold argument: a number in [min, max], saying which argument when not. */
    static double within(String name, Double value, double dflt, double min, double max) {
        double v = value == null ? dflt : value;
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + v);
        }
        return v;
    }

    static int within(String name, Integer value, int dflt, int min, int max) {
        int v = value == null ? dflt : value;
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + v);
        }
        return v;
    }

    /**
     * Splits the evidence paths of a page by result: their descriptions were given as
     * {@code "<index on page>|<kind>|<description>"} (so that equal descriptions of two results stay apart).
     * Paths without steps (every relationship deleted since) are left out.
     */
    static Map<Integer, List<EvidencePath>> byResult(List<EvidencePath> paths) {
        Map<Integer, List<EvidencePath>> out = new java.util.HashMap<>();
        for (EvidencePath p : paths) {
            String[] parts = p.description().split("\\|", 3);
            if (!p.steps().isEmpty()) {
                out.computeIfAbsent(Integer.parseInt(parts[0]), k -> new ArrayList<>()).add(new EvidencePath(parts[2], p.steps()));
            }
        }
        return out;
    }

    /** An indicator with a threshold; it adds its weight to the score only when it fired. */
    static Indicator indicator(String name, String explanation, double value, double threshold, boolean fired, double weight) {
        return new Indicator(name, explanation, value, threshold, fired, fired ? weight : 0);
    }

    /** "€ 9.850,00", as Dutch investigators write amounts. */
    static String euros(double amount) {
        return String.format(java.util.Locale.forLanguageTag("nl-NL"), "€ %,.2f", amount);
    }

    /** "94 %". */
    static String percent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }
}
