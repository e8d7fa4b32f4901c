package nl.spoor.api.unusualwealth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.EvidenceStep;
import nl.spoor.api.unusualwealth.WealthPicture.Earner;
import nl.spoor.api.unusualwealth.WealthPicture.Holding;
import nl.spoor.api.unusualwealth.WealthPicture.Member;
import nl.spoor.api.unusualwealth.WealthPicture.Sighting;
import nl.spoor.api.unusualwealth.WealthViews.HouseholdMember;
import nl.spoor.api.unusualwealth.WealthViews.SeizableAsset;
import nl.spoor.api.unusualwealth.WealthViews.UnusualWealthResult;
import nl.spoor.api.unusualwealth.WealthViews.YearIncome;
import nl.spoor.api.visibility.View;

/**
 * Turns an assessment into its GraphQL result: evidence paths (how each asset is held, the income, the
 * income payments) read with their sources, and the seizure-ready asset list.
 */
final class WealthResults {

    /** Most sightings and income payments shown on one evidence path; the explanation gives the counts. */
    static final int MAX_STEPS = 12;

    private final Evidence evidence;
    private final WealthQuery q;
    private final View view;

    WealthResults(Evidence evidence, WealthQuery q, View view) {
        this.evidence = evidence;
        this.q = q;
        this.view = view;
    }

    UnusualWealthResult result(int rank, WealthAssessment a) {
        Map<String, String> names = UnusualWealth.names(a);
        Map<String, List<String>> asked = new LinkedHashMap<>();
        for (Holding h : a.holdings) {
            asked.put(unique(asked, holdingPath(a, h)), holdingRels(a, h));
        }
        List<String> incomeRels = new ArrayList<>();
        List<String> paymentRels = new ArrayList<>();
        double paid = 0;
        int payments = 0;
        for (Earner e : a.picture.earners()) {
            e.declared().forEach(d -> incomeRels.add(d.rel()));
            e.wages().forEach(w -> incomeRels.add(w.rel()));
            e.benefits().forEach(b -> incomeRels.add(b.rel()));
            for (var p : e.payments()) {
                paid += p.amount();
                payments++;
                if (paymentRels.size() < MAX_STEPS) {
                    paymentRels.add(p.rel());
                }
            }
        }
        if (!incomeRels.isEmpty()) {
            asked.put("Legal income: declared income, wages and benefits of " + earners(a) + " in " + q.since().getYear()
                    + (q.since().getYear() == q.until().getYear() ? "" : "–" + q.until().getYear()), incomeRels);
        }
        if (payments > 0) {
            asked.put("Wages and benefits paid into their accounts in the period: " + payments + (payments == 1 ? " payment, " : " payments, ")
                    + Money.euros(paid) + (payments > paymentRels.size() ? " (the latest " + paymentRels.size() + " shown)" : ""), paymentRels);
        }
        List<EvidencePath> paths = evidence.paths(asked, view);
        Map<String, EvidenceStep> steps = new LinkedHashMap<>();
        // Evidence.paths keeps the order of the ids asked (leaving out none unless deleted meanwhile): each holding's step by its place.
        for (EvidencePath path : paths) {
            List<String> ids = asked.get(path.description());
            if (ids != null && ids.size() == path.steps().size()) {
                for (int k = 0; k < ids.size(); k++) {
                    steps.putIfAbsent(ids.get(k), path.steps().get(k));
                }
            }
        }
        List<SeizableAsset> assets = a.holdings.stream().map(h -> seizable(h, steps.get(h.holdingRel()))).toList();
        List<EntityRef> subjects = a.subjects.stream().map(s -> UnusualWealth.ref(s, "Person", names.get(s))).toList();
        List<HouseholdMember> household = a.picture.household().stream()
                .filter(m -> !a.subjects.contains(m.person()))
                .map(m -> new HouseholdMember(UnusualWealth.ref(m.person(), "Person", m.name()), m.relation())).toList();
        List<YearIncome> years = a.legalIncomeByYear.entrySet().stream().map(e -> new YearIncome(e.getKey(), Money.round(e.getValue()))).toList();
        return new UnusualWealthResult(rank, a.score, subjects, household, Money.round(a.assetsValue), Money.round(a.acquiredValue),
                Money.round(a.yearlyIncome), Money.round(a.periodIncome), years, a.indicators, assets, paths, Evidence.sources(paths),
                a.explanation(names));
    }

