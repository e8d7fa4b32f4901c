package nl.spoor.api.detectors;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import nl.spoor.api.detectors.MoneyDetectors.Page;
import nl.spoor.api.detectors.MoneyDetectors.Period;
import nl.spoor.api.detectors.MoneyDetectors.Scope;
import nl.spoor.api.visibility.View;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.model.cypher.CypherResource;

/**
 * Structuring (smurfen, DESIGN §5): many cash deposits just below the reporting threshold within weeks,
 * into one or several accounts of one holder. A result is a holder with at least {@code minDeposits}
 * deposits in the band within some {@code windowDays} days; it is ranked by what else fired: the total
 * over the threshold, the band's share of the holder's cash deposits then (a shop paying in its takings
 * deposits all sorts of amounts), several accounts, several places, and the total against declared income.
 * Thread-safe.
 */
@Component
public class StructuringDetector {

    private static final String CYPHER = CypherResource.load(StructuringDetector.class, "StructuringDetector.cypher");

    private final MoneyDetectors detectors;
    private final Evidence evidence;

    public StructuringDetector(MoneyDetectors detectors, Evidence evidence) {
        this.detectors = detectors;
        this.evidence = evidence;
    }

    /** The thresholds, checked; see {@code detectors-money.graphqls} for their meaning and defaults. */
    public record Query(double threshold, double band, int minDeposits, int windowDays, double minShareOfCash, int minAccounts,
                        int minPlaces, double minIncomeMultiple, Period period) {

        public static Query of(Double threshold, Double band, Integer minDeposits, Integer windowDays, Double minShareOfCash,
                               Integer minAccounts, Integer minPlaces, Double minIncomeMultiple, String since, String until) {
            double t = MoneyDetectors.within("threshold", threshold, 10_000, 1, 1e9);
            return new Query(t, MoneyDetectors.within("band", band, 1_000, 0.01, t),
                    MoneyDetectors.within("minDeposits", minDeposits, 5, 2, 1_000),
                    MoneyDetectors.within("windowDays", windowDays, 30, 1, 366),
                    MoneyDetectors.within("minShareOfCash", minShareOfCash, 0.5, 0, 1),
                    MoneyDetectors.within("minAccounts", minAccounts, 2, 1, 100),
                    MoneyDetectors.within("minPlaces", minPlaces, 2, 1, 100),
                    MoneyDetectors.within("minIncomeMultiple", minIncomeMultiple, 1.0, 0, 1_000), Period.of(since, until));
        }
    }

    /** One holder's structuring, as {@code StructuringResult} shows it. */
    public record Result(int rank, double score, EntityRef subject, List<EntityRef> accounts, String firstDeposit, String lastDeposit,
                         int deposits, double total, List<Indicator> indicators, List<EvidencePath> evidence, List<Source> sources,
                         String explanation) {
    }

    private record Deposit(String id, String account, LocalDate date, double amount, String place) {
    }

    /** A holder's best window, measured; the views are built only for the page shown. */
    private record Found(EntityRef subject, List<Deposit> window, Map<String, String> holdings, List<Indicator> indicators,
                         double score, String incomeId, String explanation) {
    }

    public Page<Result> detect(Query q, String entity, Integer first, String after) {
        return detect(q, entity, first, after, View.internal());
    }

    /** The structuring {@code view} may see: only cash deposits, holdings, incomes and names of its usable sources. */
    public Page<Result> detect(Query q, String entity, Integer first, String after, View view) {
        Scope scope = detectors.scope("entity", entity, view);
        Map<String, Object> p = new HashMap<>(view.params());
        p.put("threshold", q.threshold());
        p.put("bandFrom", q.threshold() - q.band());
        p.put("minDeposits", q.minDeposits());
        p.put("since", q.period().since());
        p.put("until", q.period().until());
        p.put("accounts", scope == null ? null : scope.accounts());
        List<Found> found = new ArrayList<>(detectors.read(view.cypher(CYPHER), p, r -> measure(r, q), "structuring").stream()
                .filter(f -> f != null).toList());
        found.sort(Comparator.comparingDouble(Found::score).reversed()
                .thenComparing(Comparator.comparingInt((Found f) -> f.window().size()).reversed())
                .thenComparing(f -> f.subject().spoorId()));
        return detectors.page(found, first, after, "structuring", this::views);
    }

