package nl.spoor.api.detectors;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import nl.spoor.api.detectors.MoneyDetectors.Page;
import nl.spoor.api.detectors.MoneyDetectors.Period;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;

/**
 * ABC transactions (DESIGN §5): a property bought by A, sold to B and then to C, quickly and each time
 * dearer, between parties who know each other, so that the last price stands far above the WOZ value (a
 * larger mortgage, or criminal money made to look like a profit). A result is the best A→B→C of a
 * property (three consecutive purchases) of which at least one resale came within {@code maxStepDays};
 * it is ranked by the price steps, the pace, how the parties are related and the last price against the
 * WOZ value. Thread-safe.
 */
@Component
public class AbcDetector {

    private static final String CYPHER = CypherResource.load(AbcDetector.class, "AbcDetector.cypher");
    private static final String PARTIES = CypherResource.load(AbcDetector.class, "AbcDetector.parties.cypher");
    /** How many days a payment may lie from the sale's date to count as paying it. */
    private static final int PAYMENT_DAYS = 7;

    private final MoneyDetectors detectors;
    private final Evidence evidence;

    public AbcDetector(MoneyDetectors detectors, Evidence evidence) {
        this.detectors = detectors;
        this.evidence = evidence;
    }

    /** The thresholds, checked; see {@code detectors-money.graphqls} for their meaning and defaults. */
    public record Query(double minStepIncrease, int maxStepDays, int minRelatedSteps, double minPriceToWoz, Period period) {

        public static Query of(Double minStepIncrease, Integer maxStepDays, Integer minRelatedSteps, Double minPriceToWoz,
                               String since, String until) {
            return new Query(MoneyDetectors.within("minStepIncrease", minStepIncrease, 0.30, -1, 100),
                    MoneyDetectors.within("maxStepDays", maxStepDays, 365, 1, 36_600),
                    MoneyDetectors.within("minRelatedSteps", minRelatedSteps, 1, 0, 2),
                    MoneyDetectors.within("minPriceToWoz", minPriceToWoz, 1.5, 0, 100), Period.of(since, until));
        }
    }

    /** One property's A→B→C, as {@code AbcResult} shows it. */
    public record Result(int rank, double score, EntityRef subject, List<AbcStep> steps, List<Indicator> indicators,
                         List<EvidencePath> evidence, List<Source> sources, String explanation) {
    }

    /**
     * One purchase of the chain: the buyer, the date and price, and (from the second on) the rise, days
     * and how buyer and seller are related.
     */
    public record AbcStep(EntityRef buyer, String date, double price, Double increase, Integer days, List<String> relations) {
    }

    private record Sale(String id, EntityRef owner, LocalDate from, double price) {
    }

    record Parties(List<Map<String, Object>> relations, List<Map<String, Object>> payments) {
    }

    private record Found(EntityRef property, List<Sale> chain, List<Parties> parties, List<Indicator> indicators, double score,
                         String explanation) {
    }

    public Page<Result> detect(Query q, String entity, Integer first, String after) {
        return detect(q, entity, first, after, View.internal());
    }

