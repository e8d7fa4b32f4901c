package nl.spoor.api.sectornetworks;

import java.util.List;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;

/** What the GraphQL sector-network types return; names match sectornetworks.graphqls. */
final class SectorNetworkViews {

    private SectorNetworkViews() {
    }

    record SectorNetworkConnection(String query, List<SectorNetworkEdge> edges, PageInfo pageInfo, int totalCount) {
    }

    record SectorNetworkEdge(String cursor, SectorNetwork node) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record SectorNetwork(String id, int rank, double score, List<EntityRef> subjects, List<NetworkFirm> firms, List<KeyFigure> keyFigures,
                         List<Indicator> indicators, List<EvidencePath> evidence, List<Source> sources, String explanation) {
    }

    record NetworkFirm(EntityRef firm, String sbiCode, String startDate, String endDate, String permit, List<EntityRef> controllers) {
    }

    record KeyFigure(EntityRef entity, int firmsControlled, int accountsCoHeld, int workersHoused, double receivedFromWorkers) {
    }
}
