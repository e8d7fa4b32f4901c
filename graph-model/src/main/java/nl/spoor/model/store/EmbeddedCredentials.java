package nl.spoor.model.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The password of the {@code neo4j} user of an embedded or locally launched Neo4j. A fresh Neo4j
 * accepts only {@code neo4j/neo4j} and demands a new password before anything else; this class
 * makes that first change with a random password and keeps it in a file only the owner can read.
 */
public final class EmbeddedCredentials {

    static final String FILE_NAME = "spoor-credentials";
    private static final String DEFAULT_PASSWORD = "neo4j";

    private EmbeddedCredentials() {
    }

    /**
     * Returns the stored password, or sets a new random one on a fresh server and stores it.
     *
     * <p>The new password is written to {@code spoor-credentials.pending} (owner-only, forced to disk)
     * before the server is told, and moved to {@code spoor-credentials} after: a process killed in
     * between leaves the password on disk, and the next start finishes the change (the default
     * password still works) or takes the pending one (it already took). Without this, a kill right
     * after the change would leave a store nobody can open.
     */
    public static String ensurePassword(URI boltUri, Path directory) {
        Path file = directory.resolve(FILE_NAME);
        Path pending = directory.resolve(FILE_NAME + ".pending");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String password = Files.exists(pending) ? Files.readString(pending, StandardCharsets.UTF_8).trim() : "";
            if (password.length() != 36) {
                password = HexFormat.of().formatHex(new SecureRandom().generateSeed(18));
                writeOwnerOnly(pending, password);
            }
            try {
                changeDefaultPassword(boltUri, password);
            } catch (StoreException e) {
                if (!(e.getCause() instanceof AuthenticationException) || !accepts(boltUri, password)) {
                    throw e;
                }
                // The change was made by a start that was stopped before it could keep the password.
            }
            Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
            return password;
        } catch (IOException e) {
            throw new StoreException("Cannot read or write the store credentials " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Non-POSIX file systems keep the default permissions.
            }
            out.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
    }

    private static boolean accepts(URI boltUri, String password) {
        try (Driver driver = GraphDatabase.driver(boltUri, AuthTokens.basic("neo4j", password))) {
            driver.verifyConnectivity();
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    /** Replaces the expired default password of a fresh server through Bolt. */
    public static void changeDefaultPassword(URI boltUri, String newPassword) {
        try (Driver driver = GraphDatabase.driver(boltUri, AuthTokens.basic("neo4j", DEFAULT_PASSWORD));
             var session = driver.session(SessionConfig.forDatabase("system"))) {
            session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
                    java.util.Map.of("old", DEFAULT_PASSWORD, "new", newPassword)).consume();
        } catch (AuthenticationException e) {
            throw new StoreException("The store at " + boltUri + " no longer has its default password, but the file "
                    + FILE_NAME + " that should hold the new one is missing. Restore that file or start with an empty store.", e);
        } catch (ClientException e) {
            throw new StoreException("Could not set the store password at " + boltUri + ": " + e.getMessage(), e);
        }
    }
}
