package nl.spoor.model.moneytrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** spoor.part: every key in one part of like size, the same part every time. */
class ReadPartTest {

    private final ReadPart readPart = new ReadPart();

    @Test
    void putsSimilarKeysInPartsOfLikeSize() {
        // 8,000 IBAN-like keys that differ only in their last digits, as a bank's accounts do.
        Map<Long, Integer> sizes = new HashMap<>();
        for (int i = 0; i < 8_000; i++) {
            sizes.merge(readPart.part(String.format("iban:NL91ABNA04171%05d", i), 8L), 1, Integer::sum);
        }
        assertThat(sizes.keySet()).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(sizes.values()).allSatisfy(n -> assertThat(n).isBetween(850, 1150));
    }

    @Test
    void givesTheSamePartForTheSameKeyAndOnePartForOne() {
        assertThat(readPart.part("kvk:64567123", 8L)).isEqualTo(readPart.part("kvk:64567123", 8L)).isBetween(0L, 7L);
        assertThat(readPart.part("kvk:64567123", 1L)).isZero();
    }

    @Test
    void hasNoPartWithoutAKeyOrWithoutParts() {
        assertThat(readPart.part(null, 8L)).isNull();
        assertThat(readPart.part("kvk:64567123", null)).isNull();
        assertThat(readPart.part("kvk:64567123", 0L)).isNull();
    }
}
