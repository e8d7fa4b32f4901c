package nl.spoor.model.writer;

import static nl.spoor.model.testing.Facts.accountFact;
import static nl.spoor.model.testing.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.model.testing.TestStore;
import nl.spoor.model.testing.TransferCountsCheck;

/** {@link TransferCounts#RECOUNT}, as the retention purge runs it after deleting transfers. */
class TransferCountsRecountTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @Test
    void aHubBroughtBackUnderTheLimitCountsAgainForItsCounterparties() {
        STORE.clear();
        String a = GraphWriterContract.iban(1), shop = GraphWriterContract.iban(2), filler = GraphWriterContract.iban(3);
        GraphWriter writer = new GraphWriter(STORE.store().driver(), STORE.store().database(), 1_000);
        WriteBatch busy = new WriteBatch().source(source("src-a", "ing", "case-1"))
                .entity(accountFact(a, "src-a", 1)).entity(accountFact(shop, "src-a", 2)).entity(accountFact(filler, "src-a", 3));
        for (int t = 0; t < 2_001; t++) {
            busy.relationship(GraphWriterContract.transfer(filler, shop, "busy-" + t, "src-a", 10 + t));
        }
        writer.write(busy);
        writer.write(new WriteBatch().relationship(GraphWriterContract.transfer(a, shop, "tx-1", "src-a", 5)));
        assertThat(receiversOut(a)).as("the shop is a hub: it does not count").isEqualTo(0L);

        // What a purge does: delete transfers, then recount the accounts whose transfers it deleted (not a).
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            s.executeWrite(tx -> {
                tx.run("MATCH (:Entity {spoorId: $f})-[t:TRANSFER]->() WITH t ORDER BY t.key LIMIT 10 DELETE t", Map.of("f", "iban:" + filler)).consume();
                return tx.run(TransferCounts.RECOUNT, Map.of("ids", List.of("iban:" + filler, "iban:" + shop))).single().get("recounted").asLong();
            });
        }
        assertThat(receiversOut(a)).as("the shop, 1,992 transfers now, counts for a again").isEqualTo(1L);
        assertThat(TransferCountsCheck.wrong(STORE.store())).isEmpty();
    }

    @Test
    void marksTheTransfersOfAMarkedAccountThatWereWrittenOutsideTheWriter() {
        STORE.clear();
        String payroll = GraphWriterContract.iban(1), staff = GraphWriterContract.iban(2);
        GraphWriter writer = new GraphWriter(STORE.store().driver(), STORE.store().database(), 1_000);
        WriteBatch busy = new WriteBatch().source(source("src-a", "ing", "case-1"))
                .entity(accountFact(payroll, "src-a", 1)).entity(accountFact(staff, "src-a", 2));
        for (int t = 0; t < 1_001; t++) {
            busy.relationship(GraphWriterContract.transfer(payroll, staff, "pay-" + t, "src-a", t));
        }
        writer.write(busy);
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            s.executeWrite(tx -> tx.run("""
                    MATCH (a:Entity {spoorId: $a}), (b:Entity {spoorId: $b})
                    CREATE (a)-[:TRANSFER {key: 'outside', amount: 5.0, date: date('2024-03-02'), sourceIds: ['src-a']}]->(b)""",
                    Map.of("a", "iban:" + payroll, "b", "iban:" + staff)).consume());
            assertThat(TransferCountsCheck.wrong(STORE.store())).as("the check sees the transfer without its marks (and the counts without it)")
                    .contains("iban:" + payroll + " marks out true 1001/1001/1002, in - 0/0/0", "iban:" + staff + " marks out - 0/0/0, in true 1001/1001/1002");
            s.executeWrite(tx -> tx.run(TransferCounts.RECOUNT, Map.of("ids", List.of("iban:" + payroll, "iban:" + staff))).consume());
            assertThat(s.run("MATCH ()-[t:TRANSFER {key: 'outside'}]->() RETURN t.outOfHub AS o, t.intoHub AS i").single().asMap())
                    .isEqualTo(Map.of("o", "iban:" + payroll, "i", "iban:" + staff));
        }
        assertThat(TransferCountsCheck.wrong(STORE.store())).isEmpty();
    }

    private static long receiversOut(String iban) {
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            return s.run("MATCH (a:Entity {spoorId: $id}) RETURN a.receiversOut AS r", Map.of("id", "iban:" + iban)).single().get("r").asLong();
        }
    }
}
