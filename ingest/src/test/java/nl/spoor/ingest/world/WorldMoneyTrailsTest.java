package nl.spoor.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * The money-trail cases of truth.json (mule chains, round trips, structuring, ABC transactions) and their
 * look-alikes are really in the files: every recorded indicator is recomputed here from the CSVs alone.
 */
class WorldMoneyTrailsTest {

    static final BigDecimal NINETY_PERCENT = new BigDecimal("0.90");
    static final BigDecimal BAND_FROM = new BigDecimal("9000");
    static final BigDecimal THRESHOLD = new BigDecimal("10000");

    @TempDir
    static Path dir;
    static JsonNode truth;
    static LocalDate statementsFrom;
    static LocalDate statementsUntil;
    static final Map<RelationshipKind, List<Map<String, String>>> rels = new EnumMap<>(RelationshipKind.class);
    static List<Map<String, String>> persons;
    static List<Map<String, String>> realEstate;

    @BeforeAll
    static void generate() {
        GeneratedWorld world = GeneratedWorld.small(dir, 7);
        truth = world.truth();
        statementsFrom = LocalDate.parse(truth.get("statementsFrom").asString());
        statementsUntil = LocalDate.parse(truth.get("statementsUntil").asString());
        for (RelationshipKind k : List.of(RelationshipKind.TRANSFER, RelationshipKind.CASH_DEPOSIT, RelationshipKind.CASH_WITHDRAWAL,
                RelationshipKind.HOLDS_ACCOUNT, RelationshipKind.OWNS_PROPERTY, RelationshipKind.FAMILY_OF, RelationshipKind.DIRECTOR_OF,
                RelationshipKind.OWNS, RelationshipKind.EMPLOYED_BY, RelationshipKind.LANDLORD_OF, RelationshipKind.DECLARED_INCOME)) {
            rels.put(k, world.records(WorldFormat.relationshipFile(k), WorldFormat.RELATIONSHIP_LEAD, WorldFormat.properties(k)));
        }
        persons = world.records(WorldFormat.nodeFile(EntityKind.PERSON), WorldFormat.NODE_LEAD, WorldFormat.properties(EntityKind.PERSON));
        realEstate = world.records(WorldFormat.nodeFile(EntityKind.REAL_ESTATE), WorldFormat.NODE_LEAD, WorldFormat.properties(EntityKind.REAL_ESTATE));
    }

    // ---- reading truth and files ------------------------------------------------------------------

    static List<JsonNode> cases(String typology, boolean planted) {
        List<JsonNode> out = new ArrayList<>();
        truth.get("cases").forEach(c -> {
            if (c.get("typology").asString().equals(typology) && c.get("planted").asBoolean() == planted) {
                out.add(c);
            }
        });
        return out;
    }

    static List<String> withRole(JsonNode c, String role) {
        List<String> ids = new ArrayList<>();
        c.get("entities").forEach(e -> {
            if (e.get("role").asString().equals(role)) {
                ids.add(e.get("id").asString());
            }
        });
        return ids;
    }

    static String subject(JsonNode c) {
        return c.get("subjects").get(0).asString();
    }

    static BigDecimal indicator(JsonNode c, String name) {
        for (JsonNode i : c.get("indicators")) {
            if (i.get("name").asString().equals(name)) {
                return i.get("value").decimalValue();
            }
        }
        throw new AssertionError(c.get("caseId") + " has no indicator " + name);
    }

    static List<Map<String, String>> rows(RelationshipKind k, Predicate<Map<String, String>> filter) {
        return rels.get(k).stream().filter(filter).toList();
    }

    static BigDecimal amount(Map<String, String> row) {
        return new BigDecimal(row.get("amount"));
    }

    static LocalDate date(Map<String, String> row) {
        return LocalDate.parse(row.get("date"));
    }

    static BigDecimal sum(List<Map<String, String>> rows) {
        return rows.stream().map(WorldMoneyTrailsTest::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static LocalDate last(List<Map<String, String>> rows) {
        return rows.stream().map(WorldMoneyTrailsTest::date).max(Comparator.naturalOrder()).orElseThrow();
    }

    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 2, RoundingMode.HALF_UP);
    }

    static long days(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }

