package nl.spoor.model.store;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.slf4j.MDC;

/**
 * {@link StoreTransactions} on a database in this JVM: each unit of work in one {@link Transaction}, its
 * statements run by {@link InProcessQueryRunner}. Transient failures (a deadlock with another writer, a
 * lock wait that timed out) are retried for up to 30 s with a growing, jittered pause, as the driver's
 * managed transactions do.
 *
 * <p>The work runs on a thread of {@link #STORE_THREADS}, which nothing ever interrupts, while the caller
 * waits for it, through interrupts too (the caller's interrupt status is kept for it to see after). An
 * interrupt that reaches Neo4j while it appends to its transaction log (a commit, or the inner commit
 * that creates a new label or property key in the middle of a statement) closes the log's channel, and
 * the database panics until it is restarted: a stopped ingest run or a server shutting down would
 * otherwise take the whole store down with it. A unit of work is thus never cut off halfway; callers
 * that can be cancelled look at their interrupt status between units.
 */
final class InProcessTransactions implements StoreTransactions {

    private static final Duration RETRY_FOR = Duration.ofSeconds(30);

    /** Daemon threads that only run units of work; idle ones end after a minute. */
    private static final ExecutorService STORE_THREADS = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("spoor-store-", 0).daemon().factory());

    private final GraphDatabaseService database;

    InProcessTransactions(GraphDatabaseService database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public <T> T write(Function<SimpleQueryRunner, T> work) {
        return uninterrupted(() -> retrying(() -> {
            try (Transaction tx = database.beginTx()) {
                T result = work.apply(new InProcessQueryRunner(tx));
                tx.commit();
                return result;
            }
        }));
    }

    @Override
    public <T> T read(Function<SimpleQueryRunner, T> work) {
        return uninterrupted(() -> retrying(() -> {
            try (Transaction tx = database.beginTx()) {
                return work.apply(new InProcessQueryRunner(tx));
            }
        }));
    }

    @Override
    public <T> T rolledBack(Function<SimpleQueryRunner, T> work) {
        // Rolled back, but a statement that meets a new label or property key still commits that token.
        return uninterrupted(() -> {
            try (Transaction tx = database.beginTx()) {
                T result = work.apply(new InProcessQueryRunner(tx));
                tx.rollback();
                return result;
            }
        });
    }

    /** Runs the unit on a store thread, with the caller's logging context, and waits for it whatever happens to the caller. */
    private static <T> T uninterrupted(Supplier<T> unit) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        CompletableFuture<T> outcome = CompletableFuture.supplyAsync(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                return unit.get();
            } finally {
                MDC.clear();
            }
        }, STORE_THREADS);
        try {
            return outcome.join(); // join() waits through interrupts and leaves the status set
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
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
