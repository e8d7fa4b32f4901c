package nl.spoor.model.graph;

import java.util.Objects;
import java.util.Optional;

import nl.spoor.model.identifiers.Bsn;
import nl.spoor.model.identifiers.IdentifierType;

/**
 * Where each strong identifier lives in the graph: the entity kind, the property holding its
 * normalised value, and whether it makes the entity's Spoor id. An entity's Spoor id is
 * {@code prefix:normalised-value} of its strongest identifier, so the same IBAN, KvK-nummer, kenteken
 * or BSN written from two documents meets the same node.
 */
public enum IdentifierKeys {
    BSN(IdentifierType.BSN, EntityKind.PERSON, "bsnHash", "bsn"),
    RSIN(IdentifierType.RSIN, EntityKind.COMPANY, "rsin", "rsin"),
    KVK(IdentifierType.KVK, EntityKind.COMPANY, "kvkNummer", "kvk"),
    VAT(IdentifierType.VAT, EntityKind.COMPANY, "btwId", "btw"),
    IBAN(IdentifierType.IBAN, EntityKind.BANK_ACCOUNT, "iban", "iban"),
    KENTEKEN(IdentifierType.KENTEKEN, EntityKind.VEHICLE, "kenteken", "kenteken"),
    PHONE(IdentifierType.PHONE, EntityKind.PHONE, "e164", "phone"),
    EMAIL(IdentifierType.EMAIL, EntityKind.EMAIL, "address", "email"),
    ADDRESS(IdentifierType.ADDRESS, EntityKind.ADDRESS, "addressKey", "address");

    private final IdentifierType type;
    private final EntityKind kind;
    private final String property;
    private final String prefix;

    IdentifierKeys(IdentifierType type, EntityKind kind, String property, String prefix) {
        this.type = type;
        this.kind = kind;
        this.property = property;
        this.prefix = prefix;
    }

    public IdentifierType type() {
        return type;
    }

    public EntityKind kind() {
        return kind;
    }

    /** The node property holding the normalised value (for BSN: its keyed hash). */
    public String property() {
        return property;
    }

    public static Optional<IdentifierKeys> of(IdentifierType type) {
        for (IdentifierKeys k : values()) {
            if (k.type == type) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The value stored in {@link #property()} for a raw identifier: validated and normalised, and for a
     * BSN replaced by its keyed hash so the BSN itself is never stored.
     *
     * @throws nl.spoor.model.identifiers.InvalidIdentifierException when {@code raw} is not valid
     */
    public String storedValue(String raw, BsnKey bsnKey) {
        if (this == BSN) {
            return Bsn.parse(raw).keyedHash(Objects.requireNonNull(bsnKey, "bsnKey").bytes());
        }
        return type.normalise(raw);
    }

    /** The Spoor id an entity gets when this identifier is its strongest one. */
    public EntityRef ref(String raw, BsnKey bsnKey) {
        return refForStoredValue(storedValue(raw, bsnKey));
    }

    /** The Spoor id for an already normalised (for BSN: hashed) value. */
    public EntityRef refForStoredValue(String stored) {
        return new EntityRef(kind, prefix + ":" + stored);
    }
}