    static List<Map<String, String>> transfers(String from, String to) {
        return rows(RelationshipKind.TRANSFER, r -> r.get("_from").equals(from) && r.get("_to").equals(to));
    }

    static String holder(String account) {
        return rows(RelationshipKind.HOLDS_ACCOUNT, r -> r.get("_to").equals(account)).getFirst().get("_from");
    }

    static Set<String> accountsOf(String holder) {
        Set<String> out = new HashSet<>();
        rows(RelationshipKind.HOLDS_ACCOUNT, r -> r.get("_from").equals(holder)).forEach(r -> out.add(r.get("_to")));
        return out;
    }

    static boolean related(RelationshipKind k, String a, String b) {
        return !rows(k, r -> r.get("_from").equals(a) && r.get("_to").equals(b) || r.get("_from").equals(b) && r.get("_to").equals(a)).isEmpty();
    }

    static BigDecimal declared2024(String person) {
        return sum(rows(RelationshipKind.DECLARED_INCOME, r -> r.get("_from").equals(person) && r.get("year").equals("2024")));
    }

    /** The most dates that fall within {@code days} days of each other (from the first of them). */
    static int mostWithin(List<LocalDate> dates, int days) {
        int most = 0;
        for (LocalDate d : dates) {
            most = Math.max(most, (int) dates.stream().filter(x -> !x.isBefore(d) && days(d, x) < days).count());
        }
        return most;
    }

    // ---- tests --------------------------------------------------------------------------------

    @Test
    void everyMoneyTrailCaseIsPlantedOncePerVariantInTheSmallWorld() {
        List<String> ids = new ArrayList<>();
        truth.get("cases").forEach(c -> ids.add(c.get("caseId").asString()));
        assertThat(ids).contains("mule-cash-1", "mule-organiser-1", "mule-lookalike-payroll-1", "mule-lookalike-rent-1",
                "roundtrip-origin-1", "roundtrip-ownedCompany-1", "roundtrip-lookalike-loan-1",
                "structuring-oneAccount-1", "structuring-severalAccounts-1", "structuring-lookalike-shop-1",
                "abc-family-1", "abc-sharedDirector-1", "abc-lookalike-ordinary-1");
    }

    @Test
    void everyPaymentFallsInsideTheStatementPeriod() {
        for (RelationshipKind k : List.of(RelationshipKind.TRANSFER, RelationshipKind.CASH_DEPOSIT, RelationshipKind.CASH_WITHDRAWAL)) {
            for (Map<String, String> r : rels.get(k)) {
                assertThat(date(r)).as(k + " " + r.get("_key")).isBetween(statementsFrom, statementsUntil);
            }
        }
    }

