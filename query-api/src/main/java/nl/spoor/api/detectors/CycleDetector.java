package nl.spoor.api.detectors;

import static nl.spoor.api.detectors.FlowDetections.round;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.stereotype.Component;

import nl.spoor.api.detectors.FlowDetections.FlowDetection;
import nl.spoor.api.detectors.FlowDetections.FlowDetectionConnection;
import nl.spoor.api.detectors.FlowDetections.Scope;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.visibility.View;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.model.cypher.CypherResource;

/**
 * Round-trip cycles (DESIGN §5): money that leaves an account and comes back to it, or to another
 * account of its holder, through other accounts, each hop not earlier than the one before, within a
 * window, carrying at least a fraction of the previous hop. Pruned during expansion (see the Cypher).
 * Thread-safe.
 */
@Component
public class CycleDetector {

    private static final String CYPHER = CypherResource.load(CycleDetector.class, "CycleDetector.cypher");
    /** A company counts as the origin holder's own (money coming back into it closes a cycle) from this share (%), as for a UBO. */
    static final int MIN_OWNED_SHARE = 25;

    /** The quantifier of the pattern ({2,6}). */
    static final int PATTERN_HOPS = 6;

    /**
     * @param minHops     fewest transfers in a cycle (2: out and straight back)
     * @param maxHops     most transfers, at most {@link #PATTERN_HOPS}
     * @param windowDays  the last hop at most this many days after the first
     * @param minFraction each hop carries at least this share of the previous one (and not more than it); also what
     *                    comes back of the first hop
     * @param timeOrdered each hop on the day of the previous one or later; false: on any day within the window
     * @param hubCap      accounts with more transfers than this (in and out, all dates) are not passed through nor examined
     * @param minAmount   the first hop (the largest: no hop carries more than the one before) carries at least this many euros;
     *                    above 0 the search over the whole graph starts from the transfers of that size (the amount index)
     */
    public record Thresholds(int minHops, int maxHops, int windowDays, double minFraction, boolean timeOrdered, int hubCap,
                             double minAmount) {

        /** The first hop's floor when none is asked for: round-tripping worth a financial investigation. */
        public static final double DEFAULT_MIN_AMOUNT = 5_000;

        public static Thresholds of(Integer minHops, Integer maxHops, Integer windowDays, Double minFraction, Boolean timeOrdered,
                                    Integer hubCap) {
            return of(minHops, maxHops, windowDays, minFraction, timeOrdered, hubCap, null);
        }

        public static Thresholds of(Integer minHops, Integer maxHops, Integer windowDays, Double minFraction, Boolean timeOrdered,
                                    Integer hubCap, Double minAmount) {
            int min = minHops == null ? 2 : minHops;
            int max = maxHops == null ? PATTERN_HOPS : maxHops;
            if (max > PATTERN_HOPS) {
                throw new QueryRefused(QueryRefused.Limit.MAX_HOPS, "maxHops " + max + " is more than cycles can have here (" + PATTERN_HOPS
                        + "): every hop multiplies the paths to follow.");
            }
            if (min < 2 || min > max) {
                throw new IllegalArgumentException("minHops must be 2..maxHops, got " + min + " (maxHops " + max + ")");
            }
            int w = windowDays == null ? 30 : windowDays;
            if (w < 0 || w > 366) {
                throw new IllegalArgumentException("windowDays must be 0..366 (days from the first to the last hop), got " + w);
            }
            double f = minFraction == null ? 0.8 : minFraction;
            if (!(f > 0 && f <= 1)) {
                throw new IllegalArgumentException("minFraction must be more than 0 and at most 1, got " + f);
            }
            int cap = hubCap == null ? 250 : hubCap;
            if (cap < 2) {
                throw new IllegalArgumentException("hubCap must be at least 2, got " + cap);
            }
            double amount = minAmount == null ? DEFAULT_MIN_AMOUNT : minAmount;
            if (!(amount >= 0)) {
                throw new IllegalArgumentException("minAmount must be 0 or more (euros of the first hop), got " + amount);
            }
            return new Thresholds(min, max, w, f, timeOrdered == null || timeOrdered, cap, amount);
        }

        String describe() {
            return "cycles of " + minHops + "-" + maxHops + " hops back to the origin, its holder or a company it owns, within " + windowDays
                    + " days" + (minAmount > 0 ? ", the first hop at least " + FlowDetections.euros(minAmount) : "")
                    + (timeOrdered ? ", each hop not earlier than the previous one" : ", hops on any day") + ", each carrying "
                    + FlowDetections.percent(minFraction) + "-100 % of the previous one, not through accounts with more than "
                    + hubCap + " transfers";
        }
    }

    /** One hop of a cycle; {@code parallel}: the other bookings of it (same accounts, day and amount), evidence too. */
    record Hop(String id, LocalDate date, double amount, EntityRef to, List<String> parallel) {

        List<String> bookings() {
            List<String> out = new ArrayList<>();
            out.add(id);
            out.addAll(parallel);
            return out;
        }
    }

