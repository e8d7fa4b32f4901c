package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} ({3})")
    @CsvFileSource(resources = "/identifiers/phone-valid.csv", numLinesToSkip = 1)
    void acceptsDutchAndInternationalNumbersNormalisingToE164(String input, String expected, boolean mobile, String note) {
        PhoneNumber phone = PhoneNumber.parse(input);
        assertThat(phone.value()).isEqualTo(expected);
        assertThat(phone.isMobile()).isEqualTo(mobile);
        assertThat(PhoneNumber.parse(phone.formatted())).isEqualTo(phone);
        assertThat(PhoneNumber.isValid(input)).isTrue();
        assertThat(IdentifierType.PHONE.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "/identifiers/phone-invalid.csv", numLinesToSkip = 1)
    void rejectsInvoiceNumbersBsnsAndInvalidNumbersNamingTypeAndProblem(String input, String reason, String problem) {
        Rejections.assertRejected(IdentifierType.PHONE, PhoneNumber::parse, input, problem);
        assertThat(PhoneNumber.tryParse(input)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"NL, MOBILE", "NL, FIXED_LINE", "NL, TOLL_FREE", "BE, MOBILE", "DE, FIXED_LINE", "GB, MOBILE",
            "TR, MOBILE", "MA, MOBILE", "PL, MOBILE", "SR, MOBILE", "US, FIXED_LINE"})
    void acceptsLibphonenumbersOwnExampleNumbers(String region, PhoneNumberType type) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        var example = util.getExampleNumberForType(region, type);
        String e164 = util.format(example, PhoneNumberFormat.E164);
        assertThat(PhoneNumber.parse(util.format(example, PhoneNumberFormat.INTERNATIONAL)).value()).isEqualTo(e164);
    }

    @Test
    void formatsInInternationalFormat() {
        assertThat(PhoneNumber.parse("06-12345678").formatted()).isEqualTo("+31 6 12345678");
        assertThat(PhoneNumber.parse("(020) 123 45 67")).hasToString("+31 20 123 4567");
        assertThat(PhoneNumber.parse("06-12345678").regionCode()).isEqualTo("NL");
    }

    @Test
    void doesNotTakeAnInvoiceNumberOrBsnForAPhone() {
        assertThat(PhoneNumber.isValid("2024-000123")).isFalse();
        assertThat(Bsn.isValid("111222333")).isTrue();
        assertThat(PhoneNumber.isValid("111222333")).isFalse();
        assertThatThrownBy(() -> PhoneNumber.parse("2024-000123"))
                .hasMessage("phone number \"2024-000123\": starts with neither +, 00 nor the trunk prefix 0");
    }
}
