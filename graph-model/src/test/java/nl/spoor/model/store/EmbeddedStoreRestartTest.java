package nl.spoor.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreRestartTest {

    /** The versions of every migration the store applies, read from the list SchemaMigrations applies. */
    static final java.util.List<Integer> MIGRATIONS;

    static {
        try (var in = EmbeddedStoreRestartTest.class.getResourceAsStream("/nl/spoor/model/schema/migrations.txt")) {
            MIGRATIONS = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> l.matches("V\\d+__.*")).map(l -> Integer.parseInt(l.substring(1, l.indexOf("__")))).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }


    @TempDir
    Path home;

    @Test
    void keepsDataAcrossStopAndStart() {
        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(home))) {
            assertThat(store.mode()).isEqualTo(StoreMode.EMBEDDED);
            assertThat(store.boltUri().getHost()).isEqualTo("127.0.0.1");
            try (var s = store.driver().session(store.sessionConfig())) {
                s.executeWriteWithoutResult(tx -> tx.run("CREATE (:Entity:Person {spoorId: 'person:restart', name: 'Jan de Vries'})").consume());
            }
        }
        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(home))) {
            try (var s = store.driver().session(store.sessionConfig())) {
                String name = s.executeRead(tx -> tx.run("MATCH (p:Person {spoorId: 'person:restart'}) RETURN p.name AS n").single().get("n").asString());
                assertThat(name).isEqualTo("Jan de Vries");
            }
            assertThat(store.status().nodesPerLabel()).containsEntry("Person", 1L);
        }
    }

    @Test
    void keepsTheGeneratedPasswordOwnerOnly() throws Exception {
        try (SpoorStore ignored = SpoorStore.open(StoreSettings.embedded(home))) {
            Path credentials = home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME);
            assertThat(Files.getPosixFilePermissions(credentials)).extracting(Object::toString)
                    .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        }
    }

    @Test
    void aStoreKilledRightAfterItsPasswordWasChangedOpensAgain() throws Exception {
        try (SpoorStore ignored = SpoorStore.open(StoreSettings.embedded(home))) {
            // first start: password changed and kept
        }
        // As a kill between the change and keeping it leaves it: the new password only in the pending file.
        Path credentials = home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME);
        String password = Files.readString(credentials);
        Files.move(credentials, home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME + ".pending"));

        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(home))) {
            assertThat(store.status().nodesPerLabel()).containsEntry("SchemaMigration", (long) MIGRATIONS.size());
        }
        assertThat(Files.readString(credentials)).isEqualTo(password);
        assertThat(home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME + ".pending")).doesNotExist();
    }

    @Test
    void aStoreKilledRightBeforeItsPasswordWasChangedTakesThePendingOne() throws Exception {
        String password = "0123456789abcdef0123456789abcdef0123";
        Files.createDirectories(home.resolve("neo4j"));
        Files.writeString(home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME + ".pending"), password);

        try (SpoorStore ignored = SpoorStore.open(StoreSettings.embedded(home))) {
            assertThat(Files.readString(home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME))).isEqualTo(password);
        }
    }

    @Test
    void appliesEverySchemaMigrationOnceAndRecordsIt() {
        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(home))) {
            // A second run over an up-to-date store applies nothing.
            assertThat(new nl.spoor.model.schema.SchemaMigrations(store.driver(), store.database()).apply()).isEmpty();
            try (var s = store.driver().session(store.sessionConfig())) {
                var versions = s.run("MATCH (m:SchemaMigration) RETURN m.version AS v ORDER BY v").list(r -> r.get("v").asInt());
                assertThat(versions).isEqualTo(MIGRATIONS);
                var constraints = s.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").single().get("names").asList(v -> v.asString());
                assertThat(constraints).contains("entity_spoor_id", "bank_account_iban", "company_kvk", "vehicle_kenteken", "ingest_file_source");
                var fulltext = s.run("SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer ORDER BY name")
                        .list(r -> r.get("name").asString() + "=" + r.get("analyzer").asString());
                assertThat(fulltext).containsExactly("document_text=dutch", "name_search=spoor-name", "page_search=spoor-name");
            }
        }
    }

    @Test
    void fillsTheTransferCounterpartyAndPayerCountsAndWhatOthersPaidInOfEveryAccountOfAStoreWrittenBeforeTheyWereKept() {
        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(home)); var s = store.driver().session(store.sessionConfig())) {
            // As a store written before V11 holds them: 25,000 accounts (three of the fill's batches of 10,000), a ring
            // of transfers with every tenth account paid a second time and account 7 paying itself, no counts.
            s.run("""
                    UNWIND range(0, 24999) AS i CREATE (:Entity:BankAccount {spoorId: 'iban:test-' + i, number: i})""").consume();
            s.run("""
                    MATCH (a:BankAccount) WITH a, a.number AS i
                    MATCH (b:Entity {spoorId: 'iban:test-' + ((i + 1) % 25000)})
                    CREATE (a)-[:TRANSFER {key: 'ring-' + i, amount: 100.0}]->(b)
                    WITH a, b, i WHERE i % 10 = 0 CREATE (a)-[:TRANSFER {key: 'again-' + i, amount: 100.0}]->(b)""").consume();
            s.run("MATCH (a:BankAccount {number: 7}) CREATE (a)-[:TRANSFER {key: 'own'}]->(a)").consume();
                        // Holders: account 0 by persons A and B (joint), account 1 by A, account 3 by a company.
            s.run("""
                    CREATE (pa:Entity:Person {spoorId: 'person:a'}), (pb:Entity:Person {spoorId: 'person:b'}), (c:Entity:Company {spoorId: 'company:c'})
                    WITH pa, pb, c
                    MATCH (a0:BankAccount {number: 0}), (a1:BankAccount {number: 1}), (a3:BankAccount {number: 3})
                    CREATE (pa)-[:HOLDS_ACCOUNT]->(a0), (pb)-[:HOLDS_ACCOUNT]->(a0), (pa)-[:HOLDS_ACCOUNT]->(a1), (c)-[:HOLDS_ACCOUNT]->(a3)""").consume();
            s.run("MATCH (m:SchemaMigration) WHERE m.version IN [11, 12, 13, 14, 15] DELETE m").consume();
            s.run("MATCH (a:BankAccount) REMOVE a.transfersIn, a.transfersOut, a.sendersIn, a.receiversOut, a.payersIn, a.othersIn").consume();

            assertThat(new nl.spoor.model.schema.SchemaMigrations(store.driver(), store.database()).apply()).containsExactly(11, 12, 13, 14, 15);

            assertThat(s.run("""
                    MATCH (a:BankAccount)
                    WHERE a.transfersIn IS NULL OR a.transfersIn <> COUNT { (a)<-[:TRANSFER]-() }
                       OR a.transfersOut <> COUNT { (a)-[:TRANSFER]->() }
                    RETURN count(a) AS wrong""").single().get("wrong").asLong()).isZero();
            assertThat(s.run("MATCH (a:BankAccount) WHERE a.number IN [0, 1, 7] RETURN a.number + ' ' + a.transfersIn + '/' + a.transfersOut AS x ORDER BY x")
                    .list(r -> r.get("x").asString())).containsExactly("0 1/2", "1 2/1", "7 2/2");
            // V12: one other account pays each and each pays one other (account 7 paying itself does not count).
            assertThat(nl.spoor.model.testing.TransferCountsCheck.wrong(store)).isEmpty();
            assertThat(s.run("MATCH (a:BankAccount) WHERE a.number IN [0, 1, 7] RETURN a.number + ' ' + a.sendersIn + '/' + a.receiversOut AS x ORDER BY x")
                    .list(r -> r.get("x").asString())).containsExactly("0 1/1", "1 1/1", "7 1/1");
            // V13: account 1 is paid by account 0 (two holders), account 2 by account 1 (one), account 4 by a company's.
            assertThat(s.run("MATCH (a:BankAccount) WHERE a.number IN [1, 2, 4, 5] RETURN a.number + ' ' + a.payersIn AS x ORDER BY x")
                    .list(r -> r.get("x").asString())).containsExactly("1 2", "2 1", "4 0", "5 0");
            // V15: account 1 is paid by account 0, which its holder A holds too (own money); account 2 by A's account 1, but
            // A does not hold 2; account 4 by a company's account.
            assertThat(s.run("MATCH (a:BankAccount) WHERE a.number IN [1, 2, 4] RETURN a.number + ' ' + a.othersIn AS x ORDER BY x")
                    .list(r -> r.get("x").asString())).containsExactly("1 0.0", "2 100.0", "4 100.0");
            // Answered from the index, as the detectors ask.
            var plan = s.run("EXPLAIN MATCH (a:BankAccount) WHERE a.transfersIn >= 2 RETURN a").consume().plan().toString();
            assertThat(plan).contains("NodeIndexSeekByRange");
            assertThat(s.run("EXPLAIN MATCH (a:BankAccount) WHERE a.receiversOut >= 2 RETURN a").consume().plan().toString()).contains("NodeIndexSeekByRange");
            assertThat(s.run("EXPLAIN MATCH (a:BankAccount) WHERE a.payersIn >= 2 RETURN a").consume().plan().toString()).contains("NodeIndexSeekByRange");
            assertThat(s.run("EXPLAIN MATCH (a:BankAccount) WHERE a.othersIn >= 1000.0 RETURN a").consume().plan().toString()).contains("NodeIndexSeekByRange");
            // V14: the stays at hotels and Airbnbs by address type, not a scan of every address.
            assertThat(s.run("EXPLAIN MATCH (a:Address) WHERE a.addressType IN ['hotel', 'airbnb'] RETURN a").consume().plan().toString())
                    .contains("NodeIndexSeek").doesNotContain("NodeByLabelScan");
            // V16: the tenancies by the address let, from the index, not each relationship's own properties.
            assertThat(s.run("EXPLAIN MATCH ()-[r:LANDLORD_OF]->() USING INDEX r:LANDLORD_OF(address) WHERE r.address IS NOT NULL "
                    + "RETURN r.address, count(*)").consume().plan().toString()).contains("RelationshipIndexScan");
        }
    }

    @Test
    void marksTheTransfersOfTheBusyAccountsOfAStoreWrittenBeforeTheMarksWereKept() {
        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(home)); var s = store.driver().session(store.sessionConfig())) {
            // As a store written before V17 (or an offline import) holds them: account 0 pays 1,001 transfers to 1..1001 and
            // is paid 1,000 back by them (over the line out, not in); account 1 is paid 1 transfer (under).
            s.run("UNWIND range(0, 1001) AS i CREATE (:Entity:BankAccount {spoorId: 'iban:test-' + i, number: i})").consume();
            s.run("""
                    MATCH (a:BankAccount {number: 0}), (b:BankAccount) WHERE b.number > 0
                    CREATE (a)-[:TRANSFER {key: 'out-' + b.number, amount: 1000.0 + b.number, date: date('2024-01-01')}]->(b)
                    WITH a, b WHERE b.number <= 1000
                    CREATE (b)-[:TRANSFER {key: 'back-' + b.number, amount: 10.0, date: date('2024-01-02')}]->(a)""").consume();
            s.run("MATCH (m:SchemaMigration) WHERE m.version IN [11, 12, 13, 15, 17] DELETE m").consume();

            assertThat(new nl.spoor.model.schema.SchemaMigrations(store.driver(), store.database()).apply()).containsExactly(11, 12, 13, 15, 17);

            assertThat(s.run("""
                    MATCH (a:BankAccount) WHERE a.transfersOutByAmount OR a.transfersInByAmount
                    RETURN a.number + ' ' + coalesce(a.transfersOutByAmount, '-') + ' ' + coalesce(a.transfersInByAmount, '-') AS x""")
                    .list(r -> r.get("x").asString())).containsExactly("0 true -");
            assertThat(nl.spoor.model.testing.TransferCountsCheck.wrong(store)).isEmpty();
            // Its transfers largest first.
            assertThat(s.run("""
                    MATCH ()-[t:TRANSFER]->() WHERE t.outOfHub = 'iban:test-0' AND t.amount > 0
                    RETURN t.key AS key ORDER BY t.amount DESC LIMIT 2""").list(r -> r.get("key").asString())).containsExactly("out-1001", "out-1000");
            // The composite indexes the traversal reads them from (through the kernel: HubStartByAmountTest).
            assertThat(s.run("""
                    SHOW INDEXES YIELD name, state, properties WHERE name IN ['transfer_out_of_hub', 'transfer_into_hub']
                    RETURN name + ' ' + state + ' ' + properties[0] + ',' + properties[1] AS x ORDER BY x""").list(r -> r.get("x").asString()))
                    .containsExactly("transfer_into_hub ONLINE intoHub,amount", "transfer_out_of_hub ONLINE outOfHub,amount");
        }
    }

    @Test
    void refusesASecondProcessOnTheSameStoreWithAClearMessage() {
        try (SpoorStore ignored = SpoorStore.open(StoreSettings.embedded(home))) {
            assertThatThrownBy(() -> SpoorStore.open(StoreSettings.embedded(home)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another process");
        }
    }

    @Test
    void namesTheVariableWhenTheExternalUriIsMalformed() {
        assertThatThrownBy(() -> StoreSettings.fromEnvironment(Map.of("SPOOR_NEO4J_URI", "http://localhost:7474")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SPOOR_NEO4J_URI");
    }
}
