package nl.spoor.api.unusualwealth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.unusualwealth.WealthPicture.Earner;
import nl.spoor.api.unusualwealth.WealthPicture.Holding;
import nl.spoor.api.unusualwealth.WealthPicture.Periodic;
import nl.spoor.api.unusualwealth.WealthPicture.Via;

/**
 * One household's assets against its legal income for the period (DESIGN §5, FIT ongebruikelijk bezit):
 * the indicators with their values and thresholds, the score, and the paragraph a jurist reads.
 *
 * <p>Legal income of a year is, per person, the higher of the income declared to the Belastingdienst and
 * the registered wages (gross a month × 12.96: twelve months and 8 % holiday pay) plus benefits (UWV, SVB,
 * gemeente; a month × 12), each for the part of the year it ran: the benefit of the doubt goes to the
 * subject. The yearly legal income is the highest year of the period; the period's legal income is the
 * sum over its years, each for the part of it in the period.
 *
 * <p>Score: every fired indicator adds its weight; the two ratios add their value over the threshold,
 * capped (assetsToIncome at {@value #ASSETS_CAP}, acquiredToIncome at {@value #ACQUIRED_CAP}), so that a
 * landlord holding much for a long time does not outrank recent, unexplained acquisitions;
 * cashPurchase and katvangerVehicles add {@value #CASH_WEIGHT}, recentAcquisitions {@value #RECENT_WEIGHT}.
 */
final class WealthAssessment {

    static final double ASSETS_CAP = 3;
    static final double ACQUIRED_CAP = 4;
    static final double CASH_WEIGHT = 2;
    static final double KATVANGER_WEIGHT = 2;
    static final double RECENT_WEIGHT = 1;
    /** Twelve months of wages and the 8 % holiday allowance (vakantiegeld). */
    static final double WAGE_MONTHS = 12.96;

    final WealthPicture picture;
    final List<String> subjects;
    final WealthQuery q;
    /** The holdings that count, each asset once. */
    final List<Holding> holdings;
    /** Vehicles registered to the household but driven only by others (held for them as a straw man): left out. */
    final List<Holding> heldForOthers;
    final Map<Integer, Double> legalIncomeByYear = new LinkedHashMap<>();
    final double yearlyIncome;
    final double periodIncome;
    final double assetsValue;
    final double acquiredValue;
    final double cashValue;
    final int acquisitions;
    final int katvanger;
    final List<Indicator> indicators;
    final double score;

