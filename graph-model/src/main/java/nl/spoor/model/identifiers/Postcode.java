package nl.spoor.model.identifiers;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch postcode: 4 digits, the first not 0 (1000–9999), then 2 letters, not {@code SA}, {@code SD} or
 * {@code SS} (never issued, for their connotations).
 *
 * <p>Accepted: upper or lower case, with or without one space or dash between digits and letters
 * ({@code 1506ek}, {@code 1506 EK}, {@code 1506-EK}). {@code parse(null)} throws. {@link #value()} is
 * {@code 1506EK}, {@link #formatted()} is {@code 1506 EK}.
 *
 * @param value the normalised postcode without space
 */
public record Postcode(String value) {

    private static final Pattern SHAPE = Pattern.compile("([0-9]{4})[\\s\\u00A0\\-]?([A-Z]{2})");
    private static final Set<String> NEVER_ISSUED = Set.of("SA", "SD", "SS");

    public Postcode {
        String raw = value;
        String text = Inputs.requireText(IdentifierType.POSTCODE, raw).toUpperCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new InvalidIdentifierException(IdentifierType.POSTCODE, raw, "is not 4 digits followed by 2 letters");
        }
        if (m.group(1).charAt(0) == '0') {
            throw new InvalidIdentifierException(IdentifierType.POSTCODE, raw, "starts with 0; postcodes run from 1000");
        }
        if (NEVER_ISSUED.contains(m.group(2))) {
            throw new InvalidIdentifierException(IdentifierType.POSTCODE, raw,
                    "letters " + m.group(2) + " are never issued (SA, SD and SS are not used)");
        }
        value = m.group(1) + m.group(2);
    }

    public static Postcode parse(String raw) {
        return new Postcode(raw);
    }

    public static Optional<Postcode> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return tryParse(raw).isPresent();
    }

    /** The four digits. */
    public String digits() {
        return value.substring(0, 4);
    }

    /** The two letters. */
    public String letters() {
        return value.substring(4);
    }

    public String formatted() {
        return digits() + ' ' + letters();
    }

    @Override
    public String toString() {
        return formatted();
    }
}
