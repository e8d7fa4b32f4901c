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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.ingest.pipeline.IngestFileStatus;
import nl.spoor.ingest.pipeline.IngestFiles;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.testing.TestStore;

/**
 * A worker on a real redis-server and an in-process store, files in a shared folder: a queued file that is gone from
 * the folder when the worker comes to it is marked failed with why and taken off the queue, and the file queued with
 * it is ingested; nothing is retried forever (skipped where redis-server is not installed).
 */
class IngestWorkerTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    private static RedisServerProcess redis;
    private static Path home;

    @BeforeAll
    static void startRedis() throws Exception {
        assumeTrue(RedisServerProcess.installed(), "redis-server is not installed (apt-get install redis-server): worker tests skipped");
        home = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))), "spoor-worker-");
        redis = RedisServerProcess.start(home.resolve("redis"));
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    private static FileTask task(String name, String sha256) {
        return new FileTask("job-7", "uploads/job-7/files/" + name, sha256, "zaak-7", "politie-nh", "WGS art. 2.3",
                LocalDate.parse("2030-12-31"), Instant.parse("2026-12-06T01:00:00Z"));
    }

    @Test
    void marksAFileGoneFromTheStoreFailedAndIngestsTheFileQueuedWithIt() throws Exception {
        Path files = Files.createDirectories(home.resolve("files"));
        Path present = Files.createDirectories(files.resolve("uploads/job-7/files")).resolve("pv.txt");
        Files.writeString(present, "Proces-verbaal\n\nVerdachte: Jan de Vries, geboren 02-03-1984 te Zaandam.\n");
        String presentSha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(present)));
        String goneSha = "cd".repeat(32);
        ScaleOutSettings settings = new ScaleOutSettings(redis.uri(), files, Duration.ofSeconds(30), 10);
        try (RedisFileQueue queue = RedisFileQueue.connect(settings);
             FolderFileStore store = new FolderFileStore(files)) {
            // Both in one batch: before, the missing one failed the batch, which was retried forever.
            queue.publish(List.of(task("weg.pdf", goneSha), task("pv.txt", presentSha)));
            IngestWorker worker = new IngestWorker(settings, queue, store, home.resolve("work"), NEO4J.store(), BsnKey.of(new byte[32]),
                    name -> switch (name) {
                        case "SPOOR_WORKER_NAME" -> "worker-test";
                        case "SPOOR_INGEST_OCR" -> "false";
                        default -> null;
                    });
            Thread running = Thread.ofPlatform().name("worker-test").start(worker::run);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (worker.filesDone() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            worker.close();
            running.join(Duration.ofSeconds(10));

            assertThat(worker.filesDone()).isEqualTo(2);
            assertThat(queue.depth()).isZero();
            IngestFiles records = new IngestFiles(NEO4J.store());
            IngestFileStatus gone = records.deliveries(goneSha).getFirst();
            assertThat(gone.status()).isEqualTo(IngestFileStatus.FAILED);
            assertThat(gone.path()).isEqualTo(files.resolve("uploads/job-7/files/weg.pdf").toString());
            assertThat(gone.error()).isEqualTo("not in the file store (folder " + files + ") when worker worker-test came to read it: "
                    + "removed before it was ingested; upload it again");
            assertThat(gone.caseId()).isEqualTo("zaak-7");
            assertThat(records.deliveries(presentSha)).extracting(IngestFileStatus::status, IngestFileStatus::path)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(IngestFileStatus.DONE, present.toString()));
        }
    }
}
