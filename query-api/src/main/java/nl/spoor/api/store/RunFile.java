package nl.spoor.api.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.springframework.core.env.Environment;

import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreMode;

/**
 * {@code $SPOOR_HOME/run/server.properties}: tells other {@code spoor} commands (status) that a server
 * holds the embedded store and where its Bolt connector listens, so they ask it instead of failing
 * on the store lock. Removed when the server stops; a stale file is recognised by its dead pid.
 */
public final class RunFile {

    private RunFile() {
    }

    static void write(Path home, SpoorStore store, Environment environment) {
        if (store.mode() != StoreMode.EMBEDDED) {
            return;
        }
        Path file = file(home);
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("bolt", store.boltUri().toString());
        p.setProperty("port", environment.getProperty("server.port", "8080"));
        try {
            Files.createDirectories(file.getParent());
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "Written by the running Spoor server; removed when it stops");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Stale files are recognised by their pid.
            }
        }));
    }

    /** The Bolt address of a live server on this store, if one runs. */
    public static Optional<String> liveServerBolt(Path home) {
        Path file = file(home);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        long pid = Long.parseLong(p.getProperty("pid", "-1"));
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.ofNullable(p.getProperty("bolt")) : Optional.empty();
    }

    static Path file(Path home) {
        return home.resolve("run").resolve("server.properties");
    }
}
