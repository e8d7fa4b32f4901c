package nl.spoor.api.trafficking;

import java.util.List;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.visibility.Protection;

/** What the GraphQL trafficking types return; names match trafficking.graphqls. */
final class TraffickingViews {

    private TraffickingViews() {
    }

    record TraffickingNetworkConnection(List<TraffickingNetworkEdge> edges, PageInfo pageInfo, int totalCount, String query) {
    }

    record TraffickingNetworkEdge(String cursor, TraffickingNetwork node) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record TraffickingNetwork(int rank, double score, EntityRef controller, List<String> anchors, List<EntityRef> companies,
                              List<NetworkPerson> persons, boolean protectiveFlag, List<EntityRef> addresses, List<EntityRef> phones,
                              List<EntityRef> vehicles, List<Indicator> indicators, List<EvidencePath> evidence, List<Source> sources,
                              String explanation) {
    }

    record NetworkPerson(EntityRef person, NetworkAssessment.Role role, List<String> ties, boolean minor, boolean protectiveFlag,
                         List<String> protectiveReasons) implements Protection.PossibleVictim {
    }
}
