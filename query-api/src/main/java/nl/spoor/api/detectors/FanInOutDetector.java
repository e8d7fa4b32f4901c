package nl.spoor.api.detectors;

import static nl.spoor.api.detectors.FlowDetections.round;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import nl.spoor.api.detectors.FlowDetections.FlowDetection;
import nl.spoor.api.detectors.FlowDetections.FlowDetectionConnection;
import nl.spoor.api.detectors.FlowDetections.Scope;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.visibility.View;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.writer.TransferCounts;

/**
 * Fan-in (many accounts pay one within a window) and its mirror fan-out (one pays many), DESIGN §5.
 * Each account's best window (most distinct counterparties) is scored by three indicators: how many
 * counterparties (gates the result), how much of the account's traffic of the period the window holds
 * (a burst, not a steady business), and how much of the money passes straight through (fan-in: leaves
 * within the window after; fan-out: came in within the window before). Thread-safe.
 */
@Component
public class FanInOutDetector {

    private static final String TEMPLATE = CypherResource.load(FanInOutDetector.class, "FanInOutDetector.cypher");
    private static final String FAN_IN = TEMPLATE.replace("{{GATHER}}", "<-[t:TRANSFER]-").replace("{{ONWARD}}", "-[f:TRANSFER]->");
    private static final String COUNTERPARTIES = """
            CYPHER 25
            UNWIND $ids AS id
            MATCH (o:BankAccount) WHERE elementId(o) = id
            RETURN id, o.spoorId AS spoorId, coalesce(o.iban, o.name, o.spoorId) AS caption""";
    private static final String FAN_OUT = TEMPLATE.replace("{{GATHER}}", "-[t:TRANSFER]->").replace("{{ONWARD}}", "<-[f:TRANSFER]-");

    /**
     * The start: accounts with at least that many distinct counterparties that are no hub (schema V12, an index seek) while
     * the hub cap is one those counts hold for; above it, at least that many transfers that way (V11), a superset.
     */
    static String cypher(Direction direction, int hubCap) {
        boolean counterparties = hubCap <= TransferCounts.COUNTERPARTY_HUB_CAP;
        return (direction == Direction.IN ? FAN_IN : FAN_OUT).replace("{{GATHERED}}", direction == Direction.IN
                ? (counterparties ? "sendersIn" : "transfersIn") : (counterparties ? "receiversOut" : "transfersOut"));
    }

    /** Which way the money gathers. */
    public enum Direction {
        IN, OUT
    }

