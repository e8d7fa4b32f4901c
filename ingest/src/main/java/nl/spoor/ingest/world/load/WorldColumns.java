package nl.spoor.ingest.world.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * The property columns {@code world-format.md} names per node label and relationship type, with their
 * types; a column not named there is kept as text and reported. Everything not listed as a date,
 * decimal, integer or boolean is text.
 */
final class WorldColumns {

    /** Person.csv's raw BSN column: never stored, replaced by {@link #BSN_HASH}. */
    static final String BSN = "bsn";
    static final String BSN_HASH = "bsnHash";

    private static final Map<String, Map<String, ColumnType>> NODES = new LinkedHashMap<>();
    private static final Map<String, Map<String, ColumnType>> RELATIONSHIPS = new LinkedHashMap<>();

    static {
        node("Person", "bsn", "name", "givenNames", "initials", "tussenvoegsel", "surname", "gender", "birthDate:date",
                "birthPlace", "nationality");
        node("Address", "addressKey", "street", "houseNumber:integer", "suffix", "postcode", "place", "municipality",
                "municipalityCode", "addressType");
        node("Place", "name", "cbsCode", "province");
        node("Company", "name", "legalForm", "kvkNummer", "rsin", "btwId", "sbiCode", "sbiDescription", "startDate:date",
                "endDate:date", "permit");
        node("Organization", "name", "organizationType");
        node("BankAccount", "iban", "bankCode", "bic", "currency", "openedDate:date");
        node("Vehicle", "kenteken", "sideCode:integer", "make", "model", "catalogueValue:decimal", "firstRegistration:date");
        node("RealEstate", "name", "wozValue:decimal", "wozYear:integer", "purchasePrice:decimal", "purchaseDate:date", "propertyType");
        node("Phone", "e164", "display");
        node("Email", "address");
        node("Ad", "site", "title", "alias", "postedDate:date", "url");

        relationship("LIVES_AT", "from:date", "until:date");
        relationship("REGISTERED_AT", "from:date", "until:date");
        relationship("LOCATED_IN");
        relationship("LOCATED_AT");
        relationship("FAMILY_OF", "relation");
        relationship("DIRECTOR_OF", "from:date", "until:date", "role");
        relationship("OWNS", "share:decimal", "from:date");
        relationship("EMPLOYED_BY", "from:date", "until:date", "monthlyWage:decimal");
        relationship("HOLDS_ACCOUNT", "from:date");
        relationship("TRANSFER", "amount:decimal", "currency", "date:date", "description", "channel");
        relationship("CASH_DEPOSIT", "amount:decimal", "currency", "date:date", "description");
        relationship("CASH_WITHDRAWAL", "amount:decimal", "currency", "date:date", "description");
        relationship("REGISTERED_OWNER", "from:date", "until:date");
        relationship("OBSERVED_DRIVING", "date:date", "place", "observation");
        relationship("OWNS_PROPERTY", "from:date", "purchasePrice:decimal", "paidInCash:boolean");
        relationship("LANDLORD_OF", "address", "from:date", "monthlyRent:decimal");
        relationship("SUCCEEDED_BY", "date:date");
        relationship("USES_PHONE");
        relationship("USES_EMAIL");
        relationship("ADVERTISES_WITH");
        relationship("DECLARED_INCOME", "year:integer", "amount:decimal");
        relationship("RECEIVES_BENEFIT", "benefit", "from:date", "until:date", "monthlyAmount:decimal");
    }

    private WorldColumns() {
    }

    /** The kind a node file's label names, if Spoor has it. */
    static Optional<EntityKind> entityKind(String label) {
        return EntityKind.fromLabel(label);
    }

    static Optional<RelationshipKind> relationshipKind(String type) {
        return RelationshipKind.fromType(type);
    }

    /** The type of a node column, or empty when the format does not name it. */
    static Optional<ColumnType> nodeColumn(String label, String column) {
        return Optional.ofNullable(NODES.getOrDefault(label, Map.of()).get(column));
    }

    static Optional<ColumnType> relationshipColumn(String type, String column) {
        return Optional.ofNullable(RELATIONSHIPS.getOrDefault(type, Map.of()).get(column));
    }

    private static void node(String label, String... columns) {
        NODES.put(label, parse(columns));
    }

    private static void relationship(String type, String... columns) {
        RELATIONSHIPS.put(type, parse(columns));
    }

    private static Map<String, ColumnType> parse(String... columns) {
        Map<String, ColumnType> m = new LinkedHashMap<>();
        for (String c : List.of(columns)) {
            int colon = c.indexOf(':');
            m.put(colon < 0 ? c : c.substring(0, colon), colon < 0 ? ColumnType.TEXT : ColumnType.valueOf(c.substring(colon + 1).toUpperCase(java.util.Locale.ROOT)));
        }
        return m;
    }
}
