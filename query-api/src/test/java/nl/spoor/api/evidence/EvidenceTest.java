package nl.spoor.api.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.evidence.EvidenceViews.EvidenceStep;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.testing.Facts;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/** Evidence steps read by relationship id, with endpoints and the sources of each, as typologies show them. */
class EvidenceTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static nl.spoor.api.evidence.Evidence evidence;

    @BeforeAll
    static void fixture() {
        WriteBatch kvk = new WriteBatch().source(Facts.source("kvk-uittreksel", "kvk", "FIT-2025-004"));
        kvk.entity(new EntityFact(Facts.person("jan"), Map.of("name", "Jan de Vries"), Evidence.row("kvk-uittreksel", 1)));
        kvk.entity(new EntityFact(Facts.company("12345678"), Map.of("name", "Glashelder B.V.", "kvkNummer", "12345678"),
                Evidence.row("kvk-uittreksel", 2)));
        kvk.relationship(RelationshipFact.of(RelationshipKind.DIRECTOR_OF, Facts.person("jan"), Facts.company("12345678"),
                Map.of("since", java.time.LocalDate.parse("2021-05-01")), Evidence.row("kvk-uittreksel", 3)));
        WriteBatch pv = new WriteBatch().source(Facts.source("pv-2025-17", "politie", "FIT-2025-004"));
        pv.relationship(RelationshipFact.of(RelationshipKind.DIRECTOR_OF, Facts.person("jan"), Facts.company("12345678"),
                Map.of(), Evidence.mention("pv-2025-17", 2, 118, 160, 0.9, "Jan de Vries is bestuurder van Glashelder B.V.")));
        pv.relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, Facts.company("12345678"), Facts.account("NL91ABNA0417164300"),
                Map.of(), Evidence.mention("pv-2025-17", 3, 10, 40, 0.8, "rekening NL91 ABNA 0417 1643 00 van Glashelder")));
        pv.entity(Facts.accountFact("NL91ABNA0417164300", "pv-2025-17", 4));
        GraphWriter writer = new GraphWriter(NEO4J.store().driver(), NEO4J.store().database());
        writer.write(kvk);
        writer.write(pv);
        evidence = new nl.spoor.api.evidence.Evidence(NEO4J.store());
    }

    static List<String> ids(String cypher) {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            return s.run(cypher).list(r -> r.get(0).asString());
        }
    }

    @Test
    void showsEachStepWithItsEndpointsPropertiesAndEverySourceThatAssertsIt() {
        List<String> ids = ids("MATCH (:Person)-[r:DIRECTOR_OF]->(:Company) RETURN elementId(r)");
        List<EvidenceStep> steps = evidence.steps(ids);

        assertThat(steps).hasSize(1);
        EvidenceStep director = steps.getFirst();
        assertThat(director.from().spoorId()).isEqualTo("person:jan");
        assertThat(director.from().caption()).isEqualTo("Jan de Vries");
        assertThat(director.type()).isEqualTo("DIRECTOR_OF");
        assertThat(director.to().caption()).isEqualTo("Glashelder B.V.");
        assertThat(director.to().kind()).isEqualTo("Company");
        assertThat(director.properties()).extracting(p -> p.name() + "=" + p.value()).containsExactly("since=2021-05-01");
        assertThat(director.sources()).extracting(a -> a.source().sourceId() + " " + a.locator() + " " + a.snippet())
                .containsExactlyInAnyOrder("kvk-uittreksel row:3 null",
                        "pv-2025-17 p2:118 Jan de Vries is bestuurder van Glashelder B.V.");
    }

    @Test
    void buildsPathsInTheOrderGivenAndListsTheirDocumentsOnce() {
        String director = ids("MATCH (:Person)-[r:DIRECTOR_OF]->() RETURN elementId(r)").getFirst();
        String account = ids("MATCH ()-[r:HOLDS_ACCOUNT]->() RETURN elementId(r)").getFirst();
        Map<String, List<String>> asked = new LinkedHashMap<>();
        asked.put("Jan de Vries controls the account of Glashelder B.V.", List.of(director, account));
        asked.put("The account is Glashelder's", List.of(account));

        List<EvidencePath> paths = evidence.paths(asked);

        assertThat(paths).extracting(EvidencePath::description)
                .containsExactly("Jan de Vries controls the account of Glashelder B.V.", "The account is Glashelder's");
        assertThat(paths.getFirst().steps()).extracting(EvidenceStep::type).containsExactly("DIRECTOR_OF", "HOLDS_ACCOUNT");
        assertThat(paths.getFirst().steps().get(1).to().caption()).isEqualTo("NL91ABNA0417164300");
        assertThat(nl.spoor.api.evidence.Evidence.sources(paths)).extracting(s -> s.sourceId())
                .containsExactly("kvk-uittreksel", "pv-2025-17");
    }

    @Test
    void leavesOutARelationshipDeletedSinceTheQueryRan() {
        assertThat(evidence.steps(List.of("5:00000000-0000-0000-0000-000000000000:999999"))).isEmpty();
    }
}
