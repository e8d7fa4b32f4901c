package nl.spoor.api.trafficking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.graphql.OffsetCursors;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.api.trafficking.NetworkAssessment.Role;
import nl.spoor.api.trafficking.NetworkAssessment.Tied;
import nl.spoor.api.trafficking.TraffickingViews.NetworkPerson;
import nl.spoor.api.trafficking.TraffickingViews.PageInfo;
import nl.spoor.api.trafficking.TraffickingViews.TraffickingNetwork;
import nl.spoor.api.trafficking.TraffickingViews.TraffickingNetworkConnection;
import nl.spoor.api.trafficking.TraffickingViews.TraffickingNetworkEdge;
import nl.spoor.api.visibility.View;
import nl.spoor.api.warmup.PlanWarmUp;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/**
 * {@code traffickingNetworks} (DESIGN §5, mensenhandel): controller candidates from selective anchors (or
 * the one entity asked about), the network around each, its indicators, ranked by score; a person who is a
 * possible victim in another listed network is never ranked as a controller but flagged for protective
 * handling there. Evidence and sources are read for the page asked only. Every anchor, tie, name, birth date, alias,
 * place and evidence step is read through the request's {@link View}: a fact no usable source states counts for
 * nothing. Thread-safe.
 */
@Component
public class TraffickingNetworks {

    private static final String CONTROLLERS = CypherResource.load(TraffickingNetworks.class, "TraffickingNetworks.controllers.cypher");
    private static final String ANCHORS = CypherResource.load(TraffickingNetworks.class, "TraffickingNetworks.anchors.cypher")
            .replace("{{CONTROLLERS}}", CONTROLLERS);
    private static final String FAN_IN_ANCHOR = CypherResource.load(TraffickingNetworks.class, "TraffickingNetworks.fanInAnchor.cypher");
    private static final String AD_PHONES = CypherResource.load(TraffickingNetworks.class, "TraffickingNetworks.adPhones.cypher");
    private static final String STAYS = CypherResource.load(TraffickingNetworks.class, "TraffickingNetworks.stays.cypher");
    private static final String TOUCHED = CypherResource.load(TraffickingNetworks.class, "TraffickingNetworks.touched.cypher");
    private static final String AROUND = CypherResource.load(TraffickingNetworks.class, "TraffickingNetworks.around.cypher");
    private static final String NETWORK = CypherResource.load(TraffickingNetworks.class, "TraffickingNetworks.network.cypher");
    private static final String CURSOR_TAG = "network:";

    private final SpoorStore store;
    private final Evidence evidence;
    private final TraffickingLimits limits;
    private final SpreadReads spread;

    public TraffickingNetworks(SpoorStore store, Evidence evidence, TraffickingLimits limits, SpreadReads spread) {
        this.store = store;
        this.evidence = evidence;
        this.limits = limits;
        this.spread = spread;
    }

    /** For callers that serve no user request (tests, benchmarks): every source. */
    TraffickingNetworkConnection find(String around, TraffickingQuery q, Integer first, String after) {
        return find(around, q, first, after, View.internal());
    }

