package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KentekenTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}, side-code {2} ({3})")
    @CsvFileSource(resources = "/identifiers/kenteken-valid.csv", numLinesToSkip = 1)
    void acceptsPlatesOfEverySideCode(String input, String expected, int sideCode, String note) {
        Kenteken kenteken = Kenteken.parse(input);
        assertThat(kenteken.value()).isEqualTo(expected);
        assertThat(kenteken.sideCode()).isEqualTo(sideCode);
        assertThat(Kenteken.parse(kenteken.formatted())).isEqualTo(kenteken);
        assertThat(Kenteken.isValid(input)).isTrue();
        assertThat(IdentifierType.KENTEKEN.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "/identifiers/kenteken-invalid.csv", numLinesToSkip = 1)
    void rejectsInvalidPlatesNamingTypeAndProblem(String input, String reason, String problem) {
        Rejections.assertRejected(IdentifierType.KENTEKEN, Kenteken::parse, input, problem);
        assertThat(Kenteken.tryParse(input)).isEmpty();
    }

    @ParameterizedTest(name = "side-code {1}: {0} -> {2}")
    @CsvSource({
            "AB1234, 1, AB-12-34",
            "1234AB, 2, 12-34-AB",
            "12AB34, 3, 12-AB-34",
            "GB12DF, 4, GB-12-DF",
            "GBDF12, 5, GB-DF-12",
            "12GBDF, 6, 12-GB-DF",
            "12GBD3, 7, 12-GBD-3",
            "1GBD23, 8, 1-GBD-23",
            "GB123D, 9, GB-123-D",
            "G123BD, 10, G-123-BD",
            "GBD12F, 11, GBD-12-F",
            "G12BDF, 12, G-12-BDF",
            "1GB234, 13, 1-GB-234",
            "123GB4, 14, 123-GB-4"
    })
    void formatsKentekenWithItsSideCodeDashes(String input, int sideCode, String formatted) {
        Kenteken kenteken = Kenteken.parse(input);
        assertThat(kenteken.sideCode()).isEqualTo(sideCode);
        assertThat(kenteken.formatted()).isEqualTo(formatted);
        assertThat(kenteken).hasToString(formatted);
    }

    @Test
    void ignoresWhereTheDashesWereWritten() {
        assertThat(Kenteken.parse("12G-HB3").formatted()).isEqualTo("12-GHB-3");
    }

    @Test
    void rejectsVowelsInModernSideCodesWithExactMessage() {
        assertThatThrownBy(() -> Kenteken.parse("12-ABC-3"))
                .hasMessage("kenteken \"12-ABC-3\": letter A is not issued in side-code 7 (since side-code 4 only BDFGHJKLMNPRSTVXZ)");
    }

    @Test
    void acceptsVowelsInHistoricSideCodes() {
        assertThat(Kenteken.parse("AE-12-34").sideCode()).isEqualTo(1);
        assertThat(Kenteken.parse("12-34-OU").sideCode()).isEqualTo(2);
        assertThat(Kenteken.parse("12-IA-34").sideCode()).isEqualTo(3);
    }
}
