package nl.spoor.api.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScaleOutSettingsTest {

    @Test
    void refusesAQueueEntryWithoutItsDelivery() {
        Map<String, String> fields = new HashMap<>(new FileTask("job-1", "uploads/job-1/files/a.pdf", "ab".repeat(32), "zaak-1", "politie-nh",
                "WGS art. 2.3", LocalDate.parse("2030-12-31"), Instant.parse("2026-12-05T03:00:00Z")).fields());
        fields.remove("basis");
        assertThatThrownBy(() -> FileTask.of("1-0", fields)).hasMessageStartingWith("Queue entry 1-0 in spoor:ingest has no field basis");
    }

    @Test
    void apiAndWorkerRolesRefuseToStartWithoutWhatTheyShare() {
        assertThatThrownBy(() -> ScaleOutSettings.fromEnvironment(ProcessRole.WORKER, Map.of("SPOOR_REDIS_URI", "redis://q:6379")::get))
                .hasMessageStartingWith("The worker role needs SPOOR_NEO4J_URI, SPOOR_FILES, SPOOR_BSN_KEY:");
        assertThatThrownBy(() -> ScaleOutSettings.fromEnvironment(ProcessRole.API, Map.of("SPOOR_NEO4J_URI", "bolt://n:7687", "SPOOR_REDIS_URI", "amqp://q",
                "SPOOR_FILES", "/", "SPOOR_BSN_KEY", "00".repeat(32))::get))
                .hasMessage("SPOOR_REDIS_URI must start with redis:// or rediss://, got \"amqp://q\"");
    }

    @Test
    void anS3UriInSpoorFilesMakesTheFileStoreABucketAndAFolderStaysTheDefault() {
        Map<String, String> env = new HashMap<>(Map.of("SPOOR_NEO4J_URI", "bolt://n:7687", "SPOOR_REDIS_URI", "redis://q:6379",
                "SPOOR_FILES", "s3://spoor-dossiers/riec-noord", "SPOOR_S3_ENDPOINT", "http://minio:9000", "SPOOR_BSN_KEY", "00".repeat(32)));
        ScaleOutSettings bucket = ScaleOutSettings.fromEnvironment(ProcessRole.WORKER, env::get);
        assertThat(bucket.files()).isNull();
        assertThat(bucket.bucket().bucket()).isEqualTo("spoor-dossiers");
        assertThat(bucket.bucket().prefix()).isEqualTo("riec-noord");
        assertThat(bucket.bucket().endpoint()).hasToString("http://minio:9000");
        env.put("SPOOR_FILES", "/");
        ScaleOutSettings folder = ScaleOutSettings.fromEnvironment(ProcessRole.WORKER, env::get);
        assertThat(folder.bucket()).isNull();
        assertThat(folder.files()).hasToString("/");
        env.put("SPOOR_FILES", "/niet/gemount");
        assertThatThrownBy(() -> ScaleOutSettings.fromEnvironment(ProcessRole.API, env::get))
                .hasMessage("SPOOR_FILES /niet/gemount is not a folder (mount the shared file store there)");
    }

    @Test
    void readsTheRoleInAnyCaseAndDefaultsToAll() {
        assertThatThrownBy(() -> ProcessRole.parse("wokrer")).hasMessage("SPOOR_ROLE (or --role) must be all, api or worker, got \"wokrer\"");
        assertThat(ProcessRole.parse(null)).isEqualTo(ProcessRole.ALL);
        assertThat(ProcessRole.parse("Worker")).isEqualTo(ProcessRole.WORKER);
    }

    @Test
    void readsDurationsInSecondsMillisecondsAndMinutes() {
        assertThat(ScaleOutSettings.duration("X", "500ms", "1s")).isEqualTo(Duration.ofMillis(500));
        assertThat(ScaleOutSettings.duration("X", null, "60s")).isEqualTo(Duration.ofSeconds(60));
        assertThat(ScaleOutSettings.duration("X", "2m", "1s")).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> ScaleOutSettings.duration("SPOOR_QUEUE_CLAIM_AFTER", "soon", "1s"))
                .hasMessage("SPOOR_QUEUE_CLAIM_AFTER must be a duration like 60s, 500ms or 2m, got \"soon\"");
    }
}
