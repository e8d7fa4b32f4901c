package nl.spoor.model.store;

import java.util.Objects;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Units of work, each in one transaction of the store, written once against the driver's
 * {@link SimpleQueryRunner} and run either through Bolt or, when the database lives in this JVM, in
 * process ({@link InProcessQueryRunner}). The ingest pipeline sends tens of small statements per document
 * (claim, facts, pages, candidates, done mark); through Bolt each is a round trip across three threads
 * (client, network, Bolt worker), which on two busy cores cost more than many of the statements
 * themselves. In process the same Cypher runs on the calling thread, with the same parameters, plans
 * and results.
 */
public interface StoreTransactions {

    /** Runs the work in a write transaction and commits it; transient failures (deadlocks) are retried, so the work may run more than once. */
    <T> T write(Function<SimpleQueryRunner, T> work);

    /** Runs the work in a read transaction. */
    <T> T read(Function<SimpleQueryRunner, T> work);

    /** Runs the work in a transaction that is then rolled back, whatever it wrote (Neo4j plans and caches its statements all the same). */
    <T> T rolledBack(Function<SimpleQueryRunner, T> work);

    /** In process when the store is embedded, through its driver otherwise. */
    static StoreTransactions of(SpoorStore store) {
        return store.inProcess().<StoreTransactions>map(InProcessTransactions::new)
                .orElseGet(() -> viaDriver(store.driver(), store.database()));
    }

    /** Through Bolt, with the driver's managed transactions (and their retries). */
    static StoreTransactions viaDriver(Driver driver, String database) {
        return new DriverTransactions(driver, SessionConfig.forDatabase(database));
    }

    record DriverTransactions(Driver driver, SessionConfig session) implements StoreTransactions {
        public DriverTransactions {
            Objects.requireNonNull(driver, "driver");
        }

        @Override
        public <T> T write(Function<SimpleQueryRunner, T> work) {
            try (var s = driver.session(session)) {
                return s.executeWrite(work::apply);
            }
        }

        @Override
        public <T> T read(Function<SimpleQueryRunner, T> work) {
            try (var s = driver.session(session)) {
                return s.executeRead(work::apply);
            }
        }

        @Override
        public <T> T rolledBack(Function<SimpleQueryRunner, T> work) {
            try (var s = driver.session(session); var tx = s.beginTransaction()) {
                T result = work.apply(tx);
                tx.rollback();
                return result;
            }
        }
    }
}