    @Test
    void muleChainsForwardAtLeastNinetyPercentWithinThreeDaysHopAfterHop() {
        List<JsonNode> chains = cases("muleChain", true);
        assertThat(chains).extracting(c -> c.get("variant").asString()).containsExactly("cash", "organiser");
        for (JsonNode c : chains) {
            String caseId = c.get("caseId").asString();
            List<String> mules = withRole(c, "mule");
            assertThat(mules.getFirst()).isEqualTo(subject(c));
            assertThat(mules).hasSize(indicator(c, "hops").intValue()).hasSizeBetween(3, 4);
            for (String mule : withRole(c, "muleHolder")) {
                Map<String, String> p = persons.stream().filter(x -> x.get("id").equals(mule)).findFirst().orElseThrow();
                assertThat(java.time.Period.between(LocalDate.parse(p.get("birthDate")), statementsFrom).getYears()).as("age").isBetween(18, 24);
                assertThat(declared2024(mule)).as("income").isLessThan(new BigDecimal("16000"));
            }
            List<Map<String, String>> in = new ArrayList<>();
            for (String victim : withRole(c, "victimAccount")) {
                in.addAll(transfers(victim, mules.getFirst()));
            }
            assertThat(in).hasSize(indicator(c, "sourcePayments").intValue());
            LocalDate firstIn = in.stream().map(WorldMoneyTrailsTest::date).min(Comparator.naturalOrder()).orElseThrow();
            BigDecimal minFraction = BigDecimal.ONE;
            long maxDelay = 0;
            JsonNode hops = c.get("parameters").get("hops");
            for (int i = 0; i < mules.size(); i++) {
                List<Map<String, String>> out;
                if (i + 1 < mules.size()) {
                    out = transfers(mules.get(i), mules.get(i + 1));
                } else if (c.get("variant").asString().equals("organiser")) {
                    String organiserAccount = withRole(c, "organiserAccount").getFirst();
                    assertThat(holder(organiserAccount)).isEqualTo(withRole(c, "organiser").getFirst());
                    out = transfers(mules.get(i), organiserAccount);
                } else {
                    String account = mules.get(i);
                    out = rows(RelationshipKind.CASH_WITHDRAWAL, r -> r.get("_from").equals(account) && r.get("_key").startsWith("CASE-" + caseId + "-"));
                    assertThat(out).hasSizeGreaterThanOrEqualTo(3);
                }
                LocalDate arrived = last(in);
                for (Map<String, String> o : out) {
                    assertThat(date(o)).as("hop %d forwards after the money arrived", i + 1).isAfter(arrived);
                }
                BigDecimal fraction = ratio(sum(out), sum(in));
                long delay = days(arrived, last(out));
                assertThat(fraction).isGreaterThanOrEqualTo(NINETY_PERCENT).isLessThan(BigDecimal.ONE)
                        .isEqualByComparingTo(hops.get(i).get("fraction").decimalValue());
                assertThat(delay).isBetween(1L, 3L).isEqualTo(hops.get(i).get("delayDays").asLong());
                assertThat(sum(in)).isEqualByComparingTo(hops.get(i).get("amountIn").decimalValue());
                minFraction = fraction.min(minFraction);
                maxDelay = Math.max(maxDelay, delay);
                in = out;
            }
            assertThat(minFraction).isEqualByComparingTo(indicator(c, "minForwardedFraction"));
            assertThat(maxDelay).isEqualTo(indicator(c, "maxDelayDays").longValue());
            assertThat(days(firstIn, last(in))).isEqualTo(indicator(c, "chainDays").longValue());
        }
    }

    @Test
    void payrollProviderPassesOnOnlyTheNetWagesToItsOwnEmployees() {
        JsonNode c = cases("muleChain", false).stream().filter(x -> x.get("variant").asString().equals("payroll")).findFirst().orElseThrow();
        String account = subject(c);
        String firm = holder(account);
        List<Map<String, String>> in = rows(RelationshipKind.TRANSFER, r -> r.get("_to").equals(account));
        List<Map<String, String>> out = rows(RelationshipKind.TRANSFER, r -> r.get("_from").equals(account));
        assertThat(sum(in)).isEqualByComparingTo(c.get("parameters").get("received").decimalValue());
        assertThat(ratio(sum(out), sum(in))).isEqualByComparingTo(indicator(c, "forwardedFraction")).isLessThan(NINETY_PERCENT);
        Set<String> recipients = new HashSet<>();
        out.forEach(r -> recipients.add(r.get("_to")));
        assertThat(recipients).hasSize(c.get("parameters").get("recipients").asInt()).hasSizeGreaterThanOrEqualTo(15);
        Set<String> employees = new HashSet<>();
        rows(RelationshipKind.EMPLOYED_BY, r -> r.get("_to").equals(firm)).forEach(r -> employees.add(r.get("_from")));
        for (Map<String, String> salary : out) {
            assertThat(salary.get("channel")).isEqualTo("salaris");
            assertThat(employees).contains(holder(salary.get("_to")));
            // The employees spend their wage; none passes 90 % of it on within three days.
            BigDecimal spent = sum(rows(RelationshipKind.TRANSFER, r -> r.get("_from").equals(salary.get("_to"))
                    && !date(r).isBefore(date(salary)) && days(date(salary), date(r)) <= 3));
            assertThat(spent).isLessThan(amount(salary).multiply(NINETY_PERCENT));
        }
    }

