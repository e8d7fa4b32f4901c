package nl.spoor.ingest.world;

import java.time.YearMonth;
import java.util.Locale;

/**
 * How big a world is: persons, the months of bank statements and how many cases of each variant are
 * planted. The registers always describe 2023–2024; the statement period is shorter for bigger worlds so
 * that payments stay within their budget (small ≤ ~50k, medium ~1M, large 10–15M; about 5.5 payments
 * per person per month).
 *
 * @param name            {@code small}, {@code medium}, {@code large}, or the number of persons
 * @param persons         persons in the ordinary population (planted cases add a few)
 * @param statementsFrom  first month of bank statements
 * @param casesPerVariant how many planted cases (and look-alikes) of each variant
 * @param documents       how many documents {@code spoor generate} renders from the world by default
 */
public record Scale(String name, int persons, YearMonth statementsFrom, int casesPerVariant, int documents) {

    public static final YearMonth STATEMENTS_UNTIL = YearMonth.of(2024, 12);

    public static final Scale SMALL = new Scale("small", 1_500, YearMonth.of(2024, 10), 1, 60);
    public static final Scale MEDIUM = new Scale("medium", 20_000, YearMonth.of(2024, 4), 3, 2_000);
    public static final Scale LARGE = new Scale("large", 1_000_000, YearMonth.of(2024, 11), 10, 2_000);

    /** {@code small}, {@code medium}, {@code large} or a number of persons (100 to 5,000,000; statements as medium). */
    public static Scale parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Scale is empty; use small, medium, large or a number of persons");
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "small":
                return SMALL;
            case "medium":
                return MEDIUM;
            case "large":
                return LARGE;
            default:
                break;
        }
        int n;
        try {
            n = Integer.parseInt(t.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Scale '" + text + "' is not small, medium, large or a number of persons");
        }
        if (n < 100 || n > 5_000_000) {
            throw new IllegalArgumentException("Scale " + n + " is out of range: from 100 to 5,000,000 persons");
        }
        return new Scale(Integer.toString(n), n, MEDIUM.statementsFrom, n < 5_000 ? 1 : n < 100_000 ? 3 : 10,
                Math.clamp(n / 10, 60, 2_000));
    }
}
