package nl.spoor.ingest.world;

import static nl.spoor.model.graph.EntityKind.ADDRESS;
import static nl.spoor.model.graph.EntityKind.AD;
import static nl.spoor.model.graph.EntityKind.BANK_ACCOUNT;
import static nl.spoor.model.graph.EntityKind.COMPANY;
import static nl.spoor.model.graph.EntityKind.EMAIL;
import static nl.spoor.model.graph.EntityKind.ORGANIZATION;
import static nl.spoor.model.graph.EntityKind.PERSON;
import static nl.spoor.model.graph.EntityKind.PHONE;
import static nl.spoor.model.graph.EntityKind.PLACE;
import static nl.spoor.model.graph.EntityKind.REAL_ESTATE;
import static nl.spoor.model.graph.EntityKind.VEHICLE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * The columns and endpoint kinds of {@code ingest/world-format.md}, in one place: the writer takes its
 * headers from here and refuses rows that do not fit, and the tests check the files against it.
 */
public final class WorldFormat {

    public static final String GENERATOR = "spoor-world 1";
    public static final List<String> NODE_LEAD = List.of("id", "source");
    public static final List<String> RELATIONSHIP_LEAD = List.of("from", "to", "key", "source");
    public static final List<String> SOURCE_COLUMNS =
            List.of("sourceId", "kind", "title", "partner", "legalBasis", "caseId", "receivedAt", "retainUntil");
    /** The key of a relationship kind that only ever occurs once between two entities. */
    public static final String SINGLE_KEY = "-";

    private static final Map<EntityKind, List<String>> NODE_PROPERTIES = new EnumMap<>(EntityKind.class);
    private static final Map<RelationshipKind, List<String>> RELATIONSHIP_PROPERTIES = new EnumMap<>(RelationshipKind.class);
    private static final Map<RelationshipKind, Endpoints> ENDPOINTS = new EnumMap<>(RelationshipKind.class);

    /** The entity kinds allowed at each end of a relationship kind. */
    public record Endpoints(Set<EntityKind> from, Set<EntityKind> to) {
    }

