package nl.spoor.ingest.ftm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.graph.RelationshipKind;

/**
 * The one table between Spoor's kinds and FollowTheMoney's schemata (DESIGN §3, §8), read by both the
 * import and the export. A Spoor property named here travels as the FtM property; every other Spoor
 * property travels typed in the line's {@code spoor} extension, and every FtM property Spoor has no
 * property for is kept on the node or relationship (its {@code ftm} JSON), so nothing is lost either
 * way. The README's mapping table is this table in words.
 */
public final class FtmMapping {

    /** How an FtM string value becomes a Spoor property value, and back. */
    public enum ValueType {
        TEXT, DATE, DECIMAL,
        /** A strong identifier: validated and normalised on import; an invalid one stays FtM-only. */
        IDENTIFIER
    }

    /** One Spoor property and the FtM property it travels as. */
    public record Property(String spoor, String ftm, ValueType type, IdentifierKeys identifier) {
        static Property text(String spoor, String ftm) {
            return new Property(spoor, ftm, ValueType.TEXT, null);
        }

        static Property date(String spoor, String ftm) {
            return new Property(spoor, ftm, ValueType.DATE, null);
        }

        static Property decimal(String spoor, String ftm) {
            return new Property(spoor, ftm, ValueType.DECIMAL, null);
        }

        static Property id(IdentifierKeys key, String ftm) {
            return new Property(key.property(), ftm, ValueType.IDENTIFIER, key);
        }
    }

    /**
     * An entity kind and its schema. {@code imported} is false for the kinds FtM has no schema for
     * (places, phones, e-mail addresses, ads): they are exported under the nearest schema and come back
     * as their kind only through the {@code spoor} extension.
     */
    public record EntityMapping(EntityKind kind, String schema, boolean imported, List<Property> properties) {
    }

    /**
     * A relationship kind and the FtM schema stating it: the entity properties of its two ends, the
     * {@code role} it has when it is an {@code UnknownLink}, and for import the kinds of the target that
     * tell apart kinds sharing one schema (an {@code Ownership} of a bank account is HOLDS_ACCOUNT).
     */
    public record LinkMapping(RelationshipKind kind, String schema, String from, String to, String role,
                              Set<EntityKind> targets, boolean imported, List<Property> properties) {
    }

    private static final List<Property> PERIOD = List.of(Property.date("from", "startDate"), Property.date("until", "endDate"));
    private static final List<Property> MONEY = List.of(Property.decimal("amount", "amount"), Property.text("currency", "currency"),
            Property.date("date", "date"), Property.text("description", "purpose"), Property.text("channel", "programme"));

