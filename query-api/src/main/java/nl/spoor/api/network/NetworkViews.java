package nl.spoor.api.network;

import java.util.List;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.graphql.PageInfo;

/** What the GraphQL network types return; names match network.graphqls. */
final class NetworkViews {

    private NetworkViews() {
    }

    record NetworkAnalysis(String query, int entities, int ties, double modularity, List<Community> communities,
                           KeyFigureConnection keyFigures, List<KeyLocation> keyLocations, String explanation) {
    }

    record Community(int id, int size, List<EntityRef> members, EntityRef keyFigure, List<EntityRef> locations, int internalTies,
                     int externalTies, String explanation) {
    }

    record KeyFigureConnection(List<KeyFigureEdge> edges, PageInfo pageInfo, int totalCount) {
    }

    record KeyFigureEdge(String cursor, KeyFigure node) {
    }

    record KeyFigure(int rank, double score, EntityRef entity, int degree, double betweenness, int betweennessRank, double pageRank,
                     int pageRankRank, int community, List<Integer> bridges, List<Indicator> indicators, List<EvidencePath> evidence,
                     List<Source> sources, String explanation) {
    }

    record KeyLocation(int rank, double score, EntityRef location, List<EntityRef> linked, List<Integer> communities, double betweenness,
                       List<Indicator> indicators, List<EvidencePath> evidence, List<Source> sources, String explanation) {
    }
}
