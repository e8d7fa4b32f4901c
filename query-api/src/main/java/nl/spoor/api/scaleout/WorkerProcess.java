package nl.spoor.api.scaleout;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;

/**
 * {@code ./spoor serve --role worker}: opens the external store and the queue, answers health checks
 * on {@code SPOOR_WORKER_PORT} when set ({@code GET /health}: up, name, queue depth, files done), and
 * runs an {@link IngestWorker} until the process is stopped. No GraphQL, UI or uploads.
 */
public final class WorkerProcess {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);

    private WorkerProcess() {
    }

    public static void run(Map<String, String> env) {
        ScaleOutSettings settings = ScaleOutSettings.fromEnvironment(ProcessRole.WORKER, env::get);
        StoreSettings storeSettings = StoreSettings.fromEnvironment(env);
        BsnKey bsnKey = BsnKey.load(storeSettings.home(), env);
        try (SpoorStore store = open(storeSettings);
             FileStore files = settings.openFiles();
             RedisFileQueue queue = RedisFileQueue.connect(settings);
             IngestWorker worker = new IngestWorker(settings, queue, files, storeSettings.home().resolve("work"), store, bsnKey, env::get)) {
            HttpServer health = health(env, worker);
            Thread main = Thread.currentThread();
            Thread hook = new Thread(() -> {
                worker.close();
                try {
                    main.join(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "worker-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            System.out.printf("Spoor worker %s is ready: files from %s, read from %s, store %s%s. Ctrl-C stops it.%n", worker.name(), settings.redisUri(),
                    files.describe(), store.boltUri(), health == null ? "" : ", health on http://" + health.getAddress().getHostString() + ":" + health.getAddress().getPort() + "/health");
            try {
                worker.run();
            } finally {
                if (health != null) {
                    health.stop(0);
                }
            }
        }
    }

    /**
     * The store, retried for a while: workers and the api start together, and the first to open a fresh
     * store applies the schema migrations, which the others may trip over until they are in.
     */
    private static SpoorStore open(StoreSettings settings) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= 10; attempt++) {
            try {
                return SpoorStore.open(settings);
            } catch (RuntimeException e) {
                last = e;
                LOG.warn("Store not ready (attempt {} of 10): {}", attempt, e.getMessage());
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException i) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last;
    }

    private static HttpServer health(Map<String, String> env, IngestWorker worker) {
        String port = env.get("SPOOR_WORKER_PORT");
        if (port == null || port.isBlank()) {
            return null;
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(env.getOrDefault("SPOOR_ADDRESS", "127.0.0.1"),
                    ScaleOutSettings.integer("SPOOR_WORKER_PORT", port, 0)), 0);
            server.createContext("/health", exchange -> {
                String body;
                int status;
                try {
                    body = "{\"status\":\"UP\",\"role\":\"worker\",\"name\":\"" + worker.name() + "\",\"queueDepth\":" + worker.queue().depth()
                            + ",\"filesDone\":" + worker.filesDone() + "}";
                    status = 200;
                } catch (RuntimeException e) {
                    body = "{\"status\":\"DOWN\",\"role\":\"worker\",\"reason\":\"queue unreachable\"}";
                    status = 503;
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen for health checks on SPOOR_WORKER_PORT " + port + ": " + e.getMessage(), e);
        }
    }
}
