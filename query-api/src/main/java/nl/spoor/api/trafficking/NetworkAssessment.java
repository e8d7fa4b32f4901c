package nl.spoor.api.trafficking;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.trafficking.NetworkFacts.AdOnPhone;
import nl.spoor.api.trafficking.NetworkFacts.Act;
import nl.spoor.api.trafficking.NetworkFacts.Payment;
import nl.spoor.api.trafficking.NetworkFacts.Resident;
import nl.spoor.api.trafficking.NetworkFacts.Sighting;
import nl.spoor.api.trafficking.NetworkFacts.Stay;
import nl.spoor.api.trafficking.NetworkFacts.Tenancy;

/**
 * Measures the mensenhandel indicators of one controller's network from its {@link NetworkFacts} (DESIGN §5),
 * says which persons are tied to the controller and how, and which of them need protective handling: a
 * person tied to the controller as a possible victim who also acts for him (collects others' money, lets
 * her phone carry others' ads, lets rooms to others) is a victim and suspect at once, and a minor is a
 * minor: both are flagged, never listed as controllers. Pure computation, no store.
 */
final class NetworkAssessment {

    /** Most evidence paths per indicator; the indicator's explanation always gives the full count. */
    static final int PATHS_PER_INDICATOR = 8;

    enum Role {
        POSSIBLE_VICTIM, VICTIM_AND_SUSPECT
    }

    /** One person tied to the controller, with how, and the protective flag. */
    record Tied(String person, String name, Role role, List<String> ties, boolean minor, List<String> protectiveReasons) {
        boolean protectiveFlag() {
            return !protectiveReasons.isEmpty();
        }
    }

    final NetworkFacts facts;
    final TraffickingQuery q;
    final List<Indicator> indicators = new ArrayList<>();
    /** Evidence paths by description, relationship element ids in order. */
    final Map<String, List<String>> evidence = new LinkedHashMap<>();
    final Map<String, Tied> persons = new LinkedHashMap<>();
    final List<String> findings = new ArrayList<>();
    /** How the controller was found: {@code phone}, {@code address}, {@code fanIn}, or {@code asked}. */
    final List<String> anchors;
    double score;
    int fired;

    NetworkAssessment(NetworkFacts facts, TraffickingQuery q, LocalDate referenceDay, List<String> anchors) {
        this.facts = facts;
        this.q = q;
        this.anchors = anchors == null ? List.of() : List.copyOf(anchors);
        facts.companies().forEach(f -> evidence.putIfAbsent(facts.controllerName() + " directs or owns " + f.label(), List.of(f.rel())));
        fanIn();
        unrelatedPersons();
        hotelStays();
        phones();
        employerIsLandlord();
        transport();
        tie(referenceDay);
    }

    List<String> firedNames() {
        return indicators.stream().filter(Indicator::fired).map(Indicator::name).toList();
    }

