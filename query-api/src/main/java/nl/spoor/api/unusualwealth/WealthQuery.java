package nl.spoor.api.unusualwealth;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import nl.spoor.api.graphql.Arguments;

/**
 * The question of an {@code unusualWealth} query, checked before anything runs: the period, whom it is
 * about, and every threshold (GraphQL arguments; the defaults are documented in unusualwealth.graphqls).
 *
 * @param person               Spoor id of one person, or null to rank every person holding a notable asset
 * @param since                first day of the period (inclusive)
 * @param until                last day of the period (inclusive)
 * @param assetsToIncome       fires when the household's assets are at least this many times its yearly legal income
 * @param acquiredToIncome     fires when what was acquired in the period is at least this many times the legal income of the period
 * @param cashPurchase         fires when at least this many euros of assets acquired in the period were paid in cash
 * @param recentAcquisitions   fires at this many assets acquired in the period
 * @param katvangerVehicles    fires at this many vehicles registered to a straw man and driven by the household
 * @param minShare             a company's assets count for a person owning at least this percentage of it (or directing it)
 * @param strawManMinVehicles  a straw man has at least this many vehicles registered in the period
 * @param strawManMaxIncome    and a declared income of at most this many euros a year
 * @param notableVehicleValue  vehicles acquired in the period worth at least this are anchors of the ranking
 * @param minScore             results scoring less are left out of a ranking (never when {@code person} is asked)
 */
record WealthQuery(String person, LocalDate since, LocalDate until, double assetsToIncome, double acquiredToIncome, double cashPurchase,
                   int recentAcquisitions, int katvangerVehicles, double minShare, int strawManMinVehicles, double strawManMaxIncome,
                   double notableVehicleValue, double minScore) {

    static final double DEFAULT_ASSETS_TO_INCOME = 10;
    static final double DEFAULT_ACQUIRED_TO_INCOME = 5;
    static final double DEFAULT_CASH_PURCHASE = 10_000;
    static final int DEFAULT_RECENT_ACQUISITIONS = 2;
    static final int DEFAULT_KATVANGER_VEHICLES = 1;
    static final double DEFAULT_MIN_SHARE = 25;
    static final int DEFAULT_STRAW_MAN_MIN_VEHICLES = 3;
    static final double DEFAULT_STRAW_MAN_MAX_INCOME = 25_000;
    static final double DEFAULT_NOTABLE_VEHICLE_VALUE = 75_000;
    static final double DEFAULT_MIN_SCORE = 1;

    /**
     * @param today the last day of the default period (two years up to today)
     * @throws IllegalArgumentException naming the argument that makes no sense
     */
    static WealthQuery of(String person, String since, String until, Double assetsToIncome, Double acquiredToIncome, Double cashPurchase,
                          Integer recentAcquisitions, Integer katvangerVehicles, Double minShare, Integer strawManMinVehicles,
                          Double strawManMaxIncome, Double notableVehicleValue, Double minScore, LocalDate today) {
        LocalDate u = until == null || until.isBlank() ? today : date("until", until);
        LocalDate s = since == null || since.isBlank() ? u.minusYears(2).plusDays(1) : date("since", since);
        if (u.isBefore(s)) {
            throw new IllegalArgumentException("until " + u + " is before since " + s);
        }
        double share = or(minShare, DEFAULT_MIN_SHARE);
        if (!(share > 0 && share <= 100)) {
            throw new IllegalArgumentException("minShare must be more than 0 and at most 100 (percent), got " + Money.number(share));
        }
        return new WealthQuery(person == null || person.isBlank() ? null : person.strip(), s, u,
                positive("assetsToIncome", or(assetsToIncome, DEFAULT_ASSETS_TO_INCOME)),
                positive("acquiredToIncome", or(acquiredToIncome, DEFAULT_ACQUIRED_TO_INCOME)),
                positive("cashPurchase", or(cashPurchase, DEFAULT_CASH_PURCHASE)),
                (int) positive("recentAcquisitions", recentAcquisitions == null ? DEFAULT_RECENT_ACQUISITIONS : recentAcquisitions),
                (int) positive("katvangerVehicles", katvangerVehicles == null ? DEFAULT_KATVANGER_VEHICLES : katvangerVehicles),
                share,
                (int) positive("strawManMinVehicles", strawManMinVehicles == null ? DEFAULT_STRAW_MAN_MIN_VEHICLES : strawManMinVehicles),
                positive("strawManMaxIncome", or(strawManMaxIncome, DEFAULT_STRAW_MAN_MAX_INCOME)),
                positive("notableVehicleValue", or(notableVehicleValue, DEFAULT_NOTABLE_VEHICLE_VALUE)),
                notNegative("minScore", or(minScore, DEFAULT_MIN_SCORE)));
    }

    /** The Cypher parameters of both queries. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("since", since);
        p.put("until", until);
        p.put("minShare", minShare);
        p.put("strawManMinVehicles", strawManMinVehicles);
        p.put("strawManMaxIncome", strawManMaxIncome);
        p.put("notableVehicleValue", notableVehicleValue);
        return p;
    }

    String describe() {
        return "period " + since + " – " + until + "; assets held directly, by a partner or minor child at the same address, by a company "
                + "directed or owned for at least " + Money.number(minShare) + " %, or by a straw man (at least " + strawManMinVehicles
                + " vehicles, declared income at most " + Money.euros(strawManMaxIncome) + " a year) whose vehicle the household is seen driving"
                + (person == null ? "; ranking the holders of real estate acquired in the period or paid in cash, of vehicles of at least "
                        + Money.euros(notableVehicleValue) + " acquired in the period and of other assets, scoring at least "
                        + Money.number(minScore) : "; for " + person);
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    private static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be more than 0, got " + Money.number(value));
        }
        return value;
    }

    private static double notNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be 0 or more, got " + Money.number(value));
        }
        return value;
    }

    /** A date argument; the callers give a value (the open ends are decided above). */
    private static LocalDate date(String name, String value) {
        return Arguments.date(name, value, null);
    }
}
