package nl.spoor.api.network;

import nl.spoor.api.visibility.View;

import static nl.spoor.api.testing.PlantedWorld.withRole;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.graphql.Pages;
import nl.spoor.api.network.NetworkViews.NetworkAnalysis;
import nl.spoor.api.paths.LinkFilter;
import nl.spoor.api.testing.PlantedWorld;
import nl.spoor.model.graph.IdentifierKeys;
import tools.jackson.databind.JsonNode;

/**
 * Network analysis of the generator's planted sector networks (glazenwasser-netwerken), on seeds nothing
 * was tuned on: given the network's entities as a typology would find them (with the addresses they
 * are linked to, leaving out municipalities, which tie every address of a town together), the first person among the key
 * figures is one of the clan's controllers (not one of the many workers), and the first key location one
 * of the network's addresses. (The first key figure is often one of the firms, which tie directors together.)
 */
class PlantedSectorKeyFiguresTest {

    @ParameterizedTest
    @ValueSource(ints = {11, 23})
    void ranksAControllerFirstAndANetworkAddressAsFirstLocation(int seed) {
        PlantedWorld world = PlantedWorld.small(seed);
        Subgraph subgraph = new Subgraph(world.store(), NetworkLimits.defaults());
        NetworkAnalyses analyses = new NetworkAnalyses(new Evidence(world.store()));
        List<JsonNode> cases = world.cases("sectorNetwork", true);
        assertThat(cases).isNotEmpty();
        for (JsonNode c : cases) {
            List<String> members = new ArrayList<>();
            c.get("entities").forEach(e -> members.add(stored(e.get("id").asString())));
            List<String> controllers = new ArrayList<>(PlantedWorld.subjects(c));
            controllers.addAll(withRole(c, "familyMember"));
            controllers.addAll(withRole(c, "strawMan"));
            controllers.replaceAll(PlantedSectorKeyFiguresTest::stored);
            List<String> addresses = new ArrayList<>(withRole(c, "workerHousing"));
            addresses.addAll(withRole(c, "registeredAddress"));

            NetworkAnalysis n = analyses.analyse(subgraph.of(members, LinkFilter.of(null, null, List.of("Place"), null, null, null, 100), View.internal()),
                    c.get("caseId").asString(), new NetworkAnalyses.Thresholds(2, 3, 10), Pages.of(100, null, 100, "figure", "key figures", "test"), View.internal());
            var top = n.keyFigures().edges().stream().map(e -> e.node()).filter(f -> f.entity().kind().equals("Person")).findFirst().orElseThrow();
            String what = c.get("caseId").asString() + " (" + n.explanation() + "): first person " + top.explanation();
            assertThat(controllers).as(what).contains(top.entity().spoorId());
            assertThat(top.betweenness()).as(what).isGreaterThan(0);
            assertThat(addresses).as(c.get("caseId").asString() + ": first key location").contains(n.keyLocations().getFirst().location().spoorId());
        }
    }

    /** The store's id of a truth.json id: a BSN person's is the keyed hash (world-format.md, Ids). */
    static String stored(String id) {
        return id.startsWith("bsn:") ? IdentifierKeys.BSN.ref(id.substring(4), PlantedWorld.KEY).spoorId() : id;
    }
}
