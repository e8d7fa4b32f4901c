package nl.spoor.api.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.visibility.View;
import nl.spoor.api.entity.EntityNeighbourhood.Filter;
import nl.spoor.api.entity.EntityViews.RelationshipConnection;
import nl.spoor.api.entity.EntityViews.TimelineConnection;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.testing.Facts;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/** Neighbours and timeline of one person with dated and undated relationships, accounts and a document. */
class EntityNeighbourhoodTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final String SRC = "test:registers";
    static final EntityRef PETRA = Facts.person("petra");
    static final EntityRef QUINTEN = Facts.person("quinten");
    static final EntityRef OLD_HOME = new EntityRef(EntityKind.ADDRESS, "address:1506EK1");
    static final EntityRef NEW_HOME = new EntityRef(EntityKind.ADDRESS, "address:1506EK2");
    static final EntityRef FIRM = Facts.company("12345678");
    static final EntityRef OWN_CAR = new EntityRef(EntityKind.VEHICLE, "kenteken:GZ416B");
    static final EntityRef OTHER_CAR = new EntityRef(EntityKind.VEHICLE, "kenteken:XX999X");
    static final EntityRef PV = new EntityRef(EntityKind.DOCUMENT, "document:cc33");
    static EntityNeighbourhood neighbourhood;
    static int row = 1;

    static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1] instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\d") ? LocalDate.parse(s) : kv[i + 1]);
        }
        return m;
    }

    @BeforeAll
    static void fixture() {
        WriteBatch b = new WriteBatch().source(Facts.source(SRC, "politie-nh", "RIEC-NH-2025-017"));
        b.entity(new EntityFact(PETRA, Map.of("name", "Petra de Wit"), Evidence.row(SRC, row++)));
        b.entity(new EntityFact(QUINTEN, Map.of("name", "Quinten de Wit"), Evidence.row(SRC, row++)));
        b.entity(new EntityFact(OLD_HOME, Map.of("addressKey", "1506EK1", "street", "Kerkstraat"), Evidence.row(SRC, row++)));
        b.entity(new EntityFact(NEW_HOME, Map.of("addressKey", "1506EK2", "street", "Kerkstraat"), Evidence.row(SRC, row++)));
        b.entity(new EntityFact(FIRM, Map.of("name", "De Wit Glasbewassing B.V.", "kvkNummer", "12345678"), Evidence.row(SRC, row++)));
        b.entity(new EntityFact(OWN_CAR, Map.of("kenteken", "GZ416B"), Evidence.row(SRC, row++)));
        b.entity(new EntityFact(OTHER_CAR, Map.of("kenteken", "XX999X"), Evidence.row(SRC, row++)));
        b.entity(new EntityFact(PV, Map.of("name", "PV 2024-1187.pdf"), Evidence.row(SRC, row++)));
        for (String iban : List.of("NL00TESTP1", "NL00TESTQ1", "NL00TESTQ2")) {
            b.entity(Facts.accountFact(iban, SRC, row++));
        }
        b.relationship(new RelationshipFact(RelationshipKind.LIVES_AT, PETRA, OLD_HOME, "2020-01-01", props("from", "2020-01-01", "until", "2023-06-30"), ev()));
        b.relationship(new RelationshipFact(RelationshipKind.LIVES_AT, PETRA, NEW_HOME, "2023-07-01", props("from", "2023-07-01"), ev()));
        b.relationship(RelationshipFact.of(RelationshipKind.DIRECTOR_OF, PETRA, FIRM, props("from", "2022-03-01", "until", "2024-02-29", "role", "bestuurder"), ev()));
        b.relationship(new RelationshipFact(RelationshipKind.REGISTERED_OWNER, PETRA, OWN_CAR, "2024-05-01", props("from", "2024-05-01"), ev()));
        b.relationship(new RelationshipFact(RelationshipKind.OBSERVED_DRIVING, PETRA, OTHER_CAR, "2024-10-12:anpr", props("date", "2024-10-12", "observation", "anpr"), ev()));
        b.relationship(RelationshipFact.of(RelationshipKind.FAMILY_OF, PETRA, QUINTEN, props("relation", "sibling"), ev()));
        b.relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, PETRA, Facts.account("NL00TESTP1"), props(), ev()));
        b.relationship(new RelationshipFact(RelationshipKind.TRANSFER, Facts.account("NL00TESTP1"), Facts.account("NL00TESTQ1"), "t1",
                props("amount", 3000.0, "currency", "EUR", "date", "2024-11-01"), ev()));
        b.relationship(new RelationshipFact(RelationshipKind.TRANSFER, Facts.account("NL00TESTQ2"), Facts.account("NL00TESTP1"), "t2",
                props("amount", 1200.0, "currency", "EUR", "date", "2024-10-15"), ev()));
        b.relationship(new RelationshipFact(RelationshipKind.TRANSFER, Facts.account("NL00TESTQ2"), Facts.account("NL00TESTQ1"), "t3",
                props("amount", 50.0, "currency", "EUR", "date", "2024-10-16"), ev()));
        b.relationship(new RelationshipFact(RelationshipKind.MENTIONS, PV, PETRA, "p1:10", props("page", 1L, "start", 10L, "end", 22L), ev()));
        new GraphWriter(NEO4J.store().driver(), NEO4J.store().database()).write(b);
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            s.run("MATCH (d:Document {spoorId: 'document:cc33'}) MERGE (p:Page {pageId: 'cc33:1:0'}) SET p.number = 1, p.part = 0, p.start = 0, "
                    + "p.text = 'Op 12 maart 2024 ... Petra de Wit ... Zaandam, 30 september 2024', p.dates = [date('2024-03-12'), date('2024-09-30')] "
                    + "MERGE (d)-[:HAS_PAGE]->(p)").consume();
        }
        neighbourhood = new EntityNeighbourhood(NEO4J.store());
    }

    static Evidence ev() {
        return Evidence.row(SRC, row++);
    }

    static RelationshipConnection neighbours(List<String> kinds, List<String> types, String direction, String since, String until, Boolean undated) {
        return neighbourhood.neighbours(PETRA.spoorId(), Filter.of(kinds, types, direction, since, until, undated), 50, null, View.internal());
    }

    static List<String> rels(RelationshipConnection c) {
        return c.edges().stream().map(e -> e.node().type() + " " + e.node().direction() + " " + e.node().other().caption()).toList();
    }

    static List<String> events(TimelineConnection c) {
        return c.edges().stream().map(e -> e.node().date() + " " + e.node().phase() + " " + e.node().relationship().type() + " "
                + e.node().relationship().other().caption()).toList();
    }

    @Test
    void listsEveryNeighbourByTypeThenOtherEnd() {
        assertThat(rels(neighbours(null, null, null, null, null, null))).containsExactly(
                "DIRECTOR_OF OUT De Wit Glasbewassing B.V.", "FAMILY_OF OUT Quinten de Wit", "HOLDS_ACCOUNT OUT NL00TESTP1",
                "LIVES_AT OUT 1506EK1", "LIVES_AT OUT 1506EK2", "MENTIONS IN PV 2024-1187.pdf", "OBSERVED_DRIVING OUT XX999X",
                "REGISTERED_OWNER OUT GZ416B");
    }

    @Test
    void filtersNeighboursByKindTypeAndDirection() {
        assertThat(rels(neighbours(List.of("Vehicle"), null, null, null, null, null))).containsExactly("OBSERVED_DRIVING OUT XX999X", "REGISTERED_OWNER OUT GZ416B");
        assertThat(rels(neighbours(null, List.of("LIVES_AT", "FAMILY_OF"), null, null, null, null)))
                .containsExactly("FAMILY_OF OUT Quinten de Wit", "LIVES_AT OUT 1506EK1", "LIVES_AT OUT 1506EK2");
        assertThat(rels(neighbours(null, null, "IN", null, null, null))).containsExactly("MENTIONS IN PV 2024-1187.pdf");
        assertThatThrownBy(() -> neighbours(null, List.of("LIVES"), null, null, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown relationship type 'LIVES'");
        assertThatThrownBy(() -> neighbours(List.of("Auto"), null, null, null, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown entity kind 'Auto'");
    }

    @Test
    void keepsNeighboursWhosePeriodOrDateFallsInTheAskedPeriod() {
        assertThat(rels(neighbours(null, null, null, "2023-01-01", "2023-12-31", false)))
                .containsExactly("DIRECTOR_OF OUT De Wit Glasbewassing B.V.", "LIVES_AT OUT 1506EK1", "LIVES_AT OUT 1506EK2");
        assertThat(rels(neighbours(null, List.of("LIVES_AT"), null, "2024-01-01", null, null))).containsExactly("LIVES_AT OUT 1506EK2");
        assertThat(rels(neighbours(null, null, null, "2024-10-01", "2024-10-31", true))).containsExactly(
                "FAMILY_OF OUT Quinten de Wit", "HOLDS_ACCOUNT OUT NL00TESTP1", "LIVES_AT OUT 1506EK2", "MENTIONS IN PV 2024-1187.pdf",
                "OBSERVED_DRIVING OUT XX999X", "REGISTERED_OWNER OUT GZ416B");
        assertThatThrownBy(() -> neighbours(null, null, null, "2024-12-01", "2024-01-01", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("since (2024-12-01) is after until (2024-01-01)");
    }

    @Test
    void pagesNeighboursWithCursors() {
        Filter all = Filter.of(null, null, null, null, null, null);
        RelationshipConnection first = neighbourhood.neighbours(PETRA.spoorId(), all, 3, null, View.internal());
        assertThat(rels(first)).hasSize(3);
        assertThat(first.totalCount()).isEqualTo(8);
        assertThat(first.pageInfo().hasNextPage()).isTrue();
        RelationshipConnection rest = neighbourhood.neighbours(PETRA.spoorId(), all, 10, first.pageInfo().endCursor(), View.internal());
        assertThat(rels(rest)).containsExactly("LIVES_AT OUT 1506EK1", "LIVES_AT OUT 1506EK2", "MENTIONS IN PV 2024-1187.pdf",
                "OBSERVED_DRIVING OUT XX999X", "REGISTERED_OWNER OUT GZ416B");
        assertThat(rest.pageInfo().hasNextPage()).isFalse();
    }

    @Test
    void putsEveryDatedEventNewestFirstWithTheTransfersOfItsAccountsAndTheDocumentsThatMentionIt() {
        TimelineConnection t = neighbourhood.timeline(PETRA.spoorId(), Filter.of(null, null, null, null, null, null), true, 50, null, View.internal());
        assertThat(events(t)).containsExactly(
                "2024-11-01 ON TRANSFER NL00TESTQ1",
                "2024-10-15 ON TRANSFER NL00TESTQ2",
                "2024-10-12 ON OBSERVED_DRIVING XX999X",
                "2024-09-30 ON MENTIONS PV 2024-1187.pdf",
                "2024-05-01 START REGISTERED_OWNER GZ416B",
                "2024-02-29 END DIRECTOR_OF De Wit Glasbewassing B.V.",
                "2023-07-01 START LIVES_AT 1506EK2",
                "2023-06-30 END LIVES_AT 1506EK1",
                "2022-03-01 START DIRECTOR_OF De Wit Glasbewassing B.V.",
                "2020-01-01 START LIVES_AT 1506EK1");
        var transfer = t.edges().getFirst().node();
        assertThat(transfer.via().spoorId()).isEqualTo("iban:NL00TESTP1");
        assertThat(transfer.relationship().direction()).isEqualTo("OUT");
        assertThat(transfer.description()).isEqualTo("TRANSFER to NL00TESTQ1, amount 3000.0, account NL00TESTP1");
        assertThat(t.edges().get(1).node().relationship().direction()).isEqualTo("IN");
        assertThat(transfer.relationship().sources()).extracting(a -> a.source().sourceId()).containsExactly(SRC);
        assertThat(t.edges().get(5).node().description()).isEqualTo("DIRECTOR_OF to De Wit Glasbewassing B.V.: ends");
    }

    @Test
    void filtersTheTimelineByTypeAndPeriodAndPagesItOldestFirst() {
        TimelineConnection october = neighbourhood.timeline(PETRA.spoorId(), Filter.of(null, List.of("TRANSFER"), null, "2024-10-01", "2024-10-31", null),
                true, 50, null, View.internal());
        assertThat(events(october)).containsExactly("2024-10-15 ON TRANSFER NL00TESTQ2");
        Filter all = Filter.of(null, null, null, null, null, null);
        TimelineConnection first = neighbourhood.timeline(PETRA.spoorId(), all, false, 3, null, View.internal());
        assertThat(events(first)).containsExactly("2020-01-01 START LIVES_AT 1506EK1", "2022-03-01 START DIRECTOR_OF De Wit Glasbewassing B.V.",
                "2023-06-30 END LIVES_AT 1506EK1");
        assertThat(first.totalCount()).isEqualTo(10);
        TimelineConnection next = neighbourhood.timeline(PETRA.spoorId(), all, false, 2, first.pageInfo().endCursor(), View.internal());
        assertThat(events(next)).containsExactly("2023-07-01 START LIVES_AT 1506EK2", "2024-02-29 END DIRECTOR_OF De Wit Glasbewassing B.V.");
        assertThatThrownBy(() -> neighbourhood.timeline(PETRA.spoorId(), all, true, 2, first.pageInfo().endCursor(), View.internal()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a cursor of this request");
    }
}
