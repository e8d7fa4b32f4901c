package nl.spoor.model.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;

/**
 * One Neo4j per test class (register it as a static {@code @RegisterExtension} field), in-process or as
 * a separate server process. {@link #clear()} empties the graph between tests but keeps the schema.
 */
public final class TestStore implements BeforeAllCallback, AfterAllCallback {

    /** Where the Neo4j of a test class runs. */
    public enum Where {
        /** Embedded in the test JVM, exactly as {@code ./spoor serve} runs it. */
        IN_PROCESS,
        /** A Neo4j server in a separate OS process, reached over Bolt as an external store. */
        SERVER_PROCESS,
        /** Any server reached over Bolt, e.g. a Testcontainers Neo4j. */
        EXTERNAL
    }

    private final Where where;
    private Path home;
    private Neo4jServerProcess server;
    private SpoorStore store;

    private java.util.function.Supplier<java.net.URI> externalUri;
    private String externalPassword;

    private TestStore(Where where) {
        this.where = where;
    }

    /** A server that is started elsewhere (e.g. by Testcontainers) before this extension runs. */
    public static TestStore external(java.util.function.Supplier<java.net.URI> uri, String password) {
        TestStore t = new TestStore(Where.EXTERNAL);
        t.externalUri = uri;
        t.externalPassword = password;
        return t;
    }

    public static TestStore inProcess() {
        return new TestStore(Where.IN_PROCESS);
    }

    public static TestStore serverProcess() {
        return new TestStore(Where.SERVER_PROCESS);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(tmp);
        home = Files.createTempDirectory(tmp, "spoor-test-");
        if (where == Where.IN_PROCESS) {
            store = SpoorStore.open(new StoreSettings(home, java.util.Optional.empty(), "neo4j", null, "neo4j", 0, "256m"));
        } else if (where == Where.EXTERNAL) {
            store = SpoorStore.open(StoreSettings.external(externalUri.get(), "neo4j", externalPassword));
        } else {
            server = Neo4jServerProcess.start(home.resolve("server"));
            store = SpoorStore.open(StoreSettings.external(server.boltUri(), "neo4j", Neo4jServerProcess.PASSWORD));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public SpoorStore store() {
        return store;
    }

    /** The pid of the Neo4j server process, when the store runs in one. */
    public java.util.OptionalLong serverPid() {
        return server == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(server.pid());
    }

    public Where where() {
        return where;
    }

    /** Deletes all data but the schema bookkeeping, in batches. */
    public void clear() {
        try (var s = store.driver().session(store.sessionConfig())) {
            s.run("MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }
}
