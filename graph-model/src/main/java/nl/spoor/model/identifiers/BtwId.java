package nl.spoor.model.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dutch BTW-identificatienummer (VAT id): {@code NL} + 9 digits + {@code B} + 2 digits, 14 characters.
 *
 * <p>Two generations are valid:
 * <ul>
 *   <li>the fiscal-number form: the 9 digits are an RSIN or (before 2020, for sole traders) a BSN and pass
 *       the {@link Elfproef};</li>
 *   <li>the sole-trader form issued since 1 January 2020: meaningless digits, and the whole 14-character
 *       string passes ISO 7064 mod 97-10 with letters read as numbers (N=23, L=21, B=11), e.g. the
 *       Belastingdienst's published example {@code NL000099998B57}.</li>
 * </ul>
 * The suffix {@code B00} is never issued (suffixes run from {@code B01}) and is rejected.
 *
 * <p>Accepted: upper or lower case, spaces, dots and dashes ({@code nl 0000.99998.b57}), optionally preceded
 * by a label ({@code BTW-id:}, {@code btw nr.}, {@code VAT}). {@code parse(null)} throws.
 * {@link #value()} and {@link #formatted()} are the 14 characters, e.g. {@code NL123456789B01}.
 *
 * <p>A pre-2020 sole trader's number contains his BSN; it is not masked here, because from the string
 * alone it cannot be told apart from an RSIN-based number.
 *
 * @param value the 14-character normalised form
 */
public record BtwId(String value) {

    private static final Pattern LABEL = Pattern.compile(
            "^(?i)(?:btw(?:[\\s-]*(?:identificatienummer|id|nummer|nr\\.?))?|vat(?:[\\s-]*(?:id|number|no\\.?))?)\\s*[:#]?\\s*");
    private static final Pattern SHAPE = Pattern.compile("NL[0-9]{9}B[0-9]{2}");

    public BtwId {
        String raw = value;
        String text = LABEL.matcher(Inputs.requireText(IdentifierType.VAT, raw)).replaceFirst("");
        String compact = Inputs.withoutSeparators(text).toUpperCase(java.util.Locale.ROOT);
        if (!compact.startsWith("NL")) {
            throw new InvalidIdentifierException(IdentifierType.VAT, raw, "does not start with the country code NL");
        }
        if (!SHAPE.matcher(compact).matches()) {
            throw new InvalidIdentifierException(IdentifierType.VAT, raw,
                    "is not NL + 9 digits + B + 2 digits (got " + compact.length() + " characters: " + compact + ")");
        }
        if (compact.endsWith("B00")) {
            throw new InvalidIdentifierException(IdentifierType.VAT, raw, "has suffix B00, which is never issued");
        }
        String nine = compact.substring(2, 11);
        if (!Elfproef.passes(nine) && mod97(compact) != 1) {
            throw new InvalidIdentifierException(IdentifierType.VAT, raw,
                    "fails both checks: the 9 digits fail the elfproef (weighted sum " + Elfproef.weightedSum(nine)
                            + " is not divisible by 11) and the ISO 7064 mod 97-10 remainder is "
                            + mod97(compact) + ", not 1");
        }
        value = compact;
    }

    public static BtwId parse(String raw) {
        return new BtwId(raw);
    }

    public static Optional<BtwId> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return tryParse(raw).isPresent();
    }

    /** The nine digits between {@code NL} and {@code B}. */
    public String digits() {
        return value.substring(2, 11);
    }

    /** The two digits after the {@code B}. */
    public String suffix() {
        return value.substring(12);
    }

    /** True if the nine digits pass the elfproef (an RSIN- or, before 2020, BSN-based number). */
    public boolean passesElfproef() {
        return Elfproef.passes(digits());
    }

    /** True if the whole number passes ISO 7064 mod 97-10 (the sole-trader form since 2020). */
    public boolean passesMod97() {
        return mod97(value) == 1;
    }

    public String formatted() {
        return value;
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static int mod97(String value) {
        return Iso7064.mod97(value);
    }
}
