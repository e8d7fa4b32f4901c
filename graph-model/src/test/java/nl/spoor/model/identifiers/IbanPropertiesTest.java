package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Generated Dutch IBANs with check digits computed here, independently of iban4j and the production code. */
class IbanPropertiesTest {

    /** ISO 7064 mod 97-10 as ISO 13616 applies it: BBAN + country + "00", letters as 10–35, 98 − remainder. */
    private static String checkDigits(String country, String bban) {
        StringBuilder numeric = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            numeric.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        int remainder = new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", 98 - remainder);
    }

    @Property(tries = 500)
    void acceptsGeneratedDutchIbansWithComputedCheckDigits(
            @ForAll @CharRange(from = 'A', to = 'Z') @StringLength(4) String bank,
            @ForAll @NumericChars @StringLength(10) String account) {
        String iban = "NL" + checkDigits("NL", bank + account) + bank + account;
        Iban parsed = Iban.parse(iban.toLowerCase());
        assertThat(parsed.value()).isEqualTo(iban);
        assertThat(parsed.bankCode()).isEqualTo(bank);
        assertThat(Iban.parse(parsed.formatted())).isEqualTo(parsed);
    }

    @Property(tries = 500)
    void rejectsASingleDigitChange(
            @ForAll @CharRange(from = 'A', to = 'Z') @StringLength(4) String bank,
            @ForAll @NumericChars @StringLength(10) String account,
            @ForAll @IntRange(min = 0, max = 9) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String iban = "NL" + checkDigits("NL", bank + account) + bank + account;
        int index = 8 + position;
        char changed = (char) ('0' + (iban.charAt(index) - '0' + shift) % 10);
        String corrupted = iban.substring(0, index) + changed + iban.substring(index + 1);
        assertThat(Iban.isValid(iban)).isTrue();
        assertThat(Iban.isValid(corrupted)).isFalse();
    }

    @Property(tries = 200)
    void rejectsAChangedCheckDigit(
            @ForAll @CharRange(from = 'A', to = 'Z') @StringLength(4) String bank,
            @ForAll @NumericChars @StringLength(10) String account,
            @ForAll @IntRange(min = 2, max = 3) int index,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String iban = "NL" + checkDigits("NL", bank + account) + bank + account;
        char changed = (char) ('0' + (iban.charAt(index) - '0' + shift) % 10);
        assertThat(Iban.isValid(iban.substring(0, index) + changed + iban.substring(index + 1))).isFalse();
    }
}
