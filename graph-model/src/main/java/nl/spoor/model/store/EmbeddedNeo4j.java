package nl.spoor.model.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j DBMS inside this JVM with its Bolt connector on 127.0.0.1. Spoor talks to it through the
 * driver like to any server, so embedded and external mode share all code above this class.
 *
 * <p>Authentication is on: at the first start the expired default password is replaced through Bolt
 * by a random one kept in {@code neo4j/spoor-credentials} (owner-only), see {@link EmbeddedCredentials}.
 * Not thread-safe; owned by one {@link SpoorStore}.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
    }

    static EmbeddedNeo4j start(Path directory, int port, String pageCache) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store folder " + directory + ": " + e.getMessage(), e);
        }
        Map<Setting<?>, Object> config = new HashMap<>();
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        // Without these, every stop waits ~11 s for Bolt threads that are already idle.
        config.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100));
        config.put(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100));
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        config.put(GraphDatabaseSettings.auth_enabled, true);
        config.put(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache));
        // Keep transaction logs bounded; Spoor is not a point-in-time-recovery system.
        config.put(GraphDatabaseSettings.keep_logical_logs, "2 files");
        // Preallocated logs cost 256 MB per database (two per store) before a single write: a small case
        // store, or a test run with dozens of them, would be mostly empty log files.
        config.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(directory).setConfig(config).build();
        } catch (RuntimeException e) {
            throw new StoreException(explainStartFailure(directory, e), e);
        }
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            // Spoor's own procedures (a server gets them from the plugin jar, when installed there).
            var procedures = system.getDependencyResolver().resolveDependency(org.neo4j.kernel.api.procedure.GlobalProcedures.class);
            procedures.registerProcedure(nl.spoor.model.moneytrail.TrailTraversal.class);
            procedures.registerFunction(nl.spoor.model.provenance.AssertedProperty.class);
            procedures.registerFunction(nl.spoor.model.moneytrail.BestWindow.class);
            procedures.registerFunction(nl.spoor.model.moneytrail.ReadPart.class);
        } catch (org.neo4j.exceptions.KernelException e) {
            dbms.shutdown();
            throw new StoreException("Cannot register Spoor's procedures in the embedded store: " + e.getMessage(), e);
        }
        var address = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        return new EmbeddedNeo4j(dbms, URI.create("bolt://127.0.0.1:" + address.getPort()));
    }

    private static String explainStartFailure(Path directory, RuntimeException e) {
        String all = causes(e);
        if (all.contains("lock") || all.contains("Lock")) {
            return "The store in " + directory + " is in use by another process (is a Spoor server running? "
                    + "stop it, or point SPOOR_HOME elsewhere): " + all;
        }
        return "Neo4j could not start in " + directory + ": " + all;
    }

    private static String causes(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!sb.isEmpty()) {
                sb.append(" <- ");
            }
            sb.append(t.getMessage());
        }
        return sb.toString();
    }

    org.neo4j.graphdb.GraphDatabaseService database(String name) {
        return dbms.database(name);
    }

    URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
