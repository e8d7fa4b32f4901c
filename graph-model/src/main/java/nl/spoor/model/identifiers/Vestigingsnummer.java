package nl.spoor.model.identifiers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vestigingsnummer: the 12-digit number of an establishment (branch) in the Handelsregister. No check
 * digit; validation is limited to the length and rejecting all zeros. Leading zeros are significant and kept.
 *
 * <p>Accepted: 12 digits with optional spaces, dots and dashes, optionally preceded by a label
 * ({@code vestigingsnummer: 0000 1234 5678}, {@code vestigingsnr. 000012345678}). {@code parse(null)} throws.
 * {@link #value()} and {@link #formatted()} are the twelve digits.
 *
 * @param value the twelve digits
 */
public record Vestigingsnummer(String value) {

    private static final Pattern LABEL =
            Pattern.compile("^(?i)vestigings(?:nummer|nr\\.?)\\s*[:#]?\\s*");

    public Vestigingsnummer {
        String text = LABEL.matcher(Inputs.requireText(IdentifierType.VESTIGINGSNUMMER, value)).replaceFirst("");
        value = Inputs.fixedLengthDigits(IdentifierType.VESTIGINGSNUMMER, value, text, 12);
    }

    public static Vestigingsnummer parse(String raw) {
        return new Vestigingsnummer(raw);
    }

    public static Optional<Vestigingsnummer> tryParse(String raw) {
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
