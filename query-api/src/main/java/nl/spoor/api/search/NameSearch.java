package nl.spoor.api.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.search.SearchTerms.Role;
import nl.spoor.api.search.SearchViews.PageInfo;
import nl.spoor.api.search.SearchViews.SearchConnection;
import nl.spoor.api.search.SearchViews.SearchEdge;
import nl.spoor.api.search.SearchViews.SearchHit;
import nl.spoor.api.search.SearchViews.SearchResult;
import nl.spoor.api.search.SearchViews.TermMatch;
import nl.spoor.api.search.TermMatcher.How;
import nl.spoor.api.search.TermMatcher.Match;
import nl.spoor.model.analysis.NameAnalyzer.Mode;
import nl.spoor.api.entity.Provenance;
import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/**
 * Full-text search over names and document text (GraphQL {@code search}). Lucene finds candidates in the
 * indexes {@code name_search} and {@code page_search} twice, by words (exact and fuzzy) and by sounds
 * (Double Metaphone), each capped at {@link SearchLimits#maxCandidates()}; {@link TermMatcher} then decides
 * for every candidate which field matched and how, scores it and, for documents, cuts the snippet. Thread-safe.
 */
@Component
class NameSearch {

    private static final String NAMES = CypherResource.load(NameSearch.class, "NameSearch.names.cypher");
    private static final String PAGES = CypherResource.load(NameSearch.class, "NameSearch.pages.cypher");
    /** The indexed properties (V8__search), in the order a tie between fields is decided. */
    static final List<String> FIELDS = List.of("name", "aliases", "alias", "title", "street", "place", "make", "model");
    private static final String CURSOR_TAG = "search:";

    private final SpoorStore store;
    private final SearchLimits limits;

    NameSearch(SpoorStore store, SearchLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** One ranked hit before paging: the view and what orders it. */
    private record Ranked(SearchHit hit, String caption) {
    }

    SearchResult search(String query, List<SearchType> types, boolean fuzzy, boolean phonetic, Integer first, String after) {
        return search(query, types, fuzzy, phonetic, first, after, View.internal());
    }

    /** The search as {@code view} may see it: only entities and documents of usable sources, matched on what those sources assert. */
    SearchResult search(String query, List<SearchType> types, boolean fuzzy, boolean phonetic, Integer first, String after, View view) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > limits.maxPage()) {
            throw new QueryRefused(QueryRefused.Limit.PAGE_SIZE, "search(first) must be 1.." + limits.maxPage() + " (SPOOR_SEARCH_MAX_PAGE), got " + size);
        }
        SearchTerms terms = SearchTerms.parse(query);
        TermMatcher matcher = new TermMatcher(terms, fuzzy, phonetic);
        List<SearchType> kinds = types == null || types.isEmpty() ? List.of(SearchType.values()) : types;
        List<String> labels = kinds.stream().map(k -> k.label).toList();

