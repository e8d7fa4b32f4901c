package nl.spoor.api.detectors;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.spoor.api.detectors.MoneyDetectors.Page;
import nl.spoor.api.detectors.MoneyDetectors.Period;
import nl.spoor.api.detectors.MoneyDetectors.Scope;
import nl.spoor.api.visibility.View;
import nl.spoor.api.detectors.PassThroughEpisode.Episode;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.writer.TransferCounts;

/**
 * Pass-through (mule) accounts (DESIGN §5): an account that, within {@code windowDays} days after money
 * comes in from others, sends at least {@code minFraction} of it (and not more) on to one account or out
 * in cash. The search starts from transfers and withdrawals of at least {@code minAmount} and then follows
 * the money: when the account it went to passes it on in turn, the two are one chain. A result is the head
 * of a chain (an account no pass-through account fed), ranked by the length of the chain, the pace, and
 * what sets mules apart from look-alikes: a first-time recipient with no known relation (a payroll firm pays
 * its employees, a student his landlord, a partner the household account every month), and an inflow far
 * above the holder's income. Thread-safe.
 */
@Component
public class PassThroughDetector {

    private static final String CANDIDATES = CypherResource.load(PassThroughDetector.class, "PassThroughDetector.cypher");
    /** The whole-graph search started from what others paid into each account, kept at write time (schema V15). */
    private static final String CANDIDATES_BY_OTHERS = CANDIDATES.replace("{{START}}",
            CypherResource.load(PassThroughDetector.class, "PassThroughDetector.byOthers.cypher"));
    /** The whole-graph search started from every transfer and withdrawal of the amount. */
    private static final String CANDIDATES_BY_AMOUNT = CANDIDATES.replace("{{START}}",
            CypherResource.load(PassThroughDetector.class, "PassThroughDetector.byAmount.cypher"));
    private static final String EPISODES = CypherResource.load(PassThroughDetector.class, "PassThroughDetector.episodes.cypher");
    /** Longest chain followed; a longer one is shown up to here. */
    static final int MAX_CHAIN = 8;

    private final MoneyDetectors detectors;
    private final Evidence evidence;

    public PassThroughDetector(MoneyDetectors detectors, Evidence evidence) {
        this.detectors = detectors;
        this.evidence = evidence;
    }

    /** The thresholds, checked; see {@code detectors-money.graphqls} for their meaning and defaults. */
    public record Query(double minFraction, int windowDays, double minAmount, int minHops, int maxDelayDays, double minNewRecipientShare,
                        double minUnrelatedShare, double minIncomeMultiple, int hubCap, Period period) {

        public static Query of(Double minFraction, Integer windowDays, Double minAmount, Integer minHops, Integer maxDelayDays,
                               Double minNewRecipientShare, Double minUnrelatedShare, Double minIncomeMultiple, Integer hubCap,
                               String since, String until) {
            return new Query(MoneyDetectors.within("minFraction", minFraction, 0.9, 0.01, 1),
                    MoneyDetectors.within("windowDays", windowDays, 5, 0, 31),
                    MoneyDetectors.within("minAmount", minAmount, 1_000, 1, 1e9),
                    MoneyDetectors.within("minHops", minHops, 2, 1, MAX_CHAIN),
                    MoneyDetectors.within("maxDelayDays", maxDelayDays, 3, 0, 31),
                    MoneyDetectors.within("minNewRecipientShare", minNewRecipientShare, 0.5, 0, 1),
                    MoneyDetectors.within("minUnrelatedShare", minUnrelatedShare, 0.5, 0, 1),
                    MoneyDetectors.within("minIncomeMultiple", minIncomeMultiple, 2.0, 0, 1_000),
                    MoneyDetectors.within("hubCap", hubCap, 250, 1, 1_000_000), Period.of(since, until));
        }
    }

    /** One chain of pass-through accounts, as {@code PassThroughResult} shows it. */
    public record Result(int rank, double score, EntityRef subject, List<EntityRef> holders, List<PassThroughHop> hops,
                         List<Indicator> indicators, List<EvidencePath> evidence, List<Source> sources, String explanation) {
    }

    /** One pass-through account of a chain and what it did. */
    public record PassThroughHop(EntityRef account, List<EntityRef> holders, String lastIn, double inflow, int payments, String forwardedOn,
                                 double forwarded, double fraction, int delayDays, String destination, String recipientHolder,
                                 boolean newRecipient, String relation) {
    }

    private record Found(Episode head, List<Episode> chain, int episodes, List<Indicator> indicators, double score, String explanation) {
    }

    public Page<Result> detect(Query q, String entity, Integer first, String after) {
        return detect(q, entity, first, after, View.internal());
    }

