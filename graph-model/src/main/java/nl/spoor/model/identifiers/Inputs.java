package nl.spoor.model.identifiers;

import java.util.regex.Pattern;

/** Shared input handling, so every identifier reports null, blank and stray characters the same way. */
final class Inputs {

    private static final Pattern SPACES_DOTS_DASHES = Pattern.compile("[\\s\\u00A0.\\-]");

    private Inputs() {
    }

    /** The trimmed input; rejects null and blank input. */
    static String requireText(IdentifierType type, String raw) {
        if (raw == null) {
            throw new InvalidIdentifierException(type, null, "no input (null)");
        }
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidIdentifierException(type, raw, "is blank");
        }
        return trimmed;
    }

    /** Removes spaces (including no-break spaces), dots and dashes, the separators people write in numbers. */
    static String withoutSeparators(String text) {
        return SPACES_DOTS_DASHES.matcher(text).replaceAll("");
    }

    /** Throws unless {@code compact} consists of ASCII digits only, naming the first offending character. */
    static void requireDigits(IdentifierType type, String raw, String compact, String allowed) {
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidIdentifierException(type, raw,
                        "contains '" + c + "'; only digits" + allowed + " are allowed");
            }
        }
    }

    /**
     * Digits of a number of exactly {@code length} digits written with optional spaces, dots and dashes;
     * rejects other characters, the wrong length and all zeros.
     */
    static String fixedLengthDigits(IdentifierType type, String raw, String text, int length) {
        String compact = withoutSeparators(text);
        requireDigits(type, raw, compact, ", spaces, dots and dashes");
        if (compact.length() != length) {
            throw new InvalidIdentifierException(type, raw,
                    "has " + compact.length() + " digits, expected exactly " + length);
        }
        if (compact.chars().allMatch(c -> c == '0')) {
            throw new InvalidIdentifierException(type, raw, "is all zeros");
        }
        return compact;
    }

    /**
     * The nine digits of a BSN or RSIN: 8 digits are read with an implied leading 0 (as older systems drop
     * it), the result must pass the {@link Elfproef}.
     */
    static String elfproefDigits(IdentifierType type, String raw) {
        String compact = withoutSeparators(requireText(type, raw));
        requireDigits(type, raw, compact, ", spaces, dots and dashes");
        if (compact.length() == 8) {
            compact = "0" + compact;
        }
        if (compact.length() != 9) {
            throw new InvalidIdentifierException(type, raw,
                    "has " + compact.length() + " digits, expected 9 (or 8, read with a leading 0)");
        }
        if (compact.equals("000000000")) {
            throw new InvalidIdentifierException(type, raw, "is all zeros");
        }
        int sum = Elfproef.weightedSum(compact);
        if (Math.floorMod(sum, 11) != 0) {
            throw new InvalidIdentifierException(type, raw,
                    "fails the elfproef (weighted sum " + sum + " is not divisible by 11)");
        }
        return compact;
    }
}
