package nl.spoor.api.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.detectors.MoneyDetectors.Page;
import nl.spoor.api.detectors.PassThroughDetector.Result;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.moneytrail.TrailLimits;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.testing.TestStore;

/**
 * Where a whole-graph pass-through search starts (PassThroughDetector.cypher): every forwarding of a day on its own,
 * and the hub caps with cash movements counted, though the search first narrows by the transfer counts alone.
 */
class PassThroughStartsTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static PassThroughDetector detector;

    @BeforeAll
    static void fixture() {
        MoneyFixture f = new MoneyFixture().place("GM0363", "Amsterdam");
        // Anna's wage (her own money) pays a large bill; on the same day she passes on what a stranger paid her.
        f.company("33333333", "Schoonmaak Noord B.V.", "E1").person("a", "Anna Aal", "A1").person("v1", "Vos Vreemd", "V1")
                .person("r1", "Rik Rekening", "R1").person("r2", "Roos Ontvanger", "R2")
                .tie(RelationshipKind.EMPLOYED_BY, "person:a", "kvk:33333333", "2020-01-01", Map.of("from", LocalDate.parse("2020-01-01")))
                .transfer("E1", "A1", "6000.00", "2024-10-25").transfer("V1", "A1", "1050.00", "2024-11-01")
                .transfer("A1", "R1", "5000.00", "2024-11-02").transfer("A1", "R2", "1000.00", "2024-11-02");
        // Carl forwards to Dirk, whose account has one transfer but four cash deposits: five movements.
        f.person("c", "Carl Doorgever", "C1").person("v2", "Vera Vreemd", "V2").person("d", "Dirk Kas", "D1")
                .transfer("V2", "C1", "2000.00", "2024-11-10").transfer("C1", "D1", "1900.00", "2024-11-11");
        for (String day : new String[] {"2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04"}) {
            f.cashDeposit("GM0363", "D1", "10.00", day);
        }
        // Xander passes money on, and his own account has two transfers and three cash deposits: five movements.
        f.person("x", "Xander Storter", "X1").person("v3", "Vincent Vreemd", "V3").person("z", "Zoë Ontvanger", "Z1")
                .transfer("V3", "X1", "3000.00", "2024-11-20").transfer("X1", "Z1", "2900.00", "2024-11-21");
        for (String day : new String[] {"2024-10-01", "2024-10-02", "2024-10-03"}) {
            f.cashDeposit("GM0363", "X1", "10.00", day);
        }
        f.write(NEO4J.store());
        detector = new PassThroughDetector(new MoneyDetectors(NEO4J.store(), new TrailLimits(6, Duration.ofSeconds(60), 5_000, 200)),
                new Evidence(NEO4J.store()));
    }

    static Page<Result> detect(String entity, Integer hubCap) {
        return detector.detect(PassThroughDetector.Query.of(null, null, null, null, null, null, null, null, hubCap, null, null), entity, null, null);
    }

    @Test
    void aForwardingTheInflowCoversIsFoundOnADayWithALargerOneItDoesNot() {
        Page<Result> page = detect(null, 4);

        assertThat(page.edges()).extracting(e -> e.node().subject().caption()).containsExactly("NL00TEST00000000A1");
        assertThat(page.edges().getFirst().node().hops()).extracting(h -> h.forwardedOn() + " " + h.destination() + " " + h.forwarded()
                        + " of " + h.inflow() + " from others")
                .containsExactly("2024-11-02 " + MoneyFixture.account("R2") + " 1000.0 of 1050.0 from others");
    }

    @Test
    void aRecipientOverTheHubCapWithItsCashMovementsStartsNoSearch() {
        assertThat(detect(null, 4).edges()).extracting(e -> e.node().subject().caption()).doesNotContain("NL00TEST00000000C1");
        assertThat(detect(null, 5).edges()).extracting(e -> e.node().subject().caption()).contains("NL00TEST00000000C1");
        // An entity's own accounts are looked at whatever their recipients.
        assertThat(detect("person:c", 4).edges()).extracting(e -> e.node().subject().caption()).containsExactly("NL00TEST00000000C1");
    }

    @Test
    void anAccountOverTheHubCapWithItsCashMovementsIsNotLookedAt() {
        assertThat(detect(null, 4).edges()).extracting(e -> e.node().subject().caption()).doesNotContain("NL00TEST00000000X1");
        assertThat(detect(null, 5).edges()).extracting(e -> e.node().subject().caption())
                .containsExactlyInAnyOrder("NL00TEST00000000A1", "NL00TEST00000000C1", "NL00TEST00000000X1");
    }
}
