package nl.spoor.api.paths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.visibility.View;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.EvidenceStep;
import nl.spoor.api.graphql.PageInfo;
import nl.spoor.api.graphql.Pages;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.paths.PathSearch.Found;
import nl.spoor.api.paths.PathSearch.Mode;
import nl.spoor.api.paths.PathViews.EntityPath;
import nl.spoor.api.paths.PathViews.PathConnection;
import nl.spoor.api.paths.PathViews.PathEdge;
import nl.spoor.api.paths.PathViews.PathResult;

/** {@code paths}: checks the question, searches, and shows one page of paths with the sources of every step. Thread-safe. */
@Component
class Paths {

    private final PathSearch search;
    private final Evidence evidence;
    private final PathLimits limits;

    Paths(PathSearch search, Evidence evidence, PathLimits limits) {
        this.search = search;
        this.evidence = evidence;
        this.limits = limits;
    }

    /**
     * @throws QueryRefused             for more hops than the server allows, too many paths, or a search over the timeout
     * @throws IllegalArgumentException for an entity Spoor does not hold or an argument that makes no sense
     */
    PathResult paths(String from, String to, Mode mode, Integer maxHops, LinkFilter filter, boolean allTypes, Integer first, String after) {
        return paths(from, to, mode, maxHops, filter, allTypes, first, after, View.internal());
    }

    /** The paths {@code view} may see: over visible entities and relationships only; an end it may not see is one Spoor does not hold. */
    PathResult paths(String from, String to, Mode mode, Integer maxHops, LinkFilter filter, boolean allTypes, Integer first, String after,
                     View view) {
        int hops = maxHops == null ? 4 : maxHops;
        if (hops > limits.maxHops()) {
            throw new QueryRefused(QueryRefused.Limit.MAX_HOPS, "maxHops " + hops + " is more than this server allows (" + limits.maxHops()
                    + ", SPOOR_PATHS_MAX_HOPS): every step multiplies the paths to follow. Ask for at most " + limits.maxHops()
                    + " steps, or go on from an entity in between.");
        }
        if (hops < 1) {
            throw new IllegalArgumentException("maxHops must be at least 1, got " + hops);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("from and to are the same entity (" + from + "); a path needs two");
        }
        Pages page = Pages.of(first, after, limits.maxPage(), "path", "paths", "SPOOR_PATHS_MAX_PAGE");
        Map<String, EntityRef> ends = evidence.refs(List.of(from, to), view);
        for (var e : Map.of("from", from, "to", to).entrySet()) {
            if (!ends.containsKey(e.getValue())) {
                throw new IllegalArgumentException(e.getKey() + ": Spoor holds no entity with Spoor id \"" + e.getValue() + "\"");
            }
        }
        Mode m = mode == null ? Mode.SHORTEST : mode;
        List<Found> found = search.paths(from, to, m, hops, filter, view);
        List<Found> onPage = page.of(found);

        Map<String, List<String>> byDescription = new LinkedHashMap<>();
        for (int i = 0; i < onPage.size(); i++) {
            byDescription.put("Path " + (page.offset() + i + 1), onPage.get(i).relationships());
        }
        List<EvidencePath> shown = evidence.paths(byDescription, view);
        List<PathEdge> edges = new ArrayList<>();
        for (int i = 0; i < onPage.size(); i++) {
            Found f = onPage.get(i);
            EvidencePath steps = shown.get(i);
            List<EntityRef> entities = entities(f.entities(), steps.steps(), ends);
            String line = line(entities, steps.steps());
            EvidencePath described = new EvidencePath(line, steps.steps());
            edges.add(new PathEdge(page.cursor(i), new EntityPath(page.offset() + i + 1, f.relationships().size(), entities, f.variants(),
                    described, Evidence.sources(List.of(described)), explanation(line, f, steps))));
        }
        String query = (m == Mode.SHORTEST ? "shortest paths" : "all paths without an entity twice") + " of at most " + hops
                + " step" + (hops == 1 ? "" : "s") + ", " + filter.describe(allTypes);
        List<EvidencePath> all = edges.stream().map(e -> e.node().evidence()).toList();
        PathConnection connection = new PathConnection(edges, new PageInfo(page.hasNext(found.size()), edges.isEmpty() ? null : edges.getLast().cursor()),
                found.size());
        String explanation = found.isEmpty()
                ? "No path between " + ends.get(from).caption() + " and " + ends.get(to).caption() + ": " + query + "."
                : found.size() + " path" + (found.size() == 1 ? "" : "s") + " between " + ends.get(from).caption() + " and "
                  + ends.get(to).caption() + (m == Mode.SHORTEST ? " of " + found.getFirst().relationships().size() + " steps" : "")
                  + ": " + query + ".";
        return new PathResult(ends.get(from), ends.get(to), query, connection, Evidence.sources(all), explanation);
    }

    private static List<EntityRef> entities(List<String> ids, List<EvidenceStep> steps, Map<String, EntityRef> ends) {
        Map<String, EntityRef> refs = new LinkedHashMap<>(ends);
        steps.forEach(s -> {
            refs.put(s.from().spoorId(), s.from());
            refs.put(s.to().spoorId(), s.to());
        });
        return ids.stream().map(id -> refs.getOrDefault(id, new EntityRef(id, "Entity", id))).toList();
    }

    /** "Jan de Vries —DIRECTOR_OF→ Glashelder B.V. ←DIRECTOR_OF— Piet Jansen": each step in its stored direction. */
    static String line(List<EntityRef> entities, List<EvidenceStep> steps) {
        StringBuilder b = new StringBuilder(entities.getFirst().caption());
        for (int i = 0; i < steps.size() && i + 1 < entities.size(); i++) {
            EvidenceStep s = steps.get(i);
            boolean forward = s.from().spoorId().equals(entities.get(i).spoorId());
            b.append(forward ? " —" + s.type() + "→ " : " ←" + s.type() + "— ").append(entities.get(i + 1).caption());
        }
        return b.toString();
    }

    private static String explanation(String line, Found f, EvidencePath steps) {
        long sources = Evidence.sources(List.of(steps)).size();
        return line + ": " + f.relationships().size() + " step" + (f.relationships().size() == 1 ? "" : "s") + " resting on " + sources
                + " source" + (sources == 1 ? "" : "s") + (f.variants() > 1 ? "; " + (f.variants() - 1)
                + " more path" + (f.variants() == 2 ? "" : "s") + " through other relationships between the same entities" : "") + ".";
    }
}
