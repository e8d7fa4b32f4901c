package nl.spoor.api.trafficking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
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
 * A tiny graph of persons, firms, addresses, phones, ads, vehicles and transfers, written through the
 * GraphWriter as ingest writes them, one small scene per behaviour. Persons are {@code person:<key>},
 * each with one account {@code iban:NL00TEST<key>}; addresses {@code address:<key>}. Every fact is the police's
 * ({@link #PV}) unless a scene names the register that states what follows ({@link #by}): each register its own
 * source and partner, as for the tests of what a purpose without one of them sees.
 */
final class NetworkFixture {

    static final String PV = "test:pv-mensenhandel";
    private final WriteBatch batch = new WriteBatch();
    private final Set<String> accounts = new HashSet<>();
    private final Map<String, Integer> keys = new HashMap<>();
    private final Set<String> sources = new HashSet<>();
    private String source = PV;
    private String partner = "politie";
    private int row = 1;

    /** What follows is stated by {@code register}: source {@code test:<register>} of partner {@code register}. */
    NetworkFixture by(String register) {
        source = "test:" + register;
        partner = register;
        return this;
    }

    /** The current register's source id, its Source written with the first fact it states. */
    private String stating() {
        if (sources.add(source)) {
            batch.source(Facts.source(source, partner, "RIEC-NH-2025-031"));
        }
        return source;
    }

    static EntityRef person(String key) {
        return Facts.person(key);
    }

    static EntityRef address(String key) {
        return new EntityRef(EntityKind.ADDRESS, "address:" + key);
    }

    private static String iban(String person) {
        return "NL00TEST" + person.toUpperCase(java.util.Locale.ROOT);
    }

    private Evidence at() {
        return Evidence.row(stating(), row++);
    }

    /** A person; {@code birthDate} null when the register states only the name. */
    NetworkFixture person(String key, String name, String birthDate) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (name != null) {
            p.put("name", name);
        }
        if (birthDate != null) {
            p.put("birthDate", LocalDate.parse(birthDate));
        }
        batch.entity(new EntityFact(person(key), p, at()));
        return this;
    }

    NetworkFixture company(String kvk, String name, String director) {
        batch.entity(new EntityFact(Facts.company(kvk), Map.of("name", name, "kvkNummer", kvk), at()));
        batch.relationship(RelationshipFact.of(RelationshipKind.DIRECTOR_OF, person(director), Facts.company(kvk), Map.of(), at()));
        return this;
    }

    NetworkFixture address(String key, String type, String place) {
        batch.entity(new EntityFact(address(key), Map.of("addressType", type, "place", place, "addressKey", key), at()));
        return this;
    }

    NetworkFixture livesAt(String person, String address, String from, String until) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("from", LocalDate.parse(from));
        if (until != null) {
            p.put("until", LocalDate.parse(until));
        }
        batch.relationship(new RelationshipFact(RelationshipKind.LIVES_AT, person(person), address(address), from, p, at()));
        return this;
    }

    /** {@code landlord} is a person key or {@code kvk:<number>}. */
    NetworkFixture lets(String landlord, String tenant, String address) {
        EntityRef from = landlord.startsWith("kvk:") ? Facts.company(landlord.substring(4)) : person(landlord);
        batch.relationship(new RelationshipFact(RelationshipKind.LANDLORD_OF, from, person(tenant), "2024-01-01",
                Map.of("address", "address:" + address, "from", LocalDate.parse("2024-01-01")), at()));
        return this;
    }

    NetworkFixture family(String a, String b, String relation) {
        batch.relationship(RelationshipFact.of(RelationshipKind.FAMILY_OF, person(a), person(b), Map.of("relation", relation), at()));
        return this;
    }

    NetworkFixture employs(String kvk, String worker) {
        batch.relationship(new RelationshipFact(RelationshipKind.EMPLOYED_BY, person(worker), Facts.company(kvk), "2024-01-01",
                Map.of("from", LocalDate.parse("2024-01-01")), at()));
        return this;
    }

    NetworkFixture pays(String from, String to, String amount, String date) {
        account(from);
        account(to);
        String key = from + "-" + to + "-" + date;
        int n = keys.merge(key, 1, Integer::sum);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("amount", new BigDecimal(amount));
        p.put("currency", "EUR");
        if (date != null) {
            // Without a day: a payment a statement shows undated.
            p.put("date", LocalDate.parse(date));
        }
        p.put("description", "Schuld");
        batch.relationship(new RelationshipFact(RelationshipKind.TRANSFER, Facts.account(iban(from)), Facts.account(iban(to)), key + "-" + n, p, at()));
        return this;
    }

    /** {@code person} holds the account of {@code holder} too: a joint account. */
    NetworkFixture coHolds(String person, String holder) {
        account(holder);
        batch.relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, person(person), Facts.account(iban(holder)), Map.of(), at()));
        return this;
    }

    private void account(String person) {
        if (accounts.add(person)) {
            batch.entity(Facts.accountFact(iban(person), stating(), row++));
            batch.relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, person(person), Facts.account(iban(person)), Map.of(), at()));
        }
    }

    /** {@code user} is a person key or {@code kvk:<number>}. */
    NetworkFixture phone(String e164, String user) {
        EntityRef ph = new EntityRef(EntityKind.PHONE, "phone:" + e164);
        batch.entity(new EntityFact(ph, Map.of("e164", e164), at()));
        EntityRef u = user.startsWith("kvk:") ? Facts.company(user.substring(4)) : person(user);
        batch.relationship(RelationshipFact.of(RelationshipKind.USES_PHONE, u, ph, Map.of(), at()));
        return this;
    }

    NetworkFixture ad(String id, String alias, String e164, String person) {
        EntityRef ad = new EntityRef(EntityKind.AD, "ad:" + id);
        batch.entity(new EntityFact(ad, Map.of("alias", alias, "title", alias), at()));
        batch.relationship(RelationshipFact.of(RelationshipKind.USES_PHONE, ad, new EntityRef(EntityKind.PHONE, "phone:" + e164), Map.of(), at()));
        batch.relationship(RelationshipFact.of(RelationshipKind.ADVERTISES_WITH, ad, person(person), Map.of(), at()));
        return this;
    }

    /** A vehicle registered to {@code owner} (a person key or {@code kvk:<number>}). */
    NetworkFixture vehicle(String kenteken, String owner) {
        vehicle(kenteken);
        EntityRef o = owner.startsWith("kvk:") ? Facts.company(owner.substring(4)) : person(owner);
        batch.relationship(new RelationshipFact(RelationshipKind.REGISTERED_OWNER, o, new EntityRef(EntityKind.VEHICLE, "kenteken:" + kenteken),
                "2023-01-01", Map.of("from", LocalDate.parse("2023-01-01")), at()));
        return this;
    }

    /** A vehicle as one who saw it states it: its kenteken, no owner. */
    NetworkFixture vehicle(String kenteken) {
        batch.entity(new EntityFact(new EntityRef(EntityKind.VEHICLE, "kenteken:" + kenteken), Map.of("kenteken", kenteken), at()));
        return this;
    }

    NetworkFixture drives(String person, String kenteken, String date, String place) {
        batch.relationship(new RelationshipFact(RelationshipKind.OBSERVED_DRIVING, person(person), new EntityRef(EntityKind.VEHICLE, "kenteken:" + kenteken),
                date + ":" + place, Map.of("date", LocalDate.parse(date), "place", place), at()));
        return this;
    }

    /** A repetitive part of a scene, written as a loop. */
    NetworkFixture apply(java.util.function.Consumer<NetworkFixture> part) {
        part.accept(this);
        return this;
    }

    void write(SpoorStore store) {
        new GraphWriter(store.driver(), store.database()).write(batch);
    }
}
