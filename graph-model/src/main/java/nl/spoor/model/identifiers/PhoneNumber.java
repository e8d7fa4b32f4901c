package nl.spoor.model.identifiers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Telephone number, validated and normalised with Google's libphonenumber, Dutch by default.
 *
 * <p>Accepted: Dutch national numbers with the trunk prefix 0 ({@code 06-12345678}, {@code 06 1234 5678},
 * {@code 020-1234567}, {@code (020) 123 45 67}) and international numbers with {@code +} or {@code 00}
 * ({@code +31 6 12345678}, {@code 0031612345678}, {@code +31 (0)20 123 4567}, {@code +32 2 ...}), written with
 * spaces, dashes, dots, slashes and parentheses. {@code parse(null)} throws.
 *
 * <p>Rejected, so that invoice, case and citizen numbers are not taken for phones: letters (no vanity
 * numbers), fewer than 8 or more than 15 digits, numbers that start with neither {@code +}, {@code 00} nor
 * {@code 0} (libphonenumber would read {@code 201234567} as 020-1234567, and a BSN or {@code 2024-000123}
 * could pass as a phone), and whatever {@link PhoneNumberUtil#isValidNumber} rejects.
 *
 * <p>{@link #value()} is E.164 ({@code +31612345678}); {@link #formatted()} is the international format
 * ({@code +31 6 12345678}).
 *
 * @param value the number in E.164
 */
public record PhoneNumber(String value) {

    private static final String DEFAULT_REGION = "NL";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9\\s\\u00A0()./\\-]+");

    public PhoneNumber {
        String raw = value;
        String text = Inputs.requireText(IdentifierType.PHONE, raw);
        if (!ALLOWED.matcher(text).matches()) {
            throw new InvalidIdentifierException(IdentifierType.PHONE, raw,
                    "contains characters other than digits, a leading +, spaces, dashes, dots, slashes and parentheses");
        }
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.length() < 8 || digits.length() > 15) {
            throw new InvalidIdentifierException(IdentifierType.PHONE, raw,
                    "has " + digits.length() + " digits, expected 8 to 15");
        }
        if (!text.startsWith("+") && !digits.startsWith("0")) {
            throw new InvalidIdentifierException(IdentifierType.PHONE, raw,
                    "starts with neither +, 00 nor the trunk prefix 0");
        }
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(text, DEFAULT_REGION);
        } catch (NumberParseException e) {
            throw new InvalidIdentifierException(IdentifierType.PHONE, raw, "cannot be read as a phone number ("
                    + e.getErrorType() + ": " + e.getMessage() + ")");
        }
        if (!UTIL.isValidNumber(number)) {
            throw new InvalidIdentifierException(IdentifierType.PHONE, raw,
                    "is not a valid number in the numbering plan of "
                            + UTIL.getRegionCodeForCountryCode(number.getCountryCode())
                            + " (country code +" + number.getCountryCode() + ")");
        }
        value = UTIL.format(number, PhoneNumberFormat.E164);
    }

    public static PhoneNumber parse(String raw) {
        return new PhoneNumber(raw);
    }

    public static Optional<PhoneNumber> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return tryParse(raw).isPresent();
    }

    /**
     * True if libphonenumber classifies the number as mobile. Numbers of plans that do not distinguish
     * (FIXED_LINE_OR_MOBILE, e.g. the US) are not reported as mobile.
     */
    public boolean isMobile() {
        return UTIL.getNumberType(number()) == PhoneNumberType.MOBILE;
    }

    /** ISO 3166 region of the number, e.g. {@code NL}. */
    public String regionCode() {
        return UTIL.getRegionCodeForNumber(number());
    }

    public String formatted() {
        return UTIL.format(number(), PhoneNumberFormat.INTERNATIONAL);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private Phonenumber.PhoneNumber number() {
        try {
            return UTIL.parse(value, DEFAULT_REGION);
        } catch (NumberParseException e) {
            throw new IllegalStateException("E.164 value no longer parses: " + value, e);
        }
    }
}