    WealthAssessment(WealthPicture picture, List<String> subjects, WealthQuery q) {
        this.picture = picture;
        this.subjects = subjects;
        this.q = q;
        Map<String, Holding> byAsset = new LinkedHashMap<>();
        List<Holding> others = new ArrayList<>();
        for (Holding h : picture.holdings()) {
            if (heldForSomeoneElse(h)) {
                others.add(h);
            } else {
                byAsset.merge(h.asset(), h, (a, b) -> a.via().ordinal() <= b.via().ordinal() ? a : b);
            }
        }
        // In the order they were acquired (unknown last), so that results read the same every time.
        holdings = byAsset.values().stream().sorted(java.util.Comparator.comparing(Holding::acquired,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(Holding::asset)).toList();
        heldForOthers = List.copyOf(others);
        for (int year = q.since().getYear(); year <= q.until().getYear(); year++) {
            int y = year;
            legalIncomeByYear.put(year, picture.earners().stream().mapToDouble(e -> legalIncome(e, y)).sum());
        }
        yearlyIncome = legalIncomeByYear.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        periodIncome = legalIncomeByYear.entrySet().stream().mapToDouble(e -> e.getValue() * yearShare(e.getKey(), q.since(), q.until())).sum();
        assetsValue = holdings.stream().mapToDouble(Holding::value).sum();
        List<Holding> recent = holdings.stream().filter(h -> h.acquiredIn(q.since(), q.until())).toList();
        acquiredValue = recent.stream().mapToDouble(Holding::value).sum();
        cashValue = recent.stream().filter(h -> Boolean.TRUE.equals(h.paidInCash())).mapToDouble(Holding::value).sum();
        acquisitions = recent.size();
        katvanger = (int) holdings.stream().filter(h -> h.via() == Via.STRAW_MAN).count();
        indicators = indicators();
        score = Money.round(indicators.stream().mapToDouble(Indicator::weight).sum());
    }

    /** A vehicle registered to a household member with many vehicles and little income that only persons outside the household drive. */
    private boolean heldForSomeoneElse(Holding h) {
        return h.via() == Via.DIRECT && h.kind().equals("Vehicle") && h.sightings().isEmpty() && !h.othersDriving().isEmpty()
                && h.holderVehicles() != null && h.holderVehicles() >= q.strawManMinVehicles()
                && h.holderIncome() != null && h.holderIncome() <= q.strawManMaxIncome();
    }

    private List<Indicator> indicators() {
        double assetsRatio = Money.round(assetsValue / Math.max(yearlyIncome, 1));
        double acquiredRatio = Money.round(acquiredValue / Math.max(periodIncome, 1));
        boolean assetsFired = assetsRatio >= q.assetsToIncome();
        boolean acquiredFired = acquiredRatio >= q.acquiredToIncome();
        boolean cashFired = cashValue >= q.cashPurchase();
        boolean recentFired = acquisitions >= q.recentAcquisitions();
        boolean katvangerFired = katvanger >= q.katvangerVehicles();
        return List.of(
                new Indicator("assetsToIncome", "assets " + Money.euros(assetsValue) + " against a yearly legal income of "
                        + Money.euros(yearlyIncome) + " (" + Money.number(assetsRatio) + "×)", assetsRatio, q.assetsToIncome(), assetsFired,
                        assetsFired ? Money.round(Math.min(assetsRatio / q.assetsToIncome(), ASSETS_CAP)) : 0),
                new Indicator("acquiredToIncome", Money.euros(acquiredValue) + " acquired in the period against a legal income of "
                        + Money.euros(periodIncome) + " over the period (" + Money.number(acquiredRatio) + "×)", acquiredRatio, q.acquiredToIncome(),
                        acquiredFired, acquiredFired ? Money.round(Math.min(acquiredRatio / q.acquiredToIncome(), ACQUIRED_CAP)) : 0),
                new Indicator("cashPurchase", Money.euros(cashValue) + " of the assets acquired in the period paid in cash (without a mortgage)",
                        Money.round(cashValue), q.cashPurchase(), cashFired, cashFired ? CASH_WEIGHT : 0),
                new Indicator("recentAcquisitions", acquisitions + (acquisitions == 1 ? " asset" : " assets") + " acquired in the period",
                        acquisitions, (double) q.recentAcquisitions(), recentFired, recentFired ? RECENT_WEIGHT : 0),
                new Indicator("katvangerVehicles", katvanger + (katvanger == 1 ? " vehicle" : " vehicles")
                        + " registered to a straw man and driven by the household", katvanger, (double) q.katvangerVehicles(), katvangerFired,
                        katvangerFired ? KATVANGER_WEIGHT : 0));
    }

    /** The higher of declared income and registered wages plus benefits, for one person and year. */
    static double legalIncome(Earner e, int year) {
        double declared = e.declared().stream().filter(d -> d.year() == year).mapToDouble(WealthPicture.Declared::amount).sum();
        double registered = e.wages().stream().mapToDouble(w -> w.monthly() * WAGE_MONTHS * running(w, year)).sum()
                + e.benefits().stream().mapToDouble(b -> b.monthly() * 12 * running(b, year)).sum();
        return Math.max(declared, registered);
    }

    /** The share of the year a wage or benefit ran. */
    private static double running(Periodic p, int year) {
        LocalDate from = p.from() == null ? LocalDate.of(year, 1, 1) : p.from();
        LocalDate until = p.until() == null ? LocalDate.of(year, 12, 31) : p.until();
        return yearShare(year, from, until);
    }

    /** The share of {@code year} that lies in from..until (inclusive). */
    static double yearShare(int year, LocalDate from, LocalDate until) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate a = from.isAfter(first) ? from : first;
        LocalDate b = until.isBefore(last) ? until : last;
        if (b.isBefore(a)) {
            return 0;
        }
        return (ChronoUnit.DAYS.between(a, b) + 1) / (double) first.lengthOfYear();
    }

