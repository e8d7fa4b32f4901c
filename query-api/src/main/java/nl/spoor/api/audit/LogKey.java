package nl.spoor.api.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.spoor.model.graph.SecretKeys;

/**
 * The key of the consultation log's hash chain: {@code SPOOR_AUDIT_KEY} (64 hex digits), or else
 * {@code $SPOOR_HOME/secrets/audit.key}, created at first use. Keyed (HMAC-SHA256) so that someone who
 * can write to the database but cannot read this key cannot recompute the chain after an edit. Every
 * API process on one store needs the same key, like the BSN key.
 */
public final class LogKey {

    private final SecretKeySpec key;

    private LogKey(byte[] bytes) {
        if (bytes.length < 32) {
            throw new IllegalArgumentException("SPOOR_AUDIT_KEY must be at least 32 bytes (64 hex digits), got " + bytes.length + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public static LogKey of(byte[] bytes) {
        return new LogKey(bytes);
    }

    public static LogKey load(Path home, Map<String, String> env) {
        return new LogKey(SecretKeys.load(home, env, "SPOOR_AUDIT_KEY", "audit.key"));
    }

    String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "LogKey[***]";
    }
}
