package nl.spoor.api.retention;

import static nl.spoor.api.testing.TwoSourceFixture.OLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.testing.TwoSourceFixture;
import nl.spoor.model.store.SpoorStore;

/**
 * The server purges expired sources by itself, daily by default: the scheduled task is registered with the default
 * cron expression (the build switches it off for the other test servers), and a run as of today removes FIOD's
 * delivery of the two-delivery store (kept until 2024-12-31), logs it with the scheduler's channel and user, and
 * finds nothing the second time.
 */
@SpringBootTest(properties = "SPOOR_PURGE_SCHEDULE=" + ScheduledPurge.DEFAULT)
class ScheduledPurgeTest {

    static final Path HOME;

    static {
        try {
            HOME = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "spoor-scheduled-purge-");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("SPOOR_HOME", HOME::toString);
    }

    @Autowired
    ScheduledPurge scheduled;

    @Autowired
    ScheduledTaskHolder tasks;

    @Autowired
    SpoorStore store;

    @Test
    void runsDailyByDefault() {
        assertThat(tasks.getScheduledTasks().stream().map(t -> t.getTask()).filter(t -> t instanceof CronTask)
                .map(t -> ((CronTask) t).getExpression() + " " + t.getRunnable())).containsExactly("0 30 3 * * * " + ScheduledPurge.class.getName() + ".run");
    }

    @Test
    void purgesWhatExpiredBeforeTodayAndLogsItAsTheScheduler() {
        TwoSourceFixture.write(store);
        LoggedPurge.Result done = scheduled.run();
        assertThat(done.report().sourceIds()).containsExactly(OLD);
        assertThat(done.entry().channel()).isEqualTo(ScheduledPurge.CHANNEL);
        assertThat(done.entry().user()).isEqualTo(ScheduledPurge.USER);
        assertThat(done.entry().organisation()).isEqualTo("local");
        assertThat(done.entry().returnedIds()).contains("person:gerrit");
        try (var s = store.driver().session(store.sessionConfig())) {
            assertThat(s.run("MATCH (s:Source) RETURN collect(s.sourceId) AS ids").single().get("ids").asList(v -> v.asString()))
                    .containsExactly(TwoSourceFixture.LIVE);
        }
        assertThat(scheduled.run().report().sourceIds()).isEmpty();
    }
}
