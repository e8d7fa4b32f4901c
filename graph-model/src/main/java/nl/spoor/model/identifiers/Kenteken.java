package nl.spoor.model.identifiers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dutch licence plate (kenteken) in one of the RDW side-codes 1–14 (X = letter, 9 = digit):
 * <pre>
 *  1 XX-99-99    2 99-99-XX    3 99-XX-99    4 XX-99-XX    5 XX-XX-99    6 99-XX-XX    7 99-XXX-9
 *  8 9-XXX-99    9 XX-999-X   10 X-999-XX   11 XXX-99-X   12 X-99-XXX   13 9-XX-999   14 999-XX-9
 * </pre>
 * The side-code follows from the letter/digit pattern alone: no two side-codes share one.
 *
 * <p>Letters. Side-codes 1–3 (issued 1951–1978) used nearly the whole alphabet, vowels included, so any
 * letter A–Z is accepted there. Since side-code 4 (1978) the RDW issues no vowels, and not C and Q (too
 * like a 0) nor Y (RDW/nummerborden.info, kenteken.tv, RTL Nieuws 2019). So for side-codes 4–14 letters
 * must come from {@code BDFGHJKLMNPRSTVXZ}, except that the first character of the plate may also be
 * {@code O} (opleggers, semi-trailers) or {@code W} (aanhangwagens, trailers), the two series that still
 * start with those letters. Combinations the RDW avoids (SS, SD, NSB, PVV, …) are NOT rejected: some were
 * issued by mistake (NSB in 2010, FVD in 2018) and are real plates an investigator may meet. Personalised
 * plates, diplomatic (CD) and military plates outside the side-code system are rejected.
 *
 * <p>Accepted: upper or lower case with or without dashes, spaces or dots ({@code 12-ghb-3},
 * {@code 12 GHB 3}, {@code 12GHB3}); the written dash positions are ignored, the side-code is derived.
 * {@code parse(null)} throws. {@link #value()} is upper case without dashes ({@code 12GHB3});
 * {@link #formatted()} puts the side-code's dashes back ({@code 12-GHB-3}).
 *
 * @param value the six upper-case letters and digits
 */
public record Kenteken(String value) {

    /** The letters the RDW has used since side-code 4: consonants without C, Q, W and Y. */
    static final String MODERN_LETTERS = "BDFGHJKLMNPRSTVXZ";
    /** Letters only allowed as the first character of a modern plate: trailer series. */
    static final String MODERN_FIRST_LETTERS = MODERN_LETTERS + "OW";

    /** Side-code patterns in order 1–14; 'X' = letter, '9' = digit, '-' = dash position. */
    static final List<String> SIDE_CODES = List.of(
            "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
            "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-.]");
    private static final Pattern SIX_ALPHANUMERIC = Pattern.compile("[A-Z0-9]{6}");

    public Kenteken {
        String raw = value;
        String compact = SEPARATORS.matcher(Inputs.requireText(IdentifierType.KENTEKEN, raw)).replaceAll("")
                .toUpperCase(Locale.ROOT);
        if (!compact.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            throw new InvalidIdentifierException(IdentifierType.KENTEKEN, raw,
                    "contains characters other than letters, digits, dashes and spaces");
        }
        if (!SIX_ALPHANUMERIC.matcher(compact).matches()) {
            throw new InvalidIdentifierException(IdentifierType.KENTEKEN, raw,
                    "has " + compact.length() + " letters and digits, a kenteken has 6");
        }
        int sideCode = sideCodeOf(compact);
        if (sideCode == 0) {
            throw new InvalidIdentifierException(IdentifierType.KENTEKEN, raw,
                    "letter/digit pattern " + shape(compact) + " matches no RDW side-code 1-14");
        }
        if (sideCode >= 4) {
            for (int i = 0; i < 6; i++) {
                char c = compact.charAt(i);
                String allowed = i == 0 ? MODERN_FIRST_LETTERS : MODERN_LETTERS;
                if (Character.isLetter(c) && allowed.indexOf(c) < 0) {
                    throw new InvalidIdentifierException(IdentifierType.KENTEKEN, raw,
                            "letter " + c + " is not issued in side-code " + sideCode
                                    + " (since side-code 4 only " + MODERN_LETTERS + (i == 0 ? ", O and W first" : "") + ")");
                }
            }
        }
        value = compact;
    }

    public static Kenteken parse(String raw) {
        return new Kenteken(raw);
    }

    public static Optional<Kenteken> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return tryParse(raw).isPresent();
    }

    /** The RDW side-code, 1–14. */
    public int sideCode() {
        return sideCodeOf(value);
    }

    /** The plate with the dashes of its side-code, e.g. {@code 12-GHB-3}. */
    public String formatted() {
        String pattern = SIDE_CODES.get(sideCode() - 1);
        StringBuilder out = new StringBuilder(8);
        int next = 0;
        for (char p : pattern.toCharArray()) {
            out.append(p == '-' ? '-' : value.charAt(next++));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static int sideCodeOf(String compact) {
        String shape = shape(compact);
        for (int i = 0; i < SIDE_CODES.size(); i++) {
            if (SIDE_CODES.get(i).replace("-", "").equals(shape)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** 'X' for each letter, '9' for each digit. */
    private static String shape(String compact) {
        StringBuilder shape = new StringBuilder(compact.length());
        for (char c : compact.toCharArray()) {
            shape.append(Character.isDigit(c) ? '9' : 'X');
        }
        return shape.toString();
    }
}
