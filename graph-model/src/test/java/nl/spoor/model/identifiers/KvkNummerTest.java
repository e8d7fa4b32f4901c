package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class KvkNummerTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} ({2})")
    @CsvFileSource(resources = "/identifiers/kvk-valid.csv", numLinesToSkip = 1)
    void acceptsKvkNummersWithOrWithoutLabel(String input, String expected, String note) {
        KvkNummer kvk = KvkNummer.parse(input);
        assertThat(kvk.value()).isEqualTo(expected);
        assertThat(kvk.formatted()).isEqualTo(expected);
        assertThat(kvk.toString()).isEqualTo(expected);
        assertThat(KvkNummer.isValid(input)).isTrue();
        assertThat(IdentifierType.KVK.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "/identifiers/kvk-invalid.csv", numLinesToSkip = 1)
    void rejectsInvalidKvkNummersNamingTypeAndProblem(String input, String reason, String problem) {
        Rejections.assertRejected(IdentifierType.KVK, KvkNummer::parse, input, problem);
        assertThat(KvkNummer.tryParse(input)).isEmpty();
    }

    @Test
    void rejectsWrongLengthWithExactMessage() {
        assertThatThrownBy(() -> KvkNummer.parse("1234567"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("KvK-nummer \"1234567\": has 7 digits, expected exactly 8");
    }
}