    /** One paragraph a jurist can read: who, how many, what fired with its values, who needs protection. */
    String explanation() {
        StringBuilder b = new StringBuilder();
        long rent = persons.values().stream().filter(t -> t.ties().stream().anyMatch(x -> x.startsWith("rents"))).count();
        long pay = persons.values().stream().filter(t -> t.ties().contains("pays the controller")).count();
        long ads = persons.values().stream().filter(t -> t.ties().contains("offered in ads on a phone of the network")).count();
        long work = persons.values().stream().filter(t -> t.ties().contains("employed by the network")).count();
        b.append(facts.controllerName());
        if (!facts.companies().isEmpty()) {
            b.append(" (firms: ").append(facts.companies().stream().map(NetworkFacts.Firm::label).distinct().collect(Collectors.joining(", "))).append(")");
        }
        b.append(" is tied to ").append(persons.size()).append(persons.size() == 1 ? " person" : " persons")
                .append(" who may be victims (").append(rent).append(" rent a room from the controller or a firm of the controller, ")
                .append(pay).append(" pay the controller, ").append(ads).append(" are offered in ads on the network's phones, ")
                .append(work).append(" work for a firm of the controller). ");
        if (fired == 0) {
            b.append("No indicator reached its threshold.");
        } else {
            b.append(fired).append(fired == 1 ? " indicator reached its threshold" : " indicators reached their thresholds").append(" (score ")
                    .append(String.format(Locale.ROOT, "%.2f", score)).append("): ");
            b.append(indicators.stream().filter(Indicator::fired).map(i -> i.name() + " " + (long) i.value() + " ≥ " + i.threshold().longValue()
                    + ": " + i.explanation()).collect(Collectors.joining("; "))).append(".");
        }
        List<Indicator> quiet = indicators.stream().filter(i -> !i.fired()).toList();
        if (!quiet.isEmpty()) {
            b.append(" Below threshold: ").append(quiet.stream().map(i -> i.name() + " " + (long) i.value() + " < " + i.threshold().longValue())
                    .collect(Collectors.joining(", "))).append(".");
        }
        List<Tied> flagged = persons.values().stream().filter(Tied::protectiveFlag).toList();
        if (!flagged.isEmpty()) {
            b.append(" Protective flag: ").append(flagged.stream().map(t -> facts.nameOf(t.person()) + " (" + String.join("; ", t.protectiveReasons()) + ")")
                    .collect(Collectors.joining("; "))).append(": to be handled as possible victims with protection, not as suspects.");
        }
        b.append(" The score ranks work for analysts and decides nothing.");
        return b.toString();
    }

    boolean protectiveFlag() {
        return persons.values().stream().anyMatch(Tied::protectiveFlag);
    }

    private void indicator(String name, double value, int threshold, String explanation) {
        boolean fires = value >= threshold;
        double weight = fires ? Math.min(value / threshold, 2.0) : 0;
        indicators.add(new Indicator(name, explanation, value, (double) threshold, fires, weight));
        if (fires) {
            score += weight;
            fired++;
            findings.add(explanation);
        }
    }

    private void path(String description, List<String> rels) {
        evidence.putIfAbsent(description, rels);
    }

