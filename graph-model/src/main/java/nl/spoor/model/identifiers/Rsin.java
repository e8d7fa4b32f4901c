package nl.spoor.model.identifiers;

import java.util.Optional;

/**
 * RSIN (Rechtspersonen en Samenwerkingsverbanden Informatienummer), the fiscal number of a legal entity:
 * 9 digits passing the {@link Elfproef}, not all zeros; the same rules as a BSN but a separate number
 * space, so a separate type.
 *
 * <p>Accepted: digits with optional spaces, dots and dashes; 8 digits are read with a leading 0.
 * {@code parse(null)} throws. {@link #value()} and {@link #formatted()} are the nine digits.
 *
 * @param value the nine digits
 */
public record Rsin(String value) {

    public Rsin {
        value = Inputs.elfproefDigits(IdentifierType.RSIN, value);
    }

    public static Rsin parse(String raw) {
        return new Rsin(raw);
    }

    public static Optional<Rsin> tryParse(String raw) {
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
