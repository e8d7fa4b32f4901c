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
 * The secret key with which BSNs are hashed (HMAC-SHA256) before they are stored: the graph holds no
 * BSN, yet the same BSN from two sources meets the same person (DESIGN §4). Every process writing to
 * one graph needs the same key: {@code SPOOR_BSN_KEY} (64 hex digits), or else the file
 * {@code $SPOOR_HOME/secrets/bsn.key}, created at first use and readable by its owner only.
 */
public final class BsnKey {

    private final byte[] key;

    private BsnKey(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("SPOOR_BSN_KEY must be at least 32 bytes (64 hex digits), got " + key.length + " bytes");
        }
        this.key = key.clone();
    }

    public static BsnKey of(byte[] key) {
        return new BsnKey(key);
    }

    public static BsnKey load(Path home, Map<String, String> env) {
        String fromEnv = env.get("SPOOR_BSN_KEY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            try {
                return new BsnKey(HexFormat.of().parseHex(fromEnv.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("SPOOR_BSN_KEY must be hex digits: " + e.getMessage(), e);
            }
        }
        Path file = home.resolve("secrets").resolve("bsn.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.writeString(file, HexFormat.of().formatHex(fresh));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // Non-POSIX file systems keep their default permissions.
                }
            }
            return new BsnKey(HexFormat.of().parseHex(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the BSN key " + file, e);
        }
    }

    public byte[] bytes() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "BsnKey[***]";
    }
}