    @Test
    void rentForwarderPassesOnLessThanNinetyPercentToHisLandlord() {
        JsonNode c = cases("muleChain", false).stream().filter(x -> x.get("variant").asString().equals("rent")).findFirst().orElseThrow();
        String account = subject(c);
        String student = holder(account);
        String landlordAccount = withRole(c, "landlordAccount").getFirst();
        List<Map<String, String>> in = transfers(withRole(c, "sourceAccount").getFirst(), account);
        List<Map<String, String>> out = transfers(account, landlordAccount);
        assertThat(in).hasSameSizeAs(out).hasSize(c.get("parameters").get("months").asInt());
        for (int i = 0; i < in.size(); i++) {
            assertThat(days(date(in.get(i)), date(out.get(i)))).isBetween(0L, 2L);
            assertThat(ratio(amount(out.get(i)), amount(in.get(i)))).isEqualByComparingTo(indicator(c, "forwardedFraction")).isLessThan(NINETY_PERCENT);
        }
        assertThat(related(RelationshipKind.FAMILY_OF, holder(withRole(c, "sourceAccount").getFirst()), student)).isTrue();
        assertThat(rows(RelationshipKind.LANDLORD_OF, r -> r.get("_from").equals(holder(landlordAccount)) && r.get("_to").equals(student))).hasSize(1);
        assertThat(rows(RelationshipKind.TRANSFER, r -> r.get("_from").equals(landlordAccount))).as("the landlord passes nothing on").isEmpty();
    }

    @Test
    void roundTripsReturnMostOfTheMoneyToTheOriginOrItsCompanyWithinThreeWeeks() {
        List<JsonNode> trips = cases("roundTrip", true);
        assertThat(trips).extracting(c -> c.get("variant").asString()).containsExactly("origin", "ownedCompany");
        for (JsonNode c : trips) {
            List<String> cycle = new ArrayList<>();
            c.get("parameters").get("cycle").forEach(a -> cycle.add(a.asString()));
            assertThat(cycle.getFirst()).isEqualTo(subject(c));
            String origin = withRole(c, "origin").getFirst();
            String company = withRole(c, "ownedCompany").getFirst();
            if (c.get("variant").asString().equals("origin")) {
                assertThat(cycle.getLast()).isEqualTo(cycle.getFirst());
                assertThat(holder(cycle.getFirst())).isEqualTo(company);
            } else {
                assertThat(holder(cycle.getFirst())).isEqualTo(origin);
                assertThat(holder(cycle.getLast())).isEqualTo(company);
            }
            assertThat(rows(RelationshipKind.OWNS, r -> r.get("_from").equals(origin) && r.get("_to").equals(company)))
                    .singleElement().satisfies(r -> assertThat(Integer.parseInt(r.get("share"))).isGreaterThanOrEqualTo(25));
            String facilitator = withRole(c, "facilitator").getFirst();
            List<Map<String, String>> hops = new ArrayList<>();
            for (int i = 0; i + 1 < cycle.size(); i++) {
                if (i > 0) {
                    String shell = holder(cycle.get(i));
                    assertThat(withRole(c, "intermediary")).contains(shell);
                    assertThat(related(RelationshipKind.DIRECTOR_OF, facilitator, shell)).isTrue();
                }
                List<Map<String, String>> t = transfers(cycle.get(i), cycle.get(i + 1));
                assertThat(t).hasSize(1);
                if (!hops.isEmpty()) {
                    assertThat(date(t.getFirst())).isAfter(date(hops.getLast()));
                    assertThat(amount(t.getFirst())).isLessThanOrEqualTo(amount(hops.getLast()));
                }
                hops.add(t.getFirst());
            }
            assertThat(cycle.size() - 2).isEqualTo(indicator(c, "intermediaries").intValue()).isBetween(2, 4);
            BigDecimal returned = ratio(amount(hops.getLast()), amount(hops.getFirst()));
            assertThat(returned).isEqualByComparingTo(indicator(c, "fractionReturned")).isBetween(new BigDecimal("0.80"), new BigDecimal("0.99"));
            assertThat(days(date(hops.getFirst()), date(hops.getLast()))).isEqualTo(indicator(c, "cycleDays").longValue()).isLessThanOrEqualTo(21);
        }
    }

