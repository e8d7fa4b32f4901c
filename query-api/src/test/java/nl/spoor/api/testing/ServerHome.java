package nl.spoor.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh {@code SPOOR_HOME} for a test class that starts the server: a new folder under java.io.tmpdir (which may not exist yet). */
public final class ServerHome {

    private ServerHome() {
    }

    public static Path temporary(String prefix) {
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(tmp);
            return Files.createTempDirectory(tmp, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a temporary SPOOR_HOME under " + System.getProperty("java.io.tmpdir"), e);
        }
    }
}
