package nl.spoor.ingest.world;

import java.time.LocalDate;
import java.time.Period;

import nl.spoor.model.graph.EntityKind;

/** A person of the world as the generator keeps it in memory: enough to write income and payments. */
public final class Resident {

    /** How an adult earns a living. */
    public enum Income {
        NONE, CHILD, EMPLOYEE, SELF_EMPLOYED, BENEFIT
    }

    final String id;
    final String bsn;
    final Names.PersonName name;
    final boolean female;
    final LocalDate birthDate;
    final Household household;
    String iban;
    Income income = Income.NONE;
    /** Gross monthly wage in cents (employees), or the monthly private draw from the firm (self-employed). */
    long monthlyCents;
    Party payer;
    String benefit;
    long benefitCents;
    Party benefitPayer;

    Resident(String id, String bsn, Names.PersonName name, boolean female, LocalDate birthDate, Household household) {
        this.id = id;
        this.bsn = bsn;
        this.name = name;
        this.female = female;
        this.birthDate = birthDate;
        this.household = household;
    }

    public String id() {
        return id;
    }

    public EntityKind kind() {
        return EntityKind.PERSON;
    }

    public Names.PersonName name() {
        return name;
    }

    public Household household() {
        return household;
    }

    public String iban() {
        return iban;
    }

    public Income income() {
        return income;
    }

    public int age(LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** What the Belastingdienst hears of one year: 12 wages plus 8 % holiday pay, 12 draws, 12 benefit payments. */
    public long declaredYearCents() {
        long work = switch (income) {
            case EMPLOYEE -> Math.round(monthlyCents * 12.96);
            case SELF_EMPLOYED -> monthlyCents * 12;
            default -> 0;
        };
        return work + (benefit != null && !benefit.equals("kinderbijslag") ? benefitCents * 12 : 0);
    }
}
