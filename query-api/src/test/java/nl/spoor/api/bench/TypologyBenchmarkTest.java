package nl.spoor.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The log overhead's interval: what the noise of the rounds alone does to the p95 ratio. */
class TypologyBenchmarkTest {

    @Test
    void givesNoIntervalForFewerThanTenRounds() {
        assertThat(TypologyBenchmark.interval(List.of(1L, 2L, 3L), List.of(1L, 2L, 3L))).isEmpty();
    }

    @Test
    void givesAPointWhereEveryRoundPaysTheSameShare() {
        List<Long> off = new ArrayList<>();
        List<Long> on = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            long t = 10_000_000L + random.nextInt(5_000_000);
            off.add(t);
            on.add(t * 6 / 5);
        }
        assertThat(TypologyBenchmark.interval(on, off)).isEqualTo("(1.20–1.20)");
    }

    @Test
    void widensWithTheNoiseOfTheSlowestRounds() {
        List<Long> off = new ArrayList<>();
        List<Long> on = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // The same timings on both sides, and five slow rounds each (a pause, another process), in other rounds.
            off.add(10_000_000L + i * 10_000L + (i % 20 == 3 ? 8_000_000L : 0));
            on.add(10_000_000L + i * 10_000L + (i % 20 == 13 ? 8_000_000L : 0));
        }
        String interval = TypologyBenchmark.interval(on, off);
        double low = Double.parseDouble(interval.substring(1, interval.indexOf('–')));
        double high = Double.parseDouble(interval.substring(interval.indexOf('–') + 1, interval.length() - 1));
        // No cost at all, yet a slow round more on either side moves the p95 ratio well past 10 %.
        assertThat(low).isLessThan(0.8);
        assertThat(high).isGreaterThan(1.3);
    }
}
