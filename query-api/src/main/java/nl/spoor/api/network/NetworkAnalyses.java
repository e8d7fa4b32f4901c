package nl.spoor.api.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.visibility.View;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.graphql.PageInfo;
import nl.spoor.api.graphql.Pages;
import nl.spoor.api.network.NetworkViews.Community;
import nl.spoor.api.network.NetworkViews.KeyFigure;
import nl.spoor.api.network.NetworkViews.KeyFigureConnection;
import nl.spoor.api.network.NetworkViews.KeyFigureEdge;
import nl.spoor.api.network.NetworkViews.KeyLocation;
import nl.spoor.api.network.NetworkViews.NetworkAnalysis;
import nl.spoor.api.network.Subgraph.Link;
import nl.spoor.api.network.Subgraph.Network;

/**
 * Turns a network and its {@link Measures} into communities, key figures and key locations, each
 * explaining itself: its measures as indicators, the relationships that make it matter as evidence
 * with their sources, and a paragraph to read. Key figures are persons, companies and organisations;
 * key locations addresses and places. Thread-safe.
 */
@Component
class NetworkAnalyses {

    static final Set<String> FIGURES = Set.of("Person", "Company", "Organization");
    static final Set<String> LOCATIONS = Set.of("Address", "Place");
    /** Relationships shown per bridged community, per location. */
    static final int SHOWN = 3;
    static final int SHOWN_AT_LOCATION = 10;

    /**
     * Thresholds of the indicators (query arguments).
     *
     * @param minBridged communities (its own counted) a key figure must tie together to bridge them
     * @param minLinked  entities a key location must be tied to to be a meeting point
     * @param locations  most key locations shown
     */
    record Thresholds(int minBridged, int minLinked, int locations) {
    }

    private final Evidence evidence;

    NetworkAnalyses(Evidence evidence) {
        this.evidence = evidence;
    }

