package nl.spoor.api.detectors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.testing.Facts;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * A tiny graph of persons, companies, accounts, cash, property and the ties between them, written through
 * the GraphWriter as ingest writes them, for one small scene per detector behaviour. Persons are
 * {@code person:<key>}, accounts {@code iban:NL00TEST} + code padded to 10 (not valid IBANs: the writer does
 * not check, and the names read better), companies {@code kvk:<8 digits>}, places {@code place:<code>}.
 */
final class MoneyFixture {

    static final String BANK = "test:bank";
    private final WriteBatch batch = new WriteBatch().source(Facts.source(BANK, "fiod", "FIT-2025-004"));
    private final Set<String> accounts = new HashSet<>();
    private final Set<String> sources = new HashSet<>(Set.of(BANK));
    /** The source of the facts added next: {@link #BANK} unless {@link #from} says otherwise. */
    private String current = BANK;
    private int row = 1;
    private int ref = 1;

    static String iban(String code) {
        return "NL00TEST" + "0".repeat(10 - code.length()) + code;
    }

    static String account(String code) {
        return "iban:" + iban(code);
    }

    /** The facts added next come from {@code sourceId}, delivered by {@code partner} (a second partner's statement, a register). */
    /** The facts added next come from {@code sourceId}, added before with {@link #from(String, String)} (or {@link #BANK}). */
    MoneyFixture from(String sourceId) {
        if (!sources.contains(sourceId)) {
            throw new IllegalArgumentException("no source " + sourceId + " yet");
        }
        current = sourceId;
        return this;
    }

    MoneyFixture from(String sourceId, String partner) {
        if (sources.add(sourceId)) {
            batch.source(Facts.source(sourceId, partner, "FIT-2025-004"));
        }
        current = sourceId;
        return this;
    }

    MoneyFixture person(String key, String name, String... accountCodes) {
        return holder(Facts.person(key), name, accountCodes);
    }

    MoneyFixture company(String kvk, String name, String... accountCodes) {
        return holder(Facts.company(kvk), name, accountCodes);
    }

    private MoneyFixture holder(EntityRef e, String name, String... accountCodes) {
        batch.entity(new EntityFact(e, Map.of("name", name), Evidence.row(current, row++)));
        for (String a : accountCodes) {
            account(a, "");
            batch.relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, e, Facts.account(iban(a)), Map.of(), Evidence.row(current, row++)));
        }
        return this;
    }

    MoneyFixture place(String code, String name) {
        batch.entity(new EntityFact(new EntityRef(EntityKind.PLACE, "place:" + code), Map.of("name", name), Evidence.row(current, row++)));
        return this;
    }

    MoneyFixture transfer(String from, String to, String amount, String date) {
        account(from, "");
        account(to, "");
        batch.relationship(new RelationshipFact(RelationshipKind.TRANSFER, Facts.account(iban(from)), Facts.account(iban(to)), "REF-" + ref++,
                money(amount, date, "Overboeking"), Evidence.row(current, row++)));
        return this;
    }

    MoneyFixture cashDeposit(String place, String to, String amount, String date) {
        batch.relationship(new RelationshipFact(RelationshipKind.CASH_DEPOSIT, new EntityRef(EntityKind.PLACE, "place:" + place),
                Facts.account(iban(to)), "REF-" + ref++, money(amount, date, "Storting contant"), Evidence.row(current, row++)));
        return this;
    }

    MoneyFixture cashWithdrawal(String from, String place, String amount, String date) {
        batch.relationship(new RelationshipFact(RelationshipKind.CASH_WITHDRAWAL, Facts.account(iban(from)),
                new EntityRef(EntityKind.PLACE, "place:" + place), "REF-" + ref++, money(amount, date, "Geldautomaat"), Evidence.row(current, row++)));
        return this;
    }

    /** A tie without a key (FAMILY_OF, DIRECTOR_OF, OWNS, …) between two entities given by Spoor id. */
    MoneyFixture tie(RelationshipKind kind, String from, String to, Map<String, Object> properties) {
        batch.relationship(RelationshipFact.of(kind, ref(from), ref(to), properties, Evidence.row(current, row++)));
        return this;
    }

    /** A tie with a key (EMPLOYED_BY, LIVES_AT, LANDLORD_OF, DECLARED_INCOME, …). */
    MoneyFixture tie(RelationshipKind kind, String from, String to, String key, Map<String, Object> properties) {
        batch.relationship(new RelationshipFact(kind, ref(from), ref(to), key, properties, Evidence.row(current, row++)));
        return this;
    }

    MoneyFixture income(String person, int year, String amount) {
        batch.entity(new EntityFact(new EntityRef(EntityKind.ORGANIZATION, "org:belastingdienst"), Map.of("name", "Belastingdienst"),
                Evidence.row(current, row++)));
        return tie(RelationshipKind.DECLARED_INCOME, person, "org:belastingdienst", Integer.toString(year),
                Map.of("year", (long) year, "amount", new BigDecimal(amount)));
    }

    MoneyFixture realEstate(String id, String name, String woz) {
        batch.entity(new EntityFact(new EntityRef(EntityKind.REAL_ESTATE, id), Map.of("name", name, "wozValue", new BigDecimal(woz),
                "wozYear", 2024L), Evidence.row(current, row++)));
        return this;
    }

    MoneyFixture bought(String owner, String property, String date, String price) {
        return tie(RelationshipKind.OWNS_PROPERTY, owner, property, Map.of("from", LocalDate.parse(date), "purchasePrice", new BigDecimal(price)));
    }

    MoneyFixture address(String id, String street, long number, String place) {
        batch.entity(new EntityFact(new EntityRef(EntityKind.ADDRESS, id), Map.of("street", street, "houseNumber", number, "place", place),
                Evidence.row(current, row++)));
        return this;
    }

    private static EntityRef ref(String spoorId) {
        String prefix = spoorId.substring(0, spoorId.indexOf(':'));
        EntityKind kind = switch (prefix) {
            case "person", "bsn" -> EntityKind.PERSON;
            case "kvk" -> EntityKind.COMPANY;
            case "org" -> EntityKind.ORGANIZATION;
            case "iban" -> EntityKind.BANK_ACCOUNT;
            case "realestate" -> EntityKind.REAL_ESTATE;
            case "address" -> EntityKind.ADDRESS;
            case "place" -> EntityKind.PLACE;
            default -> throw new IllegalArgumentException("no kind for " + spoorId);
        };
        return new EntityRef(kind, spoorId);
    }

    private static Map<String, Object> money(String amount, String date, String description) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("amount", new BigDecimal(amount));
        p.put("currency", "EUR");
        p.put("date", LocalDate.parse(date));
        p.put("description", description);
        return p;
    }

    private void account(String code, String unused) {
        if (accounts.add(code)) {
            batch.entity(Facts.accountFact(iban(code), current, row++));
        }
    }

    void write(SpoorStore store) {
        new GraphWriter(store.driver(), store.database()).write(batch);
    }
}
