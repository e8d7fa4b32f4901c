package nl.spoor.model.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * Relationship types of Spoor's graph (DESIGN §3). {@link #multiple()} kinds may occur several times
 * between the same two entities, told apart by a key (a transfer's transaction reference, a tenancy's
 * start date); the others occur once per pair and gather their sources. {@link #symmetric()} kinds
 * have no direction in meaning and are stored from the smaller to the larger Spoor id.
 */
public enum RelationshipKind {
    DIRECTOR_OF(false, false),
    OWNS(false, false),
    /** Keyed by the start date: one person may work for the same employer in two periods. */
    EMPLOYED_BY(true, false),
    REGISTERED_AT(false, false),
    LIVES_AT(true, false),
    FAMILY_OF(false, true),
    ASSOCIATE_OF(false, true),
    HOLDS_ACCOUNT(false, false),
    TRANSFER(true, false),
    /** Cash paid in at a place (the municipality of the branch or machine) to an account. */
    CASH_DEPOSIT(true, false),
    /** Cash taken out of an account at a place. */
    CASH_WITHDRAWAL(true, false),
    REGISTERED_OWNER(true, false),
    OBSERVED_DRIVING(true, false),
    USES(false, false),
    OWNS_PROPERTY(false, false),
    LANDLORD_OF(true, false),
    SUCCEEDED_BY(false, false),
    USES_PHONE(false, false),
    USES_EMAIL(false, false),
    ADVERTISES_WITH(false, false),
    LOCATED_IN(false, false),
    /** Real estate to its address. */
    LOCATED_AT(false, false),
    /** Income declared to the Belastingdienst, one per year. */
    DECLARED_INCOME(true, false),
    /** A benefit (WW, AOW, bijstand, …) paid by UWV, SVB or a gemeente. */
    RECEIVES_BENEFIT(true, false),
    /**
     * An entity-resolution candidate awaiting an analyst, never a merge: {@code score} (0..1) and
     * {@code reasons}, recomputed by ingest whenever either end gets new facts, stored once from the
     * smaller to the larger Spoor id.
     */
    POSSIBLY_SAME_AS(false, true),
    /** A document to an entity it names, keyed by where ({@code p<page>:<start>}): one per mention, with page and offsets. */
    MENTIONS(true, false),
    /** An attachment or archive entry to the document it came out of. */
    EMBEDDED_IN(false, false),
    /** A document to one of its {@code Page} nodes (text for search); pages are no entities and are written by ingest, not the graph writer. */
    HAS_PAGE(false, false),
    /** A document to the page stating an amount, keyed by where ({@code at: p<page>:<start>}), with amount, currency and the date beside it. */
    STATES_AMOUNT(true, false),
    /**
     * A link FollowTheMoney states that Spoor has no kind for (an {@code UnknownLink} with another role, a
     * {@code Membership}), keyed by its FtM id; the FtM import keeps its schema and role.
     */
    UNKNOWN_LINK(true, false);

    private final boolean multiple;
    private final boolean symmetric;

    RelationshipKind(boolean multiple, boolean symmetric) {
        this.multiple = multiple;
        this.symmetric = symmetric;
    }

    public boolean symmetric() {
        return symmetric;
    }

    /**
     * A property value as seen from the other end, for a symmetric kind stored the other way round:
     * a FAMILY_OF {@code relation} of {@code parent} read from the child is {@code child}. Values without
     * a direction (partner, sibling, cousin) stay as they are.
     */
    public Object fromOtherEnd(String property, Object value) {
        if (this == FAMILY_OF && "relation".equals(property)) {
            if ("parent".equals(value)) {
                return "child";
            }
            if ("child".equals(value)) {
                return "parent";
            }
        }
        return value;
    }

    public boolean multiple() {
        return multiple;
    }

    public static Optional<RelationshipKind> fromType(String type) {
        return Arrays.stream(values()).filter(k -> k.name().equals(type)).findFirst();
    }
}
