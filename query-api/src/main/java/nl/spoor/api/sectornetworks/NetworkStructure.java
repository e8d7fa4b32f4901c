package nl.spoor.api.sectornetworks;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import nl.spoor.api.sectornetworks.SectorFirms.Firm;
import nl.spoor.api.sectornetworks.SectorFirms.Link;
import nl.spoor.api.sectornetworks.SectorFirms.Network;
import nl.spoor.api.sectornetworks.SectorFirms.Registration;

/**
 * What the register says of a network, read from its firms and links without another query: its controllers and
 * members, and the indicators networkFirms, familyControllers, maxFirmsPerAddress, maxFirmsPerPhone,
 * firmAccountsCoHeld, phoenixSuccessions and firmsWithoutPermit.
 *
 * @param controllers firms directed or owned, per controller (person or company)
 * @param coHolders   firms whose account they hold without directing or owning the firm, per holder
 * @param members     controllers, other account holders and relatives of controllers: who the money may go to
 * @param owners      members and firms: whose houses and tenancies are the network's
 */
record NetworkStructure(Network network, Map<String, Set<String>> controllers, Map<String, Set<String>> coHolders, Set<String> members,
                        Set<String> owners, Map<String, Finding> findings) {

    static NetworkStructure of(Network n, SectorNetworkQuery q) {
        Map<String, Set<String>> controllers = new TreeMap<>();
        Map<String, Set<String>> coHolders = new TreeMap<>();
        Map<String, Map<String, String>> relatives = new HashMap<>(); // controller → relative → FAMILY_OF id
        Map<String, String> controlVia = new HashMap<>();             // firm|controller → DIRECTOR_OF/OWNS id
        for (Link l : n.links()) {
            switch (l.kind()) {
                case "controller" -> {
                    controllers.computeIfAbsent(l.link(), k -> new LinkedHashSet<>()).add(l.firm());
                    controlVia.putIfAbsent(l.firm() + "|" + l.link(), l.via().getFirst());
                }
                case "coHolder" -> coHolders.computeIfAbsent(l.link(), k -> new LinkedHashSet<>()).add(l.firm());
                case "relative" -> relatives.computeIfAbsent(l.person(), k -> new HashMap<>()).put(l.link(), l.via().get(1));
                default -> { }
            }
        }
        Set<String> members = new LinkedHashSet<>(controllers.keySet());
        members.addAll(coHolders.keySet());
        relatives.values().forEach(r -> members.addAll(r.keySet()));
        Set<String> owners = new LinkedHashSet<>(members);
        n.firms().forEach(f -> owners.add(f.id()));

        Map<String, Finding> findings = new LinkedHashMap<>();
        long active = n.firms().stream().filter(f -> f.end() == null).count();
        findings.put("networkFirms", Finding.of(n.firms().size(), n.firms().size() + " firms (" + active + " active, "
                + (n.firms().size() - active) + " ended)"));
        findings.put("familyControllers", family(controllers.keySet(), relatives));
        findings.put("maxFirmsPerAddress", shared(n, "address", "registered at one address"));
        findings.put("maxFirmsPerPhone", shared(n, "phone", "using one phone"));
        findings.put("firmAccountsCoHeld", coHeld(n));
        findings.put("phoenixSuccessions", phoenix(n, q, controlVia));
        findings.put("firmsWithoutPermit", permits(n, q));
        return new NetworkStructure(n, controllers, coHolders, members, owners, findings);
    }

    /** The largest group of controllers tied by FAMILY_OF, directly or through one relative (an in-law, a parent). */
    private static Finding family(Set<String> controllers, Map<String, Map<String, String>> relatives) {
        List<String> people = new ArrayList<>(controllers);
        Map<String, Integer> group = new HashMap<>();
        people.forEach(p -> group.put(p, group.size()));
        List<String> ties = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                List<String> tie = tie(people.get(i), people.get(j), relatives);
                if (!tie.isEmpty()) {
                    ties.addAll(tie);
                    int from = group.get(people.get(j));
                    int to = group.get(people.get(i));
                    group.replaceAll((k, v) -> v == from ? to : v);
                }
            }
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        group.values().forEach(g -> sizes.merge(g, 1, Integer::sum));
        int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int value = largest > 1 ? largest : 0;
        return Finding.of(value, value == 0 ? "no two controllers are family (FAMILY_OF)"
                : value + " of " + people.size() + " controllers are family of each other (FAMILY_OF, directly or through one relative)")
                .path("Family ties between the controllers", ties.stream().distinct().toList());
    }

    private static List<String> tie(String a, String b, Map<String, Map<String, String>> relatives) {
        Map<String, String> ra = relatives.getOrDefault(a, Map.of());
        Map<String, String> rb = relatives.getOrDefault(b, Map.of());
        if (ra.containsKey(b)) {
            return List.of(ra.get(b));
        }
        for (Map.Entry<String, String> e : ra.entrySet()) {
            if (rb.containsKey(e.getKey())) {
                return List.of(e.getValue(), rb.get(e.getKey()));
            }
        }
        return List.of();
    }

    /** The most firms sharing one address (or phone), with the relationships that register them there. */
    private static Finding shared(Network n, String kind, String what) {
        Map<String, Set<String>> firms = new TreeMap<>();
        Map<String, List<String>> via = new HashMap<>();
        for (Link l : n.links()) {
            if (l.kind().equals(kind)) {
                firms.computeIfAbsent(l.link(), k -> new LinkedHashSet<>()).add(l.firm());
                via.computeIfAbsent(l.link(), k -> new ArrayList<>()).addAll(l.via());
            }
        }
        String top = firms.entrySet().stream().max(java.util.Comparator.comparingInt(e -> e.getValue().size())).map(Map.Entry::getKey).orElse(null);
        int most = top == null ? 0 : firms.get(top).size();
        Finding f = Finding.of(most, most + (most == 1 ? " firm " : " firms ") + what + (top == null ? "" : " (" + top + ")"));
        if (most > 1) {
            f.path(most + " firms " + what + " (" + top + ")", via.get(top));
        }
        return f;
    }

    /** Firms whose account is also held by someone who neither directs nor owns it, or by another firm of the network. */
    private static Finding coHeld(Network n) {
        Map<String, List<String>> byFirm = new TreeMap<>();
        Map<String, List<Link>> accounts = new HashMap<>();
        for (Link l : n.links()) {
            if (l.kind().equals("coHolder")) {
                byFirm.computeIfAbsent(l.firm(), k -> new ArrayList<>()).addAll(l.via());
            } else if (l.kind().equals("account")) {
                accounts.computeIfAbsent(l.link(), k -> new ArrayList<>()).add(l);
            }
        }
        accounts.values().stream().filter(ls -> ls.stream().map(Link::firm).distinct().count() > 1)
                .forEach(ls -> ls.forEach(l -> byFirm.computeIfAbsent(l.firm(), k -> new ArrayList<>()).addAll(l.via())));
        Finding f = Finding.of(byFirm.size(), byFirm.size() + (byFirm.size() == 1 ? " firm has" : " firms have")
                + " an account also held by someone who neither directs nor owns it");
        byFirm.forEach((firm, ids) -> f.path("Account of " + firm + " held by others too", ids));
        return f;
    }

    /**
     * Firms that stopped and were followed within the window (0..phoenixWindowDays after the end) by a firm of the
     * network at the same address or with the same controller; counted per firm that stopped.
     */
    private static Finding phoenix(Network n, SectorNetworkQuery q, Map<String, String> controlVia) {
        Map<String, Set<String>> controllersOf = new HashMap<>();
        controlVia.keySet().forEach(k -> controllersOf.computeIfAbsent(k.substring(0, k.indexOf('|')), x -> new LinkedHashSet<>())
                .add(k.substring(k.indexOf('|') + 1)));
        Map<String, String> successions = new HashMap<>();
        n.links().stream().filter(l -> l.kind().equals("succession")).forEach(l -> successions.put(l.link(), l.via().getFirst()));
        int count = 0;
        long maxGap = 0;
        Finding f = Finding.of(0, "");
        for (Firm a : n.firms()) {
            if (a.end() == null) {
                continue;
            }
            for (Firm b : n.firms()) {
                if (b == a || b.start() == null) {
                    continue;
                }
                long gap = ChronoUnit.DAYS.between(a.end(), b.start());
                if (gap < 0 || gap > q.phoenixWindowDays()) {
                    continue;
                }
                List<String> ids = new ArrayList<>();
                String same = null;
                for (Registration ra : a.registrations()) {
                    for (Registration rb : b.registrations()) {
                        if (ra.address().equals(rb.address())) {
                            ids.addAll(List.of(ra.via(), rb.via()));
                            same = "at the same address";
                        }
                    }
                }
                Set<String> shared = new LinkedHashSet<>(controllersOf.getOrDefault(a.id(), Set.of()));
                shared.retainAll(controllersOf.getOrDefault(b.id(), Set.of()));
                for (String c : shared) {
                    ids.addAll(List.of(controlVia.get(a.id() + "|" + c), controlVia.get(b.id() + "|" + c)));
                }
                if (!shared.isEmpty()) {
                    String people = shared.size() == 1 ? "with the same controller" : "with the same " + shared.size() + " controllers";
                    same = same == null ? people : same + " and " + people;
                }
                if (same == null) {
                    continue;
                }
                String kvk = successions.get("succession:" + a.id() + ">" + b.id());
                if (kvk != null) {
                    ids.addFirst(kvk);
                }
                f.path(a.name() + " stopped on " + a.end() + "; " + b.name() + " started " + gap + " days later " + same, ids);
                count++;
                maxGap = Math.max(maxGap, gap);
                break;
            }
        }
        return new Finding(count, count == 0 ? "no firm was followed within " + q.phoenixWindowDays() + " days by another at its address or with its people"
                : count + (count == 1 ? " firm" : " firms") + " stopped and " + (count == 1 ? "was" : "were") + " followed within " + maxGap
                + " days by a firm at the same address or with the same people (window " + q.phoenixWindowDays() + " days)", f.evidence());
    }

    /** Firms of the permit's SBI registered in a municipality that requires it, active on or after the day it is required, without one. */
    private static Finding permits(Network n, SectorNetworkQuery q) {
        Finding f = Finding.of(0, "");
        int count = 0;
        for (Firm firm : n.firms()) {
            if (firm.sbiCode() == null || !firm.sbiCode().startsWith(q.permitSbi()) || firm.permit() != null
                    || firm.end() != null && firm.end().isBefore(q.permitRequiredSince())) {
                continue;
            }
            List<String> ids = firm.registrations().stream().filter(r -> q.permitMunicipalities().contains(r.municipalityCode()))
                    .map(Registration::via).toList();
            if (!ids.isEmpty()) {
                count++;
                f.path(firm.name() + " has no permit (SBI " + firm.sbiCode() + ", registered in " + String.join(", ", q.permitMunicipalities())
                        + ", active on or after " + q.permitRequiredSince() + ")", ids);
            }
        }
        boolean applies = n.firms().stream().map(Firm::sbiCode).filter(Objects::nonNull).anyMatch(s -> s.startsWith(q.permitSbi()));
        String detail = !applies ? "no permit rule for this sector (the rule is for SBI " + q.permitSbi() + ")"
                : count + (count == 1 ? " firm" : " firms") + " of SBI " + q.permitSbi() + " in " + String.join(", ", q.permitMunicipalities())
                + " active on or after " + q.permitRequiredSince() + " without the required permit";
        return new Finding(count, detail, f.evidence());
    }
}