    @Test
    void intraGroupLoanComesBackStraightWithInterestAfterMonths() {
        JsonNode c = cases("roundTrip", false).getFirst();
        String holding = subject(c);
        String borrower = withRole(c, "cycleAccount").getFirst();
        List<Map<String, String>> out = transfers(holding, borrower);
        List<Map<String, String>> back = transfers(borrower, holding);
        assertThat(out).hasSize(1);
        assertThat(back).hasSize(1);
        assertThat(amount(back.getFirst())).isGreaterThan(amount(out.getFirst()));
        assertThat(ratio(amount(back.getFirst()), amount(out.getFirst()))).isEqualByComparingTo(c.get("parameters").get("fractionReturned").decimalValue());
        assertThat(days(date(out.getFirst()), date(back.getFirst()))).isEqualTo(indicator(c, "cycleDays").longValue()).isGreaterThan(30);
        assertThat(indicator(c, "intermediaries").intValue()).isZero();
        assertThat(related(RelationshipKind.OWNS, holder(holding), holder(borrower))).isTrue();
    }

    @Test
    void structuringIsManyCashDepositsJustBelowTenThousandWithinWeeks() {
        List<JsonNode> planted = cases("structuring", true);
        assertThat(planted).extracting(c -> c.get("variant").asString()).containsExactly("oneAccount", "severalAccounts");
        for (JsonNode c : planted) {
            String person = subject(c);
            Set<String> accounts = accountsOf(person);
            assertThat(accounts).containsAll(withRole(c, "account"));
            List<Map<String, String>> band = rows(RelationshipKind.CASH_DEPOSIT, r -> accounts.contains(r.get("_to"))
                    && amount(r).compareTo(BAND_FROM) >= 0 && amount(r).compareTo(THRESHOLD) < 0);
            List<LocalDate> dates = band.stream().map(WorldMoneyTrailsTest::date).sorted().toList();
            assertThat(mostWithin(dates, 30)).isEqualTo(band.size()).isEqualTo(indicator(c, "depositsJustBelowThreshold").intValue())
                    .isGreaterThanOrEqualTo(8);
            assertThat(sum(band)).isEqualByComparingTo(indicator(c, "totalJustBelowThreshold"));
            assertThat(days(dates.getFirst(), dates.getLast())).isEqualTo(indicator(c, "windowDays").longValue()).isLessThanOrEqualTo(28);
            assertThat(band.stream().map(r -> r.get("_to")).distinct().count()).isEqualTo(indicator(c, "accounts").longValue());
            assertThat(band.stream().map(r -> r.get("_from")).distinct().count()).isEqualTo(indicator(c, "places").longValue()).isGreaterThanOrEqualTo(2);
        }
        assertThat(indicator(planted.get(1), "accounts").intValue()).isBetween(2, 3);
    }

    @Test
    void shopDepositsItsTakingsAllThroughThePeriodNotClusteredBelowTheThreshold() {
        JsonNode c = cases("structuring", false).getFirst();
        String account = withRole(c, "account").getFirst();
        assertThat(holder(account)).isEqualTo(subject(c));
        List<Map<String, String>> deposits = rows(RelationshipKind.CASH_DEPOSIT, r -> r.get("_to").equals(account));
        assertThat(deposits).hasSize(c.get("parameters").get("deposits").asInt()).hasSizeGreaterThanOrEqualTo(10);
        List<LocalDate> band = deposits.stream().filter(r -> amount(r).compareTo(BAND_FROM) >= 0 && amount(r).compareTo(THRESHOLD) < 0)
                .map(WorldMoneyTrailsTest::date).sorted().toList();
        assertThat(mostWithin(band, 30)).isEqualTo(indicator(c, "depositsJustBelowThreshold").intValue()).isLessThanOrEqualTo(2);
        assertThat(deposits.stream().filter(r -> amount(r).compareTo(THRESHOLD) >= 0).count())
                .isEqualTo(c.get("parameters").get("depositsAboveThreshold").asLong()).isPositive();
        assertThat(days(deposits.stream().map(WorldMoneyTrailsTest::date).min(Comparator.naturalOrder()).orElseThrow(), last(deposits)))
                .isEqualTo(c.get("parameters").get("windowDays").asLong()).isGreaterThan(60);
    }

    /** The OWNS_PROPERTY rows of a property in the order of their {@code from}. */
    static List<Map<String, String>> owners(String property) {
        return rows(RelationshipKind.OWNS_PROPERTY, r -> r.get("_to").equals(property)).stream()
                .sorted(Comparator.comparing(r -> LocalDate.parse(r.get("from")))).toList();
    }

