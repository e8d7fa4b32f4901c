package nl.spoor.model.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * KvK-nummer: the 8-digit number of a registration in the Handelsregister. It has no check digit, so
 * validation is limited to the length and rejecting all zeros.
 *
 * <p>Accepted: 8 digits with optional spaces, dots and dashes, optionally preceded by a label as found on
 * invoices and letterheads ({@code KvK 12345678}, {@code KVK-nummer: 1234 5678}, {@code kvk nr. 12345678}).
 * {@code parse(null)} throws. {@link #value()} and {@link #formatted()} are the eight digits.
 *
 * @param value the eight digits
 */
public record KvkNummer(String value) {

    private static final Pattern LABEL =
            Pattern.compile("^(?i)k\\.?v\\.?k\\.?(?:[\\s-]*(?:nummer|nr\\.?|no\\.?))?\\s*[:#]?\\s*");

    public KvkNummer {
        String text = LABEL.matcher(Inputs.requireText(IdentifierType.KVK, value)).replaceFirst("");
        value = Inputs.fixedLengthDigits(IdentifierType.KVK, value, text, 8);
    }

    public static KvkNummer parse(String raw) {
        return new KvkNummer(raw);
    }

    public static Optional<KvkNummer> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return tryParse(raw).isPresent();
    }

    public String formatted() {
        return value;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
