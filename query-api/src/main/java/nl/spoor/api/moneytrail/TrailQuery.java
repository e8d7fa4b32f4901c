package nl.spoor.api.moneytrail;

import java.time.LocalDate;
import java.util.Locale;

import nl.spoor.api.graphql.Arguments;
import nl.spoor.api.graphql.QueryRefused;

/**
 * The constraints every hop of a trail must meet, checked before anything runs.
 *
 * @param direction   FORWARD: where the money went; BACKWARD: where it came from
 * @param maxHops     most hops per trail, 1..{@link TrailLimits#maxHops()}
 * @param windowDays  each hop on the day of the previous hop or at most this many days later (statements
 *                    give dates, not times, so the same day counts as not earlier)
 * @param minFraction each hop carries at least this fraction of the previous hop's amount, 0..1
 * @param hubCap      accounts with more transfers than this (in and out, all dates: a degree lookup) are reached but not passed
 *                    through (the start accounts always are)
 * @param from        first day of the period (inclusive); {@link LocalDate#MIN}-like when open
 * @param until       last day of the period (inclusive)
 */
record TrailQuery(Direction direction, int maxHops, int windowDays, double minFraction, int hubCap, LocalDate from, LocalDate until) {

    enum Direction {
        FORWARD, BACKWARD
    }

    /** The period when none is given: every transfer Spoor holds. */
    static final LocalDate OPEN_FROM = Arguments.OPEN_FROM;
    static final LocalDate OPEN_UNTIL = Arguments.OPEN_UNTIL;

    /**
     * @throws IllegalArgumentException for a value that makes no sense, saying which
     * @throws QueryRefused             for more hops than the server allows
     */
    static TrailQuery of(Direction direction, Integer maxHops, Integer windowDays, Double minFraction, Integer hubCap,
                         String since, String until, TrailLimits limits) {
        int hops = maxHops == null ? 4 : maxHops;
        if (hops > limits.maxHops()) {
            throw new QueryRefused(QueryRefused.Limit.MAX_HOPS, "maxHops " + hops + " is more than this server allows ("
                    + limits.maxHops() + "): every hop multiplies the paths to follow. Ask for at most " + limits.maxHops()
                    + " hops, and follow a trail further from where it ends.");
        }
        if (hops < 1) {
            throw new IllegalArgumentException("maxHops must be at least 1, got " + hops);
        }
        int window = windowDays == null ? 7 : windowDays;
        if (window < 0 || window > 366) {
            throw new IllegalArgumentException("hopWindowDays must be 0..366 (days after the previous hop), got " + window);
        }
        double fraction = minFraction == null ? 0.5 : minFraction;
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("minFraction must be 0..1 (the share of the previous hop's amount carried on), got " + fraction);
        }
        int cap = hubCap == null ? 250 : hubCap;
        if (cap < 1) {
            throw new IllegalArgumentException("hubCap must be at least 1 (transfers of an account), got " + cap);
        }
        LocalDate f = Arguments.date("since", since, OPEN_FROM);
        LocalDate u = Arguments.date("until", until, OPEN_UNTIL);
        if (u.isBefore(f)) {
            throw new IllegalArgumentException("until " + u + " is before since " + f);
        }
        return new TrailQuery(direction == null ? Direction.FORWARD : direction, hops, window, fraction, cap, f, u);
    }

    /** "forward, at most 4 hops, each within 7 days of the previous one and carrying ≥ 50 % of it". */
    String describe() {
        return direction.name().toLowerCase(Locale.ROOT) + ", at most " + maxHops + " hop" + (maxHops == 1 ? "" : "s")
                + ", each hop " + (windowDays == 0 ? "on the same day as" : "0-" + windowDays + " days after") + " the previous one"
                + " and carrying at least " + Explanations.percent(minFraction) + " of it"
                + (from.equals(OPEN_FROM) && until.equals(OPEN_UNTIL) ? "" : ", in " + (from.equals(OPEN_FROM) ? "…" : from) + " – " + (until.equals(OPEN_UNTIL) ? "…" : until))
                + ", not through accounts with more than " + hubCap + " transfers";
    }
}
