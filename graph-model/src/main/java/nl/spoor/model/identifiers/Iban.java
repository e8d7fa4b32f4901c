package nl.spoor.model.identifiers;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.iban4j.CountryCode;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * International Bank Account Number (ISO 13616) of any country iban4j knows, validated for the country's
 * length and BBAN structure and the ISO 7064 mod 97-10 check digits. National check digits inside the BBAN
 * are deliberately not checked: for NL the old account-number 11-test does not hold for (ex-Postbank) ING
 * accounts.
 *
 * <p>Accepted: upper or lower case with spaces or dashes ({@code nl91 abna 0417 1643 00}), optionally
 * preceded by {@code IBAN} or {@code IBAN:}. A Dutch IBAN must have a 4-letter bank code.
 * {@code parse(null)} throws. {@link #value()} is upper case without spaces ({@code NL91ABNA0417164300});
 * {@link #formatted()} groups it by four ({@code NL91 ABNA 0417 1643 00}).
 *
 * @param value the normalised IBAN
 */
public record Iban(String value) {

    private static final Pattern LABEL = Pattern.compile("^(?i)iban\\s*[:#]?\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-]");
    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Z0-9]+");
    private static final Pattern HEAD = Pattern.compile("[A-Z]{2}[0-9]{2}.*");

    /**
     * BIC per Dutch bank code, from the Betaalvereniging Nederland's list of BIC codes of Dutch payment
     * service providers ("BIC-lijst", columns Identifier and BIC). Only well-known codes are listed; an
     * unknown code gives no BIC rather than a guess. Refresh from that list when banks appear or merge.
     */
    private static final Map<String, String> DUTCH_BICS = Map.ofEntries(
            Map.entry("ABNA", "ABNANL2A"),
            Map.entry("ADYB", "ADYBNL2A"),
            Map.entry("AEGO", "AEGONL2U"),
            Map.entry("ARBN", "ARBNNL22"),
            Map.entry("ASNB", "ASNBNL21"),
            Map.entry("BITS", "BITSNL2A"),
            Map.entry("BUNQ", "BUNQNL2A"),
            Map.entry("DEUT", "DEUTNL2A"),
            Map.entry("FVLB", "FVLBNL22"),
            Map.entry("HAND", "HANDNL2A"),
            Map.entry("INGB", "INGBNL2A"),
            Map.entry("KNAB", "KNABNL2H"),
            Map.entry("NNBA", "NNBANL2G"),
            Map.entry("NWAB", "NWABNL2G"),
            Map.entry("RABO", "RABONL2U"),
            Map.entry("RBRB", "RBRBNL21"),
            Map.entry("REVO", "REVONL22"),
            Map.entry("SNSB", "SNSBNL2A"),
            Map.entry("TRIO", "TRIONL2U"));

    public Iban {
        String raw = value;
        String text = LABEL.matcher(Inputs.requireText(IdentifierType.IBAN, raw)).replaceFirst("");
        String compact = SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        if (!ALPHANUMERIC.matcher(compact).matches()) {
            throw new InvalidIdentifierException(IdentifierType.IBAN, raw,
                    "contains characters other than letters, digits, spaces and dashes");
        }
        if (!HEAD.matcher(compact).matches()) {
            throw new InvalidIdentifierException(IdentifierType.IBAN, raw,
                    "does not start with a 2-letter country code and 2 check digits");
        }
        String country = compact.substring(0, 2);
        CountryCode countryCode = CountryCode.getByCode(country);
        if (countryCode == null || !IbanUtil.isSupportedCountry(countryCode)) {
            throw new InvalidIdentifierException(IdentifierType.IBAN, raw,
                    "country code " + country + " does not issue IBANs (or is not known to iban4j)");
        }
        int expectedLength = IbanUtil.getIbanLength(countryCode);
        if (compact.length() != expectedLength) {
            throw new InvalidIdentifierException(IdentifierType.IBAN, raw,
                    "has " + compact.length() + " characters, a " + country + " IBAN has " + expectedLength);
        }
        if (country.equals("NL") && !compact.substring(4, 8).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new InvalidIdentifierException(IdentifierType.IBAN, raw,
                    "Dutch bank code '" + compact.substring(4, 8) + "' is not 4 letters");
        }
        try {
            IbanUtil.validate(compact);
        } catch (InvalidCheckDigitException e) {
            int remainder = Iso7064.mod97(compact.substring(4) + compact.substring(0, 4));
            throw new InvalidIdentifierException(IdentifierType.IBAN, raw, "check digits " + compact.substring(2, 4)
                    + " are wrong (ISO 7064 mod 97-10 remainder is " + remainder + ", not 1)");
        } catch (IbanFormatException e) {
            throw new InvalidIdentifierException(IdentifierType.IBAN, raw,
                    "does not follow the " + country + " account structure (" + e.getMessage() + ")");
        } catch (UnsupportedCountryException e) {
            throw new InvalidIdentifierException(IdentifierType.IBAN, raw,
                    "country code " + country + " does not issue IBANs (or is not known to iban4j)");
        }
        value = compact;
    }

    public static Iban parse(String raw) {
        return new Iban(raw);
    }

    public static Optional<Iban> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return tryParse(raw).isPresent();
    }

    /** ISO 3166 alpha-2 country code, e.g. {@code NL}. */
    public String countryCode() {
        return value.substring(0, 2);
    }

    /** The bank code from the BBAN as iban4j's country structure defines it ({@code ABNA}); empty if none. */
    public String bankCode() {
        String bankCode = IbanUtil.getBankCode(value);
        return bankCode == null ? "" : bankCode;
    }

    /** The BIC of a Dutch IBAN's bank, if the bank code is in the table; empty for other countries. */
    public Optional<String> bic() {
        return countryCode().equals("NL") ? Optional.ofNullable(DUTCH_BICS.get(bankCode())) : Optional.empty();
    }

    public String formatted() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return formatted();
    }
}
