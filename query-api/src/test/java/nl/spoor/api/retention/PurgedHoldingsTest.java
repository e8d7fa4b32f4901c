package nl.spoor.api.retention;

import static nl.spoor.api.testing.TwoSourceFixture.source;
import static nl.spoor.model.testing.Facts.account;
import static nl.spoor.model.testing.Facts.accountFact;
import static nl.spoor.model.testing.Facts.company;
import static nl.spoor.model.testing.Facts.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.testing.TransferCountsCheck;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * The counts kept at write time after the purge deletes a holding or an employment: whom the account paid no longer
 * counts its holder (schema V13), and a wage from an employer no source names any more is money others paid in (V15).
 */
class PurgedHoldingsTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    private static final String JOINT = "NL91ABNA0417164300", RENT = "NL02RABO0123456789", FIRM = "NL39RABO0300065264";

    @Test
    void aHolderOrEmployerOnlyAnExpiredSourceNamedNoLongerCountsForTheAccountsTheyTouch() {
        NEO4J.clear();
        // Piet holds the joint account by a live source, Anna only by one kept until 2024-12-31; it pays the rent.
        new GraphWriter(NEO4J.store().driver(), NEO4J.store().database(), 1_000).write(new WriteBatch()
                .source(source("src-old", "fiod", "FIOD-2019-3", "2024-12-31")).source(source("src-live", "politie-nh", "RIEC-NH-2025-017", "2030-03-01"))
                .entity(accountFact(JOINT, "src-live", 1)).entity(accountFact(RENT, "src-live", 2))
                .entity(new EntityFact(person("piet"), Map.of("name", "Piet Blijft"), Evidence.row("src-live", 3)))
                .entity(new EntityFact(person("anna"), Map.of("name", "Anna Weg"), Evidence.row("src-old", 1)))
                .relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, person("piet"), account(JOINT), Map.of(), Evidence.row("src-live", 4)))
                .relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, person("anna"), account(JOINT), Map.of(), Evidence.row("src-old", 2)))
                .relationship(new RelationshipFact(RelationshipKind.TRANSFER, account(JOINT), account(RENT), "tx-1",
                        Map.of("amount", new BigDecimal("850.00"), "currency", "EUR", "date", LocalDate.of(2025, 3, 1)), Evidence.row("src-live", 5)))
                // Piet's wage from a firm, his employer by the expired source only.
                .entity(new EntityFact(company("12345678"), Map.of("name", "Glashelder B.V."), Evidence.row("src-live", 6))).entity(accountFact(FIRM, "src-live", 7))
                .relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, company("12345678"), account(FIRM), Map.of(), Evidence.row("src-live", 8)))
                .relationship(new RelationshipFact(RelationshipKind.EMPLOYED_BY, person("piet"), company("12345678"), "2020-01-01",
                        Map.of("from", LocalDate.of(2020, 1, 1)), Evidence.row("src-old", 3)))
                .relationship(new RelationshipFact(RelationshipKind.TRANSFER, account(FIRM), account(JOINT), "tx-2",
                        Map.of("amount", new BigDecimal("2000.00"), "currency", "EUR", "date", LocalDate.of(2025, 2, 25)), Evidence.row("src-live", 9))));
        assertThat(payersIn(RENT)).isEqualTo(2L);
        assertThat(othersIn(JOINT)).as("his wage is his own money").isEqualTo(0.0);

        PurgeReport done = new RetentionPurge(NEO4J.store(), LoadProgress.silent()).run(LocalDate.of(2025, 6, 1), "beheerder-anna", false);

        assertThat(done.counts().relationshipsDeleted).isEqualTo(Map.of("HOLDS_ACCOUNT", 1L, "EMPLOYED_BY", 1L));
        assertThat(payersIn(RENT)).as("Piet only").isEqualTo(1L);
        assertThat(othersIn(JOINT)).as("no source says the firm employs him").isEqualTo(2000.0);
        assertThat(TransferCountsCheck.wrong(NEO4J.store())).isEmpty();
    }

    private static double othersIn(String iban) {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            return s.run("MATCH (a:Entity {spoorId: $id}) RETURN a.othersIn AS n", Map.of("id", "iban:" + iban)).single().get("n").asDouble();
        }
    }

    private static long payersIn(String iban) {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            return s.run("MATCH (a:Entity {spoorId: $id}) RETURN a.payersIn AS n", Map.of("id", "iban:" + iban)).single().get("n").asLong();
        }
    }
}
