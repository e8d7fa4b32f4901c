package nl.spoor.api.unusualwealth;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.spoor.api.unusualwealth.WealthViews.UnusualWealthConnection;

/** GraphQL {@code unusualWealth} (unusualwealth.graphqls). */
@Controller
class UnusualWealthController {

    private final UnusualWealth wealth;

    UnusualWealthController(UnusualWealth wealth) {
        this.wealth = wealth;
    }

    @QueryMapping
    UnusualWealthConnection unusualWealth(@Argument String person, @Argument String since, @Argument String until,
                                          @Argument Double assetsToIncome, @Argument Double acquiredToIncome, @Argument Double cashPurchase,
                                          @Argument Integer recentAcquisitions, @Argument Integer katvangerVehicles, @Argument Double minShare,
                                          @Argument Integer strawManMinVehicles, @Argument Double strawManMaxIncome,
                                          @Argument Double notableVehicleValue, @Argument Double minScore, @Argument Integer first,
                                          @Argument String after) {
        WealthQuery q = WealthQuery.of(person, since, until, assetsToIncome, acquiredToIncome, cashPurchase, recentAcquisitions,
                katvangerVehicles, minShare, strawManMinVehicles, strawManMaxIncome, notableVehicleValue, minScore, wealth.today());
        return wealth.rank(q, first, after);
    }
}
