package nl.spoor.model.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Spoor's secret keys (the BSN key, the consultation log key): taken from an environment variable
 * (hex digits), or else from a file under {@code $SPOOR_HOME/secrets/}, created at first use with 32
 * random bytes and readable by its owner only. Every process writing to one graph needs the same key.
 */
public final class SecretKeys {

    private SecretKeys() {
    }

    /**
     * The key named by {@code variable} in {@code env}, or the one in {@code $home/secrets/<file>}.
     *
     * @throws IllegalArgumentException when the variable holds something other than hex digits
     */
    public static byte[] load(Path home, Map<String, String> env, String variable, String file) {
        String fromEnv = env.get(variable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            try {
                return HexFormat.of().parseHex(fromEnv.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(variable + " must be hex digits: " + e.getMessage(), e);
            }
        }
        Path path = home.resolve("secrets").resolve(file);
        try {
            if (!Files.exists(path)) {
                Files.createDirectories(path.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.writeString(path, HexFormat.of().formatHex(fresh));
                try {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // Non-POSIX file systems keep their default permissions.
                }
            }
            return HexFormat.of().parseHex(Files.readString(path).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key " + path + " (" + variable + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The key file " + path + " must hold hex digits: " + e.getMessage(), e);
        }
    }
}