    NetworkAnalysis analyse(Network net, String query, Thresholds t, Pages page, View view) {
        Measures m = Measures.of(net);
        Map<String, EntityRef> refs = new HashMap<>(evidence.refs(net.entities(), view));
        net.entities().forEach(id -> refs.putIfAbsent(id, new EntityRef(id, "Entity", id)));
        Map<String, List<Link>> linksOf = new HashMap<>();
        for (Link l : net.links()) {
            linksOf.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
            if (!l.from().equals(l.to())) {
                linksOf.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
            }
        }
        int n = net.entities().size();
        List<String> figures = net.entities().stream().filter(id -> FIGURES.contains(refs.get(id).kind())).sorted(m.byImportance()).toList();
        List<String> byPageRank = figures.stream().sorted(Comparator.comparingDouble((String v) -> -m.pageRank().getOrDefault(v, 0.0))
                .thenComparing(v -> v)).toList();
        double averageDegree = n == 0 ? 0 : m.degree().values().stream().mapToInt(Integer::intValue).sum() / (double) n;

        List<KeyFigureEdge> edges = new ArrayList<>();
        List<String> onPage = page.of(figures);
        for (int i = 0; i < onPage.size(); i++) {
            String v = onPage.get(i);
            edges.add(new KeyFigureEdge(page.cursor(i), figure(v, page.offset() + i + 1, figures.size(), byPageRank.indexOf(v) + 1, m, refs,
                    linksOf.getOrDefault(v, List.of()), averageDegree, n, t, view)));
        }
        KeyFigureConnection keyFigures = new KeyFigureConnection(edges,
                new PageInfo(page.hasNext(figures.size()), edges.isEmpty() ? null : edges.getLast().cursor()), figures.size());

        List<String> locations = net.entities().stream().filter(id -> LOCATIONS.contains(refs.get(id).kind()))
                .sorted(Comparator.comparingInt((String v) -> -m.degree().getOrDefault(v, 0))
                        .thenComparingDouble(v -> -m.betweenness().getOrDefault(v, 0.0)).thenComparing(v -> v))
                .limit(t.locations()).toList();
        List<KeyLocation> keyLocations = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            keyLocations.add(location(locations.get(i), i + 1, m, refs, linksOf.getOrDefault(locations.get(i), List.of()), t, view));
        }
        List<Community> communities = communities(m, refs, net.links(), figures);
        int ties = m.degree().values().stream().mapToInt(Integer::intValue).sum() / 2;
        return new NetworkAnalysis(query, n, ties, m.modularity(), communities, keyFigures, keyLocations,
                explanation(query, n, ties, m, communities, figures, locations, refs));
    }

    private KeyFigure figure(String v, int rank, int figures, int pageRankRank, Measures m, Map<String, EntityRef> refs, List<Link> links,
                             double averageDegree, int n, Thresholds t, View view) {
        EntityRef me = refs.get(v);
        int own = m.community().getOrDefault(v, 0);
        Map<Integer, List<Link>> byCommunity = new java.util.TreeMap<>();
        for (Link l : links) {
            String other = l.from().equals(v) ? l.to() : l.from();
            byCommunity.computeIfAbsent(m.community().getOrDefault(other, 0), k -> new ArrayList<>()).add(l);
        }
        Set<Integer> bridges = new TreeSet<>(byCommunity.keySet());
        bridges.add(own);
        Map<String, List<String>> shown = new LinkedHashMap<>();
        byCommunity.forEach((c, ls) -> {
            if (c != own) {
                shown.put(me.caption() + " ties community " + own + " to community " + c, ids(ls, SHOWN));
            }
        });
        if (shown.isEmpty() && byCommunity.containsKey(own)) {
            shown.put("Ties of " + me.caption() + " within community " + own, ids(byCommunity.get(own), SHOWN));
        }
        List<EvidencePath> paths = evidence.paths(shown, view);
        double b = m.betweenness().getOrDefault(v, 0.0);
        double pr = m.pageRank().getOrDefault(v, 0.0);
        int degree = m.degree().getOrDefault(v, 0);
        List<Indicator> indicators = List.of(
                new Indicator("betweenness", "on " + percent(b) + " of the shortest paths between two other entities of the network", b, null, b > 0, b),
                new Indicator("bridgedCommunities", "ties together " + bridges.size() + " communit" + (bridges.size() == 1 ? "y" : "ies") + " " + bridges,
                        bridges.size(), (double) t.minBridged(), bridges.size() >= t.minBridged(), 0),
                new Indicator("pageRank", String.format(Locale.ROOT, "PageRank %.3f against %.3f for an average entity", pr, n == 0 ? 0 : 1.0 / n),
                        pr, n == 0 ? 0 : 1.0 / n, n > 0 && pr > 1.0 / n, 0),
                new Indicator("degree", degree + " entities tied to it directly, against " + String.format(Locale.ROOT, "%.1f", averageDegree)
                        + " on average", degree, averageDegree, degree > averageDegree, 0));
        List<Integer> others = bridges.stream().filter(c -> c != own).toList();
        String explanation = me.caption() + " (" + me.kind() + ") is key figure " + rank + " of " + figures + ": it lies on " + percent(b)
                + " of the shortest paths between two other entities of the network (betweenness rank " + rank + "), has PageRank rank "
                + pageRankRank + " and " + degree + " direct ties, in community " + own
                + (others.isEmpty() ? ", all of them within it." : ", and it ties that community to communit" + (others.size() == 1 ? "y " : "ies ")
                        + join(others) + ": " + (others.size() == 1 ? "without it that part of the network hangs together by fewer ties." : "it stands between them."));
        return new KeyFigure(rank, b, me, degree, b, rank, pr, pageRankRank, own, List.copyOf(bridges), indicators, paths,
                Evidence.sources(paths), explanation);
    }

    private KeyLocation location(String v, int rank, Measures m, Map<String, EntityRef> refs, List<Link> links, Thresholds t, View view) {
        EntityRef at = refs.get(v);
        List<EntityRef> linked = links.stream().map(l -> l.from().equals(v) ? l.to() : l.from()).distinct().sorted()
                .map(refs::get).toList();
        Set<Integer> communities = new TreeSet<>();
        links.forEach(l -> communities.add(m.community().getOrDefault(l.from().equals(v) ? l.to() : l.from(), 0)));
        List<EvidencePath> paths = evidence.paths(Map.of("Ties at " + at.caption(), ids(links, SHOWN_AT_LOCATION)), view);
        double b = m.betweenness().getOrDefault(v, 0.0);
        List<Indicator> indicators = List.of(
                new Indicator("linkedEntities", linked.size() + " entities of the network tied to it", linked.size(), (double) t.minLinked(),
                        linked.size() >= t.minLinked(), linked.size()),
                new Indicator("communities", "ties of " + communities.size() + " communit" + (communities.size() == 1 ? "y " : "ies ") + communities,
                        communities.size(), (double) t.minBridged(), communities.size() >= t.minBridged(), 0),
                new Indicator("betweenness", "on " + percent(b) + " of the shortest paths between two other entities", b, null, b > 0, 0));
        String explanation = at.caption() + " (" + at.kind() + ") is tied to " + linked.size() + " entit" + (linked.size() == 1 ? "y" : "ies")
                + " of the network (" + String.join(", ", linked.stream().limit(SHOWN_AT_LOCATION).map(EntityRef::caption).toList())
                + (linked.size() > SHOWN_AT_LOCATION ? ", …" : "") + ") of communit" + (communities.size() == 1 ? "y " : "ies ") + join(List.copyOf(communities))
                + (linked.size() >= t.minLinked() ? ": a place where the network meets." : ".");
        return new KeyLocation(rank, linked.size(), at, linked, List.copyOf(communities), b, indicators, paths, Evidence.sources(paths), explanation);
    }

    private static List<Community> communities(Measures m, Map<String, EntityRef> refs, List<Link> links, List<String> figures) {
        Set<String> pairs = new java.util.HashSet<>();
        int[] internal = new int[m.communities().size() + 1];
        int[] external = new int[m.communities().size() + 1];
        for (Link l : links) {
            String a = l.from().compareTo(l.to()) < 0 ? l.from() : l.to();
            String b = a.equals(l.from()) ? l.to() : l.from();
            if (a.equals(b) || !pairs.add(a + "\u0000" + b)) {
                continue;
            }
            int ca = m.community().get(a);
            int cb = m.community().get(b);
            if (ca == cb) {
                internal[ca]++;
            } else {
                external[ca]++;
                external[cb]++;
            }
        }
        List<Community> out = new ArrayList<>();
        for (int i = 0; i < m.communities().size(); i++) {
            int id = i + 1;
            List<String> members = m.communities().get(i);
            EntityRef key = figures.stream().filter(f -> m.community().get(f) == id).findFirst().map(refs::get).orElse(null);
            List<EntityRef> locations = members.stream().map(refs::get).filter(r -> LOCATIONS.contains(r.kind())).toList();
            out.add(new Community(id, members.size(), members.stream().map(refs::get).toList(), key, locations, internal[id], external[id],
                    "Community " + id + ": " + members.size() + " entit" + (members.size() == 1 ? "y" : "ies")
                            + (key == null ? "" : " around " + key.caption()) + ", " + internal[id] + " ties within and " + external[id]
                            + " to other communities."));
        }
        return out;
    }

    private static String explanation(String query, int n, int ties, Measures m, List<Community> communities, List<String> figures,
                                      List<String> locations, Map<String, EntityRef> refs) {
        StringBuilder b = new StringBuilder("The network of ").append(query).append(" has ").append(n).append(" entities and ").append(ties)
                .append(" ties in ").append(communities.size()).append(" communit").append(communities.size() == 1 ? "y" : "ies")
                .append(String.format(Locale.ROOT, " (modularity %.2f)", m.modularity()));
        if (!figures.isEmpty()) {
            String top = figures.getFirst();
            b.append("; the first key figure is ").append(refs.get(top).caption()).append(", on ").append(percent(m.betweenness().get(top)))
                    .append(" of the shortest paths between two others");
        }
        if (!locations.isEmpty()) {
            b.append("; the first key location is ").append(refs.get(locations.getFirst()).caption()).append(", tied to ")
                    .append(m.degree().get(locations.getFirst())).append(" entities");
        }
        return b.append('.').toString();
    }

    private static List<String> ids(List<Link> links, int most) {
        return links.stream().limit(most).map(Link::id).toList();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String join(List<Integer> numbers) {
        List<String> s = numbers.stream().map(String::valueOf).toList();
        return s.size() == 1 ? s.getFirst() : String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.getLast();
    }
}
