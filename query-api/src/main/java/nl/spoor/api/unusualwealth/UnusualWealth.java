package nl.spoor.api.unusualwealth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.graphql.OffsetCursors;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.unusualwealth.WealthViews.UnusualWealthConnection;
import nl.spoor.api.unusualwealth.WealthViews.UnusualWealthEdge;
import nl.spoor.api.visibility.View;
import nl.spoor.api.warmup.PlanWarmUp;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/**
 * {@code unusualWealth} (FIT ongebruikelijk bezit, DESIGN §5): finds the candidates from selective anchors
 * (or takes the one person asked), reads each household's full picture, assesses it, merges the partners of
 * one household into one result, ranks, and turns one page into results with evidence and a seizure-ready
 * asset list, from the facts the request's view may use only (both queries carry {@link View#cypher} marks). Thread-safe.
 */
@Component
public class UnusualWealth {

    private static final String CANDIDATES = CypherResource.load(UnusualWealth.class, "UnusualWealth.candidates.cypher");
    private static final String PICTURE = CypherResource.load(UnusualWealth.class, "UnusualWealth.picture.cypher");
    private static final String CURSOR_TAG = "wealth:";

    private final SpoorStore store;
    private final Evidence evidence;
    private final WealthLimits limits;

    UnusualWealth(SpoorStore store, Evidence evidence, WealthLimits limits) {
        this.store = store;
        this.evidence = evidence;
        this.limits = limits;
    }

    /** The last day of the default period. */
    LocalDate today() {
        return LocalDate.now();
    }

    UnusualWealthConnection rank(WealthQuery q, Integer first, String after) {
        return rank(q, first, after, View.internal());
    }

