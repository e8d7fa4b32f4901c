package nl.spoor.ingest.world;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import nl.spoor.model.graph.RelationshipKind;

/**
 * What a {@link PlantedCase} builds with: households that live ordinary lives, firms, vehicles, real
 * estate, sightings and payments, and {@link #record} for truth.json. Everything goes through the same
 * {@link WorldBuilder} as the ordinary population, so the files cannot tell planted from ordinary.
 */
public final class CaseContext {

    private final Population population;
    private final SplittableRandom random;
    private final int casesPerVariant;
    private final YearMonth statementsFrom;
    private long reference;

    CaseContext(Population population, SplittableRandom random, int casesPerVariant, YearMonth statementsFrom) {
        this.population = population;
        this.random = random;
        this.casesPerVariant = casesPerVariant;
        this.statementsFrom = statementsFrom;
    }

    /** The only source of chance a case may use. */
    public SplittableRandom random() {
        return random;
    }

    public int casesPerVariant() {
        return casesPerVariant;
    }

    /** First day the bank statements cover: money-trail cases pay inside {@link #statementsFrom()}..{@link #statementsUntil()}. */
    public LocalDate statementsFrom() {
        return statementsFrom.atDay(1);
    }

    public LocalDate statementsUntil() {
        return Scale.STATEMENTS_UNTIL.atEndOfMonth();
    }

    /** The writer, for facts the helpers below do not cover. */
    public WorldBuilder world() {
        return population.world;
    }

    /**
     * A new household whose head is {@code headAge} (a partner about as old); give its adults an income
     * with {@link #employ}/{@link #benefit}, then {@link #complete} it. {@code d} may be null (any district).
     */
    public Household household(Names.Origin origin, Population.Composition composition, NoordHolland.Municipality m, NoordHolland.District d,
                               int headAge) {
        return population.household(origin, composition, m, d, headAge);
    }

    /** As {@link #household}, the head bearing {@code family} (a son or a nephew of a family planted before). */
    public Household household(Names.Origin origin, Population.Composition composition, NoordHolland.Municipality m, NoordHolland.District d,
                               int headAge, Names.Surname family) {
        return population.household(origin, composition, m, d, headAge, family);
    }

    public void employ(Resident r, Party employer, long monthlyGrossCents) {
        r.income = Resident.Income.EMPLOYEE;
        r.payer = employer;
        r.monthlyCents = monthlyGrossCents;
    }

    /** Makes the resident self-employed, drawing {@code monthlyCents} from the firm each month. */
    public void selfEmployed(Resident r, Population.Firm firm, long monthlyCents) {
        r.income = Resident.Income.SELF_EMPLOYED;
        r.payer = firm.party();
        r.monthlyCents = monthlyCents;
    }

    /** Employers of the ordinary population (companies and organisations), in a stable order. */
    public java.util.List<Party> employers() {
        return java.util.List.copyOf(population.employers);
    }

    /** A benefit: {@code bijstand} from the gemeente where the person lives, {@code WW}/{@code WIA} from UWV. */
    public void benefit(Resident r, String benefit, long monthlyCents) {
        Party payer = benefit.equals("bijstand") ? population.gemeenten.get(r.household.address.municipality().cbsCode())
                : benefit.equals("AOW") ? population.svb : population.uwv;
        r.income = Resident.Income.BENEFIT;
        population.benefit(r, payer, benefit, monthlyCents);
    }

    /** Writes income and declarations; ordinary housing and cars unless the case plants its own. */
    public void complete(Household h, boolean ordinaryHousing, boolean ordinaryCars) {
        population.complete(h, ordinaryHousing, ordinaryCars);
    }

    /** The household's home bought by its head; with a mortgage unless {@code cash}. Returns the RealEstate id. */
    public String buyHome(Household h, long priceCents, LocalDate purchased, boolean cash) {
        return population.buyHome(h, priceCents, purchased, cash);
    }

    /** Real estate at {@code at}, bought by {@code ownerId}. */
    public String realEstate(Addresses.Address at, long priceCents, LocalDate purchased, String ownerId, boolean cash) {
        return population.realEstate(at, priceCents, purchased, ownerId, cash);
    }

    /** Real estate bought last by {@code ownerId} at {@code priceCents}, with a WOZ value of its own (the market value). */
    public String realEstate(Addresses.Address at, long priceCents, LocalDate purchased, String ownerId, boolean cash, long wozCents) {
        return population.realEstate(at, priceCents, purchased, ownerId, cash, wozCents);
    }

    public Addresses.Address address(NoordHolland.Municipality m, Addresses.Type type) {
        return population.address(m, null, type);
    }

    public Population.Firm company(String name, Population.LegalForm form, Sbi.Activity activity, NoordHolland.Municipality m, LocalDate start) {
        return population.company(name, form, activity, m, start, null);
    }

    public void director(String who, Population.Firm firm, String role, LocalDate from) {
        population.director(who, firm, role, from);
    }

    public void owns(String who, Population.Firm firm, int share, LocalDate from) {
        population.owns(who, firm, share, from);
    }

    /** Registers a vehicle; returns its id. */
    public String vehicle(String ownerId, Cars.Model model, int firstRegistrationYear, LocalDate from) {
        return population.vehicle(ownerId, model, firstRegistrationYear, from);
    }

