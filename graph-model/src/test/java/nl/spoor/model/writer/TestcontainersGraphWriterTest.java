package nl.spoor.model.writer;

import java.net.URI;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import nl.spoor.model.testing.TestStore;

/**
 * The writer contract against the official Neo4j image. Skipped where no Docker engine runs (as on
 * the development machines and CI of this project, where {@link ServerProcessGraphWriterTest} proves
 * external mode against a separately started server instead).
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersGraphWriterTest extends GraphWriterContract {

    static final String PASSWORD = "spoor-testcontainers";

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1-community").withAdminPassword(PASSWORD);

    @RegisterExtension
    static final TestStore STORE = TestStore.external(() -> URI.create(NEO4J.getBoltUrl()), PASSWORD);

    @Override
    TestStore testStore() {
        return STORE;
    }
}
