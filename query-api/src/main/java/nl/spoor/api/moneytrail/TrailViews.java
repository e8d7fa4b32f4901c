package nl.spoor.api.moneytrail;

import java.util.List;

import nl.spoor.api.entity.EntityViews.Assertion;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.graphql.PageInfo;

/** What the GraphQL money-trail types return; names match moneytrail.graphqls. */
final class TrailViews {

    private TrailViews() {
    }

    record MoneyTrailResult(List<TrailAccount> startAccounts, List<TrailAccount> targetAccounts, String query,
                            TrailConnection trails, List<CappedHub> cappedHubs, boolean truncated, Double walkedDownTo,
                            String explanation) {
    }

    record TrailAccount(String spoorId, String iban, String caption, List<EntityRef> holders) {
    }

    record TrailConnection(List<TrailEdge> edges, PageInfo pageInfo, int totalCount) {
    }

    record TrailEdge(String cursor, Trail node) {
    }

    enum TrailEnd {
        MAX_HOPS, HUB, CYCLE, NO_ONWARD_HOP, TARGET
    }

    record Trail(TrailAccount start, TrailAccount end, List<TrailHop> hops, double firstAmount, double lastAmount,
                 double carriedFraction, int days, TrailEnd endsBecause, String explanation) {
    }

    record TrailHop(TrailAccount from, TrailAccount to, String date, double amount, String currency, String description,
                    String key, Integer daysAfterPrevious, Double fractionOfPrevious, List<Assertion> sources) {
    }

    record CappedHub(TrailAccount account, long transfers) {
    }
}
