package nl.spoor.model.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Returns the stored password, or sets a new random one on a fresh server and stores it. */
    public static String ensurePassword(URI boltUri, Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(18));
            changeDefaultPassword(boltUri, password);
            Files.writeString(file, password, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Non-POSIX file systems keep the default permissions.
            }
            return password;
        } catch (IOException e) {
            throw new StoreException("Cannot read or write the store credentials " + file + ": " + e.getMessage(), e);
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