    static {
        node(PERSON, "bsn", "name", "givenNames", "initials", "tussenvoegsel", "surname", "gender", "birthDate", "birthPlace", "nationality");
        node(ADDRESS, "addressKey", "street", "houseNumber", "suffix", "postcode", "place", "municipality", "municipalityCode", "addressType");
        node(PLACE, "name", "cbsCode", "province");
        node(COMPANY, "name", "legalForm", "kvkNummer", "rsin", "btwId", "sbiCode", "sbiDescription", "startDate", "endDate", "permit");
        node(ORGANIZATION, "name", "organizationType");
        node(BANK_ACCOUNT, "iban", "bankCode", "bic", "currency", "openedDate");
        node(VEHICLE, "kenteken", "sideCode", "make", "model", "catalogueValue", "firstRegistration");
        node(REAL_ESTATE, "name", "wozValue", "wozYear", "purchasePrice", "purchaseDate", "propertyType");
        node(PHONE, "e164", "display");
        node(EMAIL, "address");
        node(AD, "site", "title", "alias", "postedDate", "url");

        Set<EntityKind> pc = Set.of(PERSON, COMPANY);
        Set<EntityKind> pco = Set.of(PERSON, COMPANY, ORGANIZATION);
        rel(RelationshipKind.LIVES_AT, Set.of(PERSON), Set.of(ADDRESS), "from", "until");
        rel(RelationshipKind.REGISTERED_AT, Set.of(COMPANY), Set.of(ADDRESS), "from", "until");
        rel(RelationshipKind.LOCATED_IN, Set.of(ADDRESS), Set.of(PLACE));
        rel(RelationshipKind.LOCATED_AT, Set.of(REAL_ESTATE), Set.of(ADDRESS));
        rel(RelationshipKind.FAMILY_OF, Set.of(PERSON), Set.of(PERSON), "relation");
        rel(RelationshipKind.DIRECTOR_OF, pc, Set.of(COMPANY), "from", "until", "role");
        rel(RelationshipKind.OWNS, pc, Set.of(COMPANY), "share", "from");
        rel(RelationshipKind.EMPLOYED_BY, Set.of(PERSON), Set.of(COMPANY, ORGANIZATION), "from", "until", "monthlyWage");
        rel(RelationshipKind.HOLDS_ACCOUNT, pco, Set.of(BANK_ACCOUNT), "from");
        rel(RelationshipKind.TRANSFER, Set.of(BANK_ACCOUNT), Set.of(BANK_ACCOUNT), "amount", "currency", "date", "description", "channel");
        rel(RelationshipKind.CASH_DEPOSIT, Set.of(PLACE), Set.of(BANK_ACCOUNT), "amount", "currency", "date", "description");
        rel(RelationshipKind.CASH_WITHDRAWAL, Set.of(BANK_ACCOUNT), Set.of(PLACE), "amount", "currency", "date", "description");
        rel(RelationshipKind.REGISTERED_OWNER, pc, Set.of(VEHICLE), "from", "until");
        rel(RelationshipKind.OBSERVED_DRIVING, Set.of(PERSON), Set.of(VEHICLE), "date", "place", "observation");
        rel(RelationshipKind.OWNS_PROPERTY, pc, Set.of(REAL_ESTATE), "from", "purchasePrice", "paidInCash");
        rel(RelationshipKind.LANDLORD_OF, pc, Set.of(PERSON), "address", "from", "monthlyRent");
        rel(RelationshipKind.SUCCEEDED_BY, Set.of(COMPANY), Set.of(COMPANY), "date");
        rel(RelationshipKind.USES_PHONE, Set.of(PERSON, COMPANY, AD), Set.of(PHONE));
        rel(RelationshipKind.USES_EMAIL, pc, Set.of(EMAIL));
        rel(RelationshipKind.ADVERTISES_WITH, Set.of(AD), Set.of(PERSON));
        rel(RelationshipKind.DECLARED_INCOME, pc, Set.of(ORGANIZATION), "year", "amount");
        rel(RelationshipKind.RECEIVES_BENEFIT, Set.of(PERSON), Set.of(ORGANIZATION), "benefit", "from", "until", "monthlyAmount");
    }

    private WorldFormat() {
    }

    private static void node(EntityKind kind, String... properties) {
        NODE_PROPERTIES.put(kind, List.of(properties));
    }

    private static void rel(RelationshipKind kind, Set<EntityKind> from, Set<EntityKind> to, String... properties) {
        RELATIONSHIP_PROPERTIES.put(kind, List.of(properties));
        ENDPOINTS.put(kind, new Endpoints(from, to));
    }

    /** The properties of a node file, after {@code id,source}; fails for kinds the world does not write. */
    public static List<String> properties(EntityKind kind) {
        List<String> p = NODE_PROPERTIES.get(kind);
        if (p == null) {
            throw new IllegalArgumentException("The world format has no node file for " + kind.label());
        }
        return p;
    }

    /** The properties of a relationship file, after {@code from,to,key,source}. */
    public static List<String> properties(RelationshipKind kind) {
        List<String> p = RELATIONSHIP_PROPERTIES.get(kind);
        if (p == null) {
            throw new IllegalArgumentException("The world format has no relationship file for " + kind);
        }
        return p;
    }

    public static Endpoints endpoints(RelationshipKind kind) {
        properties(kind);
        return ENDPOINTS.get(kind);
    }

    public static Set<EntityKind> nodeKinds() {
        return NODE_PROPERTIES.keySet();
    }

    public static Set<RelationshipKind> relationshipKinds() {
        return RELATIONSHIP_PROPERTIES.keySet();
    }

    /** Path of a node file relative to the output directory. */
    public static String nodeFile(EntityKind kind) {
        return "world/nodes/" + kind.label() + ".csv";
    }

    public static String relationshipFile(RelationshipKind kind) {
        return "world/relationships/" + kind.name() + ".csv";
    }
}
