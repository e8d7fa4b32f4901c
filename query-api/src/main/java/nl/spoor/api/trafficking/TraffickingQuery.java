package nl.spoor.api.trafficking;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.spoor.api.graphql.Arguments;

/**
 * The thresholds of {@code traffickingNetworks}, each an argument with a default (trafficking.graphqls),
 * checked before anything runs. An indicator fires when its value reaches its threshold.
 *
 * @param minFanInSenders          persons (not family of the controller) paying the controller's accounts
 * @param minUnrelatedPersons      persons without family ties to each other registered at one address the controller (or a firm) lets
 * @param minHotelStays            stays of the network's persons at hotels and Airbnbs ({@link #stayTypes})
 * @param minAliasesPerPhone       different aliases in the ads on one phone of the network
 * @param minPersonsPerPhone       different persons offered in the ads on one phone of the network
 * @param minEmployerIsLandlord    persons employed by the controller or a firm who also rent from the controller or a firm
 * @param minTransportSightings    times the controller is seen driving a vehicle registered to someone else where the network's persons live or stay
 * @param minIndicators            indicators that must fire for a network to be listed
 * @param stayTypes                address types that count as stays (hotel, airbnb)
 * @param since                    first day of the period (inclusive)
 * @param until                    last day of the period (inclusive)
 */
record TraffickingQuery(int minFanInSenders, int minUnrelatedPersons, int minHotelStays, int minAliasesPerPhone, int minPersonsPerPhone,
                        int minEmployerIsLandlord, int minTransportSightings, int minIndicators, List<String> stayTypes,
                        LocalDate since, LocalDate until) {

    static final LocalDate OPEN_FROM = LocalDate.of(1900, 1, 1);
    static final LocalDate OPEN_UNTIL = LocalDate.of(9999, 12, 31);
    static final List<String> STAY_TYPES = List.of("hotel", "airbnb");

    /** The defaults: the generator's thresholds (README, "Planted cases and look-alikes"). */
    static TraffickingQuery defaults() {
        return new TraffickingQuery(4, 5, 3, 3, 2, 3, 1, 2, STAY_TYPES, OPEN_FROM, OPEN_UNTIL);
    }

    /** @throws IllegalArgumentException naming the argument that makes no sense */
    static TraffickingQuery of(Integer minFanInSenders, Integer minUnrelatedPersons, Integer minHotelStays, Integer minAliasesPerPhone,
                               Integer minPersonsPerPhone, Integer minEmployerIsLandlord, Integer minTransportSightings, Integer minIndicators,
                               String since, String until) {
        TraffickingQuery d = defaults();
        LocalDate from = date("since", since, OPEN_FROM);
        LocalDate to = date("until", until, OPEN_UNTIL);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("until " + to + " is before since " + from);
        }
        return new TraffickingQuery(atLeast("minFanInSenders", minFanInSenders, d.minFanInSenders, 1),
                atLeast("minUnrelatedPersons", minUnrelatedPersons, d.minUnrelatedPersons, 2),
                atLeast("minHotelStays", minHotelStays, d.minHotelStays, 1),
                atLeast("minAliasesPerPhone", minAliasesPerPhone, d.minAliasesPerPhone, 2),
                atLeast("minPersonsPerPhone", minPersonsPerPhone, d.minPersonsPerPhone, 2),
                atLeast("minEmployerIsLandlord", minEmployerIsLandlord, d.minEmployerIsLandlord, 1),
                atLeast("minTransportSightings", minTransportSightings, d.minTransportSightings, 1),
                atLeast("minIndicators", minIndicators, d.minIndicators, 1), STAY_TYPES, from, to);
    }

    private static int atLeast(String name, Integer value, int fallback, int least) {
        int v = value == null ? fallback : value;
        if (v < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", got " + v);
        }
        return v;
    }

    private static LocalDate date(String name, String value, LocalDate open) {

        return Arguments.date(name, value, open);

    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("minFanInSenders", minFanInSenders);
        p.put("minUnrelatedPersons", minUnrelatedPersons);
        p.put("minAliasesPerPhone", minAliasesPerPhone);
        p.put("minPersonsPerPhone", minPersonsPerPhone);
        p.put("minEmployerIsLandlord", minEmployerIsLandlord);
        p.put("minIndicators", minIndicators);
        p.put("stayTypes", stayTypes);
        p.put("since", since);
        p.put("until", until);
        p.put("openPeriod", since.equals(OPEN_FROM) && until.equals(OPEN_UNTIL));
        return p;
    }

    /** The thresholds in one line, as the result states them. */
    String describe() {
        return String.format(Locale.ROOT, "fanInSenders ≥ %d, unrelatedPersonsPerAddress ≥ %d, hotelStays ≥ %d, aliasesPerPhone ≥ %d, "
                        + "personsPerPhone ≥ %d, employerIsLandlord ≥ %d, transportSightings ≥ %d; listed when at least %d fire%s",
                minFanInSenders, minUnrelatedPersons, minHotelStays, minAliasesPerPhone, minPersonsPerPhone, minEmployerIsLandlord,
                minTransportSightings, minIndicators,
                since.equals(OPEN_FROM) && until.equals(OPEN_UNTIL) ? "" : "; period " + (since.equals(OPEN_FROM) ? "…" : since)
                        + " – " + (until.equals(OPEN_UNTIL) ? "…" : until));
    }
}
