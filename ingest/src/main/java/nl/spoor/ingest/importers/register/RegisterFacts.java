package nl.spoor.ingest.importers.register;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.identifiers.Bsn;
import nl.spoor.model.identifiers.DutchAddress;
import nl.spoor.model.identifiers.KvkNummer;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.RelationshipFact;

/**
 * The facts of one extract as they are read, every one with the row's evidence ({@code line:<n>} and the
 * row as written, BSNs masked). Entities resolve by their strong identifier: a person by the keyed hash
 * of the BSN, a company by KvK-nummer, an address by postcode, house number and suffix, a vehicle by
 * kenteken. A party named without one (a functionaris in a public KvK extract) is an entity of this
 * extract, keyed by name and birth date, for resolution to propose as {@code POSSIBLY_SAME_AS}.
 * Property names are the world's ({@code ingest/world-format.md}), so a register and the world say one fact alike.
 */
final class RegisterFacts {

    private final String sourceId;
    private final String scope;
    private final BsnKey bsnKey;
    private final List<EntityFact> entities = new ArrayList<>();
    private final List<RelationshipFact> relationships = new ArrayList<>();

    /** @param scope what makes the ids of unidentified parties unique to this extract (its content hash) */
    RegisterFacts(String sourceId, String scope, BsnKey bsnKey) {
        this.sourceId = sourceId;
        this.scope = scope.length() > 16 ? scope.substring(0, 16) : scope;
        this.bsnKey = bsnKey;
    }

    List<EntityFact> entities() {
        return entities;
    }

    List<RelationshipFact> relationships() {
        return relationships;
    }

    Evidence evidence(RegisterRow row) {
        return new Evidence(sourceId, "line:" + row.line(), null, null, null, 1.0, row.snippet());
    }

    EntityRef entity(EntityRef ref, Map<String, Object> properties, RegisterRow row) {
        entities.add(new EntityFact(ref, properties, evidence(row)));
        return ref;
    }

    void relationship(RelationshipKind kind, EntityRef from, EntityRef to, String key, Map<String, Object> properties, RegisterRow row) {
        relationships.add(new RelationshipFact(kind, from, to, key, properties, evidence(row)));
    }

    EntityRef person(Bsn bsn, Map<String, Object> properties, RegisterRow row) {
        String hash = bsn.keyedHash(bsnKey.bytes());
        Map<String, Object> p = new LinkedHashMap<>(properties);
        p.put(IdentifierKeys.BSN.property(), hash);
        return entity(IdentifierKeys.BSN.refForStoredValue(hash), p, row);
    }

    EntityRef company(KvkNummer kvk, Map<String, Object> properties, RegisterRow row) {
        Map<String, Object> p = new LinkedHashMap<>(properties);
        p.put(IdentifierKeys.KVK.property(), kvk.value());
        return entity(IdentifierKeys.KVK.refForStoredValue(kvk.value()), p, row);
    }

    /**
     * A party of a row: a person by BSN, a legal person by KvK-nummer, else a person known by name (and
     * birth date, when given) in this extract only.
     */
    EntityRef party(RegisterRow row, String bsnColumn, String kvkColumn, String nameColumn, String birthDateColumn) {
        Bsn bsn = row.bsn(bsnColumn);
        KvkNummer kvk = kvkColumn == null ? null : row.kvk(kvkColumn);
        String name = row.required(nameColumn);
        LocalDate born = birthDateColumn == null ? null : row.date(birthDateColumn);
        if (bsn != null && kvk != null) {
            throw row.error(kvkColumn, "a party is a person (" + bsnColumn + ") or a legal person (" + kvkColumn + "), not both");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        if (kvk != null) {
            return company(kvk, p, row);
        }
        p.put("birthDate", born);
        if (bsn != null) {
            return person(bsn, p, row);
        }
        String key = nameKey(name);
        p.put("nameKey", key);
        return entity(new EntityRef(EntityKind.PERSON, "person:" + scope + ":" + key.replace(' ', '-') + (born == null ? "" : ":" + born)), p, row);
    }

    /** An address by its key, with street and place where the row gives them. */
    EntityRef address(DutchAddress address, String street, String place, RegisterRow row, Map<String, Object> more) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("addressKey", address.value());
        p.put("street", street);
        p.put("houseNumber", (long) address.houseNumber());
        p.put("suffix", address.hasSuffix() ? address.suffix() : null);
        p.put("postcode", address.postcode().value());
        p.put("place", place);
        p.putAll(more);
        return entity(IdentifierKeys.ADDRESS.refForStoredValue(address.value()), p, row);
    }

    /** {@code from}/{@code until} of a period, as the world keeps them. */
    static Map<String, Object> period(LocalDate from, LocalDate until) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("from", from);
        p.put("until", until);
        return p;
    }

    /** Lower case, accents and punctuation removed, single spaces, as ingest's name keys. */
    static String nameKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