    /** What a path of one asset shows, in one sentence. */
    private String holdingPath(WealthAssessment a, Holding h) {
        String held = switch (h.via()) {
            case DIRECT -> h.holder().equals(a.picture.person()) ? "registered to " + h.holderName()
                    : "registered to " + h.holderName() + ", " + relation(a, h.holder()) + " at the same address";
            case COMPANY -> "registered to " + h.holderName() + ", which " + controllers(a, h) + " directs or owns";
            case STRAW_MAN -> "registered to " + h.holderName() + " (straw man: declared income " + Money.euros(h.strawIncome() == null ? 0 : h.strawIncome())
                    + " a year, at least " + q.strawManMinVehicles() + " vehicles), driven by the household";
        };
        String seen = h.sightings().isEmpty() ? "" : "; seen driven " + h.sightings().size() + (h.sightings().size() == 1 ? " time" : " times")
                + " in the period";
        return h.caption() + " (" + Money.euros(h.value()) + ") " + held + seen;
    }

    /** The relationships of an asset's path: how the household reaches the holder, the holding itself, then the sightings. */
    private static List<String> holdingRels(WealthAssessment a, Holding h) {
        List<String> ids = new ArrayList<>();
        if (h.via() == WealthPicture.Via.DIRECT) {
            a.picture.household().stream().filter(m -> m.person().equals(h.holder())).findFirst().ifPresent(m -> ids.addAll(m.rels()));
        }
        if (h.via() == WealthPicture.Via.COMPANY) {
            ids.addAll(h.route());
        }
        ids.add(h.holdingRel());
        h.sightings().stream().limit(MAX_STEPS).map(Sighting::rel).forEach(ids::add);
        if (h.via() == WealthPicture.Via.STRAW_MAN) {
            ids.addAll(h.route());
        }
        return ids.stream().distinct().toList();
    }

    private SeizableAsset seizable(Holding h, EvidenceStep holding) {
        String location = h.address();
        if (location == null && !h.sightings().isEmpty()) {
            Sighting last = h.sightings().getLast();
            location = "last seen " + last.date() + (last.place() == null ? "" : " in " + last.place());
        }
        return new SeizableAsset(UnusualWealth.ref(h.asset(), h.kind(), h.caption()), h.kind(), h.caption(), location,
                UnusualWealth.ref(h.holder(), h.holderKind(), h.holderName()), h.via().name(), route(h), Money.round(h.value()), h.valueBasis(),
                h.acquired() == null ? null : h.acquired().toString(), h.acquiredIn(q.since(), q.until()), h.paidWith(), holding == null ? List.of() : holding.sources());
    }

    private static String route(Holding h) {
        return switch (h.via()) {
            case DIRECT -> "registered owner";
            case COMPANY -> "owned by the company " + h.holderName();
            case STRAW_MAN -> "registered to straw man " + h.holderName() + ", driven by the household";
        };
    }

    private static String relation(WealthAssessment a, String person) {
        return a.picture.household().stream().filter(m -> m.person().equals(person)).map(Member::relation).findFirst().orElse("household member");
    }

    private static String controllers(WealthAssessment a, Holding h) {
        return a.subjects.size() == 1 ? UnusualWealth.names(a).get(a.subjects.getFirst()) : "the household";
    }

    private static String earners(WealthAssessment a) {
        return a.picture.earners().stream().map(Earner::name).collect(Collectors.joining(", "));
    }

    private static String unique(Map<String, ?> taken, String description) {
        String d = description;
        for (int n = 2; taken.containsKey(d); n++) {
            d = description + " (" + n + ")";
        }
        return d;
    }
}
