package nl.spoor.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreRestartTest {

    @TempDir
    Path home;

    @Test
    void keepsDataAcrossStopAndStart() {
        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(home))) {
            assertThat(store.mode()).isEqualTo(StoreMode.EMBEDDED);
            assertThat(store.boltUri().getHost()).isEqualTo("127.0.0.1");
            try (var s = store.driver().session(store.sessionConfig())) {
                s.executeWriteWithoutResult(tx -> tx.run("CREATE (:Entity:Person {spoorId: 'person:restart', name: 'Jan de Vries'})").consume());
            }
        }
        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(home))) {
            try (var s = store.driver().session(store.sessionConfig())) {
                String name = s.executeRead(tx -> tx.run("MATCH (p:Person {spoorId: 'person:restart'}) RETURN p.name AS n").single().get("n").asString());
                assertThat(name).isEqualTo("Jan de Vries");
            }
            assertThat(store.status().nodesPerLabel()).containsEntry("Person", 1L);
        }
    }

    @Test
    void keepsTheGeneratedPasswordOwnerOnly() throws Exception {
        try (SpoorStore ignored = SpoorStore.open(StoreSettings.embedded(home))) {
            Path credentials = home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME);
            assertThat(Files.getPosixFilePermissions(credentials)).extracting(Object::toString)
                    .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        }
    }

    @Test
    void aStoreKilledRightAfterItsPasswordWasChangedOpensAgain() throws Exception {
        try (SpoorStore ignored = SpoorStore.open(StoreSettings.embedded(home))) {
            // first start: password changed and kept
        }
        // As a kill between the change and keeping it leaves it: the new password only in the pending file.
        Path credentials = home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME);
        String password = Files.readString(credentials);
        Files.move(credentials, home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME + ".pending"));

        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(home))) {
            assertThat(store.status().nodesPerLabel()).containsEntry("SchemaMigration", 10L);
        }
        assertThat(Files.readString(credentials)).isEqualTo(password);
        assertThat(home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME + ".pending")).doesNotExist();
    }

    @Test
    void aStoreKilledRightBeforeItsPasswordWasChangedTakesThePendingOne() throws Exception {
        String password = "0123456789abcdef0123456789abcdef0123";
        Files.createDirectories(home.resolve("neo4j"));
        Files.writeString(home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME + ".pending"), password);

        try (SpoorStore ignored = SpoorStore.open(StoreSettings.embedded(home))) {
            assertThat(Files.readString(home.resolve("neo4j").resolve(EmbeddedCredentials.FILE_NAME))).isEqualTo(password);
        }
    }

    @Test
    void appliesEverySchemaMigrationOnceAndRecordsIt() {
        try (SpoorStore store = SpoorStore.open(StoreSettings.embedded(home))) {
            // A second run over an up-to-date store applies nothing.
            assertThat(new nl.spoor.model.schema.SchemaMigrations(store.driver(), store.database()).apply()).isEmpty();
            try (var s = store.driver().session(store.sessionConfig())) {
                var versions = s.run("MATCH (m:SchemaMigration) RETURN m.version AS v ORDER BY v").list(r -> r.get("v").asInt());
                assertThat(versions).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
                var constraints = s.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").single().get("names").asList(v -> v.asString());
                assertThat(constraints).contains("entity_spoor_id", "bank_account_iban", "company_kvk", "vehicle_kenteken", "ingest_file_source");
                var fulltext = s.run("SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer ORDER BY name")
                        .list(r -> r.get("name").asString() + "=" + r.get("analyzer").asString());
                assertThat(fulltext).containsExactly("document_text=dutch", "name_search=spoor-name", "page_search=spoor-name");
            }
        }
    }

    @Test
    void refusesASecondProcessOnTheSameStoreWithAClearMessage() {
        try (SpoorStore ignored = SpoorStore.open(StoreSettings.embedded(home))) {
            assertThatThrownBy(() -> SpoorStore.open(StoreSettings.embedded(home)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another process");
        }
    }

    @Test
    void namesTheVariableWhenTheExternalUriIsMalformed() {
        assertThatThrownBy(() -> StoreSettings.fromEnvironment(Map.of("SPOOR_NEO4J_URI", "http://localhost:7474")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SPOOR_NEO4J_URI");
    }
}