    /**
     * The pass-through chains {@code view} may see: only transfers, cash movements, holdings, employments,
     * benefits, ties, incomes and names of its usable sources count.
     */
    public Page<Result> detect(Query q, String entity, Integer first, String after, View view) {
        Scope scope = detectors.scope("entity", entity, view);
        Map<String, Object> p = new HashMap<>(view.params());
        p.put("minAmount", q.minAmount());
        p.put("since", q.period().since());
        p.put("until", q.period().until());
        p.put("hubCap", q.hubCap());
        p.put("windowDays", q.windowDays());
        List<Map<String, Object>> anchors = new ArrayList<>();
        if (scope != null) {
            // An entity's few accounts: every forwarding of theirs in the period is looked at, whatever its amount,
            // rather than searching the whole graph by amount and keeping theirs.
            scope.accounts().forEach(a -> anchors.add(Map.of("account", a, "from", q.period().since(), "until", q.period().until())));
        } else {
            // What others paid in, kept at write time, counts every source's facts and is kept up to a hub cap: the
            // amounts serve a view of every source only; another starts from every forwarding of the amount.
            String candidates = view.all() && q.hubCap() <= TransferCounts.COUNTERPARTY_HUB_CAP ? CANDIDATES_BY_OTHERS : CANDIDATES_BY_AMOUNT;
            detectors.read(view.cypher(candidates), p, r -> r, "passThrough").forEach(r -> r.get("days").asList(v -> v.asLocalDate()).forEach(d ->
                    anchors.add(Map.of("account", r.get("account").asString(), "from", d, "until", d))));
        }
        List<Episode> episodes = new ArrayList<>(episodes(anchors, q, view));
        // Follow the money: the accounts the episodes forwarded to, in the days after.
        Set<String> asked = new HashSet<>();
        List<Episode> frontier = episodes;
        for (int level = 1; level < MAX_CHAIN && !frontier.isEmpty(); level++) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Episode e : frontier) {
                if (e.destinationIsAccount() && asked.add(e.destination() + "@" + e.day())) {
                    next.add(Map.of("account", e.destination(), "from", e.day(), "until", e.day().plusDays(q.windowDays())));
                }
            }
            frontier = next.isEmpty() ? List.of() : episodes(next, q, view);
            episodes.addAll(frontier);
        }
        List<Episode> distinct = PassThroughEpisode.distinct(episodes);
        Map<Episode, Episode> successor = PassThroughEpisode.successors(distinct, q.windowDays());
        Set<Episode> fed = new HashSet<>(successor.values());
        Map<String, Integer> perAccount = new HashMap<>();
        distinct.forEach(e -> perAccount.merge(e.account(), 1, Integer::sum));
        Map<String, Found> byHead = new LinkedHashMap<>();
        for (Episode e : distinct) {
            if (fed.contains(e) || (scope == null ? false : !inScope(e, successor, scope))) {
                continue;
            }
            if (!q.period().open() && (e.day().isBefore(q.period().since()) || e.day().isAfter(q.period().until()))) {
                continue;
            }
            List<Episode> chain = new ArrayList<>(List.of(e));
            Set<Episode> seen = new HashSet<>(chain);
            for (Episode n = successor.get(e); n != null && seen.add(n) && chain.size() < MAX_CHAIN; n = successor.get(n)) {
                chain.add(n);
            }
            Found f = measure(chain, perAccount.get(e.account()), q);
            byHead.merge(e.account(), f, (a, b) -> b.score() > a.score() ? b : a);
        }
        List<Found> ranked = new ArrayList<>(byHead.values());
        ranked.sort(Comparator.comparingDouble(Found::score).reversed()
                .thenComparing(Comparator.comparingDouble((Found f) -> f.head().inflow()).reversed())
                .thenComparing(f -> f.head().account()));
        return detectors.page(ranked, first, after, "passThrough", this::views);
    }

    /** A chain is in scope when one of its accounts is. */
    private static boolean inScope(Episode head, Map<Episode, Episode> successor, Scope scope) {
        Set<Episode> seen = new HashSet<>();
        for (Episode n = head; n != null && seen.add(n); n = successor.get(n)) {
            if (scope.accounts().contains(n.account())) {
                return true;
            }
        }
        return false;
    }

    List<Episode> episodes(List<Map<String, Object>> anchors, Query q, View view) {
        if (anchors.isEmpty()) {
            return List.of();
        }
        return detectors.read(view.cypher(EPISODES), view.with(Map.of("anchors", anchors, "windowDays", q.windowDays(), "minFraction", q.minFraction(),
                "minAmount", q.minAmount(), "hubCap", q.hubCap())), PassThroughEpisode::of, "passThrough");
    }

    private static Found measure(List<Episode> chain, int episodes, Query q) {
        Episode head = chain.getFirst();
        double minFraction = chain.stream().mapToDouble(Episode::fraction).min().orElse(0);
        int maxDelay = chain.stream().mapToInt(Episode::delayDays).max().orElse(0);
        long fresh = chain.stream().filter(Episode::newRecipient).count();
        long unrelated = chain.stream().filter(e -> e.relation() == null).count();
        double freshShare = fresh / (double) chain.size();
        double unrelatedShare = unrelated / (double) chain.size();
        double maxMultiple = chain.stream().mapToDouble(e -> e.income() == null || e.income() <= 0 ? 0 : e.inflow() / (e.income() / 12))
                .max().orElse(0);
        boolean incomeKnown = chain.stream().anyMatch(e -> e.income() != null && e.income() > 0);

        List<Indicator> indicators = new ArrayList<>();
        indicators.add(MoneyDetectors.indicator("forwardedFraction", "every account forwarded at least " + MoneyDetectors.percent(minFraction)
                + " of what others paid in, within " + q.windowDays() + " days", minFraction, q.minFraction(), minFraction >= q.minFraction(), 1));
        indicators.add(MoneyDetectors.indicator("hops", chain.size() + (chain.size() == 1 ? " pass-through account" : " pass-through accounts in a row")
                + ", each passing the money on to the next", chain.size(), q.minHops(), chain.size() >= q.minHops(), 2));
        indicators.add(MoneyDetectors.indicator("maxDelayDays", "at most " + maxDelay + " days between the last money in and the money out",
                maxDelay, q.maxDelayDays(), maxDelay <= q.maxDelayDays(), 1));
        indicators.add(MoneyDetectors.indicator("newRecipientShare", fresh + " of " + chain.size() + " forwardings went to a recipient the account had not paid before",
                freshShare, q.minNewRecipientShare(), freshShare >= q.minNewRecipientShare(), 1));
        indicators.add(MoneyDetectors.indicator("unrelatedShare", unrelated + " of " + chain.size() + " forwardings went to a recipient with no known tie "
                + "(own account, family, landlord, employee, shared director or owner) or out in cash", unrelatedShare, q.minUnrelatedShare(),
                unrelatedShare >= q.minUnrelatedShare(), 1));
        indicators.add(MoneyDetectors.indicator("inflowToIncome", incomeKnown ? "the largest inflow is " + String.format(java.util.Locale.ROOT, "%.1f", maxMultiple)
                + "× its holder's monthly declared income" : "no declared income known for the holders", maxMultiple, q.minIncomeMultiple(),
                incomeKnown && maxMultiple >= q.minIncomeMultiple(), 1));
        indicators.add(new Indicator("sourcePayments", head.payments() + " payments from others into the first account", head.payments(), null, false, 0));
        indicators.add(new Indicator("episodes", episodes + (episodes == 1 ? " pass-through episode" : " pass-through episodes")
                + " of the first account", episodes, null, false, 0));
        // Longer chains rank higher among results with the same indicators.
        double score = indicators.stream().mapToDouble(Indicator::weight).sum() + 0.5 * (chain.size() - 1);
        return new Found(head, List.copyOf(chain), episodes, indicators, score, PassThroughEpisode.explain(chain, indicators));
    }

    private List<Result> views(List<Found> page, int firstRank) {
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (int i = 0; i < page.size(); i++) {
            int hop = 1;
            for (Episode e : page.get(i).chain()) {
                List<String> ids = new ArrayList<>(e.inIds());
                ids.addAll(e.forwardIds());
                paths.put(i + "|hop" + hop + "|" + "Hop " + hop + ": " + PassThroughEpisode.caption(e.account()) + " receives "
                        + MoneyDetectors.euros(e.inflow()) + " and forwards " + MoneyDetectors.euros(e.forwarded()) + " ("
                        + MoneyDetectors.percent(e.fraction()) + ") to " + PassThroughEpisode.caption(e.destination()), ids);
                hop++;
            }
        }
        Map<Integer, List<EvidencePath>> byResult = MoneyDetectors.byResult(evidence.paths(paths));
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Found f = page.get(i);
            List<EvidencePath> ev = byResult.getOrDefault(i, List.of());
            List<PassThroughHop> hops = f.chain().stream().map(e -> new PassThroughHop(PassThroughEpisode.account(e.account()), e.holders(),
                    e.lastIn().toString(), e.inflow(), e.payments(), e.day().toString(), e.forwarded(), e.fraction(), e.delayDays(),
                    e.destination(), e.recipientHolder(), e.newRecipient(), e.relation())).toList();
            out.add(new Result(firstRank + i, f.score(), PassThroughEpisode.account(f.head().account()), f.head().holders(), hops,
                    f.indicators(), ev, Evidence.sources(ev), f.explanation()));
        }
        return out;
    }

    static long days(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }
}
