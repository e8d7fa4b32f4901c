package nl.spoor.model.identifiers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Burgerservicenummer (citizen service number): 9 digits passing the {@link Elfproef}, not all zeros.
 *
 * <p>Accepted: digits with optional spaces, dots and dashes ({@code 111222333}, {@code 1112.22.333},
 * {@code 111 222 333}); 8 digits are read with a leading 0. {@code parse(null)} throws.
 *
 * <p>The BSN is a special identifier under the AVG (art. 46 UAVG): {@link #toString()} never reveals it,
 * exception messages mask it, and the graph stores {@link #keyedHash(byte[])} rather than the digits.
 * Call {@link #digits()} (or {@link #value()}, its alias) only where the purpose allows it.
 *
 * @param digits the nine digits
 */
public record Bsn(String digits) {

    private static final String HMAC = "HmacSHA256";

    /** Validates, so a {@code Bsn} always holds nine digits passing the elfproef. */
    public Bsn {
        digits = Inputs.elfproefDigits(IdentifierType.BSN, digits);
    }

    /** Parses a written BSN; throws {@link InvalidIdentifierException} if it is not valid. */
    public static Bsn parse(String raw) {
        return new Bsn(raw);
    }

    public static Optional<Bsn> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return tryParse(raw).isPresent();
    }

    /** The nine digits; reveals the BSN. */
    public String value() {
        return digits;
    }

    /** The display form {@code 1112.22.333} (4.2.3 grouping); reveals the BSN. */
    public String formatted() {
        return digits.substring(0, 4) + '.' + digits.substring(4, 6) + '.' + digits.substring(6);
    }

    /**
     * Lowercase hex HMAC-SHA256 of the nine ASCII digits under {@code key}: the pseudonymous key under which
     * the graph stores a person's BSN. The same key must be used everywhere, or the same BSN will not match.
     *
     * @throws IllegalArgumentException if the key is null or empty
     */
    public String keyedHash(byte[] key) {
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("HMAC key must not be null or empty");
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Never reveals the BSN, so it cannot leak through logs or debuggers' string views. */
    @Override
    public String toString() {
        return "Bsn[***]";
    }
}
