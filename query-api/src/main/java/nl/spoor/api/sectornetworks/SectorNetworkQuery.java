package nl.spoor.api.sectornetworks;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The question of {@code sectorNetworks} with every threshold (sectornetworks.graphqls documents each and its default).
 * Built by {@link #of}, which fills the defaults and says which argument is wrong.
 *
 * @param sbi                      SBI code or prefix as stored ({@code 81.22}, {@code 78}); written {@code 8122} is accepted
 * @param municipality             CBS code ({@code GM0479}), municipality or place name; null: anywhere
 * @param since                    first day of the period, or null
 * @param until                    last day of the period, or null
 * @param minFirms                 networkFirms fires from here
 * @param minFamilyControllers     familyControllers fires from here
 * @param minFirmsPerAddress       maxFirmsPerAddress fires from here
 * @param minFirmsPerPhone         maxFirmsPerPhone fires from here
 * @param minCoHeldAccounts        firmAccountsCoHeld fires from here
 * @param minPhoenixSuccessions    phoenixSuccessions fires from here
 * @param phoenixWindowDays        a successor starts at most this many days after its predecessor stopped
 * @param overcrowdedFrom          maxPersonsPerAddress fires from here (overbewoning)
 * @param minEmployerLandlordShare employerLandlordShare fires from here
 * @param minForwardedFraction     forwardedFraction fires from here
 * @param forwardWindowDays        a forward leaves at most this many days after the wage
 * @param minFirmsWithoutPermit    firmsWithoutPermit fires from here
 * @param permitSbi                SBI code or prefix that needs the permit
 * @param permitMunicipalities     CBS codes of the municipalities that require it
 * @param permitRequiredSince      the day it is required from
 * @param maxFirmsPerLink          an address, phone, account, account holder or relative shared by more firms of the sector than
 *                                 this is a hub (a bedrijfsverzamelgebouw, an accountant) and joins nothing; a controller always joins
 * @param minScore                 networks below this score are left out
 */
record SectorNetworkQuery(String sbi, String municipality, LocalDate since, LocalDate until, int minFirms, int minFamilyControllers,
                          int minFirmsPerAddress, int minFirmsPerPhone, int minCoHeldAccounts, int minPhoenixSuccessions,
                          int phoenixWindowDays, int overcrowdedFrom, double minEmployerLandlordShare, double minForwardedFraction,
                          int forwardWindowDays, int minFirmsWithoutPermit, String permitSbi, List<String> permitMunicipalities,
                          LocalDate permitRequiredSince, int maxFirmsPerLink, double minScore) {

    static final String DEFAULT_SBI = "81.22";

    /** The defaults of the schema: what the generator's README table lists as "fires at". */
    static SectorNetworkQuery defaults() {
        return new SectorNetworkQuery(DEFAULT_SBI, null, null, null, 3, 3, 3, 2, 1, 1, 180, 6, 0.5, 0.5, 7, 1, "81.22",
                List.of("GM0479"), LocalDate.of(2024, 7, 1), 25, 0);
    }

    /** Arguments as GraphQL passes them (null: the default), checked. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    static SectorNetworkQuery of(String sbi, String municipality, String since, String until, Integer minFirms, Integer minFamilyControllers,
                                 Integer minFirmsPerAddress, Integer minFirmsPerPhone, Integer minCoHeldAccounts, Integer minPhoenixSuccessions,
                                 Integer phoenixWindowDays, Integer overcrowdedFrom, Double minEmployerLandlordShare, Double minForwardedFraction,
                                 Integer forwardWindowDays, Integer minFirmsWithoutPermit, String permitSbi, List<String> permitMunicipalities,
                                 String permitRequiredSince, Integer maxFirmsPerLink, Double minScore) {
        SectorNetworkQuery d = defaults();
        LocalDate from = date("since", since, null);
        LocalDate to = date("until", until, null);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("until " + to + " is before since " + from);
        }
        return new SectorNetworkQuery(sbi("sbi", sbi == null ? d.sbi() : sbi), blankToNull(municipality), from, to,
                atLeast("minFirms", minFirms, d.minFirms(), 1), atLeast("minFamilyControllers", minFamilyControllers, d.minFamilyControllers(), 1),
                atLeast("minFirmsPerAddress", minFirmsPerAddress, d.minFirmsPerAddress(), 1),
                atLeast("minFirmsPerPhone", minFirmsPerPhone, d.minFirmsPerPhone(), 1),
                atLeast("minCoHeldAccounts", minCoHeldAccounts, d.minCoHeldAccounts(), 1),
                atLeast("minPhoenixSuccessions", minPhoenixSuccessions, d.minPhoenixSuccessions(), 1),
                atLeast("phoenixWindowDays", phoenixWindowDays, d.phoenixWindowDays(), 0),
                atLeast("overcrowdedFrom", overcrowdedFrom, d.overcrowdedFrom(), 1),
                fraction("minEmployerLandlordShare", minEmployerLandlordShare, d.minEmployerLandlordShare()),
                fraction("minForwardedFraction", minForwardedFraction, d.minForwardedFraction()),
                atLeast("forwardWindowDays", forwardWindowDays, d.forwardWindowDays(), 0),
                atLeast("minFirmsWithoutPermit", minFirmsWithoutPermit, d.minFirmsWithoutPermit(), 1),
                sbi("permitSbi", permitSbi == null ? d.permitSbi() : permitSbi),
                permitMunicipalities == null ? d.permitMunicipalities() : permitMunicipalities.stream().map(m -> m.trim().toUpperCase(Locale.ROOT)).toList(),
                date("permitRequiredSince", permitRequiredSince, d.permitRequiredSince()),
                atLeast("maxFirmsPerLink", maxFirmsPerLink, d.maxFirmsPerLink(), 2),
                minScore == null ? d.minScore() : minScore);
    }

    /** {@code 8122} → {@code 81.22}, {@code 78} stays; at least the two digits of an SBI division. */
    static String sbi(String argument, String written) {
        String digits = written.trim().replace(".", "");
        if (!digits.matches("\\d{2,5}")) {
            throw new IllegalArgumentException(argument + " '" + written + "' is not an SBI code or prefix (2 to 5 digits, e.g. 81.22, 8122 or 78)");
        }
        return digits.length() > 2 ? digits.substring(0, 2) + "." + digits.substring(2) : digits;
    }

    private static LocalDate date(String argument, String written, LocalDate fallback) {
        if (written == null || written.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(written.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(argument + " '" + written + "' is not a date (yyyy-mm-dd)");
        }
    }

    private static int atLeast(String argument, Integer value, int fallback, int min) {
        int v = value == null ? fallback : value;
        if (v < min) {
            throw new IllegalArgumentException(argument + " must be " + min + " or more, got " + v);
        }
        return v;
    }

    private static double fraction(String argument, Double value, double fallback) {
        double v = value == null ? fallback : value;
        if (v < 0 || v > 1) {
            throw new IllegalArgumentException(argument + " must be between 0 and 1, got " + v);
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The question in one line, for the result's {@code query} field. */
    String describe() {
        return "SBI " + sbi + (municipality == null ? "" : " in " + municipality)
                + (since == null && until == null ? "" : ", period " + (since == null ? "…" : since) + " to " + (until == null ? "…" : until));
    }
}