    /** A cycle as found: from the origin, hops in path order, back to {@code back} (the origin or its holder's account). */
    record Found(EntityRef origin, EntityRef back, List<EntityRef> holders, List<Hop> hops, boolean backToOwnedCompany) {

        /** Where the money came back to, in words. */
        String backTo() {
            return back.spoorId().equals(origin.spoorId()) ? "the same account"
                    : backToOwnedCompany ? "an account of a company the holder owns (at least " + MIN_OWNED_SHARE + " %), " + back.caption()
                    : "another account of the same holder, " + back.caption();
        }

        double fractionReturned() {
            return hops.getLast().amount() / hops.getFirst().amount();
        }

        LocalDate first() {
            return hops.stream().map(Hop::date).min(Comparator.naturalOrder()).orElseThrow();
        }

        LocalDate last() {
            return hops.stream().map(Hop::date).max(Comparator.naturalOrder()).orElseThrow();
        }

        int days() {
            return (int) ChronoUnit.DAYS.between(first(), last());
        }

        List<EntityRef> accounts() {
            List<EntityRef> out = new ArrayList<>();
            out.add(origin);
            hops.forEach(h -> {
                if (!out.contains(h.to())) {
                    out.add(h.to());
                }
            });
            return out;
        }
    }

    private final FlowDetections detections;
    private final Evidence evidence;

    public CycleDetector(FlowDetections detections, Evidence evidence) {
        this.detections = detections;
        this.evidence = evidence;
    }

    public FlowDetectionConnection detect(Thresholds th, String around, String since, String until, String caseId, Integer first,
                                          String after) {
        return detect(th, around, since, until, caseId, first, after, View.internal());
    }

    /** The detections over the transfers {@code view} may see (FlowDetections.scope). */
    public FlowDetectionConnection detect(Thresholds th, String around, String since, String until, String caseId, Integer first,
                                          String after, View view) {
        Scope scope = detections.scope(around, since, until, caseId, view);
        List<Found> ranked = FlowDetections.ranked(find(th, scope), f -> FlowDetections.score(indicators(f, th)),
                Comparator.comparing((Found f) -> f.origin().spoorId()).thenComparing(f -> f.hops().getFirst().id()));
        return detections.page(th.describe() + scope.describe(), ranked, first, after, (page, rank) -> views(page, rank, th));
    }

