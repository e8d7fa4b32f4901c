package nl.spoor.api.visibility;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.IdentifierKeys;

/**
 * A person keyed by BSN has the Spoor id {@code bsn:<keyed hash>}: the hash itself. A view that may not see
 * BSNs gets another, stable id for that person instead, {@code persoon:<32 bytes hex>}: the hash encrypted
 * (AES, with a key derived from the BSN key), so the graph stays connected and the id can be asked for
 * again, yet the hash never leaves Spoor. Arguments are turned back before any query runs.
 */
@Component
public class BsnIds {

    static final String PREFIX = IdentifierKeys.BSN.refForStoredValue("x").spoorId().replace("x", "");
    static final String ALIAS = "persoon:";
    private static final Pattern HASHED = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-f]{64})");
    private static final Pattern ALIASED = Pattern.compile(Pattern.quote(ALIAS) + "([0-9a-f]{64})");

    private final SecretKeySpec key;

    public BsnIds(BsnKey bsnKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bsnKey.bytes(), "HmacSHA256"));
            byte[] derived = mac.doFinal("spoor: ids of persons keyed by BSN".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(java.util.Arrays.copyOf(derived, 16), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the id key", e);
        }
    }

    /** {@code text} with every BSN-keyed Spoor id replaced by its alias. */
    public String hide(String text) {
        if (!text.contains(PREFIX)) {
            return text;
        }
        return replace(HASHED, text, Cipher.ENCRYPT_MODE, ALIAS);
    }

    /** {@code text} with every alias replaced by the Spoor id it stands for. */
    public String reveal(String text) {
        if (!text.contains(ALIAS)) {
            return text;
        }
        return replace(ALIASED, text, Cipher.DECRYPT_MODE, PREFIX);
    }

    private String replace(Pattern pattern, String text, int mode, String prefix) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        try {
            // The 32 bytes are two AES blocks of one value; ECB keeps the alias deterministic, which is what an id needs.
            Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(mode, key);
            while (m.find()) {
                byte[] done = aes.doFinal(HexFormat.of().parseHex(m.group(1)));
                m.appendReplacement(out, prefix + HexFormat.of().formatHex(done));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot translate a BSN-keyed id", e);
        }
        m.appendTail(out);
        return out.toString();
    }
}
