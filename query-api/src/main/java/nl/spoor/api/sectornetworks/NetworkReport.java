package nl.spoor.api.sectornetworks;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.sectornetworks.NetworkMeasures.Forward;
import nl.spoor.api.sectornetworks.NetworkMeasures.Housing;
import nl.spoor.api.sectornetworks.NetworkMeasures.Measures;
import nl.spoor.api.sectornetworks.NetworkMeasures.Worker;

/**
 * One network judged: its indicators against the query's thresholds, the score (the weights of the indicators that
 * fired), its key figures and the paragraph that explains it. Immutable.
 */
record NetworkReport(NetworkStructure structure, Measures measures, Map<String, Finding> findings, List<Indicator> indicators,
                     double score, List<Figure> keyFigures) {

    /** Indicator → what it adds to the score when it fires; the money and housing of workers weigh most. */
    static final Map<String, Double> WEIGHTS = weights();

    /** Who controls how much of the network. */
    record Figure(String id, int firmsControlled, int accountsCoHeld, int workersHoused, double receivedFromWorkers) {

        int control() {
            return firmsControlled + accountsCoHeld + (workersHoused > 0 ? 1 : 0) + (receivedFromWorkers > 0 ? 1 : 0);
        }
    }

    private static Map<String, Double> weights() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("networkFirms", 1.0);
        w.put("familyControllers", 1.0);
        w.put("maxFirmsPerAddress", 1.0);
        w.put("maxFirmsPerPhone", 1.0);
        w.put("firmAccountsCoHeld", 1.0);
        w.put("phoenixSuccessions", 1.5);
        w.put("maxPersonsPerAddress", 1.5);
        w.put("employerLandlordShare", 2.0);
        w.put("forwardedFraction", 2.0);
        w.put("firmsWithoutPermit", 1.0);
        return java.util.Collections.unmodifiableMap(w);
    }

    static double threshold(String indicator, SectorNetworkQuery q) {
        return switch (indicator) {
            case "networkFirms" -> q.minFirms();
            case "familyControllers" -> q.minFamilyControllers();
            case "maxFirmsPerAddress" -> q.minFirmsPerAddress();
            case "maxFirmsPerPhone" -> q.minFirmsPerPhone();
            case "firmAccountsCoHeld" -> q.minCoHeldAccounts();
            case "phoenixSuccessions" -> q.minPhoenixSuccessions();
            case "maxPersonsPerAddress" -> q.overcrowdedFrom();
            case "employerLandlordShare" -> q.minEmployerLandlordShare();
            case "forwardedFraction" -> q.minForwardedFraction();
            case "firmsWithoutPermit" -> q.minFirmsWithoutPermit();
            default -> throw new IllegalArgumentException("no indicator " + indicator);
        };
    }

    static NetworkReport of(NetworkStructure s, Measures m, SectorNetworkQuery q) {
        Map<String, Finding> findings = new LinkedHashMap<>(s.findings());
        findings.putAll(NetworkMeasures.findings(m, q));
        List<Indicator> indicators = new ArrayList<>();
        double score = 0;
        for (Map.Entry<String, Double> w : WEIGHTS.entrySet()) {
            Finding f = findings.get(w.getKey());
            double threshold = threshold(w.getKey(), q);
            boolean fired = f.value() >= threshold;
            indicators.add(new Indicator(w.getKey(), f.detail(), round(f.value()), threshold, fired, fired ? w.getValue() : 0));
            score += fired ? w.getValue() : 0;
        }
        return new NetworkReport(s, m, findings, List.copyOf(indicators), score, figures(s, m));
    }

    private static List<Figure> figures(NetworkStructure s, Measures m) {
        List<Figure> out = new ArrayList<>();
        Map<String, String> ownerOf = new LinkedHashMap<>();
        m.housing().forEach(h -> ownerOf.put(h.address(), h.owner()));
        for (String id : s.owners()) {
            int controlled = s.controllers().getOrDefault(id, Set.of()).size();
            int coHeld = s.coHolders().getOrDefault(id, Set.of()).size();
            int housed = (int) m.workers().stream().filter(w -> id.equals(w.landlord()) || w.address() != null && id.equals(ownerOf.get(w.address())))
                    .map(Worker::worker).distinct().count();
            double received = m.forwards().stream().filter(f -> id.equals(f.member())).mapToDouble(Forward::amount).sum();
            if ((controlled > 0 || coHeld > 0 || housed > 0 || received > 0) && !s.network().firms().stream().anyMatch(f -> f.id().equals(id))) {
                out.add(new Figure(id, controlled, coHeld, housed, round(received)));
            }
        }
        out.sort(Comparator.comparingInt(Figure::control).reversed().thenComparing(Comparator.comparingDouble(Figure::receivedFromWorkers).reversed())
                .thenComparing(Figure::id));
        return List.copyOf(out);
    }

    /** The key figures that control most (all tied at the top, at most three): the subjects of the result. */
    List<Figure> subjects() {
        if (keyFigures.isEmpty()) {
            return List.of();
        }
        int top = keyFigures.getFirst().control();
        return keyFigures.stream().filter(f -> f.control() == top).limit(3).toList();
    }

    /** One paragraph: what the network is, who controls most, what fired with its figures, what did not, the score. */
    String explanation(SectorNetworkQuery q, Map<String, String> captions) {
        StringBuilder b = new StringBuilder();
        int firms = structure.network().firms().size();
        b.append("Network of ").append(firms).append(firms == 1 ? " firm" : " firms").append(" with SBI ").append(q.sbi())
                .append(" (").append(String.join(", ", structure.network().firms().stream().limit(4).map(SectorFirms.Firm::name).toList()))
                .append(firms > 4 ? ", …" : "").append(")");
        if (!keyFigures.isEmpty()) {
            b.append("; controlled most by ").append(String.join(", ", subjects().stream().map(f -> captions.getOrDefault(f.id(), f.id())
                    + " (" + figure(f) + ")").toList()));
        }
        b.append(". ");
        List<String> fired = indicators.stream().filter(Indicator::fired).map(i -> i.explanation() + " [" + i.name() + " ≥ " + number(i.threshold()) + "]").toList();
        List<String> quiet = indicators.stream().filter(i -> !i.fired()).map(Indicator::name).toList();
        b.append(fired.isEmpty() ? "No indicator fired" : "Fired: " + String.join("; ", fired)).append(". ");
        if (!quiet.isEmpty()) {
            b.append("Not fired: ").append(String.join(", ", quiet)).append(". ");
        }
        b.append("Score ").append(number(score)).append(" of ").append(number(WEIGHTS.values().stream().mapToDouble(Double::doubleValue).sum())).append('.');
        return caption(b.toString(), captions);
    }

    private static String figure(Figure f) {
        List<String> parts = new ArrayList<>();
        if (f.firmsControlled() > 0) {
            parts.add("controls " + f.firmsControlled() + (f.firmsControlled() == 1 ? " firm" : " firms"));
        }
        if (f.accountsCoHeld() > 0) {
            parts.add("holds the accounts of " + f.accountsCoHeld() + (f.accountsCoHeld() == 1 ? " firm" : " firms"));
        }
        if (f.workersHoused() > 0) {
            parts.add("houses " + f.workersHoused() + (f.workersHoused() == 1 ? " worker" : " workers"));
        }
        if (f.receivedFromWorkers() > 0) {
            parts.add("received " + euros(f.receivedFromWorkers()) + " from workers");
        }
        return String.join(", ", parts);
    }

    /** Spoor ids in a text replaced by their captions, for the reader. */
    static String caption(String text, Map<String, String> captions) {
        String out = text;
        // Longest first, so that an id that begins another (address:…-4, address:…-49) does not cut into it.
        for (Map.Entry<String, String> e : captions.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> x) -> x.getKey().length()).reversed()).toList()) {
            if (!e.getKey().equals(e.getValue())) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** All ids a report names (firms, members, addresses), to be captioned. */
    List<String> namedIds() {
        List<String> ids = new ArrayList<>(structure.owners());
        measures.housing().stream().map(Housing::address).forEach(ids::add);
        structure.network().links().stream().filter(l -> l.kind().equals("address") || l.kind().equals("phone")).map(SectorFirms.Link::link)
                .forEach(ids::add);
        return ids.stream().distinct().toList();
    }

    static String euros(double amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "€" + f.format(amount);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
