package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RsinTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} ({2})")
    @CsvFileSource(resources = "/identifiers/rsin-valid.csv", numLinesToSkip = 1)
    void acceptsValidRsinsAndNormalisesToNineDigits(String input, String expected, String note) {
        Rsin rsin = Rsin.parse(input);
        assertThat(rsin.value()).isEqualTo(expected);
        assertThat(rsin.formatted()).isEqualTo(expected);
        assertThat(rsin.toString()).isEqualTo(expected);
        assertThat(Rsin.tryParse(input)).contains(rsin);
        assertThat(Rsin.isValid(input)).isTrue();
        assertThat(IdentifierType.RSIN.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "/identifiers/rsin-invalid.csv", numLinesToSkip = 1)
    void rejectsInvalidRsinsNamingTypeAndProblem(String input, String reason, String problem) {
        Rejections.assertRejected(IdentifierType.RSIN, Rsin::parse, input, problem);
        assertThat(Rsin.isValid(input)).isFalse();
    }

    @Test
    void rejectsRsinFailingTheElfproefShowingTheInput() {
        assertThatThrownBy(() -> Rsin.parse("123456789"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("RSIN \"123456789\": fails the elfproef (weighted sum 147 is not divisible by 11)");
    }

    @Test
    void isADistinctTypeFromBsn() {
        assertThat(Rsin.parse("111222333")).isNotEqualTo(Bsn.parse("111222333"));
    }
}
