package nl.spoor.api.trafficking;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.trafficking.TraffickingViews.TraffickingNetworkConnection;
import nl.spoor.api.visibility.Visibility;

/** GraphQL {@code traffickingNetworks} (trafficking.graphqls). */
@Controller
class TraffickingController {

    private final TraffickingNetworks networks;
    private final Visibility visibility;

    TraffickingController(TraffickingNetworks networks, Visibility visibility) {
        this.networks = networks;
        this.visibility = visibility;
    }

    @QueryMapping
    TraffickingNetworkConnection traffickingNetworks(@Argument String around, @Argument Integer minFanInSenders,
                                                     @Argument Integer minUnrelatedPersons, @Argument Integer minHotelStays,
                                                     @Argument Integer minAliasesPerPhone, @Argument Integer minPersonsPerPhone,
                                                     @Argument Integer minEmployerIsLandlord, @Argument Integer minTransportSightings,
                                                     @Argument Integer minIndicators, @Argument String since, @Argument String until,
                                                     @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        TraffickingQuery q = TraffickingQuery.of(minFanInSenders, minUnrelatedPersons, minHotelStays, minAliasesPerPhone, minPersonsPerPhone,
                minEmployerIsLandlord, minTransportSightings, minIndicators, since, until);
        return networks.find(around, q, first, after, visibility.of(env));
    }
}
