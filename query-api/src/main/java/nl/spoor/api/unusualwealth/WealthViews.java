package nl.spoor.api.unusualwealth;

import java.util.List;

import nl.spoor.api.entity.EntityViews.Assertion;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.Indicator;

/** What the GraphQL types of unusualwealth.graphqls return; names match the schema. */
final class WealthViews {

    private WealthViews() {
    }

    record UnusualWealthConnection(List<UnusualWealthEdge> edges, PageInfo pageInfo, int totalCount, int candidates, int candidatesConsidered,
                                   String query, String explanation) {
    }

    record UnusualWealthEdge(String cursor, UnusualWealthResult node) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record UnusualWealthResult(int rank, double score, List<EntityRef> subjects, List<HouseholdMember> household, double assetsValue,
                               double acquiredValue, double yearlyLegalIncome, double periodLegalIncome, List<YearIncome> incomeByYear,
                               List<Indicator> indicators, List<SeizableAsset> assets, List<EvidencePath> evidence, List<Source> sources,
                               String explanation) {
    }

    record HouseholdMember(EntityRef person, String relation) {
    }

    record YearIncome(int year, double legalIncome) {
    }

    record SeizableAsset(EntityRef asset, String kind, String description, String location, EntityRef registeredTo, String heldVia,
                         String route, double value, String valueBasis, String acquired, boolean acquiredInPeriod, String paidWith,
                         List<Assertion> sources) {
    }
}
