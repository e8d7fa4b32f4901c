package nl.spoor.api.sectornetworks;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.spoor.api.warmup.PlanWarmUp;
import nl.spoor.api.warmup.QueryPlans;

/**
 * {@code sectorNetworks} for the plan warm-up: the sector's firms with the API's defaults, in the whole country
 * (unscoped) and in one municipality (scoped). The SBI code is a string: any code shares the plan.
 */
@Component
class SectorNetworkPlans implements QueryPlans {

    private final SectorNetworks networks;
    private final SectorReads reads;

    SectorNetworkPlans(SectorNetworks networks, SectorReads reads) {
        this.networks = networks;
        this.reads = reads;
    }

    @Override
    public List<Family> families() {
        return List.of(new Family("sectorNetworks", f -> {
            if (f.accounts() != null && f.accounts().size() > nl.spoor.api.warmup.PlanWarmUp.SCOPE_SIZES[0]) {
                return; // a municipality is one form, whatever a scope's size
            }
            SectorNetworkQuery q = SectorNetworkQuery.of("81.22", f.scoped() ? "warm-up" : null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null);
            networks.search(q, null, null, f.view());
            if (!f.scoped()) {
                // The later reads take the firms found and the networks they form: a sector's hundreds to thousands of firms
                // (2,719 of SBI 81.22 on the large world), tens to hundreds of networks, a page's named entities.
                for (int firms : new int[] {1000, 5000}) {
                    SectorFirms.links(reads, PlanWarmUp.placeholders(firms), f.view());
                }
                for (int networks : new int[] {50, 500}) {
                    List<NetworkStructure> structures = new ArrayList<>();
                    for (String id : PlanWarmUp.placeholders(networks)) {
                        structures.add(NetworkMeasures.placeholder(id, q));
                    }
                    NetworkMeasures.measure(reads, structures, q, f.view());
                }
                networks.refs(PlanWarmUp.placeholders(50), f.view());
            }
        }));
    }
}
