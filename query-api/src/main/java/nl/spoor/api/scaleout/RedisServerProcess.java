package nl.spoor.api.scaleout;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away {@code redis-server} (the Debian package) on a free port of 127.0.0.1, without
 * persistence, for the scale-out benchmark and test. Starts in milliseconds.
 */
public final class RedisServerProcess implements AutoCloseable {

    private final Process process;
    private final URI uri;

    private RedisServerProcess(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** Whether {@code redis-server} is on the PATH. */
    public static boolean installed() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "redis-server"))) {
                return true;
            }
        }
        return false;
    }

    public static RedisServerProcess start(Path folder) {
        if (!installed()) {
            throw new IllegalStateException("redis-server is not installed (Debian: apt-get install redis-server)");
        }
        try {
            Files.createDirectories(folder);
            int port = freePort();
            Process p = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", folder.toString()))
                    .redirectErrorStream(true).redirectOutput(folder.resolve("redis.log").toFile()).start();
            RedisServerProcess server = new RedisServerProcess(p, URI.create("redis://127.0.0.1:" + port));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (true) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    return server;
                } catch (IOException notYet) {
                    if (!p.isAlive() || System.nanoTime() > deadline) {
                        server.close();
                        throw new IllegalStateException("redis-server did not start on port " + port + ":\n" + Files.readString(folder.resolve("redis.log")));
                    }
                    Thread.sleep(20);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start redis-server: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        SpoorProcesses.stop(process, java.time.Duration.ofSeconds(10));
    }
}