    static BigDecimal woz(String property) {
        return new BigDecimal(realEstate.stream().filter(r -> r.get("id").equals(property)).findFirst().orElseThrow().get("wozValue"));
    }

    static BigDecimal price(Map<String, String> owner) {
        return new BigDecimal(owner.get("purchasePrice"));
    }

    @Test
    void abcTransactionsPassAPropertyOnWithinMonthsAtSharplyRisingPricesBetweenRelatedParties() {
        List<JsonNode> planted = cases("abcTransaction", true);
        assertThat(planted).extracting(c -> c.get("variant").asString()).containsExactly("family", "sharedDirector");
        for (JsonNode c : planted) {
            List<Map<String, String>> chain = owners(subject(c));
            List<String> parties = List.of(withRole(c, "partyA").getFirst(), withRole(c, "partyB").getFirst(), withRole(c, "partyC").getFirst());
            assertThat(chain).extracting(r -> r.get("_from")).containsExactlyElementsOf(parties);
            BigDecimal minIncrease = null;
            long maxDays = 0;
            for (int i = 1; i < 3; i++) {
                BigDecimal increase = ratio(price(chain.get(i)).subtract(price(chain.get(i - 1))), price(chain.get(i - 1)));
                assertThat(increase).isBetween(new BigDecimal("0.30"), new BigDecimal("0.60"));
                minIncrease = minIncrease == null ? increase : increase.min(minIncrease);
                LocalDate from = LocalDate.parse(chain.get(i).get("from"));
                maxDays = Math.max(maxDays, days(LocalDate.parse(chain.get(i - 1).get("from")), from));
                // The buyer paid the seller the price on the day of the transfer of ownership.
                Set<String> buyer = accountsOf(parties.get(i));
                Set<String> seller = accountsOf(parties.get(i - 1));
                BigDecimal price = price(chain.get(i));
                assertThat(rows(RelationshipKind.TRANSFER, r -> buyer.contains(r.get("_from")) && seller.contains(r.get("_to"))
                        && amount(r).compareTo(price) == 0)).singleElement().satisfies(r -> assertThat(date(r)).isEqualTo(from));
            }
            assertThat(minIncrease).isEqualByComparingTo(indicator(c, "minStepIncrease"));
            assertThat(maxDays).isEqualTo(indicator(c, "maxStepDays").longValue()).isLessThanOrEqualTo(365);
            assertThat(ratio(price(chain.getLast()), woz(subject(c)))).isEqualByComparingTo(indicator(c, "priceToWoz")).isGreaterThan(new BigDecimal("1.5"));
            if (c.get("variant").asString().equals("family")) {
                assertThat(related(RelationshipKind.FAMILY_OF, parties.get(0), parties.get(1))).isTrue();
                assertThat(related(RelationshipKind.FAMILY_OF, parties.get(1), parties.get(2))).isTrue();
            } else {
                String director = withRole(c, "sharedDirector").getFirst();
                for (String company : parties) {
                    assertThat(related(RelationshipKind.DIRECTOR_OF, director, company)).as(company).isTrue();
                }
            }
            assertThat(indicator(c, "relatedSteps").intValue()).isEqualTo(2);
        }
    }

    @Test
    void ordinaryPropertyChainIsSoldYearsApartAtMarketPricesBetweenStrangers() {
        JsonNode c = cases("abcTransaction", false).getFirst();
        List<Map<String, String>> chain = owners(subject(c));
        assertThat(chain).hasSize(3);
        long maxDays = 0;
        for (int i = 1; i < 3; i++) {
            maxDays = Math.max(maxDays, days(LocalDate.parse(chain.get(i - 1).get("from")), LocalDate.parse(chain.get(i).get("from"))));
            assertThat(related(RelationshipKind.FAMILY_OF, chain.get(i - 1).get("_from"), chain.get(i).get("_from"))).isFalse();
        }
        assertThat(maxDays).isEqualTo(indicator(c, "maxStepDays").longValue()).isGreaterThan(365);
        assertThat(indicator(c, "relatedSteps").intValue()).isZero();
        assertThat(ratio(price(chain.getLast()), woz(subject(c)))).isEqualByComparingTo(indicator(c, "priceToWoz")).isLessThan(new BigDecimal("1.10"));
    }
}