    public void sighting(String personId, String vehicleId, LocalDate date, String place) {
        population.sighting(personId, vehicleId, date, place);
    }

    /** A day between {@code from} and {@code until}, both included. */
    public LocalDate day(LocalDate from, LocalDate until) {
        return population.dayIn(from, until);
    }

    /** A bank transfer with a case reference ({@code CASE-<caseId>-<n>}). */
    public void transfer(String caseId, String fromIban, String toIban, long cents, LocalDate date, String description, String channel) {
        population.world.transfer(fromIban, toIban, "CASE-" + caseId + "-" + (++reference), Sources.bank(fromIban.substring(9, 13)),
                cents, date, description, channel);
    }

    /** Cash paid in at a place (municipality) to an account. */
    public void cashDeposit(String caseId, NoordHolland.Municipality at, String iban, long cents, LocalDate date, String description) {
        population.world.link(RelationshipKind.CASH_DEPOSIT, at.placeId(), iban, "CASE-" + caseId + "-" + (++reference),
                Sources.bank(iban.substring(9, 13)), Map.of("amount", Money.euros(cents), "currency", "EUR", "date", date, "description", description));
    }

    /** Cash taken out of an account at a place (municipality). */
    public void cashWithdrawal(String caseId, String iban, NoordHolland.Municipality at, long cents, LocalDate date, String description) {
        population.world.link(RelationshipKind.CASH_WITHDRAWAL, iban, at.placeId(), "CASE-" + caseId + "-" + (++reference),
                Sources.bank(iban.substring(9, 13)), Map.of("amount", Money.euros(cents), "currency", "EUR", "date", date, "description", description));
    }

    /** A further account of {@code holderId} at {@code bank} (e.g. a second bank), opened on {@code opened}; returns its id. */
    public String openAccount(String holderId, Banks.Bank bank, LocalDate opened) {
        return population.account(holderId, bank, opened);
    }

    /**
     * Another owner of real estate made with {@link #realEstate}: one more OWNS_PROPERTY (a property that
     * changed hands has one per buyer; the current owner is the one with the latest {@code from}).
     */
    public void ownsProperty(String ownerId, String realEstateId, LocalDate from, long priceCents, boolean cash) {
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("from", from);
        own.put("purchasePrice", Money.euros(priceCents));
        own.put("paidInCash", cash);
        population.world.link(RelationshipKind.OWNS_PROPERTY, ownerId, realEstateId, null, Sources.KADASTER, own);
    }

    /** The net salary the bank statements will show for an employee in {@code month} (with holiday pay in May). */
    public long netSalary(Resident employee, YearMonth month) {
        return Payments.netSalary(employee.monthlyCents, month);
    }

    /** Starts the truth.json entry of a case or look-alike. */
    public TruthCase record(String caseId, String typology, String variant, boolean planted) {
        return population.world.truthCase(caseId, typology, variant, planted);
    }

    // ---- for the sector and trafficking networks ---------------------------------------------

    /** A new address in a given district of {@code m} (e.g. Zaandam-Oost), or any district if {@code d} is null. */
    public Addresses.Address address(NoordHolland.Municipality m, NoordHolland.District d, Addresses.Type type) {
        return population.address(m, d, type);
    }

    /**
     * A company registered at {@code at} (firms of a network share addresses), ended on {@code end} (null:
     * active), with a Zaanstad permit only if {@code permit}.
     */
    public Population.Firm company(String name, Population.LegalForm form, Sbi.Activity activity, Addresses.Address at, LocalDate start,
                                   LocalDate end, boolean permit) {
        return population.company(name, form, activity, at.municipality(), at, start, end, permit);
    }

    /**
     * One more person registered at the household's address from {@code from}; {@code family} null for an
     * unrelated lodger (FAMILY_OF is the case's to write); {@code newcomer} true: no BSN, null: chance.
     */
    public Resident member(Household h, Names.Origin origin, boolean female, Names.Surname family, int age, Boolean newcomer, LocalDate from) {
        return population.member(h, origin, female, family, age, newcomer, from);
    }

    /** An empty household of unrelated adults at an address of the case's choosing; add at least one {@link #member}. */
    public Household lodgings(Addresses.Address at, Names.Origin origin) {
        return population.lodgings(at, origin);
    }

    /** A new mobile number used by {@code userId} (a person, a firm or an ad); returns the Phone id. */
    public String mobile(String userId, String source) {
        return population.phone(userId, population.ids.mobile(), source);
    }

    /** {@code holderId} holds (or may use) an existing account too. */
    public void holdsToo(String holderId, String iban, LocalDate from) {
        population.holdsToo(holderId, iban, from);
    }

    /** An adult without work or benefit (ordinary payments still run from the account). */
    public void noIncome(Resident r) {
        r.income = Resident.Income.NONE;
        r.payer = null;
    }

    /**
     * After {@link #complete}: the case pays this employee's wages itself (with its own dates), so the
     * ordinary payments leave them out; EMPLOYED_BY and the declared income stay as written.
     */
    public void wagesPaidByCase(Resident r) {
        r.payer = null;
    }
}
