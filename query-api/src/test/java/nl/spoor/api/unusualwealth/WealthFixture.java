package nl.spoor.api.unusualwealth;

import java.time.LocalDate;
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
 * A tiny graph of persons, addresses, companies, vehicles, real estate and income, written through the
 * GraphWriter as registers are, one small scene per behaviour. Each kind of fact comes from the register
 * that states it (BRP, KvK, RDW, Kadaster, Belastingdienst, UWV, politie) so evidence shows its source.
 */
final class WealthFixture {

    static final EntityRef BELASTINGDIENST = new EntityRef(EntityKind.ORGANIZATION, "org:belastingdienst");
    private final Map<String, WriteBatch> batches = new LinkedHashMap<>();
    private int row = 1;

    WealthFixture() {
        // Written in this order, so that every relationship finds its entities stored: persons, companies, then the rest.
        for (String register : new String[] {"brp", "kvk", "belastingdienst", "uwv", "rdw", "kadaster", "politie"}) {
            register(register);
        }
    }

    private WriteBatch register(String name) {
        return batches.computeIfAbsent(name, n -> new WriteBatch().source(Facts.source("test:" + n, n, "FIT-2025-001")));
    }

    private Evidence at(String register) {
        return Evidence.row("test:" + register, row++);
    }

    static EntityRef person(String key) {
        return Facts.person(key);
    }

    static EntityRef vehicle(String kenteken) {
        return new EntityRef(EntityKind.VEHICLE, "kenteken:" + kenteken);
    }

    static EntityRef realEstate(String key) {
        return new EntityRef(EntityKind.REAL_ESTATE, "realestate:" + key);
    }

    static EntityRef address(String key) {
        return new EntityRef(EntityKind.ADDRESS, "address:" + key);
    }

    WealthFixture person(String key, String name, String birthDate, String address) {
        register("brp").entity(new EntityFact(person(key), Map.of("name", name, "birthDate", LocalDate.parse(birthDate)), at("brp")));
        register("brp").entity(new EntityFact(address(address), Map.of("addressKey", address), at("brp")));
        register("brp").relationship(new RelationshipFact(RelationshipKind.LIVES_AT, person(key), address(address), "2015-01-01",
                Map.of("from", LocalDate.parse("2015-01-01")), at("brp")));
        return this;
    }

    WealthFixture family(String a, String b, String relation) {
        register("brp").relationship(RelationshipFact.of(RelationshipKind.FAMILY_OF, person(a), person(b), Map.of("relation", relation), at("brp")));
        return this;
    }

    /** A family tie as a register other than the BRP records it (the politie knowing a couple, say). */
    WealthFixture family(String register, String a, String b, String relation) {
        register(register).relationship(RelationshipFact.of(RelationshipKind.FAMILY_OF, person(a), person(b), Map.of("relation", relation),
                at(register)));
        return this;
    }

    WealthFixture declared(String key, int year, String amount) {
        register("belastingdienst").entity(new EntityFact(BELASTINGDIENST, Map.of("name", "Belastingdienst"), at("belastingdienst")));
        register("belastingdienst").relationship(new RelationshipFact(RelationshipKind.DECLARED_INCOME, person(key), BELASTINGDIENST,
                String.valueOf(year), Map.of("year", (long) year, "amount", new java.math.BigDecimal(amount)), at("belastingdienst")));
        return this;
    }

    WealthFixture wage(String key, String employerKvk, String employer, String monthly, String from) {
        register("belastingdienst").entity(new EntityFact(Facts.company(employerKvk), Map.of("name", employer), at("belastingdienst")));
        register("belastingdienst").relationship(new RelationshipFact(RelationshipKind.EMPLOYED_BY, person(key), Facts.company(employerKvk), from,
                Map.of("from", LocalDate.parse(from), "monthlyWage", new java.math.BigDecimal(monthly)), at("belastingdienst")));
        return this;
    }