    /**
     * The ranking as {@code view} may see it: anchors, household and company ties, straw men, sightings and income only
     * from relationships of a usable source between entities a usable source asserts, node values (names, values, birth
     * dates) as the usable sources state them, evidence citing only usable sources. A person the view cannot see is
     * answered as one Spoor does not hold.
     */
    UnusualWealthConnection rank(WealthQuery q, Integer first, String after, View view) {
        int size = first == null ? 20 : first;
        if (size < 0) {
            throw new IllegalArgumentException("first must be 0 or more, got " + size);
        }
        if (size > limits.maxPage()) {
            throw new QueryRefused(QueryRefused.Limit.PAGE_SIZE, "first " + size + " is more than " + limits.maxPage()
                    + " results per page (SPOOR_WEALTH_MAX_PAGE); page on with `after`.");
        }
        int offset = OffsetCursors.offsetAfter(CURSOR_TAG, after);
        List<String> persons;
        int candidates;
        if (q.person() != null) {
            persons = List.of(q.person());
            candidates = 1;
        } else {
            Map<String, Object> p = q.parameters();
            p.put("maxCandidates", limits.maxCandidates());
            List<Record> rows = read(view.cypher(CANDIDATES), view.with(p));
            if (rows.isEmpty() && PlanWarmUp.active()) {
                // Planned, not run: the candidates a ranking reads are tens (62 on the large world).
                candidates = 0;
                persons = PlanWarmUp.placeholders(50);
            } else {
                Record r = rows.getFirst();
                candidates = r.get("candidates").asInt();
                persons = r.get("persons").asList(Value::asString);
            }
        }
        Map<String, Object> p = q.parameters();
        p.put("persons", persons);
        // No candidates, no pictures: not asked of Neo4j (an empty list would be a plan of its own).
        List<WealthPicture> pictures = persons.isEmpty() ? List.of()
                : read(view.cypher(PICTURE), view.with(p)).stream().map(WealthPicture::of).toList();
        if (q.person() != null && pictures.isEmpty() && !PlanWarmUp.active()) {
            throw new IllegalArgumentException("person " + q.person() + " is no Person Spoor holds");
        }
        List<WealthAssessment> ranked = assess(pictures, q).stream()
                .filter(a -> q.person() != null || a.score >= q.minScore())
                .sorted(Comparator.comparingDouble((WealthAssessment a) -> a.score).reversed()
                        .thenComparing(Comparator.comparingDouble((WealthAssessment a) -> a.acquiredValue).reversed())
                        .thenComparing(a -> a.subjects.getFirst()))
                .toList();
        List<WealthAssessment> page = ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + size, ranked.size()));
        WealthResults views = new WealthResults(evidence, q, view);
        List<UnusualWealthEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            edges.add(new UnusualWealthEdge(OffsetCursors.cursor(CURSOR_TAG, offset + i), views.result(offset + i + 1, page.get(i))));
        }
        boolean more = offset + size < ranked.size();
        String query = q.describe() + (view.all() ? "" : "; only facts from the " + view.usable().size()
                + (view.usable().size() == 1 ? " source" : " sources") + " your purpose may use");
        String explanation = q.person() != null ? "The household of " + q.person() + ": " + query + "."
                : ranked.size() + (ranked.size() == 1 ? " household" : " households") + " scoring at least " + Money.number(q.minScore())
                + " among " + candidates + (candidates == 1 ? " person" : " persons") + " tied to a notable asset"
                + (persons.size() < candidates ? " (the " + persons.size() + " with the most such value against their declared income were read:"
                        + " SPOOR_WEALTH_MAX_CANDIDATES)" : "") + "; " + query + ".";
        return new UnusualWealthConnection(edges, new WealthViews.PageInfo(more, edges.isEmpty() ? null : edges.getLast().cursor()),
                ranked.size(), candidates, persons.size(), query, explanation);
    }

    /**
     * One assessment per household: the pictures of partners cover the same persons and the same assets, so they are one
     * result with both as subjects (the one seen driving the household's vehicles most first).
     */
    static List<WealthAssessment> assess(List<WealthPicture> pictures, WealthQuery q) {
        Map<String, List<WealthPicture>> byUnit = new LinkedHashMap<>();
        for (WealthPicture p : pictures) {
            byUnit.computeIfAbsent(String.join(",", new TreeSet<>(p.unit())), k -> new ArrayList<>()).add(p);
        }
        List<WealthAssessment> out = new ArrayList<>();
        for (List<WealthPicture> same : byUnit.values()) {
            WealthPicture first = same.getFirst();
            Map<String, Long> driving = new HashMap<>();
            first.holdings().forEach(h -> h.sightings().forEach(s -> driving.merge(s.driver(), 1L, Long::sum)));
            List<String> subjects = same.stream()
                    .sorted(Comparator.comparingLong((WealthPicture p) -> driving.getOrDefault(p.person(), 0L)).reversed()
                            .thenComparing(p -> p.name() == null ? "" : p.name()).thenComparing(WealthPicture::person))
                    .map(WealthPicture::person).toList();
            WealthPicture lead = same.stream().filter(p -> p.person().equals(subjects.getFirst())).findFirst().orElseThrow();
            out.add(new WealthAssessment(lead, subjects, q));
        }
        return out;
    }

    private List<Record> read(String cypher, Map<String, Object> parameters) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run(PlanWarmUp.cypher(cypher), parameters).list(), TransactionConfig.builder().withTimeout(limits.timeout()).build());
        } catch (Neo4jException e) {
            if (QueryRefused.timedOut(e)) {
                throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "The unusual-wealth query was stopped after " + limits.timeout().toSeconds()
                        + " s (SPOOR_WEALTH_TIMEOUT). Narrow it: a shorter period (since/until), a higher notableVehicleValue, or one person.");
            }
            throw e;
        }
    }

    /** "Jan van Wijk" for a subject's Spoor id, from the pictures. */
    static Map<String, String> names(WealthAssessment a) {
        Map<String, String> names = new HashMap<>();
        names.put(a.picture.person(), a.picture.name());
        a.picture.household().forEach(m -> names.put(m.person(), m.name()));
        a.picture.earners().forEach(e -> names.put(e.person(), e.name()));
        return names;
    }

    static EntityRef ref(String spoorId, String kind, String caption) {
        return new EntityRef(spoorId, kind, caption == null ? spoorId : caption);
    }
}
