package nl.spoor.api.sectornetworks;

import java.time.LocalDate;
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

import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;

/**
 * The firms of a sector grouped into networks: two firms are in one network when a link joins them — a controller
 * (director or owner), a relative of a controller (so firms of a father and his son, or of two in-laws, meet), another
 * holder of a firm's account, a registered address, a phone, an account, or a KvK succession — directly or through
 * other firms (connected components of the firm–link graph). A link shared by more than
 * {@link SectorNetworkQuery#maxFirmsPerLink()} firms is a hub and joins nothing, unless it is a controller of them.
 * Firms, their SBI code, dates, permit and registrations, and every link are those the request's view may use. Stateless.
 */
final class SectorFirms {

    private static final String FIRMS = CypherResource.load(SectorFirms.class, "SectorFirms.firms.cypher");
    private static final String LINKS = CypherResource.load(SectorFirms.class, "SectorFirms.links.cypher");

    record Registration(String address, String municipalityCode, String via) {
    }

    record Firm(String id, String name, String sbiCode, LocalDate start, LocalDate end, String permit, List<Registration> registrations) {
    }

    /** What ties {@code firm} to {@code link} (a spoor id or {@code succession:A>B}); {@code person} the controller it is about. */
    record Link(String firm, String kind, String link, String person, List<String> via) {
    }

    /** One network: its firms (by id) and every link row of them. */
    record Network(String id, List<Firm> firms, List<Link> links) {
    }

    private SectorFirms() {
    }

    static List<Network> networks(SectorReads reads, SectorNetworkQuery q, View view) {
        int max = reads.limits().maxFirms();
        Map<String, Object> params = new HashMap<>();
        params.put("sbi", q.sbi());
        params.put("municipality", q.municipality());
        params.put("since", q.since());
        params.put("until", q.until());
        params.put("phoenixWindowDays", q.phoenixWindowDays());
        params.put("cap", max + 1);
        List<Firm> firms = reads.read(FIRMS, params, view).stream().map(SectorFirms::firm).toList();
        if (firms.size() > max) {
            throw new QueryRefused(QueryRefused.Limit.TOO_MANY_RESULTS, "SBI " + q.sbi() + " has more than " + max
                    + " firms here (SPOOR_SECTOR_MAX_FIRMS). Narrow it: a longer SBI code, a municipality or a period.");
        }
        if (firms.isEmpty()) {
            return List.of();
        }
        return group(firms, links(reads, firms.stream().map(Firm::id).toList(), view), q.maxFirmsPerLink());
    }

    /** What ties the firms: shared controllers, addresses, phones, co-held accounts, successions. */
    static List<Link> links(SectorReads reads, List<String> firmIds, View view) {
        return reads.read(LINKS, Map.of("firms", firmIds), view).stream()
                .map(r -> new Link(r.get("firm").asString(), r.get("kind").asString(), r.get("link").asString(),
                        r.get("person").isNull() ? null : r.get("person").asString(), r.get("via").asList(Value::asString)))
                .toList();
    }

    /** Connected components over the links of at most {@code maxFirmsPerLink} firms; largest first, then by first firm id. */
    static List<Network> group(List<Firm> firms, List<Link> links, int maxFirmsPerLink) {
        Map<String, Integer> index = new HashMap<>();
        for (Firm f : firms) {
            index.put(f.id(), index.size());
        }
        int[] parent = new int[firms.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Set<Integer>> firmsPerLink = new LinkedHashMap<>();
        Set<String> controllers = new java.util.HashSet<>();
        for (Link l : links) {
            firmsPerLink.computeIfAbsent(l.link(), k -> new LinkedHashSet<>()).add(index.get(l.firm()));
            if (l.kind().equals("controller")) {
                controllers.add(l.link());
            }
        }
        // A controller always joins the firms he directs or owns: someone behind thirty firms of one sector is the
        // finding, not a hub. The cap is for what strangers share: a business centre, an accountant's phone.
        firmsPerLink.forEach((link, s) -> {
            if (s.size() > 1 && (s.size() <= maxFirmsPerLink || controllers.contains(link))) {
                int first = s.iterator().next();
                s.forEach(i -> union(parent, first, i));
            }
        });
        Map<Integer, List<Firm>> groups = new LinkedHashMap<>();
        for (Firm f : firms) {
            groups.computeIfAbsent(find(parent, index.get(f.id())), k -> new ArrayList<>()).add(f);
        }
        Map<Integer, List<Link>> linksOf = new HashMap<>();
        for (Link l : links) {
            linksOf.computeIfAbsent(find(parent, index.get(l.firm())), k -> new ArrayList<>()).add(l);
        }
        List<Network> out = new ArrayList<>();
        groups.forEach((root, members) -> out.add(new Network("network:" + members.getFirst().id(), members,
                linksOf.getOrDefault(root, List.of()))));
        out.sort(Comparator.comparingInt((Network n) -> -n.firms().size()).thenComparing(Network::id));
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static Firm firm(Record r) {
        List<Registration> regs = r.get("registrations").asList(v -> new Registration(v.get("address").asString(),
                v.get("municipalityCode").isNull() ? null : v.get("municipalityCode").asString(), v.get("via").asString()));
        return new Firm(r.get("id").asString(), r.get("name").asString(), r.get("sbiCode").isNull() ? null : r.get("sbiCode").asString(),
                date(r.get("startDate")), date(r.get("endDate")), r.get("permit").isNull() || r.get("permit").asString().isBlank() ? null
                        : r.get("permit").asString(), regs);
    }

    private static LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }
}
