package nl.spoor.api.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.detectors.AbcDetector.Result;
import nl.spoor.api.detectors.MoneyDetectors.Page;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.Indicator;
import nl.spoor.api.moneytrail.TrailLimits;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.testing.TestStore;

/** ABC transactions on a hand-built graph: within a family, between B.V.s of one director, and an ordinary chain over years. */
class AbcDetectorTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static AbcDetector detector;

    @BeforeAll
    static void fixture() {
        MoneyFixture f = new MoneyFixture();
        // A house passed from a cousin to B and on to B's partner within months, each time 40 % dearer.
        f.realEstate("realestate:000001", "Woonhuis Dorpsstraat 1, Zaandam", "300000.00")
                .person("a", "Anna Appel", "A1").person("b", "Bram Appel", "B1").person("c", "Cato Peer", "C1")
                .address("address:1500AA-1", "Dorpsstraat", 1, "Zaandam")
                .tie(RelationshipKind.FAMILY_OF, "person:a", "person:b", Map.of("relation", "cousin"))
                .tie(RelationshipKind.FAMILY_OF, "person:b", "person:c", Map.of("relation", "partner"))
                .tie(RelationshipKind.LIVES_AT, "person:b", "address:1500AA-1", "2020-01-01", Map.of("from", LocalDate.parse("2020-01-01")))
                .tie(RelationshipKind.LIVES_AT, "person:c", "address:1500AA-1", "2020-01-01", Map.of("from", LocalDate.parse("2020-01-01")))
                .bought("person:a", "realestate:000001", "2024-01-10", "300000.00")
                .bought("person:b", "realestate:000001", "2024-06-08", "420000.00")
                .bought("person:c", "realestate:000001", "2024-09-06", "588000.00")
                .transfer("B1", "A1", "420000.00", "2024-06-08").transfer("C1", "B1", "588000.00", "2024-09-06");
        // Three vastgoed B.V.s with one director pass a house on within two months each.
        f.realEstate("realestate:000003", "Woonhuis Kerkstraat 3, Haarlem", "500000.00").person("d", "Dirk Baas")
                .company("44444441", "Baas Vastgoed B.V.").company("44444442", "Haarlem Beleggingen B.V.").company("44444443", "Kerk Onroerend Goed B.V.");
        for (String kvk : List.of("kvk:44444441", "kvk:44444442", "kvk:44444443")) {
            f.tie(RelationshipKind.DIRECTOR_OF, "person:d", kvk, Map.of("role", "bestuurder"));
        }
        f.bought("kvk:44444441", "realestate:000003", "2024-03-01", "500000.00")
                .bought("kvk:44444442", "realestate:000003", "2024-05-01", "650000.00")
                .bought("kvk:44444443", "realestate:000003", "2024-07-01", "900000.00");
        // An ordinary house sold three times over sixteen years between strangers.
        f.realEstate("realestate:000002", "Appartement Laan 2, Hoorn", "400000.00")
                .person("x", "Xander Vos").person("y", "Yara Bos").person("z", "Zeno Kok")
                .bought("person:x", "realestate:000002", "2008-03-01", "250000.00")
                .bought("person:y", "realestate:000002", "2016-05-01", "320000.00")
                .bought("person:z", "realestate:000002", "2024-10-01", "400000.00");
        f.write(NEO4J.store());
        detector = new AbcDetector(new MoneyDetectors(NEO4J.store(), new TrailLimits(6, Duration.ofSeconds(60), 5_000, 200)),
                new Evidence(NEO4J.store()));
    }

    static Page<Result> detect(String entity, String since, String until) {
        return detector.detect(AbcDetector.Query.of(null, null, null, null, since, until), entity, 20, null);
    }

    static List<String> indicators(Result r) {
        return r.indicators().stream().map(i -> i.name() + "=" + i.value() + (i.fired() ? " fired" : "") + " w" + i.weight()).toList();
    }

    @Test
    void findsThePropertyPassedOnWithinTheFamilyWithItsStepsRelationsAndPayments() {
        Page<Result> page = detect(null, null, null);

        assertThat(page.edges()).extracting(e -> e.node().rank() + " " + e.node().subject().spoorId())
                .containsExactly("1 realestate:000001", "2 realestate:000003");
        Result r = page.edges().getFirst().node();
        assertThat(r.score()).isCloseTo(5 + 0.1 * 0.96, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(page.edges().get(1).node().score()).isCloseTo(5 + 0.1 * 0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.steps()).extracting(s -> s.buyer().caption() + " " + s.date() + " " + s.price() + " " + s.increase() + " " + s.days() + " " + s.relations())
                .containsExactly("Anna Appel 2024-01-10 300000.0 null null []",
                        "Bram Appel 2024-06-08 420000.0 0.4 150 [family (cousin)]",
                        "Cato Peer 2024-09-06 588000.0 0.4 90 [family (partner), living at the same address Dorpsstraat 1, Zaandam]");
        assertThat(indicators(r)).containsExactly("minStepIncrease=0.4 fired w1.0", "maxStepDays=150.0 fired w1.0",
                "relatedSteps=2.0 fired w2.0", "priceToWoz=1.96 fired w1.0");
        assertThat(r.indicators()).extracting(Indicator::threshold).containsExactly(0.3, 365.0, 1.0, 1.5);
        assertThat(r.explanation()).isEqualTo("Woonhuis Dorpsstraat 1, Zaandam was bought by Anna Appel on 2024-01-10 for € 300.000,00,"
                + " sold to Bram Appel on 2024-06-08 for € 420.000,00 (+40 % after 150 days) and to Cato Peer on 2024-09-06 for € 588.000,00"
                + " (+40 % after 90 days), +96 % in all; the last price is 1.96× the WOZ value of € 300.000,00. Related: Anna Appel and"
                + " Bram Appel: family (cousin); Bram Appel and Cato Peer: family (partner), living at the same address Dorpsstraat 1, Zaandam."
                + " Paid by bank transfer: € 420.000,00 on 2024-06-08 and € 588.000,00 on 2024-09-06."
                + " Indicators fired: minStepIncrease, maxStepDays, relatedSteps, priceToWoz.");
        assertThat(r.evidence()).extracting(p -> p.description() + ": " + p.steps().stream().map(s -> s.type()).toList())
                .containsExactly(
                        "Woonhuis Dorpsstraat 1, Zaandam bought by Anna Appel, Bram Appel and Cato Peer in turn: [OWNS_PROPERTY, OWNS_PROPERTY, OWNS_PROPERTY]",
                        "Anna Appel and Bram Appel: family (cousin): [FAMILY_OF]",
                        "Bram Appel paid Anna Appel for the property: [TRANSFER]",
                        "Bram Appel and Cato Peer: family (partner): [FAMILY_OF]",
                        "Bram Appel and Cato Peer: living at the same address Dorpsstraat 1, Zaandam: [LIVES_AT, LIVES_AT]",
                        "Cato Peer paid Bram Appel for the property: [TRANSFER]");
    }

    @Test
    void bVsWithOneDirectorAreRelatedAndAnOrdinaryChainOverYearsIsNoResult() {
        Result r = detect("realestate:000003", null, null).edges().getFirst().node();

        assertThat(r.steps()).extracting(s -> s.relations().toString())
                .containsExactly("[]", "[shared director Dirk Baas]", "[shared director Dirk Baas]");
        assertThat(indicators(r)).containsExactly("minStepIncrease=0.3 fired w1.0", "maxStepDays=61.0 fired w1.0",
                "relatedSteps=2.0 fired w2.0", "priceToWoz=1.8 fired w1.0");
        assertThat(detect("realestate:000002", null, null).totalCount()).isZero();
    }

    @Test
    void narrowedToAPartyOrAPeriodShowsOnlyTheChainsThere() {
        assertThat(detect("person:c", null, null).edges()).extracting(e -> e.node().subject().spoorId()).containsExactly("realestate:000001");
        assertThat(detect(null, "2024-08-01", null).edges()).extracting(e -> e.node().subject().spoorId()).containsExactly("realestate:000001");
    }
}
