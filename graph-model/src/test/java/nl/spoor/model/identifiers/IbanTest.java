package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class IbanTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} ({2})")
    @CsvFileSource(resources = "/identifiers/iban-valid.csv", numLinesToSkip = 1)
    void acceptsRegistryAndDutchIbansNormalisingToUpperCaseWithoutSpaces(String input, String expected, String note) {
        Iban iban = Iban.parse(input);
        assertThat(iban.value()).isEqualTo(expected);
        assertThat(iban.formatted().replace(" ", "")).isEqualTo(expected);
        assertThat(iban.formatted()).matches("([A-Z0-9]{4} )*[A-Z0-9]{1,4}");
        assertThat(iban.countryCode()).isEqualTo(expected.substring(0, 2));
        assertThat(Iban.isValid(input)).isTrue();
        assertThat(IdentifierType.IBAN.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "/identifiers/iban-invalid.csv", numLinesToSkip = 1)
    void rejectsInvalidIbansNamingTypeAndProblem(String input, String reason, String problem) {
        Rejections.assertRejected(IdentifierType.IBAN, Iban::parse, input, problem);
        assertThat(Iban.tryParse(input)).isEmpty();
    }

    @Test
    void formatsInGroupsOfFour() {
        assertThat(Iban.parse("NL91ABNA0417164300").formatted()).isEqualTo("NL91 ABNA 0417 1643 00");
        assertThat(Iban.parse("GB82WEST12345698765432").formatted()).isEqualTo("GB82 WEST 1234 5698 7654 32");
        assertThat(Iban.parse("BE68539007547034")).hasToString("BE68 5390 0754 7034");
    }

    @Test
    void exposesCountryAndBankCode() {
        Iban iban = Iban.parse("NL91 ABNA 0417 1643 00");
        assertThat(iban.countryCode()).isEqualTo("NL");
        assertThat(iban.bankCode()).isEqualTo("ABNA");
        assertThat(Iban.parse("GB82WEST12345698765432").bankCode()).isEqualTo("WEST");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "NL91ABNA0417164300, ABNANL2A",
            "NL20INGB0001234567, INGBNL2A",
            "NL39RABO0300065264, RABONL2U"
    })
    void mapsDutchBankCodesToTheirBic(String input, String bic) {
        assertThat(Iban.parse(input).bic()).contains(bic);
    }

    @Test
    void givesNoBicForUnknownDutchBanksOrForeignIbans() {
        // NL..ZZZZ: check digits computed with ISO 7064 for ZZZZ0123456789: 98 - (ZZZZ0123456789NL00 mod 97)
        String unknownBank = "NL" + String.format("%02d", 98 - Iso7064.mod97("ZZZZ0123456789NL00")) + "ZZZZ0123456789";
        assertThat(Iban.parse(unknownBank).bic()).isEmpty();
        assertThat(Iban.parse("DE89370400440532013000").bic()).isEmpty();
    }

    @Test
    void rejectsDutchIbanWithNumericBankCode() {
        assertThatThrownBy(() -> Iban.parse("NL91 1234 0417 1643 00"))
                .hasMessage("IBAN \"NL91 1234 0417 1643 00\": Dutch bank code '1234' is not 4 letters");
    }

    @Test
    void rejectsWrongCheckDigitsWithTheRemainder() {
        assertThatThrownBy(() -> Iban.parse("NL91ABNA0417164301"))
                .hasMessage("IBAN \"NL91ABNA0417164301\": check digits 91 are wrong (ISO 7064 mod 97-10 remainder is 28, not 1)");
    }
}
