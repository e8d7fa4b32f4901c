package nl.spoor.api.access;

import static nl.spoor.api.access.Role.ANALIST;
import static nl.spoor.api.access.Role.BEHEERDER;
import static nl.spoor.api.access.Role.FIT;
import static nl.spoor.api.access.Role.PRIVACYJURIST;
import static nl.spoor.api.access.Role.RECHERCHEUR;
import static nl.spoor.api.access.Role.TIF;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may run what: for every root field of {@code Query} and {@code Mutation}, and for the upload
 * endpoints, the roles allowed and whether the request must name a purpose. DESIGN §1 and §6:
 * investigators (FIT, TIF, rechercheur, analist) run investigation queries, always for a purpose;
 * privacy jurists audit (the consultation log, disclosures, data-subject reports) and never run
 * investigation queries; beheerders manage users and purposes. Only self-service (one's own profile and
 * API tokens), schema introspection and administration that reads no graph data need no purpose: a
 * beheerder creates the first purpose without having one.
 *
 * <p><b>Fail closed.</b> A root field missing here is refused for everyone ({@code UNLISTED_OPERATION}),
 * and {@code AccessPolicyTest} fails the build when a root field of the loaded schema has no line here.
 * <b>Whoever adds a Query or Mutation field adds its line below</b> (and to the README's policy table).
 */
public final class AccessPolicy {

    /** Whether a role may run an operation, and whether the operation needs a purpose. */
    public record Rule(Set<Role> roles, boolean needsPurpose) {
        public Rule {
            roles = Set.copyOf(roles);
        }

        public boolean allows(SpoorUser user) {
            return user.roles().stream().anyMatch(roles::contains);
        }
    }

    /** The upload endpoint {@code POST /api/ingest/uploads}. */
    public static final String UPLOAD = "POST /api/ingest/uploads";
    /** The job status endpoints {@code GET /api/ingest/jobs/{id}} and {@code …/events} (an EventSource cannot send headers). */
    public static final String UPLOAD_STATUS = "GET /api/ingest/jobs/**";

    static final Set<Role> INVESTIGATORS = EnumSet.of(FIT, TIF, RECHERCHEUR, ANALIST);
    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final boolean PURPOSE = true;
    private static final boolean NO_PURPOSE = false;

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        // self-service and GraphiQL's schema introspection (the schema is no data)
        query("me", EVERYONE, NO_PURPOSE);
        query("myApiTokens", EVERYONE, NO_PURPOSE);
        mutation("createApiToken", EVERYONE, NO_PURPOSE);
        mutation("revokeApiToken", EVERYONE, NO_PURPOSE);
        query("__schema", EVERYONE, NO_PURPOSE);
        query("__type", EVERYONE, NO_PURPOSE);
        query("__typename", EVERYONE, NO_PURPOSE);
        mutation("__typename", EVERYONE, NO_PURPOSE);

        // administration: users and purposes (reads no graph data; the jurist may see which purposes exist)
        query("purposes", EnumSet.of(BEHEERDER, PRIVACYJURIST), NO_PURPOSE);
        mutation("createPurpose", EnumSet.of(BEHEERDER), NO_PURPOSE);
        mutation("addPurposeMember", EnumSet.of(BEHEERDER), NO_PURPOSE);
        mutation("removePurposeMember", EnumSet.of(BEHEERDER), NO_PURPOSE);
        mutation("closePurpose", EnumSet.of(BEHEERDER), NO_PURPOSE);
        // counts per label and type only: no personal data
        query("storeStatus", EnumSet.of(FIT, TIF, RECHERCHEUR, ANALIST, BEHEERDER), NO_PURPOSE);

        // investigation: entities, search, paths, networks, money, typologies
        for (String field : List.of("entity", "entityByIdentifier", "search", "paths", "networkAround", "networkOf",
                "moneyTrail", "flowsBetween", "fanIn", "fanOut", "cycles", "passThrough", "structuring", "abcTransactions",
                "sectorNetworks", "traffickingNetworks", "unusualWealth")) {
            query(field, INVESTIGATORS, PURPOSE);
        }
        // deliveries: what was ingested, for which case
        for (String field : List.of("ingestJob", "ingestJobs", "ingestFiles", "ingestFile")) {
            query(field, INVESTIGATORS, PURPOSE);
        }
        RULES.put(UPLOAD, new Rule(INVESTIGATORS, PURPOSE));
        RULES.put(UPLOAD_STATUS, new Rule(INVESTIGATORS, NO_PURPOSE));
    }

    private AccessPolicy() {
    }

    private static void query(String field, Set<Role> roles, boolean needsPurpose) {
        RULES.put("Query." + field, new Rule(roles, needsPurpose));
    }

    private static void mutation(String field, Set<Role> roles, boolean needsPurpose) {
        RULES.put("Mutation." + field, new Rule(roles, needsPurpose));
    }

    /** The rule of an operation ({@code Query.field}, {@code Mutation.field}, {@link #UPLOAD}); empty: nobody may run it. */
    public static Optional<Rule> rule(String operation) {
        return Optional.ofNullable(RULES.get(operation));
    }

    /** Every operation and its rule, in the order above (for the README table and the tests). */
    public static Map<String, Rule> rules() {
        return Collections.unmodifiableMap(RULES);
    }
}