    static final List<EntityMapping> ENTITIES = List.of(
            new EntityMapping(EntityKind.PERSON, "Person", true, List.of(Property.text("name", "name"), Property.text("givenNames", "firstName"),
                    Property.text("surname", "lastName"), Property.date("birthDate", "birthDate"), Property.text("birthPlace", "birthPlace"))),
            new EntityMapping(EntityKind.COMPANY, "Company", true, List.of(Property.text("name", "name"), Property.text("legalForm", "legalForm"),
                    Property.id(IdentifierKeys.KVK, "registrationNumber"), Property.id(IdentifierKeys.RSIN, "taxNumber"),
                    Property.id(IdentifierKeys.VAT, "vatCode"), Property.text("sbiCode", "classification"), Property.text("sbiDescription", "sector"),
                    Property.date("startDate", "incorporationDate"), Property.date("endDate", "dissolutionDate"), Property.text("status", "status"))),
            new EntityMapping(EntityKind.ORGANIZATION, "Organization", true, List.of(Property.text("name", "name"))),
            new EntityMapping(EntityKind.ADDRESS, "Address", true, List.of(Property.text("name", "full"), Property.text("street", "street"),
                    Property.text("postcode", "postalCode"), Property.text("place", "city"))),
            new EntityMapping(EntityKind.PLACE, "Address", false, List.of(Property.text("name", "city"), Property.text("province", "region"))),
            new EntityMapping(EntityKind.BANK_ACCOUNT, "BankAccount", true, List.of(Property.id(IdentifierKeys.IBAN, "iban"),
                    Property.text("bic", "bic"), Property.text("currency", "currency"), Property.date("openedDate", "openingDate"))),
            new EntityMapping(EntityKind.VEHICLE, "Vehicle", true, List.of(Property.id(IdentifierKeys.KENTEKEN, "registrationNumber"),
                    Property.text("model", "model"), Property.decimal("catalogueValue", "amount"), Property.date("firstRegistration", "registrationDate"))),
            new EntityMapping(EntityKind.REAL_ESTATE, "RealEstate", true, List.of(Property.text("name", "name"),
                    Property.decimal("wozValue", "amount"), Property.text("propertyType", "propertyType"))),
            new EntityMapping(EntityKind.ASSET, "Asset", true, List.of(Property.text("name", "name"), Property.decimal("amount", "amount"))),
            new EntityMapping(EntityKind.ONLINE_ACCOUNT, "UserAccount", true, List.of(Property.text("name", "name"), Property.text("username", "username"))),
            new EntityMapping(EntityKind.PHONE, "UserAccount", false, List.of(Property.id(IdentifierKeys.PHONE, "number"))),
            new EntityMapping(EntityKind.EMAIL, "UserAccount", false, List.of(Property.id(IdentifierKeys.EMAIL, "email"))),
            new EntityMapping(EntityKind.AD, "Document", false, List.of(Property.text("title", "title"), Property.text("url", "sourceUrl"),
                    Property.date("postedDate", "publishedAt"))),
            new EntityMapping(EntityKind.DOCUMENT, "Document", true, List.of(Property.text("name", "fileName"), Property.text("mediaType", "mimeType"),
                    Property.text("sha256", "contentHash"))),
            new EntityMapping(EntityKind.FTM_ENTITY, "Thing", false, List.of()));

    /** FtM schemata Spoor reads as a kind whose own schema differs; the schema itself is kept. */
    static final Map<String, EntityKind> SCHEMA_ALIASES = Map.of("LegalEntity", EntityKind.ORGANIZATION, "PublicBody", EntityKind.ORGANIZATION,
            "Land", EntityKind.REAL_ESTATE);

    static final List<LinkMapping> LINKS = List.of(
            link(RelationshipKind.DIRECTOR_OF, "Directorship", "director", "organization", Set.of(), true,
                    List.of(Property.text("role", "role"), PERIOD.get(0), PERIOD.get(1))),
            link(RelationshipKind.HOLDS_ACCOUNT, "Ownership", "owner", "asset", Set.of(EntityKind.BANK_ACCOUNT), true, PERIOD),
            link(RelationshipKind.OWNS_PROPERTY, "Ownership", "owner", "asset", Set.of(EntityKind.REAL_ESTATE), true, PERIOD),
            link(RelationshipKind.REGISTERED_OWNER, "Ownership", "owner", "asset", Set.of(EntityKind.VEHICLE), true, PERIOD),
            link(RelationshipKind.OWNS, "Ownership", "owner", "asset", Set.of(), true,
                    List.of(Property.decimal("share", "percentage"), PERIOD.get(0), PERIOD.get(1))),
            link(RelationshipKind.EMPLOYED_BY, "Employment", "employee", "employer", Set.of(), true,
                    List.of(Property.text("role", "role"), PERIOD.get(0), PERIOD.get(1))),
            // Spoor's relation says what `from` is to `to`; FtM's relationship what the relative is to the person.
            link(RelationshipKind.FAMILY_OF, "Family", "relative", "person", Set.of(), true, List.of(Property.text("relation", "relationship"))),
            link(RelationshipKind.ASSOCIATE_OF, "Associate", "associate", "person", Set.of(), true, List.of(Property.text("relation", "relationship"))),
            link(RelationshipKind.SUCCEEDED_BY, "Succession", "predecessor", "successor", Set.of(), true, List.of(Property.date("date", "date"))),
            link(RelationshipKind.TRANSFER, "Payment", "payerAccount", "beneficiaryAccount", Set.of(), true, MONEY),
            // A cash deposit is a Payment without a payer account (DESIGN §8); Spoor's payer is the place.
            link(RelationshipKind.CASH_DEPOSIT, "Payment", "payer", "beneficiaryAccount", Set.of(), false, MONEY),
            link(RelationshipKind.CASH_WITHDRAWAL, "Payment", "payerAccount", "beneficiary", Set.of(), false, MONEY),
            new LinkMapping(RelationshipKind.UNKNOWN_LINK, "Membership", "member", "organization", null, Set.of(), true,
                    List.of(Property.text("role", "role"), PERIOD.get(0), PERIOD.get(1))),
            new LinkMapping(RelationshipKind.UNKNOWN_LINK, "UnknownLink", "subject", "object", null, Set.of(), true,
                    List.of(Property.text("role", "role"), PERIOD.get(0), PERIOD.get(1))));

