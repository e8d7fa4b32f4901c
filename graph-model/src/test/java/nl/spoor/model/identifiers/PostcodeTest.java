package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PostcodeTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} ({3})")
    @CsvFileSource(resources = "/identifiers/postcode-valid.csv", numLinesToSkip = 1)
    void acceptsPostcodesWithOrWithoutSpaceInAnyCase(String input, String expected, String formatted, String note) {
        Postcode postcode = Postcode.parse(input);
        assertThat(postcode.value()).isEqualTo(expected);
        assertThat(postcode.formatted()).isEqualTo(formatted);
        assertThat(postcode).hasToString(formatted);
        assertThat(Postcode.isValid(input)).isTrue();
        assertThat(IdentifierType.POSTCODE.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "/identifiers/postcode-invalid.csv", numLinesToSkip = 1)
    void rejectsInvalidPostcodesNamingTypeAndProblem(String input, String reason, String problem) {
        Rejections.assertRejected(IdentifierType.POSTCODE, Postcode::parse, input, problem);
        assertThat(Postcode.tryParse(input)).isEmpty();
    }

    @Test
    void rejectsSaPostcodeWithExactMessage() {
        assertThatThrownBy(() -> Postcode.parse("1234 sa"))
                .hasMessage("postcode \"1234 sa\": letters SA are never issued (SA, SD and SS are not used)");
    }

    @Test
    void exposesDigitsAndLetters() {
        Postcode postcode = Postcode.parse("1506ek");
        assertThat(postcode.digits()).isEqualTo("1506");
        assertThat(postcode.letters()).isEqualTo("EK");
    }
}
