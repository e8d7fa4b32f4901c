package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DutchAddressTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} ({3})")
    @CsvFileSource(resources = "/identifiers/address-valid.csv", numLinesToSkip = 1)
    void parsesPostcodeHouseNumberAndSuffix(String input, String expected, String formatted, String note) {
        DutchAddress address = DutchAddress.parse(input);
        assertThat(address.value()).isEqualTo(expected);
        assertThat(address.formatted()).isEqualTo(formatted);
        assertThat(DutchAddress.parse(address.formatted())).isEqualTo(address);
        assertThat(DutchAddress.isValid(input)).isTrue();
        assertThat(IdentifierType.ADDRESS.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "/identifiers/address-invalid.csv", numLinesToSkip = 1)
    void rejectsInvalidAddressesNamingTypeAndProblem(String input, String reason, String problem) {
        Rejections.assertRejected(IdentifierType.ADDRESS, DutchAddress::parse, input, problem);
        assertThat(DutchAddress.tryParse(input)).isEmpty();
    }

    @Test
    void buildsFromPartsNormalisingTheSuffix() {
        Postcode postcode = Postcode.parse("1506 EK");
        assertThat(DutchAddress.of(postcode, 112, "-a").value()).isEqualTo("1506EK-112-A");
        assertThat(DutchAddress.of(postcode, 112, null).value()).isEqualTo("1506EK-112");
        assertThat(DutchAddress.of(postcode, 112, " ").hasSuffix()).isFalse();
        assertThat(DutchAddress.of(postcode, 12, "h.s.")).isEqualTo(DutchAddress.parse("1506EK 12 hs"));
    }

    @Test
    void exposesItsParts() {
        DutchAddress address = DutchAddress.parse("1506 EK, 3bis");
        assertThat(address.postcode()).isEqualTo(Postcode.parse("1506EK"));
        assertThat(address.houseNumber()).isEqualTo(3);
        assertThat(address.suffix()).isEqualTo("BIS");
        assertThat(address).hasToString("1506 EK 3-BIS");
    }

    @Test
    void rejectsHouseNumbersOutsideTheRange() {
        Postcode postcode = Postcode.parse("1506 EK");
        assertThatThrownBy(() -> DutchAddress.of(postcode, 0, null))
                .isInstanceOf(InvalidIdentifierException.class).hasMessageContaining("house number 0 is outside 1-99999");
        assertThatThrownBy(() -> DutchAddress.of(postcode, 100_000, null))
                .isInstanceOf(InvalidIdentifierException.class).hasMessageContaining("house number 100000 is outside 1-99999");
        assertThatThrownBy(() -> DutchAddress.of(null, 1, null))
                .isInstanceOf(InvalidIdentifierException.class).hasMessage("address null: no postcode (null)");
    }

    @Test
    void aSixDigitNumberIsNotReadAsNumberPlusDigitSuffix() {
        assertThat(DutchAddress.isValid("1506 EK 123456")).isFalse();
        assertThat(DutchAddress.parse("1506 EK 12345 6").value()).isEqualTo("1506EK-12345-6");
    }
}