    /**
     * The thresholds of one run (all GraphQL arguments with defaults).
     *
     * @param minCounterparties distinct senders (fan-in) or receivers (fan-out) within the window
     * @param windowDays        the window: its last transfer at most this many days after its first
     * @param minConcentration  share of the account's transfers that way in the period that lie in the window
     * @param minPassThrough    fan-in: share of the money received that leaves within windowDays after;
     *                          fan-out: share of the money sent that came in within windowDays before
     * @param hubCap            accounts with more transfers than this (in and out, all dates) are not examined, nor counted
     *                          as counterparties (a household paying its supermarket and energy firm is no fan-out)
     * @param minSameDay        a counterparty's transfers count only on days on which it made at least this many with the
     *                          account (1: every transfer; 2 or more: only payments split into several bookings, structuring)
     * @param amountTolerance   with minSameDay ≥ 2: a transfer made in one go counts too when its amount is within this share of
     *                          the median split payment; null: only split payments
     */
    public record Thresholds(Direction direction, int minCounterparties, int windowDays, double minConcentration,
                             double minPassThrough, int hubCap, int minSameDay, Double amountTolerance) {

        public static Thresholds of(Direction direction, Integer minCounterparties, Integer windowDays, Double minConcentration,
                                    Double minPassThrough, Integer hubCap) {
            return of(direction, minCounterparties, windowDays, minConcentration, minPassThrough, hubCap, null, null);
        }

        public static Thresholds of(Direction direction, Integer minCounterparties, Integer windowDays, Double minConcentration,
                                    Double minPassThrough, Integer hubCap, Integer minSameDayTransfers,
                                    Double amountTolerance) {
            int n = minCounterparties == null ? 5 : minCounterparties;
            int w = windowDays == null ? 14 : windowDays;
            double c = minConcentration == null ? 0.5 : minConcentration;
            double p = minPassThrough == null ? 0.5 : minPassThrough;
            int cap = hubCap == null ? 1000 : hubCap;
            String who = direction == Direction.IN ? "minSenders" : "minReceivers";
            if (n < 2) {
                throw new IllegalArgumentException(who + " must be at least 2, got " + n);
            }
            if (w < 0 || w > 366) {
                throw new IllegalArgumentException("windowDays must be 0..366 (days from the first to the last transfer), got " + w);
            }
            if (!(c >= 0 && c <= 1) || !(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("minConcentration and minPassThrough must be 0..1, got " + c + " and " + p);
            }
            if (cap < n) {
                throw new IllegalArgumentException("hubCap must be at least " + who + ", got " + cap);
            }
            int split = minSameDayTransfers == null ? 1 : minSameDayTransfers;
            if (split < 1) {
                throw new IllegalArgumentException("minSameDayTransfers must be at least 1, got " + split);
            }
            if (amountTolerance != null && !(amountTolerance >= 0 && amountTolerance < 1)) {
                throw new IllegalArgumentException("amountTolerance must be 0..1 (a share of the median split payment), got " + amountTolerance);
            }
            if (amountTolerance != null && split < 2) {
                throw new IllegalArgumentException("amountTolerance widens the split payments: it needs minSameDayTransfers 2 or more, got "
                        + split);
            }
            return new Thresholds(direction, n, w, c, p, cap, split, amountTolerance);
        }

        /** How a counterparty counts, in words (empty when every transfer counts). */
        String splitRule() {
            return minSameDay <= 1 ? "" : ", counting only " + (direction == Direction.IN ? "senders" : "receivers")
                    + " with at least " + minSameDay + " transfers on one day (a payment split into bookings)"
                    + (amountTolerance == null ? "" : " or a transfer within " + FlowDetections.percent(amountTolerance)
                            + " of the median split payment");
        }

        String describe() {
            return (direction == Direction.IN ? "fan-in: at least " + minCounterparties + " distinct senders"
                    : "fan-out: at least " + minCounterparties + " distinct receivers")
                    + " within " + windowDays + " days" + splitRule() + ", accounts and counterparties with at most " + hubCap + " transfers";
        }
    }

    /**
     * One account's best window, as the Cypher finds it: its counts always; its holders and the ids of its transfers,
     * counterparties and onward transfers only when read with details (a page), empty otherwise.
     */
    record Found(EntityRef account, List<EntityRef> holders, LocalDate from, LocalDate last, int transferCount, int counterpartyCount,
                 List<String> transfers, List<String> counterparties, double total, int periodTransfers, List<String> onward,
                 double onwardTotal) {

        double concentration() {
            return periodTransfers == 0 ? 0 : (double) transferCount / periodTransfers;
        }

        double passThrough() {
            return total == 0 ? 0 : Math.min(1, onwardTotal / total);
        }
    }

    private final FlowDetections detections;
    private final Evidence evidence;

    public FanInOutDetector(FlowDetections detections, Evidence evidence) {
        this.detections = detections;
        this.evidence = evidence;
    }

    public FlowDetectionConnection detect(Thresholds th, String around, String since, String until, String caseId,
                                          Integer first, String after) {
        return detect(th, around, since, until, caseId, first, after, View.internal());
    }

    /**
     * The detections over the transfers {@code view} may see (FlowDetections.scope): every account's numbers to rank them,
     * then the details of the page's accounts only.
     */
    public FlowDetectionConnection detect(Thresholds th, String around, String since, String until, String caseId, Integer first,
                                          String after, View view) {
        Scope scope = detections.scope(around, since, until, caseId, view);
        List<Found> ranked = FlowDetections.ranked(find(th, scope, false), f -> FlowDetections.score(indicators(f, th)),
                Comparator.comparing(f -> f.account().spoorId()));
        return detections.page(th.describe() + scope.describe(), ranked, first, after, (page, rank) -> views(detailed(page, th, scope), rank, th));
    }

    /** Every account's best window in scope, unranked, with details. */
    List<Found> find(Thresholds th, Scope scope) {
        return find(th, scope, true);
    }

    /**
     * Every account's best window in scope, unranked; with {@code details}, its holders and the ids of its evidence too.
     * Over the whole graph without details (to rank) the accounts are examined in parts spread over the read threads.
     */
    List<Found> find(Thresholds th, Scope scope, boolean details) {
        if (scope.accounts() != null && scope.accounts().isEmpty()) {
            return List.of();
        }
        if (scope.accounts() == null && !details) {
            return detections.spread().parts(detections.limits().timeout(), (part, parts, timeout) -> find(th, scope, false, timeout, part, parts));
        }
        return find(th, scope, details, detections.limits().timeout(), null, null);
    }

    private List<Found> find(Thresholds th, Scope scope, boolean details, java.time.Duration timeout, Integer part, Integer parts) {
        Map<String, Object> p = FlowDetections.params();
        scope.into(p);
        p.put("minCounterparties", th.minCounterparties());
        p.put("windowDays", th.windowDays());
        p.put("hubCap", th.hubCap());
        p.put("minSameDay", th.minSameDay());
        p.put("amountTolerance", th.amountTolerance());
        p.put("onwardBefore", th.direction() == Direction.IN ? 0 : th.windowDays());
        p.put("onwardAfter", th.direction() == Direction.IN ? th.windowDays() : 0);
        p.put("details", details);
        p.put("part", part);
        p.put("parts", parts);
        String cypher = FlowDetections.accounts(cypher(th.direction(), th.hubCap()), scope);
        return detections.read(cypher, p, FanInOutDetector::found, th.direction() == Direction.IN ? "fan-in" : "fan-out", timeout);
    }

    /**
     * The page's results with details: the same windows found again for the page's accounts only (a window depends on
     * nothing but the account's own transfers in scope, so it is the same), in the page's order.
     */
    private List<Found> detailed(List<Found> page, Thresholds th, Scope scope) {
        if (page.isEmpty()) {
            return page;
        }
        Scope pageScope = new Scope(page.stream().map(f -> f.account().spoorId()).toList(), scope.caseSources(), scope.from(), scope.until(),
                scope.sourcesOf());
        Map<String, Found> byAccount = new java.util.HashMap<>();
        find(th, pageScope, true).forEach(f -> byAccount.put(f.account().spoorId(), f));
        // Written to in between (an ingest running): what is read now is shown, or the numbers alone when it no longer qualifies.
        return page.stream().map(f -> byAccount.getOrDefault(f.account().spoorId(), f)).toList();
    }

    private static Found found(Record r) {
        return new Found(FlowDetections.ref(r.get("account")), r.get("holders").asList(FlowDetections::ref),
                r.get("wFrom").asLocalDate(), r.get("wLast").asLocalDate(), r.get("transferCount").asInt(), r.get("counterpartyCount").asInt(),
                r.get("transfers").asList(Value::asString), r.get("others").asList(Value::asString), r.get("total").asDouble(),
                r.get("periodTransfers").asInt(), r.get("onward").asList(Value::asString), r.get("onwardTotal").asDouble());
    }

    static List<Indicator> indicators(Found f, Thresholds th) {
        boolean in = th.direction() == Direction.IN;
        int n = f.counterpartyCount();
        double c = f.concentration();
        double p = f.passThrough();
        boolean cFired = c >= th.minConcentration();
        boolean pFired = p >= th.minPassThrough();
        List<Indicator> out = new ArrayList<>();
        out.add(new Indicator(in ? "distinctSenders" : "distinctReceivers",
                n + " different accounts " + (in ? "paid into " : "were paid from ") + "it within " + th.windowDays() + " days ("
                        + f.transferCount() + " transfers, " + FlowDetections.euros(f.total()) + ")" + th.splitRule(),
                n, (double) th.minCounterparties(), true, round(Math.min(3.0, (double) n / th.minCounterparties()))));
        out.add(new Indicator("concentration", FlowDetections.percent(c) + " of its " + (in ? "incoming" : "outgoing") + " transfers in the period ("
                + f.transferCount() + " of " + f.periodTransfers() + ") fall in this window", round(c), th.minConcentration(), cFired,
                cFired ? round(c) : 0));
        out.add(new Indicator(in ? "forwardedFraction" : "fundedFraction", in
                ? FlowDetections.euros(f.onwardTotal()) + " left the account within " + th.windowDays() + " days after: "
                        + FlowDetections.percent(p) + " of what came in"
                : FlowDetections.euros(f.onwardTotal()) + " came in within " + th.windowDays() + " days before: "
                        + FlowDetections.percent(p) + " of what went out", round(p), th.minPassThrough(), pFired, pFired ? round(p) : 0));
        return out;
    }

    private List<FlowDetection> views(List<Found> page, int rank, Thresholds th) {
        boolean in = th.direction() == Direction.IN;
        Map<String, List<String>> asked = new LinkedHashMap<>();
        List<String[]> keys = new ArrayList<>();
        for (Found f : page) {
            String who = FlowDetections.label(f.account(), f.holders());
            String gathered = (in ? "The " + f.transfers().size() + " transfers into " + who + " from " : "The " + f.transfers().size()
                    + " transfers from " + who + " to ") + f.counterparties().size() + " accounts, " + f.from() + " – " + f.last();
            String onward = in ? "What left " + who + " from " + f.from() + " to " + f.last().plusDays(th.windowDays())
                    : "What came into " + who + " from " + f.from().minusDays(th.windowDays()) + " to " + f.last();
            asked.put(gathered, f.transfers());
            if (!f.onward().isEmpty()) {
                asked.put(onward, f.onward());
            }
            keys.add(new String[] {gathered, f.onward().isEmpty() ? null : onward});
        }
        List<EvidencePath> paths = evidence.paths(asked);
        Map<String, EntityRef> counterparties = counterparties(page);
        Map<String, EvidencePath> byDescription = new LinkedHashMap<>();
        paths.forEach(path -> byDescription.put(path.description(), path));
        List<FlowDetection> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Found f = page.get(i);
            List<EvidencePath> own = new ArrayList<>();
            own.add(byDescription.get(keys.get(i)[0]));
            if (keys.get(i)[1] != null) {
                own.add(byDescription.get(keys.get(i)[1]));
            }
            List<Indicator> ind = indicators(f, th);
            List<EntityRef> subjects = new ArrayList<>();
            subjects.add(f.account());
            subjects.addAll(f.holders());
            List<EntityRef> accounts = new ArrayList<>();
            accounts.add(f.account());
            f.counterparties().stream().map(counterparties::get).filter(java.util.Objects::nonNull)
                    .sorted(Comparator.comparing(EntityRef::spoorId)).forEach(accounts::add);
            out.add(new FlowDetection(rank + i, FlowDetections.score(ind), subjects, accounts, f.from().toString(), f.last().toString(), ind, own,
                    Evidence.sources(own), explanation(f, th)));
        }
        return out;
    }

