package nl.spoor.model.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of entity in Spoor's graph, aligned with FollowTheMoney schemata (DESIGN §3). Every
 * entity node carries {@code :Entity} plus the kind's label, and a unique {@code spoorId}.
 */
public enum EntityKind {
    PERSON("Person", "Person"),
    COMPANY("Company", "Company"),
    ORGANIZATION("Organization", "Organization"),
    ADDRESS("Address", "Address"),
    PLACE("Place", null),
    BANK_ACCOUNT("BankAccount", "BankAccount"),
    VEHICLE("Vehicle", "Vehicle"),
    REAL_ESTATE("RealEstate", "RealEstate"),
    ASSET("Asset", "Asset"),
    PHONE("Phone", null),
    EMAIL("Email", null),
    ONLINE_ACCOUNT("OnlineAccount", "UserAccount"),
    AD("Ad", null),
    /** A file ingested by {@code spoor ingest}; its Spoor id is {@code document:<sha256>}. */
    DOCUMENT("Document", "Document"),
    /**
     * An entity of a FollowTheMoney schema Spoor does not model (a {@code Sanction}, a {@code Vessel}, …),
     * kept whole by the FtM import (its {@code ftm} property) so that an export gives it back; its Spoor id
     * is {@code ftm:<dataset>:<FtM id>}.
     */
    FTM_ENTITY("FtmEntity", null);

    private final String label;
    private final String ftmSchema;

    EntityKind(String label, String ftmSchema) {
        this.label = label;
        this.ftmSchema = ftmSchema;
    }

    /** The Neo4j label; also the GraphQL type name. */
    public String label() {
        return label;
    }

    /** The FollowTheMoney schema this kind maps to, if FtM has one (phones and e-mails are FtM properties). */
    public Optional<String> ftmSchema() {
        return Optional.ofNullable(ftmSchema);
    }

    public static Optional<EntityKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }
}
