package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class BtwIdTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} ({2})")
    @CsvFileSource(resources = "/identifiers/btwid-valid.csv", numLinesToSkip = 1)
    void acceptsBothTheElfproefAndTheMod97Form(String input, String expected, String note) {
        BtwId id = BtwId.parse(input);
        assertThat(id.value()).isEqualTo(expected);
        assertThat(id.formatted()).isEqualTo(expected);
        assertThat(id.toString()).isEqualTo(expected);
        assertThat(id.passesElfproef() || id.passesMod97()).isTrue();
        assertThat(BtwId.isValid(input)).isTrue();
        assertThat(IdentifierType.VAT.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "/identifiers/btwid-invalid.csv", numLinesToSkip = 1)
    void rejectsInvalidBtwIdsNamingTypeAndProblem(String input, String reason, String problem) {
        Rejections.assertRejected(IdentifierType.VAT, BtwId::parse, input, problem);
        assertThat(BtwId.tryParse(input)).isEmpty();
    }

    @Test
    void recognisesTheBelastingdienstExampleAsTheMod97Form() {
        BtwId id = BtwId.parse("NL000099998B57");
        assertThat(id.passesMod97()).isTrue();
        assertThat(id.passesElfproef()).isFalse();
        assertThat(id.digits()).isEqualTo("000099998");
        assertThat(id.suffix()).isEqualTo("57");
    }

    @Test
    void recognisesAnRsinBasedNumberAsTheElfproefForm() {
        BtwId id = BtwId.parse("NL123456782B01");
        assertThat(id.passesElfproef()).isTrue();
        assertThat(id.passesMod97()).isFalse();
    }

    @Test
    void rejectsBtwIdFailingBothChecksWithBothReasons() {
        assertThatThrownBy(() -> BtwId.parse("NL123456789B56"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("BTW-id \"NL123456789B56\": fails both checks: the 9 digits fail the elfproef "
                        + "(weighted sum 147 is not divisible by 11) and the ISO 7064 mod 97-10 remainder is 44, not 1");
    }

    @Test
    void rejectsSuffixB00() {
        assertThatThrownBy(() -> BtwId.parse("NL123456782B00"))
                .hasMessage("BTW-id \"NL123456782B00\": has suffix B00, which is never issued");
    }
}
