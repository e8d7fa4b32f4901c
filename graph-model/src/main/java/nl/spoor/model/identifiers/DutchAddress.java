package nl.spoor.model.identifiers;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch address as postcode + house number + optional suffix, which identifies an address (a BAG
 * verblijfsobject) without the street name.
 *
 * <p>The house number is 1–99999. The suffix combines the BAG huisletter and huisnummertoevoeging
 * ({@code A}, {@code HS}, {@code BIS}, {@code 2}, {@code A2}, {@code 1HG}): up to 6 letters and digits,
 * normalised to upper case with spaces, dashes, dots and slashes removed, so {@code 112-A}, {@code 112 a}
 * and {@code 112a} are one address, and words such as {@code hs} (huis) and {@code bis} stay whole.
 * No suffix is the empty string.
 *
 * <p>Accepted by {@link #parse(String)}: postcode, optional comma, house number, optional suffix:
 * {@code 1506 EK 112-A}, {@code 1506EK 12 hs}, {@code 1506 EK, 3bis}. {@code parse(null)} throws.
 * {@link #value()} is the key form {@code 1506EK-112-A} ({@code 1506EK-112} without suffix);
 * {@link #formatted()} is {@code 1506 EK 112-A} ({@code 1506 EK 112}).
 *
 * @param postcode    the postcode
 * @param houseNumber 1–99999
 * @param suffix      upper-case letters and digits, possibly empty, never null
 */
public record DutchAddress(Postcode postcode, int houseNumber, String suffix) {

    private static final Pattern SHAPE = Pattern.compile(
            "([0-9]{4}[\\s\\u00A0\\-]?[A-Z]{2})[\\s\\u00A0,]+(?:NR\\.?\\s*)?([0-9]{1,5})(?![0-9])"
                    // a suffix follows a separator, or directly when it starts with a letter (3bis, 112a)
                    + "(?:(?:[\\s\\u00A0\\-/.]+|(?=[A-Z]))([A-Z0-9][A-Z0-9\\s\\u00A0\\-/.]*))?");
    private static final Pattern SUFFIX_SEPARATORS = Pattern.compile("[\\s\\u00A0\\-/.]");
    private static final Pattern SUFFIX = Pattern.compile("[A-Z0-9]{1,6}");

    /** Validates and normalises; a null or blank suffix means none. */
    public DutchAddress {
        if (postcode == null) {
            throw new InvalidIdentifierException(IdentifierType.ADDRESS, null, "no postcode (null)");
        }
        String shown = postcode.value() + " " + houseNumber + (suffix == null ? "" : " " + suffix);
        if (houseNumber < 1 || houseNumber > 99_999) {
            throw new InvalidIdentifierException(IdentifierType.ADDRESS, shown,
                    "house number " + houseNumber + " is outside 1-99999");
        }
        suffix = normaliseSuffix(shown, suffix);
    }

    /** The address with the given parts; see the class contract. */
    public static DutchAddress of(Postcode postcode, int houseNumber, String suffix) {
        return new DutchAddress(postcode, houseNumber, suffix);
    }

    /** Parses {@code postcode [,] housenumber [suffix]}; throws {@link InvalidIdentifierException}. */
    public static DutchAddress parse(String raw) {
        String text = Inputs.requireText(IdentifierType.ADDRESS, raw).toUpperCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new InvalidIdentifierException(IdentifierType.ADDRESS, raw,
                    "is not postcode + house number + optional suffix (like 1506 EK 112-A)");
        }
        Postcode postcode;
        try {
            postcode = Postcode.parse(m.group(1));
        } catch (InvalidIdentifierException e) {
            throw new InvalidIdentifierException(IdentifierType.ADDRESS, raw, "postcode " + e.problem());
        }
        int houseNumber = Integer.parseInt(m.group(2));
        if (houseNumber < 1) {
            throw new InvalidIdentifierException(IdentifierType.ADDRESS, raw,
                    "house number " + houseNumber + " is outside 1-99999");
        }
        try {
            return new DutchAddress(postcode, houseNumber, m.group(3));
        } catch (InvalidIdentifierException e) {
            throw new InvalidIdentifierException(IdentifierType.ADDRESS, raw, e.problem());
        }
    }

    public static Optional<DutchAddress> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return tryParse(raw).isPresent();
    }

    public boolean hasSuffix() {
        return !suffix.isEmpty();
    }

    /** Key form: {@code 1506EK-112-A}, or {@code 1506EK-112} without suffix. */
    public String value() {
        return postcode.value() + '-' + houseNumber + (hasSuffix() ? "-" + suffix : "");
    }

    /** Display form: {@code 1506 EK 112-A}, or {@code 1506 EK 112} without suffix. */
    public String formatted() {
        return postcode.formatted() + ' ' + houseNumber + (hasSuffix() ? "-" + suffix : "");
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static String normaliseSuffix(String shown, String suffix) {
        if (suffix == null || suffix.isBlank()) {
            return "";
        }
        String compact = SUFFIX_SEPARATORS.matcher(suffix).replaceAll("").toUpperCase(Locale.ROOT);
        if (!SUFFIX.matcher(compact).matches()) {
            throw new InvalidIdentifierException(IdentifierType.ADDRESS, Objects.toString(shown),
                    "suffix '" + suffix.strip() + "' is not 1-6 letters and digits");
        }
        return compact;
    }
}
