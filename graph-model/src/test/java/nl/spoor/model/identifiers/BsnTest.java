package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class BsnTest {

    @Nested
    class Parsing {

        @ParameterizedTest(name = "[{index}] {0} -> {1} ({2})")
        @CsvFileSource(resources = "/identifiers/bsn-valid.csv", numLinesToSkip = 1)
        void acceptsValidBsnsAndNormalisesToNineDigits(String input, String expected, String note) {
            Bsn bsn = Bsn.parse(input);
            assertThat(bsn.digits()).isEqualTo(expected);
            assertThat(bsn.value()).isEqualTo(expected);
            assertThat(Bsn.tryParse(input)).contains(bsn);
            assertThat(Bsn.isValid(input)).isTrue();
            assertThat(IdentifierType.BSN.normalise(input)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] {0}: {1}")
        @CsvFileSource(resources = "/identifiers/bsn-invalid.csv", numLinesToSkip = 1)
        void rejectsInvalidBsnsNamingTypeAndProblem(String input, String reason, String problem) {
            Rejections.assertRejected(IdentifierType.BSN, Bsn::parse, input, problem);
            assertThat(Bsn.isValid(input)).isFalse();
            assertThat(Bsn.tryParse(input)).isEmpty();
        }

        @Test
        void rejectsBsnFailingTheElfproefWithTheWeightedSum() {
            assertThatThrownBy(() -> Bsn.parse("123456789"))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .hasMessage("BSN \"*********\": fails the elfproef (weighted sum 147 is not divisible by 11)");
        }

        @Test
        void rejectsNullWithAClearMessage() {
            assertThatThrownBy(() -> Bsn.parse(null))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .hasMessage("BSN null: no input (null)");
        }

        @Test
        void readsEightDigitsWithALeadingZero() {
            assertThat(Bsn.parse("12345672").digits()).isEqualTo("012345672");
        }
    }

    @Nested
    class Privacy {

        @Test
        void toStringDoesNotRevealTheBsn() {
            Bsn bsn = Bsn.parse("111222333");
            assertThat(bsn.toString()).isEqualTo("Bsn[***]").doesNotContain("111222333");
            assertThat(String.valueOf(java.util.List.of(bsn))).doesNotContain("111");
        }

        @Test
        void exceptionMessageMasksTheDigitsButInputKeepsThem() {
            InvalidIdentifierException e =
                    Rejections.assertRejected(IdentifierType.BSN, Bsn::parse, "111222334", "fails the elfproef");
            assertThat(e.getMessage()).doesNotContain("111222334").contains("\"*********\"");
            assertThat(e.input()).isEqualTo("111222334");
        }

        @Test
        void keyedHashIsLowercaseHexHmacSha256OfTheDigits() {
            // Reference value computed independently: printf 111222333 | openssl dgst -sha256 -hmac spoor-test-key
            String hash = Bsn.parse("1112.22.333").keyedHash("spoor-test-key".getBytes(StandardCharsets.UTF_8));
            assertThat(hash).isEqualTo("ca25895f55e77d7af07b319d0eeca2060461372d6886fc88fd266c6690c26703").matches("[0-9a-f]{64}");
        }

        @Test
        void keyedHashDependsOnTheKeyAndIsStable() {
            Bsn bsn = Bsn.parse("123456782");
            byte[] key1 = {1, 2, 3};
            byte[] key2 = {1, 2, 4};
            assertThat(bsn.keyedHash(key1)).isEqualTo(Bsn.parse("123.456.782").keyedHash(key1))
                    .isNotEqualTo(bsn.keyedHash(key2));
        }

        @Test
        void keyedHashRefusesAnEmptyKey() {
            Bsn bsn = Bsn.parse("123456782");
            assertThatThrownBy(() -> bsn.keyedHash(new byte[0])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> bsn.keyedHash(null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Formatting {

        @Test
        void formatsWithFourTwoThreeGrouping() {
            assertThat(Bsn.parse("111222333").formatted()).isEqualTo("1112.22.333");
            assertThat(Bsn.parse("123 456 782").formatted()).isEqualTo("1234.56.782");
        }

        @Test
        void equalBsnsWrittenDifferentlyAreEqual() {
            assertThat(Bsn.parse("1112.22.333")).isEqualTo(Bsn.parse("111-222-333")).hasSameHashCodeAs(Bsn.parse("111222333"));
        }
    }
}
