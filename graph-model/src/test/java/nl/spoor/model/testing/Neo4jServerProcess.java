package nl.spoor.model.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import nl.spoor.model.store.EmbeddedCredentials;

/**
 * A real Neo4j server in a separate OS process, started from the same Maven jars as the tests
 * ({@link Neo4jServerMain}), with authentication on. Proves Spoor's external mode without Docker.
 */
public final class Neo4jServerProcess implements AutoCloseable {

    public static final String PASSWORD = "spoor-external-test";

    private final Process process;
    private final URI boltUri;
    private final Path log;

    private Neo4jServerProcess(Process process, URI boltUri, Path log) {
        this.process = process;
        this.boltUri = boltUri;
        this.log = log;
    }

    public static Neo4jServerProcess start(Path home) {
        return start(home, System.getProperty("java.class.path"), List.of());
    }

    /**
     * A stock server: Neo4j's jars without any of Spoor's main classes, and these plugin jars in its
     * {@code plugins} folder and on its class path, as the Neo4j distribution and image put them.
     */
    public static Neo4jServerProcess withPlugins(Path home, List<Path> pluginJars) {
        try {
            Path plugins = Files.createDirectories(home.resolve("plugins"));
            List<String> classPath = new java.util.ArrayList<>(neo4jClassPath());
            for (Path jar : pluginJars) {
                Path copy = Files.copy(jar, plugins.resolve(jar.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                classPath.add(copy.toString());
            }
            return start(home, String.join(java.io.File.pathSeparator, classPath), pluginJars.isEmpty() ? List.of() : List.of(plugins.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not lay out the plugins of a Neo4j server process: " + e.getMessage(), e);
        }
    }

    /**
     * This JVM's class path less Spoor's main classes (module output folders and Spoor's jars); the test
     * jars stay, for {@link Neo4jServerMain}. What remains is what a stock Neo4j server has.
     */
    public static List<String> neo4jClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> {
                    Path p = Path.of(entry);
                    String name = p.getFileName().toString();
                    boolean mainClasses = name.equals("classes") && p.getParent() != null && p.getParent().getFileName().toString().equals("target");
                    boolean spoorJar = name.startsWith("spoor-") && !name.endsWith("-tests.jar");
                    return !mainClasses && !spoorJar;
                })
                .toList();
    }

    private static Neo4jServerProcess start(Path home, String classPath, List<String> extraArguments) {
        try {
            Files.createDirectories(home);
            int port = freePort();
            Path log = home.resolve("server-process.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
                    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                    "-cp", classPath, Neo4jServerMain.class.getName(),
                    home.toString(), Integer.toString(port)));
            command.addAll(extraArguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            URI uri = URI.create("bolt://127.0.0.1:" + port);
            Neo4jServerProcess server = new Neo4jServerProcess(process, uri, log);
            server.awaitBolt(Duration.ofSeconds(120));
            EmbeddedCredentials.changeDefaultPassword(uri, PASSWORD);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a Neo4j server process: " + e.getMessage(), e);
        }
    }

    private void awaitBolt(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Neo4j server process exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try (var driver = GraphDatabase.driver(boltUri, AuthTokens.basic("neo4j", "neo4j"))) {
                driver.verifyConnectivity();
                return;
            } catch (AuthenticationException e) {
                return; // Bolt answers; credentials are dealt with next.
            } catch (ServiceUnavailableException | org.neo4j.driver.exceptions.SessionExpiredException e) {
                sleep();
            } catch (org.neo4j.driver.exceptions.ClientException e) {
                // A fresh server answers with "credentials expired": Bolt is up.
                return;
            }
        }
        close();
        throw new IllegalStateException("The Neo4j server process did not open Bolt within " + timeout + ":\n" + Files.readString(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public URI boltUri() {
        return boltUri;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
