package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class EmailAddressTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} ({2})")
    @CsvFileSource(resources = "/identifiers/email-valid.csv", numLinesToSkip = 1)
    void acceptsPragmaticRfcSubsetLowerCasingEverything(String input, String expected, String note) {
        EmailAddress email = EmailAddress.parse(input);
        assertThat(email.value()).isEqualTo(expected);
        assertThat(email.formatted()).isEqualTo(expected);
        assertThat(EmailAddress.isValid(input)).isTrue();
        assertThat(IdentifierType.EMAIL.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "/identifiers/email-invalid.csv", numLinesToSkip = 1)
    void rejectsInvalidAddressesNamingTypeAndProblem(String input, String reason, String problem) {
        Rejections.assertRejected(IdentifierType.EMAIL, EmailAddress::parse, input, problem);
        assertThat(EmailAddress.tryParse(input)).isEmpty();
    }

    @Test
    void splitsLocalPartAndDomain() {
        EmailAddress email = EmailAddress.parse("J.Jansen@Politie.NL");
        assertThat(email.localPart()).isEqualTo("j.jansen");
        assertThat(email.domain()).isEqualTo("politie.nl");
        assertThat(email).isEqualTo(EmailAddress.parse("j.jansen@politie.nl"));
    }

    @Test
    void rejectsTooLongLocalPartWithExactMessage() {
        String local = "a".repeat(65);
        assertThatThrownBy(() -> EmailAddress.parse(local + "@example.nl"))
                .hasMessage("e-mail address \"" + local + "@example.nl\": local part is 65 characters long, at most 64 are allowed");
    }
}