    /** The cycles in scope, each once (a same-day cycle is found from each of its accounts; the first found is kept). */
    List<Found> find(Thresholds th, Scope scope) {
        if (scope.accounts() != null && scope.accounts().isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = params(th, scope);
        List<Found> all = detections.read(cypher(th, scope), p, CycleDetector::found, "cycle");
        if (all.size() > detections.limits().maxPaths()) {
            throw new QueryRefused(QueryRefused.Limit.TOO_MANY_PATHS, "The cycle search finds more than " + detections.limits().maxPaths()
                    + " cycles (SPOOR_TRAIL_MAX_PATHS), too many to rank and read. Narrow it: look `around` an account or entity, "
                    + "a shorter period or windowDays, a higher minFraction or fewer maxHops.");
        }
        Map<Set<String>, Found> once = new LinkedHashMap<>();
        for (Found f : all) {
            if (f.hops().size() >= th.minHops() && f.fractionReturned() >= th.minFraction() - 1e-9) {
                once.putIfAbsent(f.hops().stream().map(Hop::id).collect(Collectors.toCollection(TreeSet::new)), f);
            }
        }
        return List.copyOf(once.values());
    }

    /**
     * The search's text for this scope. Over the whole graph with a {@code minAmount}, the starts are the senders of
     * transfers of at least that much, read from the TRANSFER amount index: on the large world 6,578 senders of
     * 13,451 transfers of €5,000 or more instead of every one of 924,361 accounts.
     */
    private static String cypher(Thresholds th, Scope scope) {
        if (scope.accounts() == null && th.minAmount() > 0) {
            return CYPHER.replace("{{ACCOUNTS start}}", """
                    MATCH (start:BankAccount)-[large:TRANSFER]->(:BankAccount) USING INDEX large:TRANSFER(amount)
                    WHERE large.amount >= $minAmount AND large.date >= $from AND large.date <= $until
                    WITH DISTINCT start WHERE true""");
        }
        return FlowDetections.accounts(CYPHER, scope);
    }

    private Map<String, Object> params(Thresholds th, Scope scope) {
        Map<String, Object> p = FlowDetections.params();
        scope.into(p);
        p.put("maxHops", th.maxHops());
        p.put("windowDays", th.windowDays());
        p.put("minFraction", th.minFraction());
        p.put("ordered", th.timeOrdered());
        p.put("hubCap", th.hubCap());
        p.put("minOwnedShare", MIN_OWNED_SHARE);
        p.put("minAmount", th.minAmount());
        p.put("scanLimit", detections.limits().maxPaths() + 1);
        return p;
    }

    /** The plan Neo4j runs for a search, with the rows of each operator (to show the pruning in tests). */
    ProfiledPlan profile(Thresholds th, Scope scope) {
        try (var s = detections.store().driver().session(detections.store().sessionConfig())) {
            return s.run(cypher(th, scope).replaceFirst("^CYPHER 25", "CYPHER 25 PROFILE"), params(th, scope)).consume().profile();
        }
    }

    private static Found found(Record r) {
        return new Found(FlowDetections.ref(r.get("origin")), FlowDetections.ref(r.get("back")), r.get("holders").asList(FlowDetections::ref),
                r.get("hops").asList(h -> new Hop(h.get("id").asString(), h.get("date").asLocalDate(), h.get("amount").asDouble(),
                        FlowDetections.ref(h.get("to")), h.get("parallel").asList(Value::asString))), r.get("backToOwnedCompany").asBoolean());
    }

    static List<Indicator> indicators(Found f, Thresholds th) {
        int hops = f.hops().size();
        double returned = f.fractionReturned();
        int days = f.days();
        boolean owner = !f.back().spoorId().equals(f.origin().spoorId());
        double amount = f.hops().getFirst().amount();
        List<Indicator> out = new ArrayList<>();
        out.add(new Indicator("hops", hops + " transfers, through " + (hops - 1) + " other account" + (hops == 2 ? "" : "s"), hops,
                (double) th.minHops(), true, round(0.25 * (hops - 1))));
        out.add(new Indicator("fractionReturned", FlowDetections.percent(returned) + " of the " + FlowDetections.euros(amount)
                + " that left came back (" + FlowDetections.euros(f.hops().getLast().amount()) + ")", round(returned), th.minFraction(), true,
                round(returned)));
        out.add(new Indicator("cycleDays", days + " days from the first hop to the last", days, (double) th.windowDays(), true,
                round(1 - (double) days / (th.windowDays() + 1))));
        out.add(new Indicator("backToOwner", owner ? "it came back to " + f.backTo() : "it came back to the account it left", owner ? 1 : 0,
                null, owner, owner ? 0.5 : 0));
        out.add(new Indicator("amount", FlowDetections.euros(amount) + " left in the first hop; larger sums weigh more", round(amount), null,
                true, round(Math.min(1, Math.log10(Math.max(1, amount)) / 6))));
        return out;
    }

    private List<FlowDetection> views(List<Found> page, int rank, Thresholds th) {
        Map<String, List<String>> asked = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (Found f : page) {
            String d = "The " + f.hops().size() + " transfers of the cycle from " + FlowDetections.label(f.origin(), f.holders()) + ", "
                    + f.first() + " – " + f.last() + " (" + f.hops().getFirst().id() + ")";
            asked.put(d, f.hops().stream().flatMap(h -> h.bookings().stream()).toList());
            keys.add(d);
        }
        Map<String, EvidencePath> byDescription = new LinkedHashMap<>();
        evidence.paths(asked).forEach(path -> byDescription.put(path.description(), path));
        List<FlowDetection> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Found f = page.get(i);
            EvidencePath path = byDescription.get(keys.get(i));
            // The description shown without the internal id that kept two cycles of one origin apart.
            EvidencePath shown = new EvidencePath(path.description().replaceFirst(" \\([^()]*\\)$", ""), path.steps());
            List<Indicator> ind = indicators(f, th);
            List<EntityRef> subjects = new ArrayList<>();
            subjects.add(f.origin());
            subjects.addAll(f.holders());
            out.add(new FlowDetection(rank + i, FlowDetections.score(ind), subjects, f.accounts(), f.first().toString(), f.last().toString(), ind,
                    List.of(shown), Evidence.sources(List.of(shown)), explanation(f, th)));
        }
        return out;
    }

    /** Hops booked more than once, said once (empty when none was). */
    private static String repeated(Found f) {
        long repeated = f.hops().stream().filter(h -> !h.parallel().isEmpty()).count();
        if (repeated == 0) {
            return "";
        }
        int bookings = f.hops().stream().mapToInt(h -> h.bookings().size()).sum();
        return repeated + (repeated == 1 ? " hop was" : " hops were") + " booked more than once (same accounts, day and amount) and"
                + " counted once; the evidence shows all " + bookings + " transfers. ";
    }

    /** One paragraph a jurist can check against the statements. */
    static String explanation(Found f, Thresholds th) {
        Hop first = f.hops().getFirst();
        Hop last = f.hops().getLast();
        String through = f.hops().subList(0, f.hops().size() - 1).stream().map(h -> h.to().caption()).collect(Collectors.joining(", "));
        return FlowDetections.euros(first.amount()) + " left " + FlowDetections.label(f.origin(), f.holders()) + " on " + first.date()
                + " and " + FlowDetections.euros(last.amount()) + " came back on " + last.date() + " to "
                + f.backTo() + ", through "
                + (f.hops().size() - 1) + (f.hops().size() == 2 ? " other account (" : " other accounts (") + through + "): "
                + FlowDetections.percent(f.fractionReturned()) + " of it returned, " + f.days() + (f.days() == 1 ? " day" : " days")
                + " from the first hop to the last. " + repeated(f)
                + (th.timeOrdered() ? "Each hop was made on the day of the previous one or later" : "The hops were made on any days within the window")
                + ", within " + th.windowDays() + " days, and each carried " + FlowDetections.percent(th.minFraction())
                + " to 100 % of the previous one.";
    }
}