    /** One paragraph for a jurist: who, what is held and how, the income, what fired, and what a score is not. */
    String explanation(Map<String, String> names) {
        StringBuilder b = new StringBuilder();
        String who = subjects.stream().map(s -> names.getOrDefault(s, s)).collect(Collectors.joining(" and "));
        b.append(who);
        List<String> others = picture.household().stream().filter(m -> !subjects.contains(m.person()))
                .map(m -> m.name() + " (" + m.relation() + ")").toList();
        if (!others.isEmpty()) {
            b.append(", living with ").append(String.join(", ", others)).append(',');
        }
        b.append(subjects.size() > 1 ? " hold" : " holds").append(" in the period ").append(q.since()).append(" – ").append(q.until())
                .append(' ').append(holdings.size()).append(holdings.size() == 1 ? " asset" : " assets").append(" worth ")
                .append(Money.euros(assetsValue));
        if (!holdings.isEmpty()) {
            b.append(": ").append(holdings.stream().map(this::phrase).collect(Collectors.joining("; ")));
        }
        b.append(". Legal income (the higher of declared income and registered wages and benefits) is at most ")
                .append(Money.euros(yearlyIncome)).append(" a year");
        String sources = incomeSources();
        if (!sources.isEmpty()) {
            b.append(" (").append(sources).append(')');
        }
        b.append(", ").append(Money.euros(periodIncome)).append(" over the period. ");
        List<Indicator> fired = indicators.stream().filter(Indicator::fired).toList();
        if (fired.isEmpty()) {
            b.append("No indicator reaches its threshold");
        } else {
            b.append("Indicators over their threshold: ").append(fired.stream()
                    .map(i -> i.name() + " " + Money.number(i.value()) + " (threshold " + Money.number(i.threshold()) + ")")
                    .collect(Collectors.joining(", ")));
        }
        b.append("; score ").append(Money.number(score)).append('.');
        if (!heldForOthers.isEmpty()) {
            b.append(' ').append(heldForOthers.size()).append(heldForOthers.size() == 1 ? " vehicle" : " vehicles")
                    .append(" registered to the household but driven only by ")
                    .append(heldForOthers.stream().flatMap(h -> h.othersDriving().stream()).distinct().collect(Collectors.joining(", ")))
                    .append(" are not counted: they appear to be held for them (straw man).");
        }
        b.append(" This ranks work for an analyst and is no finding: a lawful origin (inheritance, gift, loan, savings from before the period)"
                + " is not in these sources and must be asked for.");
        return b.toString();
    }

    private String phrase(Holding h) {
        StringBuilder b = new StringBuilder(h.caption()).append(' ').append(Money.euros(h.value())).append(" (").append(h.valueBasis()).append(')');
        switch (h.via()) {
            case DIRECT -> b.append(h.holder().equals(picture.person()) && subjects.size() == 1 ? "" : ", registered to " + h.holderName());
            case COMPANY -> b.append(", registered to ").append(h.holderName()).append(", a company of the household");
            case STRAW_MAN -> b.append(", registered to ").append(h.holderName()).append(" (declared income ")
                    .append(Money.euros(h.strawIncome() == null ? 0 : h.strawIncome())).append(" a year), driven by the household ")
                    .append(h.sightings().size()).append(h.sightings().size() == 1 ? " time" : " times");
        }
        if (h.acquired() != null) {
            b.append(", acquired ").append(h.acquired());
        }
        if (Boolean.TRUE.equals(h.paidInCash())) {
            b.append(", paid in cash");
        }
        return b.toString();
    }

    private String incomeSources() {
        List<String> parts = new ArrayList<>();
        for (Earner e : picture.earners()) {
            List<String> own = new ArrayList<>();
            e.declared().stream().sorted((x, y) -> Integer.compare(y.year(), x.year())).limit(1)
                    .forEach(d -> own.add("declared " + Money.euros(d.amount()) + " in " + d.year()));
            e.wages().forEach(w -> own.add("wage " + Money.euros(w.monthly()) + " a month gross from " + w.payer()));
            e.benefits().forEach(x -> own.add((x.what() == null ? "benefit" : x.what()) + " " + Money.euros(x.monthly()) + " a month from " + x.payer()));
            if (!own.isEmpty()) {
                parts.add(e.name() + ": " + String.join(", ", own));
            }
        }
        return String.join("; ", parts);
    }
}
