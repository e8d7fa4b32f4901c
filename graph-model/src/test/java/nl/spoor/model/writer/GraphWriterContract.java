package nl.spoor.model.writer;

import static nl.spoor.model.testing.Facts.account;
import static nl.spoor.model.testing.Facts.accountFact;
import static nl.spoor.model.testing.Facts.company;
import static nl.spoor.model.testing.Facts.person;
import static nl.spoor.model.testing.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.testing.TestStore;

/**
 * What the graph writer promises, run against each kind of store (in-process, server process,
 * Testcontainers) by the subclasses.
 */
abstract class GraphWriterContract {

    abstract TestStore testStore();

    SpoorStore store() {
        return testStore().store();
    }

    GraphWriter writer() {
        return new GraphWriter(store().driver(), store().database(), 1_000);
    }

    @BeforeEach
    void emptyGraph() {
        testStore().clear();
    }

    <T> T query(String cypher, Map<String, Object> params, java.util.function.Function<org.neo4j.driver.Result, T> read) {
        try (var s = store().driver().session(store().sessionConfig())) {
            return s.executeRead(tx -> read.apply(tx.run(cypher, params)));
        }
    }

    List<String> strings(String cypher) {
        try (var s = store().driver().session(store().sessionConfig())) {
            return s.executeRead(tx -> tx.run(cypher).list(r -> r.get(0).asString()));
        }
    }

    long count(String cypher) {
        return query(cypher, Map.of(), r -> r.single().get(0).asLong());
    }

    @Test
    void assertedGivesAPropertyAsTheUsableSourcesStateIt() {
        // The register (src-b, written first) and a statement (src-a) disagree on the name; only src-b gives a birth date.
        writer().write(new WriteBatch().source(source("src-b", "brp", "case-1"))
                .entity(new EntityFact(person("jan"), Map.of("name", "Johannes de Vries", "birthDate", java.time.LocalDate.parse("1970-02-03")),
                        Evidence.row("src-b", 4))));
        writer().write(new WriteBatch().source(source("src-a", "politie", "case-1"))
                .entity(new EntityFact(person("jan"), Map.of("name", "Jan de Vries", "income", 21000.5), Evidence.row("src-a", 1))));
        java.util.function.Function<List<String>, List<Object>> asserted = usable -> query(
                "MATCH (p:Person {spoorId: 'person:jan'}) RETURN [spoor.asserted(p, 'name', $usable), spoor.asserted(p, 'birthDate', $usable), "
                        + "spoor.asserted(p, 'income', $usable)] AS v", java.util.Collections.singletonMap("usable", usable),
                r -> r.single().get("v").asList(org.neo4j.driver.Value::asObject));
        assertThat(asserted.apply(List.of("src-a"))).containsExactly("Jan de Vries", null, 21000.5);
        assertThat(asserted.apply(List.of("src-b"))).containsExactly("Johannes de Vries", java.time.LocalDate.parse("1970-02-03"), null);
        // Both usable: the first in order of source id wins, as the API's entity view shows it.
        assertThat(asserted.apply(List.of("src-a", "src-b"))).containsExactly("Jan de Vries", java.time.LocalDate.parse("1970-02-03"), 21000.5);
        assertThat(asserted.apply(List.of())).containsExactly(null, null, null);
        // Every source usable (null): the stored value, the first writer's.
        assertThat(asserted.apply(null)).containsExactly("Johannes de Vries", java.time.LocalDate.parse("1970-02-03"), 21000.5);
    }

    @Test
    void resolvesTheSameIbanFromTwoSourcesToOneNodeWithBothSources() {
        writer().write(new WriteBatch().source(source("src-a", "politie", "case-1")).entity(accountFact("NL91ABNA0417164300", "src-a", 3)));
        writer().write(new WriteBatch().source(source("src-b", "fiod", "case-1")).entity(accountFact("NL91ABNA0417164300", "src-b", 9)));

        assertThat(count("MATCH (n:BankAccount) RETURN count(n)")).isEqualTo(1);
        List<String> sources = strings("MATCH (s:Source)-[a:ASSERTS]->(:BankAccount {iban: 'NL91ABNA0417164300'}) RETURN s.sourceId + '@' + a.locator AS x ORDER BY x");
        assertThat(sources).containsExactly("src-a@row:3", "src-b@row:9");
    }

