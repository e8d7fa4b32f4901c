package nl.spoor.model.store;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * {@link StoreTransactions} on a database in this JVM: each unit of work in one {@link Transaction} on the
 * calling thread, its statements run by {@link InProcessQueryRunner}. Transient failures (a deadlock with
 * another writer, a lock wait that timed out) are retried for up to 30 s with a growing, jittered pause,
 * as the driver's managed transactions do.
 */
final class InProcessTransactions implements StoreTransactions {

    private static final Duration RETRY_FOR = Duration.ofSeconds(30);

    private final GraphDatabaseService database;

    InProcessTransactions(GraphDatabaseService database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public <T> T write(Function<SimpleQueryRunner, T> work) {
        return retrying(() -> {
            try (Transaction tx = database.beginTx()) {
                T result = work.apply(new InProcessQueryRunner(tx));
                tx.commit();
                return result;
            }
        });
    }

    @Override
    public <T> T read(Function<SimpleQueryRunner, T> work) {
        return retrying(() -> {
            try (Transaction tx = database.beginTx()) {
                return work.apply(new InProcessQueryRunner(tx));
            }
        });
    }

    @Override
    public <T> T rolledBack(Function<SimpleQueryRunner, T> work) {
        try (Transaction tx = database.beginTx()) {
            T result = work.apply(new InProcessQueryRunner(tx));
            tx.rollback();
            return result;
        }
    }

    private static <T> T retrying(java.util.function.Supplier<T> attempt) {
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        long pause = 50;
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!isTransient(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(2_000, pause * 2);
            }
        }
    }

    /** Whether the failure is one Neo4j classifies as transient: the same work may succeed when tried again. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Status.HasStatus s && s.status().code().classification() == Status.Classification.TransientError) {
                return true;
            }
            if (t instanceof QueryExecutionException q && q.getStatusCode() != null && q.getStatusCode().startsWith("Neo.TransientError.")) {
                return true;
            }
        }
        return false;
    }
}
