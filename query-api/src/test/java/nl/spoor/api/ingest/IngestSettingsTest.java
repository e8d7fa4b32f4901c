package nl.spoor.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import nl.spoor.model.store.StoreSettings;

/** Where an upload's job folder goes, for each kind of file store. */
class IngestSettingsTest {

    private static final Path HOME = Path.of("/srv/spoor/home");

    @Test
    void withABucketTheApiKeepsItsJobsUnderItsOwnHome() {
        MockEnvironment env = new MockEnvironment().withProperty("SPOOR_ROLE", "api").withProperty("SPOOR_FILES", "s3://spoor-dossiers/riec");
        assertThat(new IngestSettings.Beans().ingestSettings(StoreSettings.embedded(HOME), env).uploads()).isEqualTo(HOME.resolve("uploads"));
    }

    @Test
    void withAFolderUploadsGoUnderIt() {
        MockEnvironment env = new MockEnvironment().withProperty("SPOOR_ROLE", "api").withProperty("SPOOR_FILES", "/mnt/gedeeld");
        assertThat(new IngestSettings.Beans().ingestSettings(StoreSettings.embedded(HOME), env).uploads()).isEqualTo(Path.of("/mnt/gedeeld/uploads"));
    }

    @Test
    void roleAllRefusesABucketNamingSpoorFiles() {
        MockEnvironment env = new MockEnvironment().withProperty("SPOOR_FILES", "s3://spoor-dossiers");
        assertThatThrownBy(() -> new IngestSettings.Beans().ingestSettings(StoreSettings.embedded(HOME), env))
                .hasMessage("SPOOR_FILES s3://spoor-dossiers is a bucket, which only the api and worker roles use; role all ingests uploads "
                        + "in its own process from SPOOR_HOME: leave SPOOR_FILES unset or make it a folder");
    }
}