    /**
     * The page's counterparties by element id, with Spoor id and caption: read here for one page, not in the
     * whole-graph query for every result (on the large world that was 557,000 of fan-in's 4.2 million db hits).
     */
    Map<String, EntityRef> counterparties(List<Found> page) {
        List<String> ids = page.stream().flatMap(f -> f.counterparties().stream()).distinct().toList();
        Map<String, EntityRef> out = new java.util.HashMap<>();
        try (var s = detections.store().driver().session(detections.store().sessionConfig())) {
            s.executeRead(tx -> tx.run(COUNTERPARTIES, Map.of("ids", ids)).list()).forEach(r -> out.put(r.get("id").asString(),
                    new EntityRef(r.get("spoorId").asString(), "BankAccount", r.get("caption").asString())));
        }
        return out;
    }

    /** One paragraph a jurist can check against the statements. */
    static String explanation(Found f, Thresholds th) {
        boolean in = th.direction() == Direction.IN;
        long days = ChronoUnit.DAYS.between(f.from(), f.last()) + 1;
        String who = FlowDetections.label(f.account(), f.holders());
        return who + (in ? " received " : " sent ") + f.transferCount() + " transfers totalling " + FlowDetections.euros(f.total())
                + (in ? " from " : " to ") + f.counterpartyCount() + " different accounts between " + f.from() + " and " + f.last()
                + " (" + days + (days == 1 ? " day" : " days") + "; the detector looks for at least " + th.minCounterparties() + " within "
                + th.windowDays() + " days" + th.splitRule() + "). These are " + FlowDetections.percent(f.concentration()) + " of its "
                + (in ? "incoming" : "outgoing") + " transfers in the period examined (" + f.transferCount() + " of "
                + f.periodTransfers() + "; counts from " + FlowDetections.percent(th.minConcentration()) + "). "
                + (in ? "Within " + th.windowDays() + " days after, " + FlowDetections.euros(f.onwardTotal()) + " left the account: "
                        + FlowDetections.percent(f.passThrough()) + " of what came in"
                        : "In the " + th.windowDays() + " days before, " + FlowDetections.euros(f.onwardTotal()) + " came into the account: "
                        + FlowDetections.percent(f.passThrough()) + " of what went out")
                + " (counts from " + FlowDetections.percent(th.minPassThrough()) + ").";
    }
}
