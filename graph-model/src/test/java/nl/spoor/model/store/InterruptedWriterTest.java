package nl.spoor.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.model.testing.TestStore;

/**
 * A thread interrupted while it writes to the embedded store (an ingest run stopped, a server shutting
 * down) must not take the store with it: an interrupt that reaches Neo4j while it appends to its
 * transaction log closes the log's channel, and the database panics until it is restarted.
 */
class InterruptedWriterTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @Test
    void aWriterInterruptedOverAndOverCommitsEveryUnitWholeKeepsTheInterruptAndTheStoreStaysUsable() throws Exception {
        STORE.clear();
        StoreTransactions transactions = StoreTransactions.of(STORE.store());
        int units = 1_000;
        AtomicInteger committed = new AtomicInteger();
        AtomicInteger interruptSeenAfter = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Thread writer = Thread.ofPlatform().name("interrupted-writer").start(() -> {
            for (int i = 0; i < units; i++) {
                int n = i;
                try {
                    // A new property key each time: its token is committed in the middle of the statement.
                    transactions.write(tx -> tx.run("CREATE (p:Probe {n: $n}) SET p['k' + $n] = true", Map.of("n", n)).consume());
                    committed.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
                if (Thread.interrupted()) {
                    interruptSeenAfter.incrementAndGet();
                }
            }
        });
        interruptUntilDone(writer, 7);
        assertThat(failures).isEmpty();
        assertThat(committed.get()).isEqualTo(units);
        assertThat(interruptSeenAfter.get()).isPositive();
        long stored = transactions.write(tx -> {
            tx.run("CREATE (:Probe {n: -1})").consume();
            return tx.run("MATCH (p:Probe) RETURN count(p) AS c").single().get("c").asLong();
        });
        assertThat(stored).isEqualTo(units + 1L);
    }

    @Test
    void aRolledBackUnitMeetingNewKeysUnderInterruptsLeavesTheStoreUsable() throws Exception {
        STORE.clear();
        StoreTransactions transactions = StoreTransactions.of(STORE.store());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Thread writer = Thread.ofPlatform().name("interrupted-rollback").start(() -> {
            for (int i = 0; i < 300; i++) {
                int n = i;
                try {
                    transactions.rolledBack(tx -> tx.run("CREATE (p:Probe) SET p['rolled' + $n] = 1", Map.of("n", n)).consume());
                } catch (RuntimeException e) {
                    failures.add(e);
                }
                Thread.interrupted();
            }
        });
        interruptUntilDone(writer, 11);
        assertThat(failures).isEmpty();
        long stored = transactions.write(tx -> {
            tx.run("CREATE (:Probe {n: -1})").consume();
            return tx.run("MATCH (p:Probe) RETURN count(p) AS c").single().get("c").asLong();
        });
        assertThat(stored).isEqualTo(1L);
    }

    /** Interrupts the thread at random moments until it ends, often enough that many interrupts land inside a commit. */
    private static void interruptUntilDone(Thread thread, long seed) throws InterruptedException {
        Random random = new Random(seed);
        while (thread.isAlive()) {
            thread.interrupt();
            LockSupport.parkNanos(random.nextInt(300_000));
        }
        thread.join();
    }
}
