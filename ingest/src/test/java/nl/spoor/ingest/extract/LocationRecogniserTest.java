package nl.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The gazetteer scan finds exactly what the regular expression it replaced found. */
class LocationRecogniserTest {

    /** The rule as it was written before: one alternation of every name, longest first, whole words. */
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}\\-'])(?:" + String.join("|",
            Places.NAMES.stream().sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote).toList())
            + ")(?![\\p{L}\\-])");

    private static List<String> reference(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            found.add(m.group() + "@" + m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> scanned(String text) {
        return new LocationRecogniser().recognise(text, 1).stream().map(x -> x.value() + "@" + x.start() + "-" + x.end()).toList();
    }

    @Test
    void findsWhatTheRegularExpressionFoundOnThousandsOfMixedTexts() {
        List<String> names = Places.NAMES.stream().sorted().toList();
        String[] glue = {" ", "  ", "-", "'", "'s-", ", ", ".", "\n", "x", "en", "ë", "(", ")", "/", "", "Zaandammer", "van "};
        SplittableRandom random = new SplittableRandom(42);
        int withPlaces = 0;
        for (int t = 0; t < 3_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                text.append(glue[random.nextInt(glue.length)]);
                String n = names.get(random.nextInt(names.size()));
                // Sometimes only part of a name, or in other case: neither may be found.
                text.append(switch (random.nextInt(6)) {
                    case 0 -> n.substring(0, Math.max(1, n.length() - 1));
                    case 1 -> n.toUpperCase(java.util.Locale.ROOT);
                    default -> n;
                });
            }
            text.append(glue[random.nextInt(glue.length)]);
            List<String> expected = reference(text.toString());
            assertThat(scanned(text.toString())).as(text.toString()).isEqualTo(expected);
            withPlaces += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withPlaces).as("texts with a place in them").isGreaterThan(1_000);
    }

    @Test
    void takesTheLongestNameAndWholeWordsOnly() {
        assertThat(scanned("Gezien in Zaandam en Koog aan de Zaan, niet in Zaandammer of Zaandam-Oost"))
                .containsExactly("Zaandam@10-17", "Koog aan de Zaan@21-37");
    }
}
