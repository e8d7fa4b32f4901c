package nl.spoor.api.paths;

import java.util.List;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.graphql.PageInfo;

/** What the GraphQL path types return; names match paths.graphqls. */
final class PathViews {

    private PathViews() {
    }

    record PathResult(EntityRef from, EntityRef to, String query, PathConnection paths, List<Source> sources, String explanation) {
    }

    record PathConnection(List<PathEdge> edges, PageInfo pageInfo, int totalCount) {
    }

    record PathEdge(String cursor, EntityPath node) {
    }

    record EntityPath(int rank, int length, List<EntityRef> entities, int variants, EvidencePath evidence, List<Source> sources,
                      String explanation) {
    }
}
