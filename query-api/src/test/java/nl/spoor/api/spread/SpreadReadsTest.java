package nl.spoor.api.spread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import nl.spoor.api.graphql.QueryRefused;

/** How a whole-graph read is cut up and put back together, without a store: the reads here just echo what they get. */
class SpreadReadsTest {

    static final SpreadReads TWO = new SpreadReads(2);

    @AfterAll
    static void close() {
        TWO.close();
    }

    static List<String> starts(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("iban:NL00TEST%010d", i)).toList();
    }

    @Test
    void cutsStartsIntoChunksOfOnePlanMagnitudeDealtInTurn() {
        assertThat(SpreadReads.chunks(List.of(), 2)).isEmpty();
        assertThat(SpreadReads.chunks(starts(201), 2)).containsExactly(starts(201));
        // 202: two chunks of 101, dealt in turn (start 0 to the first, 1 to the second, 2 to the first, ...).
        List<List<String>> two = SpreadReads.chunks(starts(202), 2);
        assertThat(two).hasSize(2);
        assertThat(two.get(0)).hasSize(101).startsWith(starts(3).get(0), starts(3).get(2));
        assertThat(two.get(1)).hasSize(101).startsWith(starts(2).get(1));
        // Up to four per thread while each keeps 101; at least one per thousand.
        assertThat(SpreadReads.chunks(starts(3_491), 2)).hasSize(8).allSatisfy(c -> assertThat(c.size()).isBetween(436, 437));
        assertThat(SpreadReads.chunks(starts(24_195), 2)).hasSize(25).allSatisfy(c -> assertThat(c.size()).isBetween(967, 968));
        for (int n : new int[] {202, 250, 999, 1_000, 1_001, 3_491, 24_195, 94_260}) {
            List<List<String>> chunks = SpreadReads.chunks(starts(n), 2);
            assertThat(chunks).allSatisfy(c -> assertThat(c.size()).isBetween(SpreadReads.MIN_CHUNK, SpreadReads.MAX_CHUNK));
            assertThat(chunks.stream().flatMap(List::stream).sorted().toList()).isEqualTo(starts(n));
        }
    }

    @Test
    void readsTheChunksOnThePoolAndGivesTheRowsInChunkOrder() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> rows = TWO.read(starts(1_000), Duration.ofSeconds(10), (chunk, timeout) -> {
            threads.add(Thread.currentThread().getName());
            return chunk;
        });
        List<String> expected = new ArrayList<>();
        SpreadReads.chunks(starts(1_000), 2).forEach(expected::addAll);
        assertThat(rows).isEqualTo(expected);
        assertThat(threads).allSatisfy(t -> assertThat(t).startsWith("spoor-read-"));
    }

    @Test
    void readsFewStartsAsOneChunkOnTheCallersThread() {
        String caller = Thread.currentThread().getName();
        List<String> rows = TWO.read(starts(150), Duration.ofSeconds(10), (chunk, timeout) -> List.of(Thread.currentThread().getName() + " "
                + chunk.size()));
        assertThat(rows).containsExactly(caller + " 150");
        assertThat(TWO.read(List.of(), Duration.ofSeconds(10), (chunk, timeout) -> List.of("asked"))).isEmpty();
    }

    @Test
    void readsTwoPartsPerThreadInPartOrderAndOnePartWithOneThread() {
        assertThat(TWO.parts(Duration.ofSeconds(10), (part, parts, timeout) -> List.of(part + "/" + parts)))
                .containsExactly("0/4", "1/4", "2/4", "3/4");
        try (SpreadReads one = new SpreadReads(1)) {
            String caller = Thread.currentThread().getName();
            assertThat(one.parts(Duration.ofSeconds(10), (part, parts, timeout) -> List.of(part + "/" + parts + " " + Thread.currentThread().getName())))
                    .containsExactly("0/1 " + caller);
        }
    }

    @Test
    @Timeout(30)
    void readsTheCallersOwnReadOnItsThreadWhileThePoolReadsTheParts() throws Exception {
        String caller = Thread.currentThread().getName();
        // The parts wait until the caller's read has begun: read one after the other, this would never end.
        java.util.concurrent.CountDownLatch begun = new java.util.concurrent.CountDownLatch(1);
        SpreadReads.Beside<String, String> both = TWO.parts(Duration.ofSeconds(10), (part, parts, timeout) -> {
            try {
                begun.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(part + "/" + parts);
        }, () -> {
            begun.countDown();
            return "meanwhile on " + Thread.currentThread().getName();
        });
        assertThat(both.parts()).containsExactly("0/4", "1/4", "2/4", "3/4");
        assertThat(both.meanwhile()).isEqualTo("meanwhile on " + caller);
        try (SpreadReads one = new SpreadReads(1)) {
            // One thread: the caller's read first, then the one part, both on the caller's thread.
            List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
            SpreadReads.Beside<String, Boolean> alone = one.parts(Duration.ofSeconds(10), (part, parts, timeout) -> {
                order.add("part " + part + "/" + parts + " on " + Thread.currentThread().getName());
                return List.of("read");
            }, () -> order.add("meanwhile on " + Thread.currentThread().getName()));
            assertThat(order).containsExactly("meanwhile on " + caller, "part 0/1 on " + caller);
            assertThat(alone.parts()).containsExactly("read");
        }
        // A failing read of the caller's fails the whole, with its own error.
        assertThatThrownBy(() -> TWO.parts(Duration.ofSeconds(10), (part, parts, timeout) -> List.of(part), () -> {
            throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "the caller's read was stopped");
        })).isInstanceOf(QueryRefused.class).hasMessage("the caller's read was stopped");
    }

    @Test
    @Timeout(30)
    void readsAReadStartedOnThePoolWholeThereInsteadOfWaitingForItself() {
        // Four pieces on two threads, each starting a read of its own: queued behind the pieces, those would never run.
        List<String> inner = TWO.parts(Duration.ofSeconds(10), (part, parts, timeout) -> TWO.parts(timeout, (p, ps, t) -> List.of(p + "/" + ps))
                .stream().map(x -> part + ":" + x).toList());
        assertThat(inner).containsExactly("0:0/1", "1:0/1", "2:0/1", "3:0/1");
        assertThat(TWO.parts(Duration.ofSeconds(10), (part, parts, timeout) -> TWO.read(starts(1_000), timeout, (chunk, t) -> List.of(chunk.size()))))
                .containsExactly(1_000, 1_000, 1_000, 1_000);
    }

    @Test
    void aFailingPieceFailsTheWholeReadWithItsOwnError() {
        assertThatThrownBy(() -> TWO.parts(Duration.ofSeconds(10), (part, parts, timeout) -> {
            if (part == 2) {
                throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "part 2 was stopped");
            }
            return List.of(part);
        })).isInstanceOf(QueryRefused.class).hasMessage("part 2 was stopped");
    }

    @Test
    void givesAPieceStartedLaterWhatIsLeftOfTheTimeout() {
        try (SpreadReads one = new SpreadReads(1)) {
            // One thread, two chunks: the second starts after the first has used 300 ms of the second given.
            List<Duration> given = one.read(starts(202), Duration.ofSeconds(1), (chunk, timeout) -> {
                if (chunk.getFirst().equals(starts(1).getFirst())) {
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return List.of(timeout);
            });
            assertThat(given.get(0)).isLessThanOrEqualTo(Duration.ofSeconds(1)).isGreaterThan(Duration.ofMillis(700));
            assertThat(given.get(1)).isLessThanOrEqualTo(Duration.ofMillis(700)).isLessThan(given.get(0));
        }
    }

    @Test
    void givesAReadWhoseTimeoutIsSpentAMillisecondNotANegativeOrNoTimeout() {
        // The driver refuses a negative transaction timeout and reads zero as none: a read begun late must still be stopped.
        assertThat(TWO.read(starts(150), Duration.ofMillis(-5), (chunk, timeout) -> List.of(timeout))).containsExactly(Duration.ofMillis(1));
        assertThat(TWO.read(starts(1_000), Duration.ZERO, (chunk, timeout) -> List.of(timeout))).containsOnly(Duration.ofMillis(1));
        try (SpreadReads one = new SpreadReads(1)) {
            assertThat(one.parts(Duration.ofMillis(-5), (part, parts, timeout) -> List.of(timeout))).containsExactly(Duration.ofMillis(1));
        }
        assertThat(SpreadReads.left(System.nanoTime() - 1_000_000)).isEqualTo(Duration.ofMillis(1));
        assertThat(SpreadReads.left(System.nanoTime() + 10_000_000_000L)).isGreaterThan(Duration.ofSeconds(9));
    }

    @Test
    void refusesANegativeNumberOfThreads() {
        assertThatThrownBy(() -> new SpreadReads(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SPOOR_QUERY_THREADS must be 0 (the machine's cores) or more, got -1");
    }
}
