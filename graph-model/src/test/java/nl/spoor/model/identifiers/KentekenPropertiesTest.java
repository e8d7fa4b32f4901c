package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Plates generated from each side-code pattern round-trip through parse and formatted. */
class KentekenPropertiesTest {

    private static final String[] PATTERNS = {
            "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
            "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"};
    private static final String ALL_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String MODERN_LETTERS = "BDFGHJKLMNPRSTVXZ";

    record Plate(int sideCode, String dashed) {
    }

    @Provide
    Arbitrary<Plate> plates() {
        return Arbitraries.integers().between(1, 14).flatMap(sideCode -> {
            String pattern = PATTERNS[sideCode - 1];
            String letters = sideCode <= 3 ? ALL_LETTERS : MODERN_LETTERS;
            return Combinators.combine(
                            Arbitraries.strings().withChars(letters.toCharArray()).ofLength(6),
                            Arbitraries.strings().numeric().ofLength(6))
                    .as((l, d) -> {
                        StringBuilder out = new StringBuilder();
                        int li = 0;
                        int di = 0;
                        for (char p : pattern.toCharArray()) {
                            out.append(switch (p) {
                                case 'X' -> l.charAt(li++);
                                case '9' -> d.charAt(di++);
                                default -> '-';
                            });
                        }
                        return new Plate(sideCode, out.toString());
                    });
        });
    }

    @Property(tries = 1000)
    void generatedPlatesRoundTripWithTheirSideCode(@ForAll("plates") Plate plate) {
        Kenteken fromDashed = Kenteken.parse(plate.dashed());
        Kenteken fromCompact = Kenteken.parse(plate.dashed().replace("-", "").toLowerCase());
        assertThat(fromDashed).isEqualTo(fromCompact);
        assertThat(fromDashed.value()).isEqualTo(plate.dashed().replace("-", ""));
        assertThat(fromDashed.sideCode()).isEqualTo(plate.sideCode());
        assertThat(fromCompact.formatted()).isEqualTo(plate.dashed());
        assertThat(Kenteken.parse(fromCompact.formatted())).isEqualTo(fromCompact);
    }
}
