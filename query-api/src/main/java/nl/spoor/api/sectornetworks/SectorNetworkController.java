package nl.spoor.api.sectornetworks;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.sectornetworks.SectorNetworkViews.SectorNetworkConnection;
import nl.spoor.api.visibility.Visibility;

/** GraphQL {@code sectorNetworks} (sectornetworks.graphqls). */
@Controller
class SectorNetworkController {

    private final SectorNetworks networks;
    private final Visibility visibility;

    SectorNetworkController(SectorNetworks networks, Visibility visibility) {
        this.networks = networks;
        this.visibility = visibility;
    }

    @QueryMapping
    @SuppressWarnings("checkstyle:ParameterNumber")
    SectorNetworkConnection sectorNetworks(@Argument String sbi, @Argument String municipality, @Argument String since, @Argument String until,
                                           @Argument Integer minFirms, @Argument Integer minFamilyControllers, @Argument Integer minFirmsPerAddress,
                                           @Argument Integer minFirmsPerPhone, @Argument Integer minCoHeldAccounts,
                                           @Argument Integer minPhoenixSuccessions, @Argument Integer phoenixWindowDays,
                                           @Argument Integer overcrowdedFrom, @Argument Double minEmployerLandlordShare,
                                           @Argument Double minForwardedFraction, @Argument Integer forwardWindowDays,
                                           @Argument Integer minFirmsWithoutPermit, @Argument String permitSbi,
                                           @Argument List<String> permitMunicipalities, @Argument String permitRequiredSince,
                                           @Argument Integer maxFirmsPerLink, @Argument Double minScore,
                                           @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        SectorNetworkQuery q = SectorNetworkQuery.of(sbi, municipality, since, until, minFirms, minFamilyControllers, minFirmsPerAddress,
                minFirmsPerPhone, minCoHeldAccounts, minPhoenixSuccessions, phoenixWindowDays, overcrowdedFrom, minEmployerLandlordShare,
                minForwardedFraction, forwardWindowDays, minFirmsWithoutPermit, permitSbi, permitMunicipalities, permitRequiredSince,
                maxFirmsPerLink, minScore);
        return networks.search(q, first, after, visibility.of(env));
    }
}
