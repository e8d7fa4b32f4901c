package nl.spoor.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.exceptions.NoSuchRecordException;

import nl.spoor.model.testing.TestStore;

/** Statements run in process behave as the same statements through the driver: what they store, return and count. */
class StoreTransactionsTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    private StoreTransactions inProcess;
    private StoreTransactions bolt;

    @BeforeEach
    void empty() {
        STORE.clear();
        inProcess = StoreTransactions.of(STORE.store());
        bolt = StoreTransactions.viaDriver(STORE.store().driver(), STORE.store().database());
    }

    @Test
    void anEmbeddedStoreRunsInProcess() {
        assertThat(inProcess).isInstanceOf(InProcessTransactions.class);
    }

    @Test
    void storesParametersAsTheDriverWouldAndCountsWhatChanged() {
        var counters = inProcess.write(tx -> tx.run("CREATE (n:Probe {via: 'in process'}) SET n += $row", Map.of("row", Map.of(
                "small", 7, "ratio", 0.5f, "names", new String[] {"b", "a"}, "when", java.time.LocalDate.parse("2024-03-01")))).consume().counters());
        bolt.write(tx -> tx.run("CREATE (n:Probe {via: 'bolt'}) SET n += $row", Map.of("row", Map.of(
                "small", 7, "ratio", 0.5f, "names", new String[] {"b", "a"}, "when", java.time.LocalDate.parse("2024-03-01")))).consume());
        assertThat(counters.nodesCreated()).isEqualTo(1);
        assertThat(counters.labelsAdded()).isEqualTo(1);
        assertThat(counters.propertiesSet()).isEqualTo(5);
        assertThat(counters.containsUpdates()).isTrue();
        // Stored types as Cypher sees them: the same on both paths (an Integer is an INTEGER, a float a FLOAT, an array a list).
        List<String> types = bolt.read(tx -> tx.run("""
                MATCH (n:Probe) WITH n ORDER BY n.via
                RETURN n.via + ': ' + valueType(n.small) + ', ' + valueType(n.ratio) + ', ' + valueType(n.names) + ', ' + valueType(n.when) AS t""")
                .list(r -> r.get("t").asString()));
        assertThat(types).containsExactly(
                "bolt: INTEGER NOT NULL, FLOAT NOT NULL, LIST<STRING NOT NULL> NOT NULL, DATE NOT NULL",
                "in process: INTEGER NOT NULL, FLOAT NOT NULL, LIST<STRING NOT NULL> NOT NULL, DATE NOT NULL");
    }

    @Test
    void returnsRecordsAsTheDriverDoes() {
        String query = "UNWIND $batch.rows AS r RETURN r.k AS k, [r.k, toString(r.k)] AS both, {k: r.k} AS m, date('2024-01-02') AS d ORDER BY k";
        Map<String, Object> params = Map.of("batch", Map.of("rows", List.of(Map.of("k", 2), Map.of("k", 1))));
        List<String> viaBolt = bolt.read(tx -> tx.run(query, params).list(r -> r.asMap().toString()));
        List<String> viaProcess = inProcess.read(tx -> tx.run(query, params).list(r -> r.asMap().toString()));
        assertThat(viaProcess).isEqualTo(viaBolt).containsExactly("{k=1, both=[1, 1], m={k=1}, d=2024-01-02}", "{k=2, both=[2, 2], m={k=2}, d=2024-01-02}");
        long one = inProcess.read(tx -> tx.run("RETURN 1 AS one").single().get("one").asLong());
        assertThat(one).isEqualTo(1L);
        assertThatThrownBy(() -> inProcess.read(tx -> tx.run("UNWIND [1, 2] AS x RETURN x").single()))
                .isInstanceOf(NoSuchRecordException.class);
        assertThatThrownBy(() -> inProcess.read(tx -> tx.run("UNWIND [] AS x RETURN x").single()))
                .isInstanceOf(NoSuchRecordException.class);
    }

    @Test
    void refusesToReturnANodeSayingWhichColumn() {
        inProcess.write(tx -> tx.run("CREATE (:Probe)").consume());
        assertThatThrownBy(() -> inProcess.read(tx -> tx.run("MATCH (n:Probe) RETURN n AS probe").list()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Column 'probe' holds a node");
    }

    @Test
    void aFailingUnitOfWorkLeavesNothingAndARolledBackOneNeither() {
        assertThatThrownBy(() -> inProcess.write(tx -> {
            tx.run("CREATE (:Probe {n: 1})").consume();
            throw new IllegalStateException("stop");
        })).hasMessage("stop");
        long counted = inProcess.rolledBack(tx -> {
            tx.run("CREATE (:Probe {n: 2})").consume();
            return tx.run("MATCH (n:Probe) RETURN count(n) AS c").single().get("c").asLong();
        });
        assertThat(counted).isEqualTo(1L);
        long stored = bolt.read(tx -> tx.run("MATCH (n:Probe) RETURN count(n) AS c").single().get("c").asLong());
        assertThat(stored).isZero();
    }

    @Test
    void retriesAUnitOfWorkThatDeadlockedUntilItCommits() throws Exception {
        inProcess.write(tx -> tx.run("CREATE (:Probe {n: 'a', v: 0}), (:Probe {n: 'b', v: 0})").consume());
        // Two writers lock a and b in opposite orders, both waiting at a latch in between: Neo4j detects the
        // deadlock and fails one of them, which must be retried, so both increments land.
        CountDownLatch bothLocked = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String[] order : List.of(new String[] {"a", "b"}, new String[] {"b", "a"})) {
                done.add(threads.submit(() -> inProcess.write(tx -> {
                    attempts.incrementAndGet();
                    tx.run("MATCH (p:Probe {n: $n}) SET p.v = p.v + 1", Map.of("n", order[0])).consume();
                    bothLocked.countDown();
                    try {
                        bothLocked.await(5, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    tx.run("MATCH (p:Probe {n: $n}) SET p.v = p.v + 1", Map.of("n", order[1])).consume();
                    return null;
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(attempts.get()).isGreaterThanOrEqualTo(3);
        List<String> values = bolt.read(tx -> tx.run("MATCH (p:Probe) RETURN p.n AS n, p.v AS v ORDER BY n")
                .list(r -> r.get("n").asString() + "=" + r.get("v").asLong()));
        assertThat(values).containsExactly("a=2", "b=2");
    }

    @Test
    void theTransientFailuresAreThoseNeo4jClassifiesSo() {
        assertThat(InProcessTransactions.isTransient(new org.neo4j.graphdb.QueryExecutionException("x", null, "Neo.TransientError.Transaction.DeadlockDetected"))).isTrue();
        assertThat(InProcessTransactions.isTransient(new RuntimeException(new org.neo4j.graphdb.QueryExecutionException("x", null,
                "Neo.TransientError.Transaction.LockClientStopped")))).isTrue();
        assertThat(InProcessTransactions.isTransient(new org.neo4j.graphdb.QueryExecutionException("x", null, "Neo.ClientError.Schema.ConstraintValidationFailed"))).isFalse();
        assertThat(InProcessTransactions.isTransient(new IllegalStateException("x"))).isFalse();
    }
}
