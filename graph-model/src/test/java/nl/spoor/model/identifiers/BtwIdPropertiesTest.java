package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Generated mod 97-10 BTW-ids (the 2020 sole-trader form) with the suffix computed here. */
class BtwIdPropertiesTest {

    /** The suffix in 01–97 that makes "NL" + digits + "B" + suffix ≡ 1 (mod 97), with N=23, L=21, B=11. */
    private static int mod97Suffix(String nineDigits) {
        BigInteger base = new BigInteger("2321" + nineDigits + "11" + "00");
        int needed = Math.floorMod(1 - base.mod(BigInteger.valueOf(97)).intValue(), 97);
        return needed == 0 ? 97 : needed;
    }

    private static boolean referenceMod97(String btw) {
        String numeric = "2321" + btw.substring(2, 11) + "11" + btw.substring(12);
        return new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    @Property(tries = 500)
    void acceptsGeneratedMod97BtwIds(@ForAll @NumericChars @StringLength(9) String digits) {
        String btw = "NL" + digits + "B" + String.format("%02d", mod97Suffix(digits));
        assertThat(referenceMod97(btw)).isTrue();
        BtwId id = BtwId.parse(btw.toLowerCase());
        assertThat(id.value()).isEqualTo(btw);
        assertThat(id.passesMod97()).isTrue();
    }

    @Property(tries = 500)
    void aSingleDigitChangeBreaksTheMod97Check(@ForAll @NumericChars @StringLength(9) String digits,
                                               @ForAll @IntRange(min = 0, max = 10) int position,
                                               @ForAll @IntRange(min = 1, max = 9) int shift) {
        String btw = "NL" + digits + "B" + String.format("%02d", mod97Suffix(digits));
        // positions 0-8 are the nine digits, 9-10 the suffix digits
        int index = position < 9 ? 2 + position : 12 + position - 9;
        char changed = (char) ('0' + (btw.charAt(index) - '0' + shift) % 10);
        String corrupted = btw.substring(0, index) + changed + btw.substring(index + 1);
        assertThat(referenceMod97(corrupted)).isFalse();
        // still valid only if the corrupted digits happen to pass the elfproef (the other accepted form)
        boolean elfproef = Elfproef.passes(corrupted.substring(2, 11));
        boolean b00 = corrupted.endsWith("B00");
        assertThat(BtwId.isValid(corrupted)).isEqualTo(elfproef && !b00);
        BtwId.tryParse(corrupted).ifPresent(id -> assertThat(id.passesMod97()).isFalse());
    }
}
