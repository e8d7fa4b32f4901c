package nl.spoor.api.network;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.visibility.View;
import nl.spoor.api.visibility.Visibility;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.graphql.Pages;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.network.NetworkAnalyses.Thresholds;
import nl.spoor.api.network.NetworkViews.NetworkAnalysis;
import nl.spoor.api.paths.LinkFilter;

/** GraphQL {@code networkAround} and {@code networkOf} (network.graphqls). */
@Controller
class NetworkController {

    /** Hub cap when the query gives none, as for paths. */
    static final int DEFAULT_HUB_CAP = 100;

    private final Subgraph subgraph;
    private final NetworkAnalyses analyses;
    private final Evidence evidence;
    private final NetworkLimits limits;

    private final Visibility visibility;

    NetworkController(Subgraph subgraph, NetworkAnalyses analyses, Evidence evidence, NetworkLimits limits, Visibility visibility) {
        this.visibility = visibility;
        this.subgraph = subgraph;
        this.analyses = analyses;
        this.evidence = evidence;
        this.limits = limits;
    }

    @QueryMapping
    NetworkAnalysis networkAround(@Argument String entity, @Argument Integer hops, @Argument List<String> relationshipTypes,
                                  @Argument List<String> kinds, @Argument List<String> avoid, @Argument String since, @Argument String until,
                                  @Argument Integer hubCap, @Argument Integer minBridged, @Argument Integer minLinked, @Argument Integer locations,
                                  @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        View view = visibility.of(env);
        int h = hops == null ? 2 : hops;
        if (h > limits.maxHops()) {
            throw new QueryRefused(QueryRefused.Limit.MAX_HOPS, "hops " + h + " is more than this server allows (" + limits.maxHops()
                    + ", SPOOR_NETWORK_MAX_HOPS): each hop multiplies the entities to analyse. Ask for fewer hops, or analyse the "
                    + "network around an entity further out.");
        }
        if (h < 1) {
            throw new IllegalArgumentException("hops must be at least 1, got " + h);
        }
        LinkFilter filter = LinkFilter.of(relationshipTypes, kinds, avoid, since, until, hubCap, DEFAULT_HUB_CAP);
        Thresholds t = thresholds(minBridged, minLinked, locations);
        Pages page = page(first, after);
        var center = evidence.refs(List.of(entity), view).get(entity);
        if (center == null) {
            throw new IllegalArgumentException("entity: Spoor holds no entity with Spoor id \"" + entity + "\"");
        }
        String query = center.caption() + " within " + h + " hop" + (h == 1 ? "" : "s") + ", " + filter.describe(isEmpty(relationshipTypes));
        return analyses.analyse(subgraph.around(entity, h, filter, view), query, t, page, view);
    }

    @QueryMapping
    NetworkAnalysis networkOf(@Argument List<String> entities, @Argument List<String> relationshipTypes, @Argument List<String> avoid,
                              @Argument String since, @Argument String until, @Argument Integer minBridged, @Argument Integer minLinked,
                              @Argument Integer locations, @Argument Integer first, @Argument String after,
                              DataFetchingEnvironment env) {
        View view = visibility.of(env);
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("entities is empty: give the Spoor ids of the network's entities");
        }
        LinkFilter filter = LinkFilter.of(relationshipTypes, null, avoid, since, until, null, DEFAULT_HUB_CAP);
        Thresholds t = thresholds(minBridged, minLinked, locations);
        Pages page = page(first, after);
        if (entities.size() <= limits.maxNodes()) {
            var known = evidence.refs(entities, view).keySet();
            List<String> unknown = entities.stream().filter(id -> !known.contains(id)).distinct().toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("entities: Spoor holds no entity with Spoor id " + unknown.stream().limit(5)
                        .map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(", ")) + (unknown.size() > 5 ? " and " + (unknown.size() - 5) + " more" : ""));
            }
        }
        String described = filter.describe(isEmpty(relationshipTypes));
        String query = entities.size() + " entities given with the addresses and places they are linked to, "
                + described.substring(0, described.lastIndexOf(", not through"));
        return analyses.analyse(subgraph.of(entities, filter, view), query, t, page, view);
    }

    private Pages page(Integer first, String after) {
        return Pages.of(first, after, limits.maxPage(), "figure", "key figures", "SPOOR_NETWORK_MAX_PAGE");
    }

    private static Thresholds thresholds(Integer minBridged, Integer minLinked, Integer locations) {
        Thresholds t = new Thresholds(minBridged == null ? 2 : minBridged, minLinked == null ? 3 : minLinked, locations == null ? 10 : locations);
        if (t.minBridged() < 1 || t.minLinked() < 1 || t.locations() < 0) {
            throw new IllegalArgumentException("minBridged and minLinked must be at least 1 and locations 0 or more, got "
                    + t.minBridged() + ", " + t.minLinked() + " and " + t.locations());
        }
        return t;
    }

    private static boolean isEmpty(List<String> l) {
        return l == null || l.isEmpty();
    }
}
