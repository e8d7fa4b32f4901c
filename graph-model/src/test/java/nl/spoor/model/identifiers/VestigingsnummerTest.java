package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class VestigingsnummerTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} ({2})")
    @CsvFileSource(resources = "/identifiers/vestigingsnummer-valid.csv", numLinesToSkip = 1)
    void acceptsTwelveDigitsKeepingLeadingZeros(String input, String expected, String note) {
        Vestigingsnummer nummer = Vestigingsnummer.parse(input);
        assertThat(nummer.value()).isEqualTo(expected);
        assertThat(nummer.formatted()).isEqualTo(expected);
        assertThat(Vestigingsnummer.isValid(input)).isTrue();
        assertThat(IdentifierType.VESTIGINGSNUMMER.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "/identifiers/vestigingsnummer-invalid.csv", numLinesToSkip = 1)
    void rejectsInvalidVestigingsnummersNamingTypeAndProblem(String input, String reason, String problem) {
        Rejections.assertRejected(IdentifierType.VESTIGINGSNUMMER, Vestigingsnummer::parse, input, problem);
        assertThat(Vestigingsnummer.tryParse(input)).isEmpty();
    }

    @Test
    void rejectsAKvkNummerWithExactMessage() {
        assertThatThrownBy(() -> Vestigingsnummer.parse("12345678"))
                .hasMessage("vestigingsnummer \"12345678\": has 8 digits, expected exactly 12");
    }
}
