package nl.spoor.model.graph;

import java.nio.file.Path;
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
        return new BsnKey(SecretKeys.load(home, env, "SPOOR_BSN_KEY", "bsn.key"));
    }

    public byte[] bytes() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "BsnKey[***]";
    }
}