    /** The ABC chains {@code view} may see: only purchases, WOZ values, ties, payments and names of its usable sources. */
    public Page<Result> detect(Query q, String entity, Integer first, String after, View view) {
        var scope = detectors.scope("entity", entity, view);
        Map<String, Object> p = new HashMap<>(view.params());
        p.put("scope", scope == null ? null : scope.spoorId());
        record Candidate(EntityRef property, Double woz, Integer wozYear, List<Sale> chain) {
        }
        List<Candidate> candidates = new ArrayList<>();
        detectors.read(view.cypher(CYPHER), p, r -> r, "abcTransactions").forEach(r -> {
            List<Sale> sales = r.get("sales").asList(v -> new Sale(v.get("id").asString(),
                    new EntityRef(v.get("owner").asString(), v.get("kind").asString(), v.get("caption").asString()),
                    v.get("from").asLocalDate(), v.get("price").asDouble()));
            EntityRef property = new EntityRef(r.get("spoorId").asString(), "RealEstate", r.get("caption").asString());
            Double woz = r.get("woz").isNull() ? null : r.get("woz").asDouble();
            Integer wozYear = r.get("wozYear").isNull() ? null : r.get("wozYear").asInt();
            for (int i = 0; i + 2 < sales.size(); i++) {
                List<Sale> chain = sales.subList(i, i + 3);
                boolean quick = days(chain, 1) <= q.maxStepDays() || days(chain, 2) <= q.maxStepDays();
                boolean inPeriod = inPeriod(chain.get(1).from(), q.period()) || inPeriod(chain.get(2).from(), q.period());
                if (quick && inPeriod) {
                    candidates.add(new Candidate(property, woz, wozYear, List.copyOf(chain)));
                }
            }
        });
        List<Map<String, Object>> pairs = new ArrayList<>();
        candidates.forEach(c -> {
            for (int s = 1; s < 3; s++) {
                pairs.add(Map.of("seller", c.chain().get(s - 1).owner().spoorId(), "buyer", c.chain().get(s).owner().spoorId(),
                        "date", c.chain().get(s).from()));
            }
        });
        Map<String, Parties> parties = parties(pairs, view);
        // Per property only its best chain: a property resold four times quickly is one result.
        Map<String, Found> best = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            List<Parties> ps = new ArrayList<>();
            for (int s = 1; s < 3; s++) {
                ps.add(parties.getOrDefault(c.chain().get(s - 1).owner().spoorId() + ">" + c.chain().get(s).owner().spoorId() + "@"
                        + c.chain().get(s).from(), new Parties(List.of(), List.of())));
            }
            Found f = measure(c.property(), c.woz(), c.wozYear(), c.chain(), ps, q);
            best.merge(c.property().spoorId(), f, (a, b) -> b.score() > a.score() ? b : a);
        }
        List<Found> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Found::score).reversed().thenComparing(f -> f.property().spoorId()));
        return detectors.page(ranked, first, after, "abc", this::views);
    }

    private static boolean inPeriod(LocalDate d, Period p) {
        return !d.isBefore(p.since()) && !d.isAfter(p.until());
    }

    private static long days(List<Sale> chain, int step) {
        return ChronoUnit.DAYS.between(chain.get(step - 1).from(), chain.get(step).from());
    }

    /** The rise of a resale in whole percents (0.30 = +30 %): prices are rounded to thousands, so a rise "of 30 %" is often 29.8 %. */
    private static double increase(List<Sale> chain, int step) {
        return Math.round((chain.get(step).price() / chain.get(step - 1).price() - 1) * 100) / 100.0;
    }

    private static Found measure(EntityRef property, Double woz, Integer wozYear, List<Sale> chain, List<Parties> parties, Query q) {
        double minIncrease = Math.min(increase(chain, 1), increase(chain, 2));
        long maxDays = Math.max(days(chain, 1), days(chain, 2));
        int related = (int) parties.stream().filter(p -> !p.relations().isEmpty()).count();
        double last = chain.get(2).price();
        double toWoz = woz == null || woz <= 0 ? 0 : Math.round(last / woz * 100) / 100.0;
        String a = chain.get(0).owner().caption();
        String b = chain.get(1).owner().caption();
        String c = chain.get(2).owner().caption();

        List<Indicator> indicators = new ArrayList<>();
        indicators.add(MoneyDetectors.indicator("minStepIncrease", "each resale at least " + MoneyDetectors.percent(minIncrease) + " dearer (A→B "
                + signed(increase(chain, 1)) + ", B→C " + signed(increase(chain, 2)) + ")", minIncrease, q.minStepIncrease(),
                minIncrease >= q.minStepIncrease(), 1));
        indicators.add(MoneyDetectors.indicator("maxStepDays", "resold after " + days(chain, 1) + " and " + days(chain, 2) + " days", maxDays,
                q.maxStepDays(), maxDays <= q.maxStepDays(), 1));
        indicators.add(MoneyDetectors.indicator("relatedSteps", related + " of the 2 resales between related parties"
                + (related == 0 ? " (none known)" : ": " + relationsText(parties, a, b, c)), related, q.minRelatedSteps(),
                related >= q.minRelatedSteps() && related > 0, 2));
        indicators.add(MoneyDetectors.indicator("priceToWoz", woz == null ? "no WOZ value known" : "the last price " + MoneyDetectors.euros(last) + " is "
                + String.format(Locale.ROOT, "%.2f", toWoz) + "× the WOZ value " + MoneyDetectors.euros(woz)
                + (wozYear == null ? "" : " (" + wozYear + ")"), toWoz, q.minPriceToWoz(), woz != null && toWoz >= q.minPriceToWoz(), 1));
        double total = last / chain.get(0).price() - 1;
        // A small continuous part: among chains with the same indicators, the larger total rise ranks higher.
        double score = indicators.stream().mapToDouble(Indicator::weight).sum() + 0.1 * Math.max(0, Math.min(total, 3));

        String paid = paymentsText(parties);
        String explanation = property.caption() + " was bought by " + a + " on " + chain.get(0).from() + " for "
                + MoneyDetectors.euros(chain.get(0).price()) + ", sold to " + b + " on " + chain.get(1).from() + " for "
                + MoneyDetectors.euros(chain.get(1).price()) + " (" + signed(increase(chain, 1)) + " after " + days(chain, 1) + " days) and to "
                + c + " on " + chain.get(2).from() + " for " + MoneyDetectors.euros(last) + " (" + signed(increase(chain, 2)) + " after "
                + days(chain, 2) + " days), " + signed(total) + " in all"
                + (woz == null ? "" : "; the last price is " + String.format(Locale.ROOT, "%.2f", toWoz) + "× the WOZ value of "
                + MoneyDetectors.euros(woz)) + ". "
                + (related == 0 ? "No relation between buyers and sellers is known." : "Related: " + relationsText(parties, a, b, c) + ".")
                + (paid.isEmpty() ? "" : " Paid by bank transfer: " + paid + ".")
                + " Indicators fired: " + String.join(", ", indicators.stream().filter(Indicator::fired).map(Indicator::name).toList()) + ".";
        return new Found(property, chain, parties, indicators, score, explanation);
    }

    private static String relationsText(List<Parties> parties, String a, String b, String c) {
        List<String> out = new ArrayList<>();
        String[][] names = {{a, b}, {b, c}};
        for (int s = 0; s < 2; s++) {
            List<String> rel = parties.get(s).relations().stream().map(m -> (String) m.get("relation")).distinct().toList();
            if (!rel.isEmpty()) {
                out.add(names[s][0] + " and " + names[s][1] + ": " + String.join(", ", rel));
            }
        }
        return String.join("; ", out);
    }

    private static String paymentsText(List<Parties> parties) {
        List<String> out = new ArrayList<>();
        for (Parties p : parties) {
            p.payments().stream().findFirst().ifPresent(m -> out.add(MoneyDetectors.euros(((Number) m.get("amount")).doubleValue()) + " on " + m.get("date")));
        }
        return String.join(" and ", out);
    }

    private static String signed(double fraction) {
        return (fraction >= 0 ? "+" : "") + MoneyDetectors.percent(fraction);
    }

    @SuppressWarnings("unchecked")
    private List<Result> views(List<Found> page, int firstRank) {
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (int i = 0; i < page.size(); i++) {
            Found f = page.get(i);
            paths.put(i + "|sales|" + f.property().caption() + " bought by " + f.chain().get(0).owner().caption() + ", "
                    + f.chain().get(1).owner().caption() + " and " + f.chain().get(2).owner().caption() + " in turn",
                    f.chain().stream().map(Sale::id).toList());
            for (int s = 0; s < 2; s++) {
                Parties p = f.parties().get(s);
                String seller = f.chain().get(s).owner().caption();
                String buyer = f.chain().get(s + 1).owner().caption();
                for (Map<String, Object> rel : p.relations()) {
                    paths.put(i + "|rel" + s + rel.get("relation") + "|" + seller + " and " + buyer + ": " + rel.get("relation"),
                            (List<String>) rel.get("ids"));
                }
                if (!p.payments().isEmpty()) {
                    paths.put(i + "|paid" + s + "|" + buyer + " paid " + seller + " for the property",
                            p.payments().stream().map(m -> (String) m.get("id")).toList());
                }
            }
        }
        Map<Integer, List<EvidencePath>> byResult = MoneyDetectors.byResult(evidence.paths(paths));
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Found f = page.get(i);
            List<AbcStep> steps = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                Sale sale = f.chain().get(s);
                steps.add(new AbcStep(sale.owner(), sale.from().toString(), sale.price(), s == 0 ? null : increase(f.chain(), s),
                        s == 0 ? null : (int) days(f.chain(), s), s == 0 ? List.of()
                        : f.parties().get(s - 1).relations().stream().map(m -> (String) m.get("relation")).distinct().toList()));
            }
            List<EvidencePath> ev = byResult.getOrDefault(i, List.of());
            out.add(new Result(firstRank + i, f.score(), f.property(), steps, f.indicators(), ev, Evidence.sources(ev), f.explanation()));
        }
        return out;
    }

    /** How seller and buyer of each sale of the chains are related, and what passed between them, by "seller>buyer@date". */
    Map<String, Parties> parties(List<Map<String, Object>> pairs, View view) {
        Map<String, Parties> parties = new HashMap<>();
        if (!pairs.isEmpty()) {
            detectors.read(view.cypher(PARTIES), view.with(Map.of("pairs", pairs, "paymentDays", PAYMENT_DAYS)), r -> r, "abcTransactions").forEach(r ->
                    parties.put(r.get("seller").asString() + ">" + r.get("buyer").asString() + "@" + r.get("date").asLocalDate(),
                            new Parties(r.get("relations").asList(Value::asMap), r.get("payments").asList(Value::asMap))));
        }
        return parties;
    }
}
