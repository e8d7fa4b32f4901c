package nl.spoor.model.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Runs Neo4j's own community server bootstrapper, the one the Neo4j distribution runs, from the Maven
 * jars in a JVM of its own. Arguments: home folder and Bolt port. The server lives until the process is
 * killed. Used by {@link Neo4jServerProcess}. A third argument names a plugins folder: then the server loads
 * procedures from it and allows only Spoor's ({@code spoor.*}), as docker/compose.yaml configures it.
 */
public final class Neo4jServerMain {

    private Neo4jServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Path conf = home.resolve("conf");
        Files.createDirectories(conf);
        String plugins = args.length > 2
                ? "server.directories.plugins=" + args[2] + "\ndbms.security.procedures.allowlist=spoor.*\n"
                : "";
        Files.writeString(conf.resolve("neo4j.conf"), plugins + String.join("\n",
                "server.bolt.enabled=true",
                "server.bolt.listen_address=127.0.0.1:" + port,
                "server.bolt.tls_level=DISABLED",
                "server.http.enabled=false",
                "server.https.enabled=false",
                "dbms.security.auth_enabled=true",
                "server.memory.pagecache.size=256m",
                "db.tx_log.rotation.retention_policy=2 files",
                // As the embedded store: no 256 MB of preallocated log per database before the first write.
                "db.tx_log.preallocate=false",
                "internal.server.bolt.thread_pool_shutdown_wait_time=100ms",
                "internal.server.bolt.connection_shutdown_wait_time=100ms",
                ""));
        CommunityBootstrapper server = new CommunityBootstrapper();
        int status = NeoBootstrapper.start(server, "--home-dir=" + home, "--config-dir=" + conf);
        if (status != 0) {
            System.exit(status);
        }
        // Spoor's procedures, as the plugin jar gives them to an installed server; the analyzers come
        // from the class path's service files (META-INF/services), as from a plugin jar.
        var procedures = ((org.neo4j.kernel.internal.GraphDatabaseAPI) server.getDatabaseManagementService().database("system"))
                .getDependencyResolver().resolveDependency(org.neo4j.kernel.api.procedure.GlobalProcedures.class);
        procedures.registerProcedure(nl.spoor.model.moneytrail.TrailTraversal.class);
        procedures.registerFunction(nl.spoor.model.provenance.AssertedProperty.class);
        procedures.registerFunction(nl.spoor.model.moneytrail.BestWindow.class);
        procedures.registerFunction(nl.spoor.model.moneytrail.ReadPart.class);
        System.out.println("Spoor procedures registered");
        Thread.currentThread().join();
    }
}