    private Found measure(Record r, Query q) {
        List<Deposit> band = r.get("band").asList(v -> new Deposit(v.get("id").asString(), v.get("account").asString(),
                v.get("date").asLocalDate(), v.get("amount").asDouble(), v.get("place").asString()));
        band = new ArrayList<>(band);
        band.sort(Comparator.comparing(Deposit::date).thenComparing(Deposit::id));
        List<Deposit> best = List.of();
        double bestTotal = 0;
        for (int i = 0; i < band.size(); i++) {
            LocalDate start = band.get(i).date();
            List<Deposit> window = band.subList(i, band.size()).stream()
                    .filter(d -> ChronoUnit.DAYS.between(start, d.date()) < q.windowDays()).toList();
            double total = window.stream().mapToDouble(Deposit::amount).sum();
            if (window.size() > best.size() || (window.size() == best.size() && total > bestTotal)) {
                best = window;
                bestTotal = total;
            }
        }
        if (best.size() < q.minDeposits()) {
            return null;
        }
        LocalDate from = best.getFirst().date();
        LocalDate until = best.getLast().date();
        long cashThen = r.get("deposits").asList(v -> v.get("date").asLocalDate()).stream()
                .filter(d -> !d.isBefore(from) && !d.isAfter(until)).count();
        Set<String> accounts = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        best.forEach(d -> {
            accounts.add(d.account());
            places.add(d.place());
        });
        long days = ChronoUnit.DAYS.between(from, until);
        double share = cashThen == 0 ? 1 : best.size() / (double) cashThen;
        Value incomeValue = r.get("income");
        Double income = incomeValue.isNull() ? null : incomeValue.asDouble();
        double multiple = income == null || income <= 0 ? 0 : bestTotal / income;
        String lowFrom = MoneyDetectors.euros(q.threshold() - q.band());
        String limit = MoneyDetectors.euros(q.threshold());

        List<Indicator> indicators = new ArrayList<>();
        indicators.add(MoneyDetectors.indicator("depositsJustBelowThreshold", best.size() + " cash deposits of " + lowFrom + " or more but below " + limit
                + " within " + days + " days (" + from + " – " + until + "), at least " + q.minDeposits() + " within " + q.windowDays()
                + " days counts", best.size(), q.minDeposits(), best.size() >= q.minDeposits(), 2));
        indicators.add(MoneyDetectors.indicator("totalJustBelowThreshold", "together " + MoneyDetectors.euros(bestTotal) + ", "
                + String.format(java.util.Locale.ROOT, "%.1f", bestTotal / q.threshold()) + "× the threshold of " + limit
                + ", while no single deposit reached it", bestTotal, q.threshold(), bestTotal >= q.threshold(), 1));
        indicators.add(MoneyDetectors.indicator("shareOfCashDeposits", MoneyDetectors.percent(share) + " of the " + cashThen
                + " cash deposits into these accounts in those days lie just below the threshold (a business paying in its takings "
                + "deposits all sorts of amounts)", share, q.minShareOfCash(), share >= q.minShareOfCash(), 1));
        indicators.add(MoneyDetectors.indicator("accounts", "into " + accounts.size() + (accounts.size() == 1 ? " account" : " accounts")
                + " of the holder", accounts.size(), q.minAccounts(), accounts.size() >= q.minAccounts(), 0.5));
        indicators.add(MoneyDetectors.indicator("places", "paid in at " + places.size() + (places.size() == 1 ? " place: " : " places: ")
                + String.join(", ", places), places.size(), q.minPlaces(), places.size() >= q.minPlaces(), 0.5));
        indicators.add(MoneyDetectors.indicator("depositsToIncome", income == null ? "no declared income known for the holder"
                : "the total is " + String.format(java.util.Locale.ROOT, "%.1f", multiple) + "× the declared income of "
                + r.get("incomeYear").asInt() + " (" + MoneyDetectors.euros(income) + ")", multiple, q.minIncomeMultiple(),
                income != null && multiple >= q.minIncomeMultiple(), 1));
        // A small continuous part so that, among holders with the same indicators, more deposits rank higher.
        double score = indicators.stream().filter(Indicator::fired).mapToDouble(Indicator::weight).sum() + 0.01 * best.size();

        EntityRef subject = new EntityRef(r.get("spoorId").asString(), r.get("kind").asString(), r.get("caption").asString());
        Map<String, String> holdings = new LinkedHashMap<>();
        r.get("holdings").asList(v -> v).forEach(v -> {
            if (accounts.contains(v.get("account").asString())) {
                holdings.put(v.get("account").asString(), v.get("id").asString());
            }
        });
        String explanation = subject.caption() + " (" + subject.kind() + ") made " + best.size() + " cash deposits of " + lowFrom
                + " or more but below " + limit + ", just below the threshold at which a bank must report a deposit, within " + days + " days ("
                + from + " – " + until + "), together " + MoneyDetectors.euros(bestTotal) + ", into " + accounts.size()
                + (accounts.size() == 1 ? " account" : " accounts") + " at " + places.size() + (places.size() == 1 ? " place" : " places")
                + " (" + String.join(", ", places) + "). They are " + MoneyDetectors.percent(share) + " of the cash deposits into "
                + (accounts.size() == 1 ? "that account" : "those accounts") + " in those days"
                + (income == null ? "; no declared income is known." : ", and " + String.format(java.util.Locale.ROOT, "%.1f", multiple)
                + "× the declared income of " + r.get("incomeYear").asInt() + " (" + MoneyDetectors.euros(income) + ").")
                + " Indicators fired: " + String.join(", ", indicators.stream().filter(Indicator::fired).map(Indicator::name).toList()) + ".";
        return new Found(subject, best, holdings, indicators, score,
                r.get("incomeId").isNull() ? null : r.get("incomeId").asString(), explanation);
    }

    private List<Result> views(List<Found> page, int firstRank) {
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (int i = 0; i < page.size(); i++) {
            Found f = page.get(i);
            paths.put(i + "|deposits|" + f.subject().caption() + ": " + f.window().size() + " cash deposits just below the threshold, in date order",
                    f.window().stream().map(Deposit::id).toList());
            paths.put(i + "|holds|" + f.subject().caption() + " holds the accounts they went into", List.copyOf(f.holdings().values()));
            if (f.incomeId() != null) {
                paths.put(i + "|income|" + f.subject().caption() + "'s declared income", List.of(f.incomeId()));
            }
        }
        Map<Integer, List<EvidencePath>> byResult = MoneyDetectors.byResult(evidence.paths(paths));
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Found f = page.get(i);
            List<EvidencePath> ev = byResult.getOrDefault(i, List.of());
            List<EntityRef> accounts = f.window().stream().map(Deposit::account).distinct()
                    .map(a -> new EntityRef(a, "BankAccount", a.startsWith("iban:") ? a.substring(5) : a)).toList();
            out.add(new Result(firstRank + i, f.score(), f.subject(), accounts, f.window().getFirst().date().toString(),
                    f.window().getLast().date().toString(), f.window().size(), f.window().stream().mapToDouble(Deposit::amount).sum(),
                    f.indicators(), ev, Evidence.sources(ev), f.explanation()));
        }
        return out;
    }
}
