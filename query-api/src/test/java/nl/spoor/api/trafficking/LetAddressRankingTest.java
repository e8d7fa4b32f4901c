package nl.spoor.api.trafficking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.api.trafficking.TraffickingViews.TraffickingNetworkConnection;
import nl.spoor.api.visibility.View;
import nl.spoor.model.testing.TestStore;

/**
 * The ranking read of traffickingNetworks does not read who lives at a let address with fewer registrations than
 * minUnrelatedPersons (the indicator cannot fire there); the transport indicator still knows that someone of the
 * network lives there, so a controller seen driving to such a house ranks as one read in full does.
 */
class LetAddressRankingTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static TraffickingNetworks networks;
    static final TraffickingQuery Q = TraffickingNetworksTest.Q;

    @BeforeAll
    static void fixture() {
        new NetworkFixture()
                // Lena lets two rooms in a house in Purmerend; her two tenants and two others pay her, and she drives a car
                // that is not hers in Purmerend twice: fan-in and transport, while two residents are far below five.
                .person("lena", "Lena Vos", "1978-01-01").address("1441AB-7", "woning", "Purmerend")
                .person("t1", "Irina Lupu", "2001-01-01").person("t2", "Maria Dobre", "2002-02-02")
                .person("o1", "Kai Berg", "1990-01-01").person("o2", "Ruth Dam", "1991-01-01").person("owner", "Sjaak Auto", "1960-01-01")
                .lets("lena", "t1", "1441AB-7").lets("lena", "t2", "1441AB-7")
                .livesAt("t1", "1441AB-7", "2024-01-01", null).livesAt("t2", "1441AB-7", "2024-01-01", null)
                .pays("t1", "lena", "450.00", "2024-10-02").pays("t2", "lena", "450.00", "2024-10-02")
                .pays("o1", "lena", "300.00", "2024-10-03").pays("o2", "lena", "300.00", "2024-10-04")
                .vehicle("GHX21K", "owner").drives("lena", "GHX21K", "2024-10-10", "Purmerend").drives("lena", "GHX21K", "2024-11-10", "Purmerend")
                // Mark lets a room in Edam to one tenant who has moved out before the period; four others pay him and he
                // drives in Edam: nobody of his lives there in the period, so no transport.
                .person("mark", "Mark Stam", "1970-01-01").address("1135AA-1", "woning", "Edam")
                .person("gone", "Oud Huurder", "1999-01-01").lets("mark", "gone", "1135AA-1").livesAt("gone", "1135AA-1", "2022-01-01", "2023-06-30")
                .person("m1", "Ab Een", "1990-02-01").person("m2", "Bo Twee", "1990-02-02").person("m3", "Cor Drie", "1990-02-03")
                .person("m4", "Do Vier", "1990-02-04")
                .pays("m1", "mark", "100.00", "2024-10-02").pays("m2", "mark", "100.00", "2024-10-02").pays("m3", "mark", "100.00", "2024-10-02")
                .pays("m4", "mark", "100.00", "2024-10-02")
                .vehicle("KLM34P", "owner").drives("mark", "KLM34P", "2024-10-11", "Edam")
                .write(NEO4J.store());
        networks = new TraffickingNetworks(NEO4J.store(), new Evidence(NEO4J.store()), TraffickingLimits.defaults(), new SpreadReads(2));
    }

    @Test
    void ranksAControllerDrivingWhereHerFewTenantsLiveAsAFullReadDoes() {
        TraffickingNetworkConnection page = networks.find(null, Q, 20, null);

        assertThat(page.edges()).extracting(e -> e.node().controller().spoorId()).containsExactly("person:lena");
        assertThat(TraffickingNetworksTest.indicators(page.edges().getFirst().node().indicators()))
                .containsEntry("fanInSenders", "4 fired 1.0000").containsEntry("unrelatedPersonsPerAddress", "2 quiet 0.0000")
                .containsEntry("transportSightings", "2 fired 2.0000");
    }

    @Test
    void aHouseNobodyOfTheNetworkLivesInDuringThePeriodIsNoPlaceForTransport() {
        List<NetworkAssessment> all = networks.assess(Q, View.internal(), false).listed();
        assertThat(all).extracting(a -> a.facts.controller()).containsExactly("person:lena");
        NetworkAssessment mark = networks.assess("person:mark", Q).getFirst();
        assertThat(TraffickingNetworksTest.indicators(mark.indicators)).containsEntry("fanInSenders", "4 fired 1.0000")
                .containsEntry("unrelatedPersonsPerAddress", "0 quiet 0.0000").containsEntry("transportSightings", "0 quiet 0.0000");
    }
}
