package nl.spoor.api.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import nl.spoor.api.network.Subgraph.Link;
import nl.spoor.api.network.Subgraph.Network;

/**
 * The measures of a network, with JGraphT on the network as an undirected simple graph: entities are
 * tied when any relationship joins them (several transfers between two accounts make one tie), since
 * a tie carries influence and information either way.
 *
 * <ul>
 * <li>betweenness: the share of shortest paths between two other entities that pass through an entity
 * (0..1; Brandes, exact);
 * <li>PageRank (damping 0.85): an entity tied to entities that are themselves well tied ranks high;
 * <li>communities: label propagation, the best of {@link #RUNS} seeded runs by modularity, so that the
 * same network always gives the same communities; numbered 1.. by size, largest first.
 * </ul>
 *
 * @param degree      distinct entities each entity is tied to
 * @param betweenness normalised betweenness per entity
 * @param pageRank    PageRank per entity (they sum to 1)
 * @param community   community number per entity
 * @param communities members of each community, by number - 1, each sorted by Spoor id
 * @param modularity  modularity of the communities (-0.5..1; above 0.3 a clear division)
 */
record Measures(Map<String, Integer> degree, Map<String, Double> betweenness, Map<String, Double> pageRank,
                Map<String, Integer> community, List<List<String>> communities, double modularity) {

    static final int RUNS = 10;

    static Measures of(Network network) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        network.entities().forEach(g::addVertex);
        for (Link l : network.links()) {
            if (!l.from().equals(l.to())) {
                g.addEdge(l.from(), l.to());
            }
        }
        int n = g.vertexSet().size();
        Map<String, Integer> degree = new HashMap<>();
        g.vertexSet().forEach(v -> degree.put(v, g.degreeOf(v)));
        Map<String, Double> raw = new BetweennessCentrality<>(g, false).getScores();
        // Pairs of other entities in an undirected graph: (n-1)(n-2)/2; JGraphT counts each pair once for undirected graphs.
        double pairs = n < 3 ? 1 : (n - 1) * (n - 2) / 2.0;
        Map<String, Double> betweenness = new HashMap<>();
        raw.forEach((v, b) -> betweenness.put(v, b / pairs));
        Map<String, Double> pageRank = n == 0 ? Map.of() : new PageRank<>(g).getScores();

        List<Set<String>> best = null;
        double bestModularity = Double.NEGATIVE_INFINITY;
        UndirectedModularityMeasurer<String, DefaultEdge> measurer = new UndirectedModularityMeasurer<>(g);
        for (int seed = 1; seed <= RUNS && n > 0; seed++) {
            List<Set<String>> clusters = new LabelPropagationClustering<>(g, new Random(seed)).getClustering().getClusters();
            double q = g.edgeSet().isEmpty() ? 0 : measurer.modularity(clusters);
            if (q > bestModularity + 1e-12) {
                best = clusters;
                bestModularity = q;
            }
        }
        List<List<String>> communities = new ArrayList<>();
        if (best != null) {
            best.stream().map(c -> c.stream().sorted().toList())
                    .sorted(Comparator.comparingInt((List<String> c) -> -c.size()).thenComparing(List::getFirst))
                    .forEach(communities::add);
        }
        Map<String, Integer> community = new HashMap<>();
        for (int i = 0; i < communities.size(); i++) {
            for (String v : communities.get(i)) {
                community.put(v, i + 1);
            }
        }
        return new Measures(degree, betweenness, pageRank, community, communities, best == null ? 0 : bestModularity);
    }

    /** Entities by betweenness, then PageRank, then Spoor id: the order of key figures. */
    Comparator<String> byImportance() {
        return Comparator.comparingDouble((String v) -> -betweenness.getOrDefault(v, 0.0))
                .thenComparingDouble(v -> -pageRank.getOrDefault(v, 0.0)).thenComparing(v -> v);
    }
}
