package nl.spoor.api.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue's contract on a real redis-server (skipped where it is not installed). */
class RedisFileQueueTest {

    private static RedisServerProcess redis;
    private static Path files;
    private RedisFileQueue queue;

    @BeforeAll
    static void startRedis() throws Exception {
        assumeTrue(RedisServerProcess.installed(), "redis-server is not installed (apt-get install redis-server): queue tests skipped");
        Path base = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Path tmp = Files.createTempDirectory(base, "spoor-queue-");
        files = Files.createDirectories(tmp.resolve("files"));
        redis = RedisServerProcess.start(tmp.resolve("redis"));
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    @BeforeEach
    void emptyQueue() {
        if (queue != null) {
            queue.close();
        }
        queue = RedisFileQueue.connect(new ScaleOutSettings(redis.uri(), files, Duration.ofMillis(300), 2));
        while (queue.depth() > 0) {
            List<RedisFileQueue.Entry> all = queue.claimAbandoned("cleaner", 100, Duration.ZERO);
            all.addAll(queue.next("cleaner", 100, Duration.ofMillis(10)));
            queue.done(all.stream().map(RedisFileQueue.Entry::id).toList());
        }
    }

    private static FileTask task(String file) {
        return new FileTask("job-1", "uploads/job-1/files/" + file, "ab".repeat(32), "zaak-1", "politie-nh", "WGS art. 2.3",
                LocalDate.parse("2030-12-31"), Instant.parse("2026-12-05T03:00:00Z"));
    }

    @Test
    void aFileStaysInTheQueueUntilItsWorkerAcknowledgesIt() {
        queue.publish(List.of(task("a.pdf"), task("b.pdf"), task("c.pdf")));
        List<RedisFileQueue.Entry> taken = queue.next("worker-1", 2, Duration.ofSeconds(1));

        assertThat(taken).extracting(e -> e.task().file()).containsExactly("uploads/job-1/files/a.pdf", "uploads/job-1/files/b.pdf");
        assertThat(taken.getFirst().task()).isEqualTo(task("a.pdf"));
        assertThat(queue.depth()).isEqualTo(3);
        assertThat(queue.heldBy("worker-1")).isEqualTo(2);

        queue.done(List.of(taken.getFirst().id()));
        assertThat(queue.depth()).isEqualTo(2);
        assertThat(queue.inProgress()).isEqualTo(1);
        assertThat(queue.next("worker-2", 5, Duration.ofMillis(10))).extracting(e -> e.task().file()).containsExactly("uploads/job-1/files/c.pdf");
    }

    @Test
    void aSilentWorkersFilesAreTakenOverAfterTheIdleTimeButATouchedOneIsNot() throws Exception {
        queue.publish(List.of(task("silent.pdf"), task("busy.pdf")));
        List<RedisFileQueue.Entry> silent = queue.next("worker-dead", 1, Duration.ofSeconds(1));
        List<RedisFileQueue.Entry> busy = queue.next("worker-busy", 1, Duration.ofSeconds(1));

        assertThat(queue.claimAbandoned("worker-2", 10, Duration.ofSeconds(2))).isEmpty();
        Thread.sleep(2_200);
        queue.touch("worker-busy", List.of(busy.getFirst().id()));
        List<RedisFileQueue.Entry> taken = queue.claimAbandoned("worker-2", 10, Duration.ofSeconds(2));

        assertThat(taken).extracting(RedisFileQueue.Entry::id).containsExactly(silent.getFirst().id());
        assertThat(taken.getFirst().task()).isEqualTo(task("silent.pdf"));
        assertThat(queue.heldBy("worker-dead")).isZero();
        assertThat(queue.heldBy("worker-2")).isEqualTo(1);
        assertThat(queue.heldBy("worker-busy")).isEqualTo(1);
    }
}
