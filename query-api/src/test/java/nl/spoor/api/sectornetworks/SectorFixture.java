package nl.spoor.api.sectornetworks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * A tiny register-and-bank graph for sector networks, written through the GraphWriter as ingest writes it: firms
 * ({@code kvk:…}), persons ({@code person:…}), addresses ({@code address:…}) with their municipality, phones, houses,
 * accounts ({@code iban:…}) and the relationships between them, every fact from one KvK/bank source unless a scene
 * names the register that states what follows ({@link #by}): each register its own source and partner, as for
 * the tests of what a purpose without one of them sees.
 */
final class SectorFixture {

    static final String SOURCE = "test:kvk-extract";
    private final WriteBatch batch = new WriteBatch();
    private final Map<String, Boolean> written = new HashMap<>();
    private final java.util.Set<String> sources = new java.util.HashSet<>();
    private String source = SOURCE;
    private String partner = "kvk";
    private int row = 1;

    /** What follows is stated by {@code register}: source {@code test:<register>} of partner {@code register}. */
    SectorFixture by(String register) {
        source = "test:" + register;
        partner = register;
        return this;
    }

    SectorFixture firm(String kvk, String name, String sbi, String start, String end, String permit, String address) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("kvkNummer", kvk);
        if (sbi != null) {
            p.put("sbiCode", sbi);
        }
        p.put("startDate", LocalDate.parse(start));
        if (end != null) {
            p.put("endDate", LocalDate.parse(end));
        }
        if (permit != null) {
            p.put("permit", permit);
        }
        batch.entity(new EntityFact(Facts.company(kvk), p, evidence()));
        rel(RelationshipKind.REGISTERED_AT, Facts.company(kvk), address(address), "", Map.of("from", LocalDate.parse(start)));
        return account(Facts.company(kvk), "F" + kvk);
    }

    /** The SBI code of firm {@code kvk} as the current register states it (a firm written without one). */
    SectorFixture activity(String kvk, String sbi) {
        batch.entity(new EntityFact(Facts.company(kvk), Map.of("sbiCode", sbi), evidence()));
        return this;
    }

    /** The permit of firm {@code kvk} as the current register (the municipality) states it. */
    SectorFixture permit(String kvk, String permit) {
        batch.entity(new EntityFact(Facts.company(kvk), Map.of("permit", permit), evidence()));
        return this;
    }

    SectorFixture address(String key, String municipalityCode, String municipality) {
        batch.entity(new EntityFact(address(key), Map.of("addressKey", key, "municipalityCode", municipalityCode, "municipality", municipality,
                "place", municipality), evidence()));
        return this;
    }

    SectorFixture person(String key, String name) {
        batch.entity(new EntityFact(Facts.person(key), Map.of("name", name), evidence()));
        return account(Facts.person(key), "P" + key);
    }

    /** A director who also owns the firm entirely, as an eenmanszaak's eigenaar is. */
    SectorFixture controls(String person, String kvk) {
        rel(RelationshipKind.DIRECTOR_OF, Facts.person(person), Facts.company(kvk), "", Map.of("role", "eigenaar"));
        rel(RelationshipKind.OWNS, Facts.person(person), Facts.company(kvk), "", Map.of("share", new BigDecimal("100")));
        return this;
    }

    SectorFixture family(String a, String b, String relation) {
        rel(RelationshipKind.FAMILY_OF, Facts.person(a), Facts.person(b), "", Map.of("relation", relation));
        return this;
    }

    SectorFixture phone(String kvk, String e164) {
        EntityRef phone = new EntityRef(EntityKind.PHONE, "phone:" + e164);
        if (written.putIfAbsent(phone.spoorId(), true) == null) {
            batch.entity(new EntityFact(phone, Map.of("e164", e164), evidence()));
        }
        rel(RelationshipKind.USES_PHONE, Facts.company(kvk), phone, "", Map.of());
        return this;
    }

    /** {@code person} holds the account of firm {@code kvk} too. */
    SectorFixture coHolds(String person, String kvk) {
        rel(RelationshipKind.HOLDS_ACCOUNT, Facts.person(person), Facts.account(iban("F" + kvk)), "", Map.of());
        return this;
    }

    SectorFixture succeeded(String predecessor, String successor, String date) {
        rel(RelationshipKind.SUCCEEDED_BY, Facts.company(predecessor), Facts.company(successor), "", Map.of("date", LocalDate.parse(date)));
        return this;
    }

    SectorFixture house(String id, String owner, String address) {
        EntityRef house = new EntityRef(EntityKind.REAL_ESTATE, "realestate:" + id);
        batch.entity(new EntityFact(house, Map.of("name", "Woonhuis " + id), evidence()));
        rel(RelationshipKind.OWNS_PROPERTY, Facts.person(owner), house, "", Map.of("from", LocalDate.parse("2015-01-01")));
        rel(RelationshipKind.LOCATED_AT, house, address(address), "", Map.of());
        return this;
    }

    SectorFixture livesAt(String person, String address) {
        rel(RelationshipKind.LIVES_AT, Facts.person(person), address(address), "2024-01-01", Map.of("from", LocalDate.parse("2024-01-01")));
        return this;
    }

    SectorFixture employs(String kvk, String person) {
        rel(RelationshipKind.EMPLOYED_BY, Facts.person(person), Facts.company(kvk), "2024-01-01", Map.of("from", LocalDate.parse("2024-01-01")));
        return this;
    }

    SectorFixture letsRoom(String landlord, String tenant, String address) {
        rel(RelationshipKind.LANDLORD_OF, Facts.person(landlord), Facts.person(tenant), "2024-01-01",
                Map.of("address", "address:" + address, "from", LocalDate.parse("2024-01-01"), "monthlyRent", new BigDecimal("450.00")));
        return this;
    }

    /** A transfer between the accounts of two parties (firm kvk numbers or person keys, as given to firm/person). */
    SectorFixture transfer(String fromAccount, String toAccount, String key, String amount, String date) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("amount", new BigDecimal(amount));
        p.put("currency", "EUR");
        p.put("date", LocalDate.parse(date));
        p.put("description", "Overboeking " + key);
        rel(RelationshipKind.TRANSFER, Facts.account(iban(fromAccount)), Facts.account(iban(toAccount)), key, p);
        return this;
    }

    /** A repetitive part of a scene, written as a loop. */
    SectorFixture apply(java.util.function.Consumer<SectorFixture> part) {
        part.accept(this);
        return this;
    }

    void write(SpoorStore store) {
        new GraphWriter(store.driver(), store.database()).write(batch);
    }

    /** The test IBAN of a party's account: {@code F<kvk>} for a firm, {@code P<key>} for a person. */
    static String iban(String code) {
        return "NL00TEST" + "0".repeat(Math.max(0, 10 - code.length())) + code;
    }

    private SectorFixture account(EntityRef holder, String code) {
        batch.entity(Facts.accountFact(iban(code), stating(), row++));
        rel(RelationshipKind.HOLDS_ACCOUNT, holder, Facts.account(iban(code)), "", Map.of());
        return this;
    }

    private static EntityRef address(String key) {
        return new EntityRef(EntityKind.ADDRESS, "address:" + key);
    }

    private void rel(RelationshipKind kind, EntityRef from, EntityRef to, String key, Map<String, Object> properties) {
        batch.relationship(new RelationshipFact(kind, from, to, key, properties, evidence()));
    }

    private Evidence evidence() {
        return Evidence.row(stating(), row++);
    }

    /** The current register's source id, its Source written with the first fact it states. */
    private String stating() {
        if (sources.add(source)) {
            batch.source(Facts.source(source, partner, "RIEC-NH-2025-031"));
        }
        return source;
    }
}
