package nl.spoor.api.spread;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.spoor.api.warmup.PlanWarmUp;

/**
 * Spreads one whole-graph read over the server's read threads. Neo4j Community runs one statement on one core; the
 * whole-graph fan-in, fan-out and trafficking runs are CPU-bound reads of many independent starts (accounts,
 * controller candidates), so they are read in pieces, each in its own transaction on a pool thread, and the rows come
 * back in piece order. Two kinds of piece:
 * <ul>
 * <li>{@link #parts}: the same statement once per part, each keeping the starts {@code spoor.part} puts in its part
 * (graph-model {@code ReadPart}, a hash of the Spoor id): for a statement that finds its own starts on an index;</li>
 * <li>{@link #read(List, Duration, ChunkRead)}: chunks of a list of starts the caller already holds (the controller
 * candidates of {@code traffickingNetworks}).</li>
 * </ul>
 * {@code SPOOR_QUERY_THREADS} threads (default: the machine's cores) serve every request: a second heavy request queues
 * its pieces behind the first one's, it adds no threads. All pieces of a read end within its timeout: a piece started
 * later gets what is left of it.
 *
 * <p>A chunk holds {@value #MIN_CHUNK} to {@value #MAX_CHUNK} starts: Neo4j keys a plan by a list parameter's order
 * of magnitude, so every chunk of every run uses the one plan the warm-up made ({@link #WARM_UP_CHUNK}). Fewer than
 * twice {@value #MIN_CHUNK} starts are read as one chunk, on the caller's thread. While a plan warm-up runs on the
 * calling thread, everything is planned there (nothing runs). Thread-safe.
 */
@Component
public class SpreadReads implements AutoCloseable {

    static final int MIN_CHUNK = 101;
    static final int MAX_CHUNK = 1000;
    /**
     * Parts per thread: each part seeks all the statement's candidates on their index and keeps its own, so more parts
     * cost more seeks; two let a thread that finishes early take another (fan-out on large, two threads: two parts 2.5–2.8 s, four 2.1–2.2 s,
     * eight 2.3–2.4 s).
     */
    static final int PARTS_PER_THREAD = 2;
    /** The chunk a plan warm-up plans: of the magnitude of every chunk of a spread read. */
    public static final int WARM_UP_CHUNK = 500;

    /** Reads one chunk of starts in its own transaction, which must end within {@code timeout}. */
    @FunctionalInterface
    public interface ChunkRead<T> {
        List<T> read(List<String> chunk, Duration timeout);
    }

    /**
     * Reads part {@code part} of {@code parts} of a whole-graph run in its own transaction, which must end within
     * {@code timeout}: the starts that {@code spoor.part(spoorId, parts)} (graph-model {@code ReadPart}) puts in it.
     */
    @FunctionalInterface
    public interface PartRead<T> {
        List<T> read(int part, int parts, Duration timeout);
    }

    private final int threads;
    private final ExecutorService pool;