        Map<String, Ranked> hits = new HashMap<>();
        for (Record r : candidates(NAMES, terms, fuzzy, phonetic, true, labels.size() == SearchType.values().length ? null : labels, "names", view)) {
            String id = r.get("spoorId").asString();
            if (!hits.containsKey(id)) {
                nameHit(id, r.get("kind").asString(), props(r), terms, matcher).ifPresent(h -> hits.put(id, h));
            }
        }
        if (kinds.contains(SearchType.DOCUMENT)) {
            Map<String, List<Record>> pages = new LinkedHashMap<>();
            Map<String, Boolean> seen = new HashMap<>();
            for (Record r : candidates(PAGES, terms, fuzzy, phonetic, false, null, "document pages", view)) {
                if (seen.put(r.get("pageId").asString(), true) == null) {
                    pages.computeIfAbsent(r.get("spoorId").asString(), k -> new ArrayList<>()).add(r);
                }
            }
            pages.forEach((id, rows) -> documentHit(id, rows, terms, matcher).ifPresent(h -> hits.merge(id, h,
                    (a, b) -> b.hit().score() >= a.hit().score() ? b : a)));
        }
        List<Ranked> ranked = new ArrayList<>(hits.values());
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.hit().score())
                .thenComparing(r -> r.caption().toLowerCase(Locale.ROOT)).thenComparing(r -> r.hit().entity().spoorId()));

        String fingerprint = Integer.toHexString(Objects.hash(terms.terms(), kinds, fuzzy, phonetic));
        int offset = offset(after, fingerprint);
        List<SearchEdge> edges = new ArrayList<>();
        for (int i = offset; i < Math.min(ranked.size(), offset + size); i++) {
            SearchHit h = ranked.get(i).hit();
            SearchHit numbered = new SearchHit(i + 1, h.score(), h.entity(), h.field(), h.value(), h.matches(), h.page(), h.pagesMatched(), h.snippet());
            edges.add(new SearchEdge(cursor(fingerprint, i + 1), numbered));
        }
        boolean more = offset + edges.size() < ranked.size();
        return new SearchResult(terms.text(), terms.understood(),
                new SearchConnection(edges, new PageInfo(more, edges.isEmpty() ? null : edges.getLast().cursor()), ranked.size()));
    }

    /** Candidates by words and, when phonetic, by sounds; refused when either finds more than the cap. */
    private List<Record> candidates(String cypher, SearchTerms terms, boolean fuzzy, boolean phonetic, boolean names, List<String> labels, String what,
                                    View view) {
        List<Record> rows = new ArrayList<>(run(cypher, terms.wordQuery(fuzzy, names), Mode.WORDS, labels, terms, what, view));
        String sounds = terms.soundQuery();
        if (phonetic && sounds != null) {
            rows.addAll(run(cypher, sounds, Mode.SOUNDS, labels, terms, what, view));
        }
        return rows;
    }

    /** The names of a candidate: the node's, or, for a view that may not use every source, what its usable sources assert. */
    private static Map<String, Value> props(Record r) {
        Map<String, Value> stored = r.get("props").asMap(v -> v);
        if (r.get("asserted").isNull()) {
            return stored;
        }
        List<List<String>> rows = new ArrayList<>(r.get("asserted").asList(v -> v.asList(x -> x.isNull() ? "" : x.asString())));
        rows.sort(Comparator.comparing((List<String> x) -> x.get(0)).thenComparing(x -> x.get(1)));
        Map<String, Value> asserted = Provenance.assertedJson(rows.stream().map(x -> x.get(2)).filter(x -> !x.isEmpty()).toList());
        Map<String, Value> out = new HashMap<>();
        stored.keySet().forEach(k -> {
            if (asserted.containsKey(k)) {
                out.put(k, asserted.get(k));
            }
        });
        return out;
    }

    private List<Record> run(String cypher, String luceneQuery, Mode analyzer, List<String> labels, SearchTerms terms, String what, View view) {
        Map<String, Object> params = new HashMap<>(view.params());
        params.put("query", luceneQuery);
        params.put("analyzer", analyzer.analyzerName());
        params.put("labels", labels);
        params.put("limit", limits.maxCandidates() + 1);
        List<Record> rows;
        try (var s = store.driver().session(store.sessionConfig())) {
            rows = s.executeRead(tx -> tx.run(nl.spoor.api.warmup.PlanWarmUp.cypher(cypher), params).list(), TransactionConfig.builder().withTimeout(limits.timeout()).build());
        } catch (Neo4jException e) {
            if (QueryRefused.timedOut(e)) {
                throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "The search '" + terms.text() + "' was stopped after "
                        + limits.timeout().toSeconds() + " s (SPOOR_SEARCH_TIMEOUT). Give more of the name, or search with fuzzy: false.");
            }
            throw e;
        }
        if (rows.size() > limits.maxCandidates()) {
            throw new QueryRefused(QueryRefused.Limit.TOO_BROAD, "The search '" + terms.text() + "' matches more than " + limits.maxCandidates()
                    + " " + what + " (SPOOR_SEARCH_MAX_CANDIDATES), too many to rank. Add a given name, an initial or another word, "
                    + "limit it to some types (types: [PERSON]), or search with fuzzy: false or phonetic: false.");
        }
        return rows;
    }

    private static java.util.Optional<Ranked> nameHit(String id, String kind, Map<String, Value> props, SearchTerms terms, TermMatcher matcher) {
        int n = terms.terms().size();
        Match[] overall = new Match[n];
        String field = null;
        String value = null;
        List<Match> fieldMatches = List.of();
        double fieldRank = -1;
        for (String f : FIELDS) {
            Value v = props.get(f);
            if (v == null || v.isNull()) {
                continue;
            }
            for (String text : v.type().name().equals("LIST") ? v.asList(Value::asString) : List.of(v.asString())) {
                List<Match> matches = matcher.matches(text, true);
                Match[] best = TermMatcher.best(matches, n);
                double rank = 0;
                for (int i = 0; i < n; i++) {
                    if (best[i] != null) {
                        rank += 1 + best[i].how().weight;
                        if (overall[i] == null || best[i].how().ordinal() < overall[i].how().ordinal()) {
                            overall[i] = best[i];
                        }
                    }
                }
                if (rank > fieldRank) {
                    fieldRank = rank;
                    field = f;
                    value = text;
                    fieldMatches = matches;
                }
            }
        }
        if (field == null || !matcher.complete(overall, true)) {
            return java.util.Optional.empty();
        }
        List<Match> met = fieldMatches;
        long others = SearchTerms.words(value).stream()
                .filter(t -> !SearchTerms.PARTICLES.contains(t.term()) && met.stream().noneMatch(m -> m.start() == t.start()))
                .count();
        String caption = caption(props, id);
        SearchHit hit = new SearchHit(0, matcher.score(overall, (int) others, true), new EntityRef(id, kind, caption), field, value,
                termMatches(terms, overall), null, null, null);
        return java.util.Optional.of(new Ranked(hit, caption));
    }

    private static java.util.Optional<Ranked> documentHit(String id, List<Record> pages, SearchTerms terms, TermMatcher matcher) {
        int n = terms.terms().size();
        SearchHit best = null;
        int matching = 0;
        for (Record page : pages) {
            String text = page.get("text").asString("");
            List<Match> matches = matcher.matches(text, false);
            Match[] top = TermMatcher.best(matches, n);
            if (!matcher.complete(top, false)) {
                continue;
            }
            matching++;
            double score = matcher.score(top, 0, false);
            int number = page.get("page").asInt(0);
            if (best == null || score > best.score() || (score == best.score() && number < best.page())) {
                best = new SearchHit(0, score, new EntityRef(id, "Document", page.get("title").asString()), "text",
                        page.get("title").asString(), termMatches(terms, top), number, 0, Snippets.of(text, matches));
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        SearchHit h = best;
        return java.util.Optional.of(new Ranked(new SearchHit(0, h.score(), h.entity(), h.field(), h.value(), h.matches(), h.page(), matching,
                h.snippet()), h.value()));
    }

    private static List<TermMatch> termMatches(SearchTerms terms, Match[] best) {
        List<TermMatch> out = new ArrayList<>();
        for (int i = 0; i < best.length; i++) {
            if (best[i] != null) {
                How how = best[i].how();
                String name = how == How.FUZZY_1 || how == How.FUZZY_2 ? "FUZZY" : how.name();
                int edits = how == How.FUZZY_1 ? 1 : how == How.FUZZY_2 ? 2 : 0;
                out.add(new TermMatch(terms.terms().get(i).original(), best[i].word(), name, edits));
            }
        }
        return out;
    }

    /** A display name: the name, an address as street, number and place, else the identifier. */
    static String caption(Map<String, Value> p, String spoorId) {
        if (p.get("name") != null && !p.get("name").isNull()) {
            return p.get("name").asString();
        }
        if (p.get("street") != null && !p.get("street").isNull()) {
            String number = p.get("houseNumber") == null || p.get("houseNumber").isNull() ? "" : " " + p.get("houseNumber").asObject()
                    + (p.get("suffix") == null || p.get("suffix").isNull() ? "" : p.get("suffix").asString());
            String place = p.get("place") == null || p.get("place").isNull() ? "" : ", " + p.get("place").asString();
            return p.get("street").asString() + number + place;
        }
        for (String k : List.of("title", "kenteken", "iban")) {
            if (p.get(k) != null && !p.get(k).isNull()) {
                return p.get(k).asString();
            }
        }
        return spoorId;
    }

    private static String cursor(String fingerprint, int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_TAG + fingerprint + ":" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String after, String fingerprint) {
        if (after == null || after.isEmpty()) {
            return 0;
        }
        try {
            String key = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            String prefix = CURSOR_TAG + fingerprint + ":";
            if (key.startsWith(prefix)) {
                return Integer.parseInt(key.substring(prefix.length()));
            }
        } catch (IllegalArgumentException e) {
            // not one of ours: said below
        }
        throw new IllegalArgumentException("search(after) is not a cursor of this search (same query, types, fuzzy and phonetic): " + after);
    }
}