    WealthFixture benefit(String key, String payerId, String payer, String benefit, String monthly, String from) {
        EntityRef org = new EntityRef(EntityKind.ORGANIZATION, payerId);
        register("uwv").entity(new EntityFact(org, Map.of("name", payer), at("uwv")));
        register("uwv").relationship(new RelationshipFact(RelationshipKind.RECEIVES_BENEFIT, person(key), org, benefit,
                Map.of("benefit", benefit, "from", LocalDate.parse(from), "monthlyAmount", new java.math.BigDecimal(monthly)), at("uwv")));
        return this;
    }

    WealthFixture company(String kvk, String name) {
        register("kvk").entity(new EntityFact(Facts.company(kvk), Map.of("name", name, "kvkNummer", kvk), at("kvk")));
        return this;
    }

    WealthFixture owns(String person, String kvk, String share) {
        register("kvk").relationship(RelationshipFact.of(RelationshipKind.OWNS, person(person), Facts.company(kvk),
                Map.of("share", new java.math.BigDecimal(share), "from", LocalDate.parse("2019-01-01")), at("kvk")));
        return this;
    }

    WealthFixture directs(String person, String kvk) {
        register("kvk").relationship(RelationshipFact.of(RelationshipKind.DIRECTOR_OF, person(person), Facts.company(kvk),
                Map.of("from", LocalDate.parse("2019-01-01"), "role", "bestuurder"), at("kvk")));
        return this;
    }

    /** A vehicle registered to {@code owner} (a person key, or {@code kvk:…}) from {@code from}. */
    WealthFixture vehicle(String owner, String kenteken, String make, String model, String catalogueValue, String from) {
        register("rdw").entity(new EntityFact(vehicle(kenteken), Map.of("kenteken", kenteken, "make", make, "model", model,
                "catalogueValue", new java.math.BigDecimal(catalogueValue)), at("rdw")));
        register("rdw").relationship(new RelationshipFact(RelationshipKind.REGISTERED_OWNER, holder(owner), vehicle(kenteken), from,
                Map.of("from", LocalDate.parse(from)), at("rdw")));
        return this;
    }

    /**
     * The Belastingdienst's own catalogue value of a vehicle (BPM). Its register is written before the RDW's, so the vehicle
     * node keeps this value; the RDW's stays on its ASSERTS.
     */
    WealthFixture bpm(String kenteken, String catalogueValue) {
        register("belastingdienst").entity(new EntityFact(vehicle(kenteken), Map.of("kenteken", kenteken,
                "catalogueValue", new java.math.BigDecimal(catalogueValue)), at("belastingdienst")));
        return this;
    }

    WealthFixture property(String owner, String key, String name, String price, String woz, String from, boolean cash) {
        register("kadaster").entity(new EntityFact(realEstate(key), Map.of("name", name, "wozValue", new java.math.BigDecimal(woz)), at("kadaster")));
        register("kadaster").relationship(RelationshipFact.of(RelationshipKind.OWNS_PROPERTY, holder(owner), realEstate(key),
                Map.of("from", LocalDate.parse(from), "purchasePrice", new java.math.BigDecimal(price), "paidInCash", cash), at("kadaster")));
        return this;
    }

    WealthFixture seen(String driver, String kenteken, String date, String place) {
        register("politie").relationship(new RelationshipFact(RelationshipKind.OBSERVED_DRIVING, person(driver), vehicle(kenteken),
                date + ":anpr:" + place, Map.of("date", LocalDate.parse(date), "place", place, "observation", "anpr"), at("politie")));
        return this;
    }

    private static EntityRef holder(String owner) {
        return owner.startsWith("kvk:") ? Facts.company(owner.substring(4)) : person(owner);
    }

    void write(SpoorStore store) {
        GraphWriter writer = new GraphWriter(store.driver(), store.database());
        batches.values().forEach(writer::write);
    }
}
