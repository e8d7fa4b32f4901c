package nl.spoor.api.trafficking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.model.testing.TestStore;

/**
 * Anchor (3) of traffickingNetworks, persons whose accounts receive from many persons, starts from the payer counts kept
 * at write time (schema V13), which leave out hubs: the persons counted are those the network read counts, also through
 * joint accounts and through an account with more than 2,000 transfers.
 */
class FanInAnchorTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static TraffickingNetworks networks;
    /** Fan-in alone lists a network. */
    static final TraffickingQuery FAN_IN = TraffickingQuery.of(null, null, null, null, null, null, null, 1, "2024-10-01", "2024-12-31");

    @BeforeAll
    static void fixture() {
        new NetworkFixture()
                // Carla is paid once from each of two joint accounts: four persons in two transfers.
                .person("carla", "Carla Geld", "1980-01-01").person("p1", "Piet Een", "1990-01-01").person("p2", "Paula Een", "1990-01-02")
                .person("p3", "Jan Drie", "1990-01-03").person("p4", "Janna Drie", "1990-01-04")
                .coHolds("p2", "p1").coHolds("p4", "p3")
                .pays("p1", "carla", "300.00", "2024-10-01").pays("p3", "carla", "300.00", "2024-10-02")
                // Dirk is paid by three persons and by Bas, whose account has more than 2,000 transfers (a hub): the payer
                // count of Dirk's account leaves Bas out.
                .person("dirk", "Dirk Hub", "1975-01-01").person("q1", "Kim Vier", "1991-01-01").person("q2", "Lot Vijf", "1992-01-01")
                .person("q3", "Mo Zes", "1993-01-01").person("bas", "Bas Druk", "1985-01-01").person("filler", "Frits Vol", "1960-01-01")
                .pays("q1", "dirk", "200.00", "2024-10-03").pays("q2", "dirk", "200.00", "2024-10-03").pays("q3", "dirk", "200.00", "2024-10-03")
                .apply(f -> IntStream.range(0, 2_001).forEach(i -> f.pays("filler", "bas", "10.00", "2024-09-01")))
                .pays("bas", "dirk", "200.00", "2024-10-04")
                // Eva is paid by three persons: too few.
                .person("eva", "Eva Drie", "1970-01-01").person("r1", "Roos Een", "1994-01-01").person("r2", "Ruud Twee", "1995-01-01")
                .person("r3", "Rik Drie", "1996-01-01")
                .pays("r1", "eva", "100.00", "2024-10-05").pays("r2", "eva", "100.00", "2024-10-05").pays("r3", "eva", "100.00", "2024-10-05")
                .write(NEO4J.store());
        networks = new TraffickingNetworks(NEO4J.store(), new Evidence(NEO4J.store()), TraffickingLimits.defaults(), new SpreadReads(2));
    }

    @Test
    void findsTheControllersPaidByFourPersonsAlsoThroughJointAccountsAndAHubAndNotOnePaidByThree() {
        List<NetworkAssessment> found = networks.assess(null, FAN_IN);

        assertThat(found).extracting(a -> a.facts.controller() + " " + a.anchors + " " + a.facts.payers().stream().sorted().toList())
                .containsExactlyInAnyOrder(
                        "person:carla [fanIn] [person:p1, person:p2, person:p3, person:p4]",
                        "person:dirk [fanIn] [person:bas, person:q1, person:q2, person:q3]");
    }
}