    TraffickingNetworkConnection find(String around, TraffickingQuery q, Integer first, String after, View view) {
        int size = first == null ? 20 : first;
        if (size < 0) {
            throw new IllegalArgumentException("first must be 0 or more, got " + size);
        }
        if (size > limits.maxPage()) {
            throw new QueryRefused(QueryRefused.Limit.PAGE_SIZE, "first " + size + " is more than " + limits.maxPage()
                    + " networks per page (SPOOR_TRAFFICKING_MAX_PAGE); page on with `after`.");
        }
        int offset = offset(after);
        Ranking ranking = rank(around, q, view, false, true);
        List<NetworkAssessment> ranked = ranking.listed();
        List<NetworkAssessment> onPage = detailed(ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + size, ranked.size())),
                ranking, q, view);
        List<List<EvidencePath>> paths = paths(onPage, view);
        List<TraffickingNetworkEdge> edges = new ArrayList<>();
        for (int i = 0; i < onPage.size(); i++) {
            edges.add(new TraffickingNetworkEdge(cursor(offset + i), network(offset + i + 1, onPage.get(i), paths.get(i))));
        }
        return new TraffickingNetworkConnection(edges, new PageInfo(offset + size < ranked.size(), edges.isEmpty() ? null : edges.getLast().cursor()),
                ranked.size(), q.describe() + (around == null ? "" : "; around " + around));
    }

    /** Every listed network, best first, as an unrestricted request sees them. */
    List<NetworkAssessment> assess(String around, TraffickingQuery q) {
        return assess(around, q, View.internal());
    }

    /** Every listed network, best first, from the facts {@code view} may use, each with all its details. */
    List<NetworkAssessment> assess(String around, TraffickingQuery q, View view) {
        return rank(around, q, view, true, true).listed();
    }

    /**
     * As {@link #assess(String, TraffickingQuery, View)}, with {@code prune} false reading every candidate's network in
     * full; with the number of networks read. For tests: a ranking must list the same either way.
     */
    Assessed assess(TraffickingQuery q, View view, boolean prune) {
        Ranking r = rank(null, q, view, true, prune);
        return new Assessed(r.listed(), r.read());
    }

    record Assessed(List<NetworkAssessment> listed, int read) {
    }

    /**
     * The listed networks, best first, and which were folded into which. Without {@code details} what the members do
     * for the controller, their names and birth dates and the payments themselves are not read: they set roles,
     * protective reasons, evidence and the explanation's amounts, never an indicator, a score or what is listed, so a
     * page's networks are read again with them ({@link #detailed}). Nor who lives at a let address with fewer
     * registrations than {@code minUnrelatedPersons}, nor whether a resident has family among the others where fewer
     * residents are left: the indicator cannot fire there (a value below its threshold counts for nothing). The ad phones' users and the stays are read once, and the page's read
     * takes them again. {@code read}: the candidates whose networks were read; with {@code prune}, only those whose
     * indicators can reach {@code minIndicators} ({@code $touched} in TraffickingNetworks.network.cypher).
     */
    private record Ranking(List<NetworkAssessment> listed, List<Fold> folds, Map<String, List<String>> anchors, LocalDate referenceDay,
                           QueryWide wide, int read) {
    }

    /** Controller {@code x} was folded into the network of {@code into}, as a victim and suspect at once. */
    private record Fold(NetworkAssessment x, String into) {
    }

    private Ranking rank(String around, TraffickingQuery q, View view, boolean details, boolean prune) {
        LocalDate referenceDay = q.until().isAfter(LocalDate.now()) ? LocalDate.now() : q.until();
        Map<String, Object> params = view.with(q.parameters());
        Map<String, List<String>> anchors = new LinkedHashMap<>();
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        // The payers the fan-in anchor found, by controller: its accounts that receive from many and who pays into them.
        Map<String, Paid> paid = new HashMap<>();
        QueryWide wide;
        if (around == null) {
            wide = anchors(params, view, deadline, anchors, paid);
        } else {
            anchors.putAll(around(around, view));
            wide = queryWide(view, params, deadline, false);
        }
        params.put("adPhones", wide.adPhones());
        params.put("stayers", wide.stayers());
        // Asked about one entity, every candidate is shown, whatever fires.
        params.put("touched", prune && around == null ? wide.touched() : null);
        if (anchors.isEmpty() && PlanWarmUp.active()) {
            // Planned, not run: the anchors give tens of controllers.
            PlanWarmUp.placeholders(50).forEach(c -> anchors.put(c, List.of()));
        }
        if (anchors.size() > limits.maxCandidates()) {
            throw new QueryRefused(QueryRefused.Limit.TOO_MANY_PATHS, "The anchors give " + anchors.size() + " controller candidates, more than "
                    + limits.maxCandidates() + " (SPOOR_TRAFFICKING_MAX_CANDIDATES). Narrow the question: raise minFanInSenders, "
                    + "minUnrelatedPersons or minAliasesPerPhone, give a period (since/until), or ask `around` one entity.");
        }
        // The networks of the candidates, spread over the read threads (each network is read on its own).
        // No controller, no network: not asked of Neo4j (an empty list would be a plan of its own).
        List<NetworkAssessment> all = anchors.isEmpty() ? List.of()
                : spread.read(List.copyOf(anchors.keySet()), SpreadReads.left(deadline),
                        (chunk, timeout) -> read(tx -> networks(tx, chunk, anchors, paid(chunk, paid, params), q, view, referenceDay, details), timeout));
        List<NetworkAssessment> listed = new ArrayList<>(around == null ? all.stream().filter(a -> a.fired >= q.minIndicators()).toList() : all);
        List<Fold> folds = fold(listed);
        listed.sort(Comparator.comparingDouble((NetworkAssessment a) -> -a.score).thenComparingInt(a -> -a.fired)
                .thenComparing(a -> a.facts.controller()));
        return new Ranking(listed, folds, anchors, referenceDay, wide, all.size());
    }

    /** The controller candidates of the one entity asked about: the person, or the persons who direct or own the firm. */
    private Map<String, List<String>> around(String around, View view) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        var rows = read(tx -> tx.run(PlanWarmUp.cypher(view.cypher(AROUND)), view.with(Map.of("around", around))).list(), limits.timeout());
        if (rows.isEmpty() && PlanWarmUp.active()) {
            // Planned, not run: one entity's controllers are a few.
            PlanWarmUp.placeholders(5).forEach(c -> out.put(c, List.of("asked")));
        } else if (rows.isEmpty()) {
            throw new IllegalArgumentException("around: no entity " + around);
        } else {
            String kind = rows.getFirst().get("kind").asString();
            if (!kind.equals("Person") && !kind.equals("Company")) {
                throw new IllegalArgumentException("around must be a Person or a Company, " + around + " is a " + kind);
            }
            rows.getFirst().get("controllers").asList(Value::asString).forEach(c -> out.put(c, List.of("asked")));
        }
        return out;
    }

    /**
     * The controller candidates of the whole graph into {@code found}, in Spoor id order, each with its anchors in the order
     * phone, address, fanIn, and into {@code paid} who pays the fan-in anchor's controllers. Anchor (3) is read in parts on
     * the read threads (on large it is most of the anchors' work: 861,830 transfers), anchors (1) and (2) and the query-wide
     * facts meanwhile on the calling thread.
     */
    private QueryWide anchors(Map<String, Object> params, View view, long deadline, Map<String, List<String>> found, Map<String, Paid> paid) {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        SpreadReads.Beside<FanIn, QueryWide> both = spread.parts(SpreadReads.left(deadline), (part, parts, timeout) -> read(tx -> {
            Map<String, Object> p = new LinkedHashMap<>(params);
            p.put("part", part);
            p.put("parts", parts);
            return tx.run(PlanWarmUp.cypher(view.cypher(FAN_IN_ANCHOR)), p).list(r -> new FanIn(r.get("controller").asString(),
                    r.get("account").asString(), r.get("payers").asList(Value::asString)));
        }, timeout), () -> {
            read(tx -> tx.run(PlanWarmUp.cypher(view.cypher(ANCHORS)), params).list(), SpreadReads.left(deadline))
                    .forEach(r -> sorted.put(r.get("controller").asString(), new ArrayList<>(r.get("anchors").asList(Value::asString))));
            return queryWide(view, params, deadline, true);
        });
        for (FanIn row : both.parts()) {
            List<String> kinds = sorted.computeIfAbsent(row.controller(), k -> new ArrayList<>());
            if (!kinds.contains("fanIn")) {
                kinds.add("fanIn");
            }
            Paid into = paid.computeIfAbsent(row.controller(), k -> new Paid(new ArrayList<>(), new LinkedHashSet<>()));
            into.accounts().add(row.account());
            into.payers().addAll(row.payers());
        }
        sorted.forEach((c, kinds) -> found.put(c, List.copyOf(kinds)));
        return both.meanwhile();
    }

    /** One account the fan-in anchor found receiving from many, one of its holders, and the persons paying into it. */
    private record FanIn(String controller, String account, List<String> payers) {
    }

    /**
     * What every network of a query reads alike, read once: the users of the phones that carry ads; and when every source
     * is usable, everyone's stays at hotels and Airbnbs and the candidates a person who stays there or uses such a phone
     * may be tied to ({@code touched}: kind → controller → true, for the ranking's bound; only {@code forBound}), both
     * null otherwise.
     */
    private record QueryWide(Map<String, List<String>> adPhones, Map<String, List<Map<String, Object>>> stayers,
                             Map<String, Map<String, Boolean>> touched) {
    }

    private QueryWide queryWide(View view, Map<String, Object> params, long deadline, boolean forBound) {
        Map<String, List<String>> adPhones = adPhones(view, SpreadReads.left(deadline));
        if (!view.all()) {
            // The stays as the usable sources state the address types, no index serves them: read from each member's
            // addresses in the network read, and no bound from them (a restricted view reads every candidate in full).
            return new QueryWide(adPhones, null, null);
        }
        Map<String, List<Map<String, Object>>> stayers = stayers(view, params, SpreadReads.left(deadline));
        if (!forBound) {
            return new QueryWide(adPhones, stayers, null);
        }
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("stayPersons", List.copyOf(stayers.keySet()));
        p.put("phonePersons", List.copyOf(adPhones.keySet()));
        Map<String, Map<String, Boolean>> touched = new HashMap<>(Map.of("stays", new HashMap<>(), "phones", new HashMap<>()));
        read(tx -> tx.run(PlanWarmUp.cypher(view.cypher(TOUCHED)), p).list(), SpreadReads.left(deadline))
                .forEach(r -> r.get("controllers").asList(Value::asString).forEach(c -> touched.get(r.get("kind").asString()).put(c, true)));
        return new QueryWide(adPhones, stayers, touched);
    }

    /**
     * A controller's accounts the fan-in anchor found receiving from many, and the persons (not the controller) paying
     * into them, in the period, as the request may see them: the network read looks up only the other accounts' payers.
     */
    private record Paid(List<String> accounts, Set<String> payers) {
    }

    /** The query's parameters for a chunk of controllers, with what the fan-in anchor found them paid ({@code $paid}). */
    private static Map<String, Object> paid(List<String> chunk, Map<String, Paid> paid, Map<String, Object> params) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        Map<String, Object> ofChunk = new HashMap<>();
        chunk.forEach(c -> {
            Paid x = paid.get(c);
            if (x != null) {
                ofChunk.put(c, Map.of("accounts", x.accounts(), "payers", List.copyOf(x.payers())));
            }
        });
        p.put("paid", ofChunk);
        return p;
    }

    /** The users (persons and firms) of the phones that carry ads, each with those phones: few, read once per query. */
    private Map<String, List<String>> adPhones(View view, Duration timeout) {
        Map<String, List<String>> out = new HashMap<>();
        read(tx -> tx.run(PlanWarmUp.cypher(view.cypher(AD_PHONES)), view.params()).list(), timeout)
                .forEach(r -> out.put(r.get("user").asString(), r.get("phones").asList(Value::asString)));
        return out;
    }

    /**
     * Everyone's stays at hotels and Airbnbs in the period, by person: few, read once per query. Only when every source
     * is usable (the view's {@code all}); a restricted view reads each member's, with the address type as its usable
     * sources state it (null here).
     */
    private Map<String, List<Map<String, Object>>> stayers(View view, Map<String, Object> params, Duration timeout) {
        Map<String, List<Map<String, Object>>> out = new HashMap<>();
        read(tx -> tx.run(PlanWarmUp.cypher(view.cypher(STAYS)), params).list(), timeout)
                .forEach(r -> out.put(r.get("person").asString(), r.get("stays").asList(Value::asMap)));
        return out;
    }

    private static List<NetworkAssessment> networks(org.neo4j.driver.TransactionContext tx, List<String> controllers, Map<String, List<String>> anchors,
                                                    Map<String, Object> params, TraffickingQuery q, View view, LocalDate referenceDay, boolean details) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("controllers", controllers);
        p.put("details", details);
        return tx.run(PlanWarmUp.cypher(view.cypher(NETWORK)), p).list(r -> {
            NetworkFacts f = NetworkFacts.of(r);
            return new NetworkAssessment(f, q, referenceDay, anchors.get(f.controller()));
        });
    }

    /**
     * The page's networks read again with every detail, in the page's order, with the folds of the ranking replayed on
     * them. Their indicators, scores and persons are those of the ranking (the details add roles, reasons and evidence).
     */
    private List<NetworkAssessment> detailed(List<NetworkAssessment> page, Ranking ranking, TraffickingQuery q, View view) {
        if (page.isEmpty()) {
            return page;
        }
        Map<String, Object> params = view.with(q.parameters());
        params.put("adPhones", ranking.wide().adPhones());
        params.put("stayers", ranking.wide().stayers());
        params.put("touched", null);
        params.put("paid", Map.of());
        Map<String, NetworkAssessment> byController = new HashMap<>();
        read(tx -> networks(tx, page.stream().map(a -> a.facts.controller()).toList(), ranking.anchors(), params, q, view,
                ranking.referenceDay(), true), limits.timeout()).forEach(a -> byController.put(a.facts.controller(), a));
        for (Fold f : ranking.folds()) {
            NetworkAssessment m = byController.get(f.into());
            if (m != null) {
                foldInto(f.x(), m);
            }
        }
        // Written to in between (an ingest running): a network no longer there is shown as ranked.
        return page.stream().map(a -> byController.getOrDefault(a.facts.controller(), a)).toList();
    }

    /**
     * A listed controller X who is tied as a possible victim to another listed controller M, whose own circle lies
     * mostly inside M's network (at least half of X's persons are tied to M too), and to whom M is not tied in turn,
     * is no controller: X's network is dropped and X is flagged for protective handling in M's. A controller who
     * merely rents a home from a landlord of many is not folded: his circle is not the landlord's.
     */
    private static List<Fold> fold(List<NetworkAssessment> listed) {
        List<NetworkAssessment> dropped = new ArrayList<>();
        List<Fold> folds = new ArrayList<>();
        // The networks each person is tied to, in the listed order: only those can take a controller in (on large every pair
        // of 1,634 networks was compared, their persons counted for each pair). A fold changes roles, never who is tied.
        Map<String, List<NetworkAssessment>> tiedTo = new HashMap<>();
        listed.forEach(m -> m.persons.keySet().forEach(p -> tiedTo.computeIfAbsent(p, k -> new ArrayList<>()).add(m)));
        for (NetworkAssessment x : listed) {
            for (NetworkAssessment m : tiedTo.getOrDefault(x.facts.controller(), List.of())) {
                Tied tied = m.persons.get(x.facts.controller());
                long shared = x.persons.keySet().stream().filter(m.persons::containsKey).count();
                if (m != x && tied != null && !x.persons.containsKey(m.facts.controller()) && 2 * shared >= x.persons.size()) {
                    foldInto(x, m);
                    folds.add(new Fold(x, m.facts.controller()));
                    dropped.add(x);
                    break;
                }
            }
        }
        listed.removeAll(dropped);
        return folds;
    }

    /** Marks controller {@code x} in {@code m}'s network as a victim and suspect at once, with why. */
    private static void foldInto(NetworkAssessment x, NetworkAssessment m) {
        Tied tied = m.persons.get(x.facts.controller());
        if (tied == null) {
            return;
        }
        List<String> reasons = new ArrayList<>(tied.protectiveReasons());
        reasons.add("victim and suspect at once: " + String.join(", ", tied.ties()) + ", and is at the centre of "
                + x.persons.size() + " persons of her or his own (" + String.join(", ", x.firedNames()) + ")");
        m.persons.put(tied.person(), new Tied(tied.person(), tied.name(), Role.VICTIM_AND_SUSPECT, tied.ties(), tied.minor(), reasons));
    }

    /** The evidence of every network on the page, read in one round trip (descriptions are only unique per network). */
    private List<List<EvidencePath>> paths(List<NetworkAssessment> page, View view) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (int i = 0; i < page.size(); i++) {
            int n = i;
            page.get(i).evidence.forEach((description, rels) -> all.put(n + "\u0000" + description, rels));
        }
        List<List<EvidencePath>> out = new ArrayList<>();
        page.forEach(a -> out.add(new ArrayList<>()));
        for (EvidencePath p : evidence.paths(all, view)) {
            int cut = p.description().indexOf('\u0000');
            out.get(Integer.parseInt(p.description().substring(0, cut))).add(new EvidencePath(p.description().substring(cut + 1), p.steps()));
        }
        return out;
    }

    private TraffickingNetwork network(int rank, NetworkAssessment a, List<EvidencePath> paths) {
        Map<String, EntityRef> seen = new LinkedHashMap<>();
        paths.forEach(p -> p.steps().forEach(s -> {
            seen.putIfAbsent(s.from().spoorId(), s.from());
            seen.putIfAbsent(s.to().spoorId(), s.to());
        }));
        List<NetworkPerson> persons = a.persons.values().stream()
                .sorted(Comparator.comparing((Tied t) -> !t.protectiveFlag()).thenComparing(t -> -t.ties().size()).thenComparing(Tied::person))
                .map(t -> new NetworkPerson(new EntityRef(t.person(), "Person", t.name() == null ? t.person() : t.name()), t.role(), t.ties(),
                        t.minor(), t.protectiveFlag(), t.protectiveReasons())).toList();
        return new TraffickingNetwork(rank, Math.round(a.score * 100) / 100.0,
                new EntityRef(a.facts.controller(), "Person", a.facts.name() == null ? a.facts.controller() : a.facts.name()), a.anchors,
                ofKind(seen, "Company"), persons, a.protectiveFlag(), ofKind(seen, "Address"), ofKind(seen, "Phone"), ofKind(seen, "Vehicle"),
                a.indicators, paths, Evidence.sources(paths), a.explanation());
    }

    private static List<EntityRef> ofKind(Map<String, EntityRef> seen, String kind) {
        return seen.values().stream().filter(r -> r.kind().equals(kind)).toList();
    }

    private <T> T read(org.neo4j.driver.TransactionCallback<T> work, Duration timeout) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(work, TransactionConfig.builder().withTimeout(timeout).build());
        } catch (Neo4jException e) {
            if (QueryRefused.timedOut(e)) {
                throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "The trafficking network search was stopped after "
                        + limits.timeout().toSeconds() + " s (SPOOR_TRAFFICKING_TIMEOUT). Narrow it: a period (since/until), higher "
                        + "thresholds for the anchors (minFanInSenders, minUnrelatedPersons, minAliasesPerPhone), or `around` one entity.");
            }
            throw e;
        }
    }

    private static int offset(String after) {
        return OffsetCursors.offsetAfter(CURSOR_TAG, after);
    }

    private static String cursor(int index) {
        return OffsetCursors.cursor(CURSOR_TAG, index);
    }
}