    private void fanIn() {
        // The payers are always read; the payments (amounts, days, evidence) only with details (the page).
        Map<String, List<Payment>> bySender = new TreeMap<>();
        facts.payments().forEach(p -> bySender.computeIfAbsent(p.person(), k -> new ArrayList<>()).add(p));
        double total = facts.payments().stream().mapToDouble(Payment::amount).sum();
        int payers = facts.payers().size();
        indicator("fanInSenders", payers, q.minFanInSenders(), payers + " persons, not family, paid " + facts.controllerName()
                + (facts.payments().isEmpty() ? "" : " " + euros(total) + " in " + facts.payments().size() + " transfers"));
        bySender.entrySet().stream().limit(PATHS_PER_INDICATOR).forEach(e -> {
            // The largest, and of equal ones the first: not whichever the store read first.
            Payment largest = e.getValue().stream().max(Comparator.comparingDouble(Payment::amount)
                    .thenComparing(Payment::date, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))).orElseThrow();
            path(facts.nameOf(e.getKey()) + " paid " + facts.controllerName() + " " + euros(largest.amount())
                    + (largest.date() == null ? ", undated" : " on " + largest.date()) + " (largest of " + e.getValue().size() + ")", largest.rels());
        });
    }

    private void unrelatedPersons() {
        Map<String, List<Resident>> byAddress = new TreeMap<>();
        // Residents and (below) ads in a fixed order, so the evidence does not follow the order the store reads them in.
        facts.residents().stream().sorted(Comparator.comparing(Resident::person).thenComparing(r -> String.valueOf(r.rel())))
                .forEach(r -> byAddress.computeIfAbsent(r.address(), k -> new ArrayList<>()).add(r));
        // The address with the most unrelated residents; among equals, the fullest.
        Map.Entry<String, List<Resident>> most = byAddress.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<String, List<Resident>> e) -> unrelated(e.getValue()).size())
                        .thenComparingInt(e -> e.getValue().size())).orElse(null);
        List<Resident> unrelated = most == null ? List.of() : unrelated(most.getValue());
        indicator("unrelatedPersonsPerAddress", unrelated.size(), q.minUnrelatedPersons(), most == null
                ? "nobody is registered at an address " + facts.controllerName() + " or a firm of the controller lets"
                : unrelated.size() + " of the " + most.getValue().size() + " persons registered at " + most.getKey()
                        + (most.getValue().getFirst().place() == null ? "" : " (" + most.getValue().getFirst().place() + ")")
                        + ", let by " + facts.controllerName() + " or a firm of the controller, have no family tie to another resident there");
        unrelated.stream().limit(PATHS_PER_INDICATOR).forEach(r -> {
            List<String> rels = new ArrayList<>();
            facts.tenancies().stream().filter(t -> t.person().equals(r.person()) && r.address().equals(t.address()))
                    .findFirst().ifPresent(t -> rels.add(t.rel()));
            rels.add(r.rel());
            path(facts.nameOf(r.person()) + " lives at " + r.address() + ", let by the network, without family there", rels);
        });
    }

    private static List<Resident> unrelated(List<Resident> residents) {
        return residents.stream().filter(r -> !r.related()).toList();
    }

    private void hotelStays() {
        // In time order (then person, then relationship), so the places and the evidence do not follow the order the store
        // reads them in (the stays come from one read for the whole query, or from each member's addresses).
        List<Stay> stays = facts.stays().stream().sorted(Comparator.comparing(Stay::from, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Stay::person).thenComparing(Stay::rel)).toList();
        Set<String> places = stays.stream().map(Stay::place).filter(p -> p != null).collect(Collectors.toCollection(LinkedHashSet::new));
        long persons = facts.stays().stream().map(Stay::person).distinct().count();
        indicator("hotelStays", facts.stays().size(), q.minHotelStays(), facts.stays().size() + " stays of " + persons
                + " persons at hotels and Airbnbs" + (places.isEmpty() ? "" : " in " + places.size() + " places (" + String.join(", ", places) + ")"));
        stays.stream().limit(PATHS_PER_INDICATOR).forEach(s -> path(facts.nameOf(s.person()) + " stayed at " + s.address() + " (" + s.place() + ") "
                        + s.from() + " – " + s.until(), List.of(s.rel())));
    }

    private void phones() {
        // A phone of the controller or a firm counts whole; a phone of a person of the network only for the ads offering
        // persons of the network (a tenant who runs ads of his own is not the landlord's doing).
        Set<String> parties = new java.util.HashSet<>();
        parties.add(facts.controller());
        facts.companies().forEach(c -> parties.add(c.company()));
        Set<String> partyPhones = facts.phoneUsers().stream().filter(u -> parties.contains(u.user())).map(NetworkFacts.PhoneUser::phone)
                .collect(Collectors.toSet());
        Set<String> members = facts.members().stream().map(NetworkFacts.Member::person).collect(Collectors.toSet());
        Map<String, List<AdOnPhone>> byPhone = new TreeMap<>();
        facts.ads().stream().filter(a -> partyPhones.contains(a.phone()) || a.person() != null && members.contains(a.person()))
                .sorted(Comparator.comparing(AdOnPhone::ad).thenComparing(a -> String.valueOf(a.person())))
                .forEach(a -> byPhone.computeIfAbsent(a.phone(), k -> new ArrayList<>()).add(a));
        String aliasPhone = null;
        String personPhone = null;
        long aliases = 0;
        long advertised = 0;
        for (var e : byPhone.entrySet()) {
            long a = e.getValue().stream().map(AdOnPhone::alias).filter(x -> x != null).distinct().count();
            long p = e.getValue().stream().map(AdOnPhone::person).filter(x -> x != null).distinct().count();
            if (a > aliases) {
                aliases = a;
                aliasPhone = e.getKey();
            }
            if (p > advertised) {
                advertised = p;
                personPhone = e.getKey();
            }
        }
        indicator("aliasesPerPhone", aliases, q.minAliasesPerPhone(), aliasPhone == null ? "no ads on a phone of the network"
                : aliases + " different aliases in the " + byPhone.get(aliasPhone).size() + " ads on " + aliasPhone + ", used by " + users(aliasPhone));
        indicator("personsPerPhone", advertised, q.minPersonsPerPhone(), personPhone == null ? "no persons offered in ads on a phone of the network"
                : advertised + " different persons offered in the ads on " + personPhone + ", used by " + users(personPhone));
        if (aliasPhone != null) {
            String phone = aliasPhone;
            List<String> uses = facts.phoneUsers().stream().filter(u -> u.phone().equals(phone)).map(NetworkFacts.PhoneUser::rel).toList();
            byPhone.get(phone).stream().limit(PATHS_PER_INDICATOR).forEach(a -> {
                List<String> rels = new ArrayList<>(uses);
                rels.addAll(a.rels());
                path("ad " + a.ad() + " as \"" + a.alias() + "\"" + (a.person() == null ? "" : " offers " + facts.nameOf(a.person()))
                        + " on " + phone + ", used by " + users(phone), rels);
            });
        }
    }

    private String users(String phone) {
        return facts.phoneUsers().stream().filter(u -> u.phone().equals(phone)).map(u -> facts.nameOf(u.user())).distinct()
                .map(n -> n.startsWith("kvk:") ? "firm " + n : n).collect(Collectors.joining(" and "));
    }

    private void employerIsLandlord() {
        Map<String, NetworkFacts.Employment> byPerson = new TreeMap<>();
        facts.employments().forEach(e -> byPerson.putIfAbsent(e.person(), e));
        indicator("employerIsLandlord", byPerson.size(), q.minEmployerIsLandlord(), byPerson.size()
                + " persons are employed by " + facts.controllerName() + " or a firm of the controller and rent their room from the controller or such a firm");
        byPerson.values().stream().limit(PATHS_PER_INDICATOR).forEach(e -> {
            List<String> rels = new ArrayList<>();
            facts.tenancies().stream().filter(t -> t.person().equals(e.person())).findFirst().ifPresent(t -> rels.add(t.rel()));
            rels.add(e.rel());
            path(facts.nameOf(e.person()) + " rents from and works for the network", rels);
        });
    }

    private void transport() {
        Set<String> homePlaces = Set.copyOf(facts.homePlaces());
        List<Sighting> atNetwork = facts.sightings().stream().filter(s -> s.place() != null && (homePlaces.contains(s.place())
                || facts.stays().stream().anyMatch(st -> s.place().equals(st.place()) && within(s.date(), st.from(), st.until()))))
                // In time order, so the evidence shows the first drives whatever order the store reads them in.
                .sorted(Comparator.comparing(Sighting::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Sighting::vehicle)
                        .thenComparing(Sighting::rel))
                .toList();
        Set<String> vehicles = atNetwork.stream().map(Sighting::vehicle).collect(Collectors.toCollection(LinkedHashSet::new));
        indicator("transportSightings", atNetwork.size(), q.minTransportSightings(), facts.controllerName() + " was seen " + atNetwork.size()
                + " times driving " + (vehicles.isEmpty() ? "a vehicle not registered to the controller" : String.join(", ", vehicles)
                + ", not registered to the controller,") + " where the network's persons live or, on those days, stay");
        atNetwork.stream().limit(PATHS_PER_INDICATOR).forEach(s -> {
            List<String> rels = new ArrayList<>();
            rels.add(s.rel());
            if (s.ownerRel() != null) {
                rels.add(s.ownerRel());
            }
            path(facts.controllerName() + " drove " + s.vehicle() + (s.owner() == null ? "" : " (registered to " + (s.ownerName() == null ? s.owner() : s.ownerName()) + ")")
                    + " in " + s.place() + " on " + s.date(), rels);
        });
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate until) {
        return day != null && (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** Who is tied to the controller and how; who needs protective handling and why. */
    private void tie(LocalDate referenceDay) {
        Map<String, Set<String>> ties = new LinkedHashMap<>();
        for (Tenancy t : facts.tenancies()) {
            ties.computeIfAbsent(t.person(), k -> new LinkedHashSet<>()).add("rents a room" + (t.address() == null ? "" : " at " + t.address()));
        }
        for (String payer : facts.payers()) {
            ties.computeIfAbsent(payer, k -> new LinkedHashSet<>()).add("pays the controller");
        }
        for (AdOnPhone a : facts.ads()) {
            if (a.person() != null && !a.person().equals(facts.controller())) {
                ties.computeIfAbsent(a.person(), k -> new LinkedHashSet<>()).add("offered in ads on a phone of the network");
            }
        }
        for (NetworkFacts.Employment e : facts.employments()) {
            ties.computeIfAbsent(e.person(), k -> new LinkedHashSet<>()).add("employed by the network");
        }
        for (Stay s : facts.stays()) {
            ties.computeIfAbsent(s.person(), k -> new LinkedHashSet<>()).add("stays at hotels and Airbnbs");
        }
        Map<String, List<Act>> acts = new LinkedHashMap<>();
        // In a fixed order (act, then whom), so the evidence shows the same acts whatever order the store reads them in.
        facts.acts().stream().sorted(Comparator.comparing(Act::act).thenComparing(Act::other).thenComparing(a -> String.join(",", a.rels())))
                .forEach(a -> acts.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(a));
        for (var m : facts.members()) {
            Set<String> how = ties.getOrDefault(m.person(), new LinkedHashSet<>());
            if (how.isEmpty()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            List<Act> own = acts.getOrDefault(m.person(), List.of());
            String doing = doing(own);
            if (!doing.isEmpty()) {
                reasons.add("victim and suspect at once: " + String.join(", ", how) + ", and " + doing);
                own.stream().limit(PATHS_PER_INDICATOR).forEach(a -> path(facts.nameOf(m.person()) + " " + verb(a.act()) + " " + facts.nameOf(a.other())
                        + " (protective flag)", a.rels()));
            }
            boolean minor = m.birthDate() != null && Period.between(m.birthDate(), referenceDay).getYears() < 18;
            if (minor) {
                reasons.add("minor: " + Period.between(m.birthDate(), referenceDay).getYears() + " years old on " + referenceDay);
            }
            persons.put(m.person(), new Tied(m.person(), m.name(), doing.isEmpty() ? Role.POSSIBLE_VICTIM : Role.VICTIM_AND_SUSPECT,
                    List.copyOf(how), minor, reasons));
        }
    }

    /** "collects the money of 2 others of the network, …", or empty when the person does nothing for the controller. */
    private static String doing(List<Act> acts) {
        Map<String, Set<String>> byAct = new TreeMap<>();
        acts.forEach(a -> byAct.computeIfAbsent(a.act(), k -> new LinkedHashSet<>()).add(a.other()));
        List<String> parts = new ArrayList<>();
        byAct.forEach((act, others) -> parts.add(switch (act) {
            case "collects" -> "collects the money of " + others.size() + " other" + (others.size() == 1 ? "" : "s") + " of the network";
            case "advertises" -> "her or his phone carries the ads of " + others.size() + " other" + (others.size() == 1 ? "" : "s");
            default -> "lets rooms to " + others.size() + " other" + (others.size() == 1 ? "" : "s");
        }));
        return String.join(", ", parts);
    }

    private static String verb(String act) {
        return switch (act) {
            case "collects" -> "receives money from";
            case "advertises" -> "has her or his phone on the ad of";
            default -> "lets a room to";
        };
    }

    static String euros(double amount) {
        return "€" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
    }
}
