package nl.spoor.model.store;

import java.net.URI;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import nl.spoor.model.schema.SchemaMigrations;

/**
 * Spoor's handle on its graph: a Bolt driver to either the embedded Neo4j or an external server,
 * with the schema migrated. Thread-safe (the driver is); the caller owns it and closes it once.
 */
public final class SpoorStore implements AutoCloseable {

    private final StoreMode mode;
    private final URI boltUri;
    private final String database;
    private final Driver driver;
    private final EmbeddedNeo4j embedded;

    private SpoorStore(StoreMode mode, URI boltUri, String database, Driver driver, EmbeddedNeo4j embedded) {
        this.mode = mode;
        this.boltUri = boltUri;
        this.database = database;
        this.driver = driver;
        this.embedded = embedded;
    }

    /** Opens the store the settings name and applies pending schema migrations. */
    public static SpoorStore open(StoreSettings settings) {
        Objects.requireNonNull(settings, "settings");
        SpoorStore store = settings.isEmbedded() ? openEmbedded(settings) : openExternal(settings);
        try {
            new SchemaMigrations(store.driver, store.database).apply();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static SpoorStore openEmbedded(StoreSettings settings) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(settings.embeddedDirectory(), settings.boltPort(), settings.pageCache());
        try {
            String password = EmbeddedCredentials.ensurePassword(neo4j.boltUri(), settings.embeddedDirectory());
            Driver driver = connect(neo4j.boltUri(), AuthTokens.basic("neo4j", password));
            return new SpoorStore(StoreMode.EMBEDDED, neo4j.boltUri(), settings.database(), driver, neo4j);
        } catch (RuntimeException e) {
            neo4j.close();
            throw e;
        }
    }

    private static SpoorStore openExternal(StoreSettings settings) {
        URI uri = settings.externalUri().orElseThrow();
        AuthToken auth = settings.password() == null ? AuthTokens.none() : AuthTokens.basic(settings.user(), settings.password());
        return new SpoorStore(StoreMode.EXTERNAL, uri, settings.database(), connect(uri, auth), null);
    }

    private static Driver connect(URI uri, AuthToken auth) {
        Driver driver = GraphDatabase.driver(uri, auth, Config.builder()
                .withConnectionAcquisitionTimeout(60, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(64)
                .withoutEncryption()
                .build());
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new StoreException("Neo4j at " + uri + " refused the credentials (check SPOOR_NEO4J_USER and SPOOR_NEO4J_PASSWORD): " + e.getMessage(), e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new StoreException("Neo4j at " + uri + " cannot be reached (is the server running, is SPOOR_NEO4J_URI right?): " + e.getMessage(), e);
        }
    }

    public StoreMode mode() {
        return mode;
    }

    /** The Bolt address of the graph; for the embedded store a loopback address chosen at start. */
    public URI boltUri() {
        return boltUri;
    }

    public String database() {
        return database;
    }

    /** The driver shared by everything in this process; do not close it, close the store. */
    public Driver driver() {
        return driver;
    }

    /**
     * The database itself when it runs in this JVM (embedded mode), for the few writes on every request's
     * path that cannot afford a Bolt round trip (the consultation log); empty for an external server.
     */
    public java.util.Optional<org.neo4j.graphdb.GraphDatabaseService> inProcess() {
        return embedded == null ? java.util.Optional.empty() : java.util.Optional.of(embedded.database(database));
    }

    public SessionConfig sessionConfig() {
        return SessionConfig.forDatabase(database);
    }

    /** Node counts per label and relationship counts per type, from Neo4j's count store (cheap). */
    public StoreStatus status() {
        return StoreStatus.read(driver, database, mode, boltUri.toString());
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