    private static final Map<RelationshipKind, LinkMapping> UNKNOWN_LINKS = java.util.Arrays.stream(RelationshipKind.values())
            .filter(k -> LINKS.stream().noneMatch(l -> l.kind() == k))
            .collect(Collectors.toMap(k -> k, k -> new LinkMapping(k, "UnknownLink", "subject", "object", role(k), Set.of(), true,
                    List.of(PERIOD.get(0), PERIOD.get(1), Property.date("date", "date")))));

    private FtmMapping() {
    }

    private static LinkMapping link(RelationshipKind kind, String schema, String from, String to, Set<EntityKind> targets,
                                    boolean imported, List<Property> properties) {
        return new LinkMapping(kind, schema, from, to, null, targets, imported, properties);
    }

    /** The UnknownLink role a kind FtM has no schema for travels as: {@code LANDLORD_OF} → {@code landlord_of}. */
    static String role(RelationshipKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EntityMapping entity(EntityKind kind) {
        return ENTITIES.stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }

    /** The kind an FtM entity of this schema becomes, if Spoor models it. */
    public static Optional<EntityKind> kindOf(String schema) {
        if (SCHEMA_ALIASES.containsKey(schema)) {
            return Optional.of(SCHEMA_ALIASES.get(schema));
        }
        return ENTITIES.stream().filter(m -> m.imported() && m.schema().equals(schema)).map(EntityMapping::kind).findFirst();
    }

    /** How a relationship of this kind is exported: under the FtM schema it came with, else the kind's own. */
    public static LinkMapping link(RelationshipKind kind, String schema) {
        return LINKS.stream().filter(l -> l.kind() == kind && (schema == null || l.schema().equals(schema))).findFirst()
                .or(() -> LINKS.stream().filter(l -> l.kind() == kind).findFirst())
                .orElseGet(() -> UNKNOWN_LINKS.get(kind));
    }

    /** Whether FtM entities of this schema are links (become relationships). */
    public static boolean isLink(String schema) {
        return LINKS.stream().anyMatch(l -> l.schema().equals(schema));
    }

    /**
     * The link an FtM line of this schema states, by the kind of its target and (for UnknownLink) its role;
     * empty when the schema is no link.
     */
    public static Optional<LinkMapping> linkFor(String schema, String role, EntityKind target) {
        if (schema.equals("UnknownLink") && role != null) {
            Optional<LinkMapping> byRole = UNKNOWN_LINKS.values().stream().filter(l -> l.role().equals(role)).findFirst();
            if (byRole.isPresent()) {
                return byRole;
            }
        }
        return LINKS.stream().filter(l -> l.imported() && l.schema().equals(schema) && (l.targets().isEmpty() || l.targets().contains(target)))
                .findFirst();
    }

    /** The kind's link with this FtM schema, for a line whose {@code spoor} extension names the kind. */
    public static LinkMapping linkOfKind(RelationshipKind kind, String schema) {
        return link(kind, schema);
    }

    /** The FtM properties of a link that point at its ends: never kept as plain properties. */
    static Set<String> endProperties(String schema) {
        Set<String> ends = new java.util.HashSet<>();
        LINKS.stream().filter(l -> l.schema().equals(schema)).forEach(l -> {
            ends.add(l.from());
            ends.add(l.to());
        });
        if (schema.equals("Payment")) {
            ends.addAll(Set.of("payer", "payerAccount", "beneficiary", "beneficiaryAccount"));
        }
        if (schema.equals("UnknownLink")) {
            ends.addAll(Set.of("subject", "object"));
        }
        return ends;
    }
}
