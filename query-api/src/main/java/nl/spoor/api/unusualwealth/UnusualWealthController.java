package nl.spoor.api.unusualwealth;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.unusualwealth.WealthViews.UnusualWealthConnection;
import nl.spoor.api.visibility.Visibility;

/** GraphQL {@code unusualWealth} (unusualwealth.graphqls). */
@Controller
class UnusualWealthController {

    private final UnusualWealth wealth;
    private final Visibility visibility;

    UnusualWealthController(UnusualWealth wealth, Visibility visibility) {
        this.wealth = wealth;
        this.visibility = visibility;
    }

    @QueryMapping
    UnusualWealthConnection unusualWealth(@Argument String person, @Argument String since, @Argument String until,
                                          @Argument Double assetsToIncome, @Argument Double acquiredToIncome, @Argument Double cashPurchase,
                                          @Argument Integer recentAcquisitions, @Argument Integer katvangerVehicles, @Argument Double minShare,
                                          @Argument Integer strawManMinVehicles, @Argument Double strawManMaxIncome,
                                          @Argument Double notableVehicleValue, @Argument Double minScore, @Argument Integer first,
                                          @Argument String after, DataFetchingEnvironment env) {
        WealthQuery q = WealthQuery.of(person, since, until, assetsToIncome, acquiredToIncome, cashPurchase, recentAcquisitions,
                katvangerVehicles, minShare, strawManMinVehicles, strawManMaxIncome, notableVehicleValue, minScore, wealth.today());
        return wealth.rank(q, first, after, visibility.of(env));
    }
}