    public SpreadReads(@Value("${SPOOR_QUERY_THREADS:0}") int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("SPOOR_QUERY_THREADS must be 0 (the machine's cores) or more, got " + threads);
        }
        this.threads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(this.threads, this.threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new ReadThread(r, "spoor-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // Idle for a minute, a thread ends: a server between whole-graph runs holds none.
        pool.allowCoreThreadTimeOut(true);
        this.pool = pool;
    }

    /** How many reads run at once. */
    public int threads() {
        return threads;
    }

    /**
     * The rows of every part of a whole-graph run, in part order: {@value #PARTS_PER_THREAD} parts per thread (a thread that
     * finishes early takes the next), or one on the caller's thread when there is one thread. The parts are told apart in
     * the statement ({@code spoor.part}), so no list of starts goes to and fro and every part has the
     * plan of the one text. While a plan warm-up runs on the calling thread, part 0 of 1 is planned there.
     */
    public <T> List<T> parts(Duration timeout, PartRead<T> read) {
        return parts(timeout, read, () -> null).parts();
    }

    /** The rows of a whole-graph run's parts, and what the calling thread read meanwhile. */
    public record Beside<T, U>(List<T> parts, U meanwhile) {
    }

    /**
     * As {@link #parts(Duration, PartRead)}, while the calling thread reads {@code meanwhile}: a read of its own that the
     * caller would otherwise make before or after the run, and would wait on the pool for. With one part (one thread, a
     * plan warm-up, a read thread) it comes first, on the caller's thread.
     */
    public <T, U> Beside<T, U> parts(Duration timeout, PartRead<T> read, java.util.function.Supplier<U> meanwhile) {
        int parts = threads == 1 || PlanWarmUp.active() || Thread.currentThread() instanceof ReadThread ? 1
                : PARTS_PER_THREAD * threads;
        if (parts == 1) {
            long deadline = System.nanoTime() + timeout.toNanos();
            U first = meanwhile.get();
            return new Beside<>(read.read(0, 1, left(deadline)), first);
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            numbers.add(i);
        }
        List<Future<List<T>>> futures = submit(numbers, timeout, (part, left) -> read.read(part, parts, left));
        U got;
        try {
            got = meanwhile.get();
        } catch (RuntimeException | Error e) {
            futures.forEach(f -> f.cancel(false));
            throw e;
        }
        return new Beside<>(collect(futures), got);
    }

    /**
     * The rows of every chunk of {@code starts}, in chunk order (a chunk's rows in the order {@code read} gives them).
     * Starts are dealt to the chunks in turn, so starts ordered by cost, dearest first, give chunks of like cost.
     * All chunks must end within {@code timeout} from now: a chunk started later gets what is left of it.
     */
    public <T> List<T> read(List<String> starts, Duration timeout, ChunkRead<T> read) {
        if (PlanWarmUp.active()) {
            // Planned, not run: the starts given (one chunk, as a run with that few would read them) and a chunk of a spread run.
            if (!starts.isEmpty()) {
                read.read(starts, atLeastAMillisecond(timeout));
            }
            return read.read(PlanWarmUp.placeholders(WARM_UP_CHUNK), atLeastAMillisecond(timeout));
        }
        List<List<String>> chunks = chunks(starts, threads);
        if (chunks.size() <= 1 || Thread.currentThread() instanceof ReadThread) {
            return chunks.isEmpty() ? List.of() : read.read(starts, atLeastAMillisecond(timeout));
        }
        return run(chunks, timeout, read::read);
    }

    /**
     * What is left until {@code deadline} ({@link System#nanoTime()}), at least a millisecond: a read begun after the
     * deadline is then stopped by its own timeout. The driver refuses a negative timeout and reads zero as none at all.
     */
    public static Duration left(long deadline) {
        return atLeastAMillisecond(Duration.ofNanos(deadline - System.nanoTime()));
    }

    private static Duration atLeastAMillisecond(Duration timeout) {
        return timeout.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : timeout;
    }

    /** Each piece read on the pool, within what is left of {@code timeout}; the rows in piece order. */
    private <P, T> List<T> run(List<P> pieces, Duration timeout, java.util.function.BiFunction<P, Duration, List<T>> read) {
        return collect(submit(pieces, timeout, read));
    }

    /** Each piece put on the pool, to be read within what is left of {@code timeout}. */
    private <P, T> List<Future<List<T>>> submit(List<P> pieces, Duration timeout, java.util.function.BiFunction<P, Duration, List<T>> read) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        List<Future<List<T>>> futures = new ArrayList<>();
        for (P piece : pieces) {
            futures.add(pool.submit(() -> {
                if (mdc != null) {
                    MDC.setContextMap(mdc);
                }
                try {
                    return read.apply(piece, left(deadline));
                } finally {
                    MDC.clear();
                }
            }));
        }
        return futures;
    }

    /** The pieces' rows in piece order; the first failure cancels the rest and is thrown. */
    private static <T> List<T> collect(List<Future<List<T>>> futures) {
        List<T> out = new ArrayList<>();
        try {
            for (Future<List<T>> f : futures) {
                out.addAll(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | CancellationException e) {
            futures.forEach(f -> f.cancel(false));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The read was interrupted", e);
        }
    }

    /**
     * {@code starts} dealt in turn to chunks of {@value #MIN_CHUNK}–{@value #MAX_CHUNK}: at least one per thousand, and up to
     * four per thread while each stays that large (a thread that finishes early takes the next). One chunk below
     * 2 × {@value #MIN_CHUNK} starts.
     */
    static List<List<String>> chunks(List<String> starts, int threads) {
        int n = starts.size();
        if (n == 0) {
            return List.of();
        }
        int k = Math.max(Math.ceilDiv(n, MAX_CHUNK), Math.min(4 * threads, n / MIN_CHUNK));
        if (k <= 1) {
            return List.of(starts);
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(new ArrayList<>(n / k + 1));
        }
        for (int i = 0; i < n; i++) {
            out.get(i % k).add(starts.get(i));
        }
        return out;
    }

    /**
     * A thread of the pool. A read started on one is read there whole: its pieces queued behind it on a full pool would
     * wait for it for ever.
     */
    private static final class ReadThread extends Thread {
        ReadThread(Runnable work, String name) {
            super(work, name);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
