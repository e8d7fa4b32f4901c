package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/**
 * Properties of the elfproef as used by {@link Bsn} and {@link Rsin}.
 *
 * <p>Why single-digit errors are always caught: changing digit i by δ (1 ≤ |δ| ≤ 9) changes the weighted
 * sum by w_i·δ with w_i ∈ {9, 8, …, 2, −1}. 11 is prime and neither |w_i| nor |δ| is a multiple of 11, so
 * w_i·δ is never a multiple of 11. Swapping adjacent digits a, b changes the sum by (w_i − w_{i+1})·(b − a),
 * where w_i − w_{i+1} is 1 (positions 1–7) or 3 (positions 8–9, weights 2 and −1): again never a multiple
 * of 11 unless a = b. The tests below check the arithmetic as well as the parser.
 */
class ElfproefPropertiesTest {

    private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

    /** Independent reference: weighted sum as in the definition. */
    private static int referenceSum(String d) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (d.charAt(i) - '0');
        }
        return sum;
    }

    @Provide
    Arbitrary<String> elfproefNumbers() {
        return Arbitraries.strings().numeric().ofLength(8)
                .map(eight -> {
                    int partial = 0;
                    for (int i = 0; i < 8; i++) {
                        partial += WEIGHTS[i] * (eight.charAt(i) - '0');
                    }
                    return eight + "|" + Math.floorMod(partial, 11);
                })
                .filter(s -> Integer.parseInt(s.substring(9)) <= 9) // check digit 10 is impossible: no such number
                .map(s -> s.substring(0, 8) + s.substring(9))
                .filter(s -> !s.equals("000000000"));
    }

    @Property(tries = 500)
    void everyElfproefNumberRoundTripsThroughBsnAndRsin(@ForAll("elfproefNumbers") String digits) {
        assertThat(Math.floorMod(referenceSum(digits), 11)).isZero();
        Bsn bsn = Bsn.parse(digits);
        assertThat(bsn.digits()).isEqualTo(digits);
        assertThat(Bsn.parse(bsn.formatted())).isEqualTo(bsn);
        Rsin rsin = Rsin.parse(digits);
        assertThat(rsin.value()).isEqualTo(digits);
        assertThat(Rsin.parse(rsin.formatted())).isEqualTo(rsin);
        assertThat(Elfproef.weightedSum(digits)).isEqualTo(referenceSum(digits));
    }

    @Property(tries = 500)
    void changingAnySingleDigitBreaksTheElfproef(@ForAll("elfproefNumbers") String digits,
                                                 @ForAll @IntRange(min = 0, max = 8) int position,
                                                 @ForAll @IntRange(min = 1, max = 9) int shift) {
        int old = digits.charAt(position) - '0';
        int replacement = (old + shift) % 10;
        String changed = digits.substring(0, position) + replacement + digits.substring(position + 1);
        int delta = referenceSum(changed) - referenceSum(digits);
        assertThat(delta).isEqualTo(WEIGHTS[position] * (replacement - old));
        assertThat(Math.floorMod(delta, 11)).as("weight %d times %d", WEIGHTS[position], replacement - old).isNotZero();
        assertThat(Bsn.isValid(changed)).isFalse();
        assertThat(Rsin.isValid(changed)).isFalse();
    }

    @Property(tries = 500)
    void swappingTwoAdjacentDifferentDigitsIsDetected(@ForAll("elfproefNumbers") String digits,
                                                      @ForAll @IntRange(min = 0, max = 7) int position) {
        char a = digits.charAt(position);
        char b = digits.charAt(position + 1);
        Assume.that(a != b);
        String swapped = digits.substring(0, position) + b + a + digits.substring(position + 2);
        int delta = referenceSum(swapped) - referenceSum(digits);
        assertThat(delta).isEqualTo((WEIGHTS[position] - WEIGHTS[position + 1]) * (b - a));
        assertThat(Math.floorMod(delta, 11)).isNotZero();
        assertThat(Bsn.isValid(swapped)).isFalse();
    }

    @Property(tries = 1000)
    void acceptsExactlyTheNumbersWhoseWeightedSumIsAMultipleOfEleven(
            @ForAll @NumericChars @StringLength(9) String digits) {
        boolean expected = !digits.equals("000000000") && Math.floorMod(referenceSum(digits), 11) == 0;
        assertThat(Elfproef.passes(digits)).isEqualTo(expected);
        assertThat(Bsn.isValid(digits)).isEqualTo(expected);
        assertThat(Rsin.isValid(digits)).isEqualTo(expected);
    }
}