    @Test
    void writingTheSameBatchAgainChangesNothing() {
        WriteBatch batch = new WriteBatch().source(source("src-a", "politie", "case-1"))
                .entity(accountFact("NL91ABNA0417164300", "src-a", 1))
                .entity(new EntityFact(person("jan"), Map.of("name", "Jan de Vries"), Evidence.row("src-a", 2)))
                .relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, person("jan"), account("NL91ABNA0417164300"), Map.of(), Evidence.row("src-a", 2)));
        WriteResult first = writer().write(batch);
        WriteResult second = writer().write(batch);

        assertThat(first.nodesCreated()).isEqualTo(3); // source, person, account
        assertThat(first.relationshipsCreated()).isEqualTo(3); // 2 ASSERTS + HOLDS_ACCOUNT
        assertThat(second.nodesCreated()).isZero();
        assertThat(second.relationshipsCreated()).isZero();
        assertThat(strings("MATCH ()-[r:HOLDS_ACCOUNT]->() RETURN reduce(x = '', s IN r.sourceIds | x + s)")).containsExactly("src-a");
        assertThat(count("MATCH ()-[r:HOLDS_ACCOUNT]->() RETURN size(r.evidence)")).isEqualTo(1);
    }

    @Test
    void keepsTheFirstValueOnTheNodeAndEverySourcesOwnValueOnItsAssertion() {
        writer().write(new WriteBatch().source(source("src-a", "politie", "case-1"))
                .entity(new EntityFact(person("p1"), Map.of("name", "J. de Vries", "birthDate", java.time.LocalDate.of(1980, 2, 29)), Evidence.mention("src-a", 2, 100, 111, 0.9, "verdachte J. de Vries"))));
        writer().write(new WriteBatch().source(source("src-b", "fiod", "case-1"))
                .entity(new EntityFact(person("p1"), Map.of("name", "Jan de Vries", "birthPlace", "Zaandam"), Evidence.mention("src-b", 1, 5, 17, 0.95, null))));

        var node = query("MATCH (p:Person {spoorId: 'person:p1'}) RETURN p", Map.of(), r -> r.single().get("p").asNode());
        assertThat(node.get("name").asString()).isEqualTo("J. de Vries");
        assertThat(node.get("birthDate").asLocalDate()).isEqualTo(java.time.LocalDate.of(1980, 2, 29));
        assertThat(node.get("birthPlace").asString()).isEqualTo("Zaandam");
        List<String> asserted = strings("MATCH (s:Source)-[a:ASSERTS]->(:Person {spoorId: 'person:p1'}) RETURN s.sourceId + ' p' + a.page + ' ' + a.start + '-' + a.end + ' ' + a.asserted AS x ORDER BY x");
        assertThat(asserted).containsExactly(
                "src-a p2 100-111 {\"birthDate\":\"1980-02-29\",\"name\":\"J. de Vries\"}",
                "src-b p1 5-17 {\"birthPlace\":\"Zaandam\",\"name\":\"Jan de Vries\"}");
    }

    @Test
    void mergesThePropertiesOfTwoSourcesNamingOneEntityInOneBatch() {
        writer().write(new WriteBatch().source(source("src-a", "politie", "case-1")).source(source("src-b", "fiod", "case-1"))
                .entity(new EntityFact(person("p2"), Map.of("name", "Piotr Nowak"), Evidence.row("src-a", 1)))
                .entity(new EntityFact(person("p2"), Map.of("name", "P. Nowak", "birthPlace", "Łódź"), Evidence.row("src-b", 7))));
        var node = query("MATCH (p:Person {spoorId: 'person:p2'}) RETURN p", Map.of(), r -> r.single().get("p").asNode());
        assertThat(node.get("name").asString()).isEqualTo("Piotr Nowak");
        assertThat(node.get("birthPlace").asString()).isEqualTo("Łódź");
        assertThat(strings("MATCH (s:Source)-[a:ASSERTS]->(:Person {spoorId: 'person:p2'}) RETURN s.sourceId + ' ' + a.asserted AS x ORDER BY x"))
                .containsExactly("src-a {\"name\":\"Piotr Nowak\"}", "src-b {\"birthPlace\":\"Łódź\",\"name\":\"P. Nowak\"}");
    }

    @Test
    void gathersEverySourceOfARelationshipOnIt() {
        for (String src : List.of("src-a", "src-b", "src-a")) {
            writer().write(new WriteBatch().source(source(src, "kvk", "case-1"))
                    .entity(new EntityFact(person("p1"), Map.of("name", "Fatima el Amrani"), Evidence.row(src, 1)))
                    .entity(new EntityFact(company("12345678"), Map.of("name", "Glashelder B.V.", "kvkNummer", "12345678"), Evidence.row(src, 1)))
                    .relationship(RelationshipFact.of(RelationshipKind.DIRECTOR_OF, person("p1"), company("12345678"), Map.of("role", "bestuurder"), Evidence.row(src, 1))));
        }
        var r = query("MATCH (:Person)-[r:DIRECTOR_OF]->(:Company) RETURN r", Map.of(), x -> x.list(y -> y.get("r").asRelationship()));
        assertThat(r).hasSize(1);
        assertThat(r.getFirst().get("sourceIds").asList(v -> v.asString())).containsExactly("src-a", "src-b");
        assertThat(r.getFirst().get("evidence").asList(v -> v.asString())).containsExactly(
                "{\"confidence\":1.0,\"locator\":\"row:1\",\"source\":\"src-a\"}",
                "{\"confidence\":1.0,\"locator\":\"row:1\",\"source\":\"src-b\"}");
        assertThat(r.getFirst().get("role").asString()).isEqualTo("bestuurder");
        assertThat(r.getFirst().containsKey("spoorLock")).isFalse();
    }

    @Test
    void storesASymmetricRelationshipOnceWhicheverWayItIsStated() {
        var batch = new WriteBatch().source(source("src-a", "politie", "case-1"))
                .entity(new EntityFact(person("a"), Map.of(), Evidence.row("src-a", 1)))
                .entity(new EntityFact(person("b"), Map.of(), Evidence.row("src-a", 2)))
                .relationship(RelationshipFact.of(RelationshipKind.FAMILY_OF, person("b"), person("a"), Map.of("relationship", "broer"), Evidence.row("src-a", 3)))
                .relationship(RelationshipFact.of(RelationshipKind.FAMILY_OF, person("a"), person("b"), Map.of("relationship", "broer"), Evidence.row("src-a", 4)));
        writer().write(batch);
        assertThat(strings("MATCH (a)-[r:FAMILY_OF]->(b) RETURN a.spoorId + '>' + b.spoorId + ' ' + size(r.evidence) AS x"))
                .containsExactly("person:a>person:b 2");
    }

    @Test
    void keepsTransfersBetweenTheSameAccountsApartByTheirKey() {
        var batch = new WriteBatch().source(source("src-a", "ing", "case-1"))
                .entity(accountFact("NL91ABNA0417164300", "src-a", 1))
                .entity(accountFact("NL02RABO0123456789", "src-a", 1));
        for (int i = 1; i <= 3; i++) {
            batch.relationship(new RelationshipFact(RelationshipKind.TRANSFER, account("NL91ABNA0417164300"), account("NL02RABO0123456789"),
                    "tx-" + i, Map.of("amount", new java.math.BigDecimal("9850.00"), "currency", "EUR", "date", java.time.LocalDate.of(2024, 3, i)), Evidence.row("src-a", i)));
        }
        writer().write(batch);
        writer().write(batch);
        assertThat(strings("MATCH ()-[t:TRANSFER]->() RETURN t.key + ' ' + t.amount + ' ' + toString(t.date) AS x ORDER BY x"))
                .containsExactly("tx-1 9850.0 2024-03-01", "tx-2 9850.0 2024-03-02", "tx-3 9850.0 2024-03-03");
    }

    /** Each account's stored counts beside its real degrees: "iban in/out = in/out". */
    List<String> transferCounts() {
        return strings("""
                MATCH (a:BankAccount)
                RETURN a.iban + ' ' + a.transfersIn + '/' + a.transfersOut + ' = '
                       + COUNT { (a)<-[:TRANSFER]-() } + '/' + COUNT { (a)-[:TRANSFER]->() } AS x ORDER BY x""");
    }

    static RelationshipFact transfer(String from, String to, String key, String sourceId, int row) {
        return new RelationshipFact(RelationshipKind.TRANSFER, account(from), account(to), key,
                Map.of("amount", new java.math.BigDecimal("250.00"), "currency", "EUR", "date", java.time.LocalDate.of(2024, 3, 1)),
                Evidence.row(sourceId, row));
    }

    @Test
    void keepsEveryAccountsTransferCountsInAndOutAlsoWhenTheSameFactsAreWrittenAgain() {
        String a = "NL91ABNA0417164300", b = "NL02RABO0123456789", c = iban(3);
        var batch = new WriteBatch().source(source("src-a", "ing", "case-1"))
                .entity(accountFact(a, "src-a", 1)).entity(accountFact(b, "src-a", 2)).entity(accountFact(c, "src-a", 3))
                .relationship(transfer(a, b, "tx-1", "src-a", 4)).relationship(transfer(a, b, "tx-2", "src-a", 5))
                .relationship(transfer(b, c, "tx-3", "src-a", 6)).relationship(transfer(c, a, "tx-4", "src-a", 7))
                // An account paying itself (between its own sub-accounts, as a statement may show it): in and out.
                .relationship(transfer(c, c, "tx-5", "src-a", 8));
        writer().write(batch);
        List<String> expected = List.of(b + " 2/1 = 2/1", c + " 2/2 = 2/2", a + " 1/2 = 1/2");
        assertThat(transferCounts()).containsExactlyInAnyOrderElementsOf(expected);
        writer().write(batch);
        // Another source stating two of the same transfers (same accounts and key): one relationship each, two sources.
        writer().write(new WriteBatch().source(source("src-b", "rabobank", "case-1"))
                .entity(accountFact(b, "src-b", 1)).relationship(transfer(a, b, "tx-1", "src-b", 2)).relationship(transfer(b, c, "tx-3", "src-b", 3)));
        assertThat(transferCounts()).containsExactlyInAnyOrderElementsOf(expected);
        // A new transfer counts on both its accounts and on no other.
        writer().write(new WriteBatch().relationship(transfer(b, a, "tx-6", "src-b", 4)));
        assertThat(transferCounts()).containsExactlyInAnyOrder(b + " 2/2 = 2/2", c + " 2/2 = 2/2", a + " 2/2 = 2/2");
        assertThat(count("MATCH (n) WHERE n.spoorLock IS NOT NULL RETURN count(n)")).as("no lock marker left").isZero();
    }

    @Test
    void countsTransfersExactlyWhenABatchIsCutIntoSeveralTransactions() {
        // 2,500 transfers in chunks of 1,000 rows: the same accounts are recounted in every chunk.
        var batch = new WriteBatch().source(source("src-a", "ing", "case-1"));
        for (int i = 0; i < 5; i++) {
            batch.entity(accountFact(iban(i), "src-a", i));
        }
        for (int t = 0; t < 2_500; t++) {
            batch.relationship(transfer(iban(t % 5), iban((t * 3 + 1) % 5), "tx-" + t, "src-a", 10 + t));
        }
        writer().write(batch);
        assertThat(transferCounts()).hasSize(5).allSatisfy(x -> assertThat(x.split(" = ")[0].split(" ")[1]).isEqualTo(x.split(" = ")[1]));
        assertThat(count("MATCH (a:BankAccount) RETURN sum(a.transfersIn)")).isEqualTo(2_500);
        assertThat(count("MATCH (a:BankAccount) RETURN sum(a.transfersOut)")).isEqualTo(2_500);
    }

    /** "iban senders/receivers" of every account, as stored (schema V12); "-" where none is kept. */
    List<String> counterpartyCounts() {
        return strings("""
                MATCH (a:BankAccount)
                RETURN a.iban + ' ' + coalesce(toString(a.sendersIn), '-') + '/' + coalesce(toString(a.receiversOut), '-') AS x ORDER BY x""");
    }

    @Test
    void countsTheDistinctCounterpartiesThatAreNoHubAlsoWhenOneBecomesAHubLater() {
        String a = iban(1), b = iban(2), c = iban(3), shop = iban(4), filler = iban(5);
        var batch = new WriteBatch().source(source("src-a", "ing", "case-1"));
        for (String x : List.of(a, b, c, shop, filler)) {
            batch.entity(accountFact(x, "src-a", 0));
        }
        // a pays b twice, c and the shop once, and itself: three distinct receivers, b one sender.
        batch.relationship(transfer(a, b, "tx-1", "src-a", 1)).relationship(transfer(a, b, "tx-2", "src-a", 2))
                .relationship(transfer(a, c, "tx-3", "src-a", 3)).relationship(transfer(a, shop, "tx-4", "src-a", 4))
                .relationship(transfer(a, a, "tx-5", "src-a", 5));
        writer().write(batch);
        assertThat(counterpartyCounts()).containsExactlyInAnyOrder(a + " 0/3", b + " 1/0", c + " 1/0", shop + " 1/0", filler + " -/-");
        // The shop becomes a hub (2,002 transfers in): it keeps no counts, nor does the filler that paid it 2,001 times.
        WriteBatch busy = new WriteBatch();
        for (int t = 0; t < 2_001; t++) {
            busy.relationship(transfer(filler, shop, "busy-" + t, "src-a", 100 + t));
        }
        writer().write(busy);
        // a was not among the transfers written, but paid the shop: it is counted again, and the hub no longer counts for it.
        assertThat(counterpartyCounts()).containsExactlyInAnyOrder(a + " 0/2", b + " 1/0", c + " 1/0", shop + " -/-", filler + " -/-");
        writer().write(new WriteBatch().relationship(transfer(a, c, "tx-6", "src-a", 6)));
        assertThat(counterpartyCounts()).containsExactlyInAnyOrder(a + " 0/2", b + " 1/0", c + " 1/0", shop + " -/-", filler + " -/-");
        assertThat(nl.spoor.model.testing.TransferCountsCheck.wrong(store())).isEmpty();
    }

    /** "iban out-flag marked-out in-flag marked-in" of every account (schema V17), "-" for no flag. */
    List<String> amountMarks() {
        return strings("""
                MATCH (a:BankAccount)
                RETURN a.iban + ' ' + coalesce(toString(a.transfersOutByAmount), '-') + ' ' + COUNT { (a)-[t:TRANSFER]->() WHERE t.outOfHub = a.spoorId }
                       + ' ' + coalesce(toString(a.transfersInByAmount), '-') + ' ' + COUNT { (a)<-[t:TRANSFER]-() WHERE t.intoHub = a.spoorId } AS x
                ORDER BY x""");
    }

    @Test
    void marksTheTransfersOfAnAccountOnceItHasMoreThanAThousandOutOrIn() {
        String payroll = iban(1), staff = iban(2), shop = iban(3);
        var batch = new WriteBatch().source(source("src-a", "ing", "case-1"));
        for (String x : List.of(payroll, staff, shop)) {
            batch.entity(accountFact(x, "src-a", 0));
        }
        for (int t = 0; t < 1_000; t++) {
            batch.relationship(transfer(payroll, staff, "pay-" + t, "src-a", t));
        }
        writer().write(batch);
        assertThat(amountMarks()).as("1,000 out and in: no mark").containsExactlyInAnyOrder(payroll + " - 0 - 0", staff + " - 0 - 0", shop + " - 0 - 0");
        // The 1,001st transfer takes both over: every transfer is marked, the one written and the 1,000 before it.
        writer().write(new WriteBatch().relationship(transfer(payroll, staff, "pay-1000", "src-a", 1_000)));
        assertThat(amountMarks()).containsExactlyInAnyOrder(payroll + " true 1001 - 0", staff + " - 0 true 1001", shop + " - 0 - 0");
        // From then on each transfer written is marked at the end that is flagged, and only there.
        writer().write(new WriteBatch().relationship(transfer(payroll, shop, "pay-shop", "src-a", 1_001))
                .relationship(transfer(shop, staff, "refund", "src-a", 1_002)));
        assertThat(amountMarks()).containsExactlyInAnyOrder(payroll + " true 1002 - 0", staff + " - 0 true 1002", shop + " - 0 - 0");
        assertThat(count("MATCH ()-[t:TRANSFER {key: 'pay-shop'}]->() WHERE t.intoHub IS NOT NULL RETURN count(t)")).isZero();
        assertThat(nl.spoor.model.testing.TransferCountsCheck.wrong(store())).isEmpty();
    }

    /**
     * The MERGE of a relationship looks for an existing one between its two ends, never through an index of its type:
     * within a transaction that has written thousands of relationships, every read of a relationship index also reads each
     * one the transaction wrote, so with the key index of V2 a chunk of 10,000 transfers into one account took up to a
     * minute (schema V18 dropped it). Planned on an empty store, and again on one holding a busy account.
     */
    @Test
    void looksForAnExistingRelationshipBetweenItsEndsAndNotThroughAnIndex() {
        assertThat(relationshipIndexReadsOfTheWriter()).isEmpty();
        String shop = iban(1);
        var batch = new WriteBatch().source(source("src-a", "ing", "case-1")).entity(accountFact(shop, "src-a", 0));
        for (int t = 0; t < 1_001; t++) {
            batch.entity(accountFact(iban(100 + t), "src-a", 1 + t)).relationship(transfer(iban(100 + t), shop, "sale-" + t, "src-a", 2_000 + t));
        }
        writer().write(batch);
        assertThat(relationshipIndexReadsOfTheWriter()).isEmpty();
    }

    /** "TYPE operator" of every relationship-index read or relationship-type scan in the writer's statements, planned now. */
    List<String> relationshipIndexReadsOfTheWriter() {
        List<String> found = new java.util.ArrayList<>();
        try (var s = store().driver().session(store().sessionConfig())) {
            for (RelationshipKind kind : RelationshipKind.values()) {
                String cypher = GraphWriter.relationshipCypher(kind).replace("CYPHER replan=skip", "CYPHER replan=force");
                relationshipIndexReads(s.run("EXPLAIN " + cypher, GraphWriter.rows(List.of())).consume().plan(), kind, found);
            }
        }
        return found;
    }

    static void relationshipIndexReads(org.neo4j.driver.summary.Plan plan, RelationshipKind kind, List<String> found) {
        if (plan.operatorType().contains("RelationshipIndex") || plan.operatorType().contains("RelationshipTypeScan")) {
            found.add(kind + " " + plan.operatorType());
        }
        plan.children().forEach(c -> relationshipIndexReads(c, kind, found));
    }

    /** "iban payers" of every account, as stored (schema V13); "-" where none is kept. */
    List<String> payerCounts() {
        return strings("MATCH (a:BankAccount) RETURN a.iban + ' ' + coalesce(toString(a.payersIn), '-') AS x ORDER BY x");
    }

    static RelationshipFact holds(EntityRef holder, String iban, String sourceId, int row) {
        return RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, holder, account(iban), Map.of(), Evidence.row(sourceId, row));
    }

    @Test
    void countsThePersonsPayingIntoAnAccountWhetherTheHoldingsOrTheTransfersAreWrittenFirst() {
        String joint = iban(1), own = iban(2), firm = iban(3), rent = iban(4), shop = iban(5), busy = iban(6), filler = iban(7);
        var batch = new WriteBatch().source(source("src-a", "ing", "case-1"));
        for (String x : List.of(joint, own, firm, rent, shop, busy, filler)) {
            batch.entity(accountFact(x, "src-a", 0));
        }
        for (String p : List.of("piet", "anna", "kees", "mira")) {
            batch.entity(new EntityFact(person(p), Map.of("name", p), Evidence.row("src-a", 0)));
        }
        batch.entity(new EntityFact(company("12345678"), Map.of("name", "Glashelder B.V."), Evidence.row("src-a", 0)));
        // The rent account is paid twice from a joint account, once from Piet's own and once from a firm's; the shop by
        // Piet's own, whose holdings come only later.
        batch.relationship(transfer(joint, rent, "tx-1", "src-a", 1)).relationship(transfer(joint, rent, "tx-2", "src-a", 2))
                .relationship(transfer(own, rent, "tx-3", "src-a", 3)).relationship(transfer(firm, rent, "tx-4", "src-a", 4))
                .relationship(transfer(own, shop, "tx-5", "src-a", 5));
        writer().write(batch);
        assertThat(payerCounts()).containsExactlyInAnyOrder(joint + " 0", own + " 0", firm + " 0", rent + " 0", shop + " 0", busy + " -", filler + " -");
        // Holdings after the transfers: Piet and Anna hold the joint account, Piet his own, the firm its own. Piet counts
        // once for the rent, a company not at all.
        writer().write(new WriteBatch().relationship(holds(person("piet"), joint, "src-a", 10)).relationship(holds(person("anna"), joint, "src-a", 11))
                .relationship(holds(person("piet"), own, "src-a", 12)).relationship(holds(company("12345678"), firm, "src-a", 13)));
        assertThat(payerCounts()).containsExactlyInAnyOrder(joint + " 0", own + " 0", firm + " 0", rent + " 2", shop + " 1", busy + " -", filler + " -");
        // A transfer after the holdings: Anna and Piet pay the shop through the joint account too.
        writer().write(new WriteBatch().relationship(transfer(joint, shop, "tx-6", "src-a", 6)));
        assertThat(payerCounts()).containsExactlyInAnyOrder(joint + " 0", own + " 0", firm + " 0", rent + " 2", shop + " 2", busy + " -", filler + " -");
        // Kees holds an account with more than 2,000 transfers (a hub): it counts for none it pays, as for sendersIn.
        WriteBatch hub = new WriteBatch().relationship(holds(person("kees"), busy, "src-a", 14));
        for (int t = 0; t < 2_001; t++) {
            hub.relationship(transfer(filler, busy, "busy-" + t, "src-a", 100 + t));
        }
        writer().write(hub.relationship(transfer(busy, rent, "tx-7", "src-a", 7)));
        assertThat(payerCounts()).containsExactlyInAnyOrder(joint + " 0", own + " 0", firm + " 0", rent + " 2", shop + " 2", busy + " -", filler + " -");
        // Mira, a new holder of the firm's account: the rent is counted again.
        writer().write(new WriteBatch().relationship(holds(person("mira"), firm, "src-a", 15)));
        assertThat(payerCounts()).containsExactlyInAnyOrder(joint + " 0", own + " 0", firm + " 0", rent + " 3", shop + " 2", busy + " -", filler + " -");
        assertThat(nl.spoor.model.testing.TransferCountsCheck.wrong(store())).isEmpty();
        assertThat(count("MATCH (n) WHERE n.spoorLock IS NOT NULL RETURN count(n)")).as("no lock marker left").isZero();
    }

    /** What others paid into {@code iban} as stored (schema V15), "-" where none is kept. */
    String othersIn(String iban) {
        return query("MATCH (a:Entity {spoorId: $id}) RETURN coalesce(toString(a.othersIn), '-') AS x", Map.of("id", "iban:" + iban),
                r -> r.single().get(0).asString());
    }

    static RelationshipFact money(RelationshipKind kind, EntityRef from, String to, String key, String amount, String sourceId, int row) {
        return new RelationshipFact(kind, from, account(to), key,
                Map.of("amount", new java.math.BigDecimal(amount), "currency", "EUR", "date", java.time.LocalDate.of(2024, 3, 1)), Evidence.row(sourceId, row));
    }

    @Test
    void countsWhatOthersPaidInNotTheHoldersOwnMoneyWhicheverIsWrittenFirst() {
        String wage = iban(1), savings = iban(2), boss = iban(3), friend = iban(4), uwv = iban(5);
        EntityRef zaandam = new EntityRef(EntityKind.PLACE, "place:0479"), uwvOrg = new EntityRef(EntityKind.ORGANIZATION, "org:uwv");
        var batch = new WriteBatch().source(source("src-a", "ing", "case-1"))
                .entity(new EntityFact(person("piet"), Map.of("name", "Piet"), Evidence.row("src-a", 0)))
                .entity(new EntityFact(company("12345678"), Map.of("name", "Glashelder B.V."), Evidence.row("src-a", 0)))
                .entity(new EntityFact(uwvOrg, Map.of("name", "UWV"), Evidence.row("src-a", 0)))
                .entity(new EntityFact(zaandam, Map.of("name", "Zaandam"), Evidence.row("src-a", 0)));
        for (String x : List.of(wage, savings, boss, friend, uwv)) {
            batch.entity(accountFact(x, "src-a", 0));
        }
        // Piet's wage account gets his wage, money from his savings, from a friend, a benefit and cash paid in at Zaandam.
        batch.relationship(money(RelationshipKind.TRANSFER, account(boss), wage, "tx-1", "2000.00", "src-a", 1))
                .relationship(money(RelationshipKind.TRANSFER, account(savings), wage, "tx-2", "500.00", "src-a", 2))
                .relationship(money(RelationshipKind.TRANSFER, account(friend), wage, "tx-3", "300.00", "src-a", 3))
                .relationship(money(RelationshipKind.TRANSFER, account(uwv), wage, "tx-4", "400.00", "src-a", 4))
                .relationship(money(RelationshipKind.CASH_DEPOSIT, zaandam, wage, "dep-1", "700.00", "src-a", 5));
        writer().write(batch);
        assertThat(othersIn(wage)).as("nobody's own money yet").isEqualTo("3900.0");
        // His holdings: the savings are his own money.
        writer().write(new WriteBatch().relationship(holds(person("piet"), wage, "src-a", 10)).relationship(holds(person("piet"), savings, "src-a", 11)));
        assertThat(othersIn(wage)).isEqualTo("3400.0");
        // His employment, then the employer's account: his wage is his own money.
        writer().write(new WriteBatch().relationship(new RelationshipFact(RelationshipKind.EMPLOYED_BY, person("piet"), company("12345678"), "2020-01-01",
                Map.of("from", java.time.LocalDate.of(2020, 1, 1)), Evidence.row("src-a", 12))));
        assertThat(othersIn(wage)).as("the employer holds no account yet").isEqualTo("3400.0");
        writer().write(new WriteBatch().relationship(holds(company("12345678"), boss, "src-a", 13)));
        assertThat(othersIn(wage)).isEqualTo("1400.0");
        // The benefit payer's account first, then the benefit.
        writer().write(new WriteBatch().relationship(holds(uwvOrg, uwv, "src-a", 14)));
        writer().write(new WriteBatch().relationship(new RelationshipFact(RelationshipKind.RECEIVES_BENEFIT, person("piet"),
                uwvOrg, "2024-01-01", Map.of("from", java.time.LocalDate.of(2024, 1, 1)), Evidence.row("src-a", 15))));
        assertThat(othersIn(wage)).as("the friend's money and the cash").isEqualTo("1000.0");
        // More cash paid in counts.
        writer().write(new WriteBatch().relationship(money(RelationshipKind.CASH_DEPOSIT, zaandam, wage, "dep-2", "250.00", "src-a", 6)));
        assertThat(othersIn(wage)).isEqualTo("1250.0");
        assertThat(nl.spoor.model.testing.TransferCountsCheck.wrong(store())).isEmpty();
        assertThat(count("MATCH (n) WHERE n.spoorLock IS NOT NULL RETURN count(n)")).as("no lock marker left").isZero();
    }

    /** Writers that add transfers into the same few accounts at once, and holdings of them, must not lose one another's counts. */
    @Test
    void concurrentWritersOfTransfersIntoTheSameAccountsLeaveExactCounts() throws Exception {
        int writers = 6;
        int accounts = 12;
        writer().write(new WriteBatch().source(source("src-setup", "ing", "case-1")));
        WriteBatch setup = new WriteBatch();
        for (int i = 0; i < accounts; i++) {
            setup.entity(accountFact(iban(i), "src-setup", i));
        }
        writer().write(setup);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int id = w;
                done.add(pool.submit(() -> {
                    String src = "src-writer-" + id;
                    GraphWriter writer = new GraphWriter(store().driver(), store().database(), 50);
                    writer.write(new WriteBatch().source(source(src, "partner-" + id, "case-1"))
                            .entity(new EntityFact(person("holder-" + id), Map.of("name", "Houder " + id), Evidence.row(src, 0))));
                    Random random = new Random(id);
                    for (int round = 0; round < 20; round++) {
                        WriteBatch batch = new WriteBatch();
                        if (round % 4 == id % 4) {
                            // Holdings beside the transfers: every payer count of the accounts it pays is taken again.
                            batch.relationship(holds(person("holder-" + id), iban(random.nextInt(accounts)), src, round));
                        }
                        for (int t = 0; t < 60; t++) {
                            // Keys shared between writers (t % 40): some transfers are stated by several writers, counted once.
                            int from = random.nextInt(accounts);
                            batch.relationship(transfer(iban(from), iban((from + 1 + random.nextInt(accounts - 1)) % accounts),
                                    "tx-" + round + "-" + (t % 40), src, round * 100 + t));
                        }
                        writer.write(batch);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("MATCH ()-[t:TRANSFER]->() RETURN count(t)")).isGreaterThan(500);
        assertThat(count("""
                MATCH (a:BankAccount)
                WHERE a.transfersIn <> COUNT { (a)<-[:TRANSFER]-() } OR a.transfersOut <> COUNT { (a)-[:TRANSFER]->() }
                RETURN count(a)""")).isZero();
        assertThat(count("MATCH (a:BankAccount) RETURN sum(a.transfersIn) + sum(a.transfersOut)"))
                .isEqualTo(2 * count("MATCH ()-[t:TRANSFER]->() RETURN count(t)"));
        assertThat(count("MATCH (a:BankAccount) WHERE a.payersIn > 0 RETURN count(a)")).as("payers counted").isPositive();
        assertThat(nl.spoor.model.testing.TransferCountsCheck.wrong(store())).as("counterparty and payer counts too").isEmpty();
    }

    @Test
    void refusesARelationshipToAnEntityThatIsNotStoredAndNamesIt() {
        writer().write(new WriteBatch().source(source("src-a", "politie", "case-1")).entity(accountFact("NL91ABNA0417164300", "src-a", 1)));
        var batch = new WriteBatch().relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, person("ghost"), account("NL91ABNA0417164300"), Map.of(), Evidence.row("src-a", 2)));
        assertThatThrownBy(() -> writer().write(batch))
                .isInstanceOf(GraphWriteException.class)
                .hasMessageContaining("Person person:ghost")
                .hasMessageNotContaining("NL91ABNA0417164300");
        assertThat(count("MATCH (n:BankAccount) RETURN count(n)")).as("nothing stored is lost").isEqualTo(1);
    }

    @Test
    void refusesFactsWhoseSourceIsNotStored() {
        assertThatThrownBy(() -> writer().write(new WriteBatch().entity(accountFact("NL91ABNA0417164300", "src-unknown", 1))))
                .isInstanceOf(GraphWriteException.class)
                .hasMessageContaining("src-unknown");
        assertThat(count("MATCH (n:BankAccount) RETURN count(n)")).isZero();
    }

    /** DESIGN §3 and issue 2: 8 writers × 10,000 overlapping entities from different sources. */
    @Test
    void concurrentWritersYieldOneNodePerIdentifierWithEverySourceKept() throws Exception {
        int writers = 8;
        int accounts = 10_000;
        int holders = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int id = w;
                done.add(pool.submit(() -> {
                    String src = "src-writer-" + id;
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < accounts; i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(id)); // every writer in its own order
                    GraphWriter writer = writer();
                    writer.write(new WriteBatch().source(source(src, "partner-" + id, "case-1")));
                    for (int from = 0; from < accounts; from += 2_500) {
                        WriteBatch batch = new WriteBatch();
                        for (int i : order.subList(from, from + 2_500)) {
                            batch.entity(accountFact(iban(i), src, i));
                            if (i < holders) {
                                batch.entity(new EntityFact(person("holder-" + i), Map.of("name", "Houder " + i), Evidence.row(src, i)));
                                batch.relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, person("holder-" + i), account(iban(i)), Map.of(), Evidence.row(src, i)));
                            }
                        }
                        writer.write(batch);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("MATCH (n:BankAccount) RETURN count(n)")).isEqualTo(accounts);
        assertThat(count("MATCH (n:Person) RETURN count(n)")).isEqualTo(holders);
        assertThat(count("MATCH (n:BankAccount) WHERE COUNT { (s:Source)-[:ASSERTS]->(n) } <> 8 RETURN count(n)")).isZero();
        assertThat(count("MATCH (n:BankAccount) WHERE COUNT { MATCH (s:Source)-[:ASSERTS]->(n) RETURN DISTINCT s } <> 8 RETURN count(n)")).isZero();
        assertThat(count("MATCH ()-[r:HOLDS_ACCOUNT]->() RETURN count(r)")).isEqualTo(holders);
        assertThat(count("MATCH ()-[r:HOLDS_ACCOUNT]->() WHERE size(r.sourceIds) <> 8 OR size(r.evidence) <> 8 RETURN count(r)")).isZero();
    }

    /** A valid Dutch IBAN for test number i (check digits computed by ISO 7064 mod 97-10). */
    static String iban(int i) {
        String bban = "INGB" + String.format("%010d", 1_000_000L + i);
        String rearranged = bban + "NL00";
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        int check = 98 - new java.math.BigInteger(digits.toString()).mod(java.math.BigInteger.valueOf(97)).intValue();
        return "NL" + String.format("%02d", check) + bban;
    }
}
