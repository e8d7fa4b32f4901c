package nl.spoor.api.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

/**
 * One entry of the consultation log (DESIGN §6): who asked, with which roles and for which organisation,
 * when, for which purpose and on which legal basis, what (the operation, its root fields with their
 * arguments, its variables, the query document by its SHA-256), how it ended, and which entities the
 * answer held. Entries are chained: {@code hash} is an HMAC-SHA256 over {@link #canonical()}, which
 * includes {@code seq} and the previous entry's hash.
 *
 * <p>Absent values are empty strings, never null, so that what is stored is what was hashed.
 *
 * @param seq           place in the log, from 1, without gaps
 * @param at            when the request arrived (millisecond precision)
 * @param channel       {@code graphql}, {@code upload} or {@code cli} (the command-line purge)
 * @param user          the signed-in user's name; empty when the request had no signed-in user
 * @param roles         the user's role codes, sorted
 * @param organisation  the user's organisation
 * @param purpose       the purpose id the request named (also when it was refused)
 * @param legalBasis    the purpose's legal basis; empty when the purpose was not accepted
 * @param requestId     correlation id of the request
 * @param operationType {@code query}, {@code mutation}, {@code subscription}, {@code upload} or {@code command}; empty when unparseable
 * @param operationName the operation's name, if the client gave one
 * @param queryHash     SHA-256 (hex) of the query document; its text is stored once beside the log
 * @param variables     the request's variables (uploads: the form fields and file names) as JSON
 * @param fields        each root field asked for, with its arguments as JSON: {@code entity {"spoorId":"kvk:1"}}
 * @param outcome       how the request ended
 * @param reason        for a refusal or error: the messages
 * @param returnedIds   Spoor ids of the entities in the answer, in order of first appearance, each once
 * @param previousHash  the hash of entry {@code seq - 1} (64 zeros for the first)
 * @param hash          HMAC-SHA256 over {@link #canonical()} with the log's key
 */
public record Consultation(long seq, Instant at, String channel, String user, List<String> roles, String organisation,
                           String purpose, String legalBasis, String requestId, String operationType, String operationName,
                           String queryHash, String variables, List<String> fields, Outcome outcome, String reason,
                           List<String> returnedIds, String previousHash, String hash) {

    /** How a request ended. */
    public enum Outcome {
        /** Answered without errors. */
        ANSWERED,
        /** Refused: no purpose, not allowed, over a limit, or an invalid request. */
        REFUSED,
        /** Failed while running (the answer may be partial: returnedIds says what left). */
        ERROR
    }

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Consultation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        roles = List.copyOf(roles);
        fields = List.copyOf(fields);
        returnedIds = List.copyOf(returnedIds);
        channel = blank(channel);
        user = blank(user);
        organisation = blank(organisation);
        purpose = blank(purpose);
        legalBasis = blank(legalBasis);
        requestId = blank(requestId);
        operationType = blank(operationType);
        operationName = blank(operationName);
        queryHash = blank(queryHash);
        variables = blank(variables);
        reason = blank(reason);
        previousHash = blank(previousHash);
        hash = blank(hash);
    }

    /** The same entry with its time cut to milliseconds, as the store keeps it. */
    Consultation withMillis() {
        return new Consultation(seq, at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), channel, user, roles, organisation, purpose,
                legalBasis, requestId, operationType, operationName, queryHash, variables, fields, outcome, reason, returnedIds, previousHash, hash);
    }

    /** This entry at place {@code seq} after the entry hashed {@code previousHash}, hashed with {@code key}. */
    Consultation chained(long seq, String previousHash, LogKey key) {
        Consultation unhashed = new Consultation(seq, at, channel, user, roles, organisation, purpose, legalBasis, requestId, operationType,
                operationName, queryHash, variables, fields, outcome, reason, returnedIds, previousHash, "");
        return new Consultation(seq, at, channel, user, roles, organisation, purpose, legalBasis, requestId, operationType,
                operationName, queryHash, variables, fields, outcome, reason, returnedIds, previousHash, key.hmac(unhashed.canonical()));
    }

    /**
     * What the hash covers: every field but the hash, in a fixed order, as one JSON object (version 1).
     * Never change it for written logs; a new format gets a new {@code v}.
     */
    String canonical() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", 1);
        m.putAll(fields(at.toString()));
        return JSON.writeValueAsString(m);
    }

    /** As stored on the {@code (:Consultation)} node: the same fields, the time as a datetime, and the hash. */
    Map<String, Object> properties() {
        Map<String, Object> m = fields(at.atZone(java.time.ZoneOffset.UTC));
        m.put("hash", hash);
        return m;
    }

    private Map<String, Object> fields(Object time) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("at", time);
        m.put("channel", channel);
        m.put("user", user);
        m.put("roles", roles);
        m.put("organisation", organisation);
        m.put("purpose", purpose);
        m.put("legalBasis", legalBasis);
        m.put("requestId", requestId);
        m.put("operationType", operationType);
        m.put("operationName", operationName);
        m.put("queryHash", queryHash);
        m.put("variables", variables);
        m.put("fields", fields);
        m.put("outcome", outcome.name());
        m.put("reason", reason);
        m.put("returnedIds", returnedIds);
        m.put("previousHash", previousHash);
        return m;
    }

    /** Read back from a {@code (:Consultation)} node; a property of the wrong kind is read as it can be, and the hash then fails. */
    static Consultation of(org.neo4j.driver.types.MapAccessor n) {
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(n.get("outcome").asString(""));
        } catch (IllegalArgumentException e) {
            outcome = Outcome.ERROR;
        }
        return new Consultation(n.get("seq").asLong(-1), instant(n.get("at")), n.get("channel").asString(""), n.get("user").asString(""),
                strings(n.get("roles")), n.get("organisation").asString(""), n.get("purpose").asString(""), n.get("legalBasis").asString(""),
                n.get("requestId").asString(""), n.get("operationType").asString(""), n.get("operationName").asString(""),
                n.get("queryHash").asString(""), n.get("variables").asString(""), strings(n.get("fields")), outcome,
                n.get("reason").asString(""), strings(n.get("returnedIds")), n.get("previousHash").asString(""), n.get("hash").asString(""));
    }

    private static Instant instant(org.neo4j.driver.Value v) {
        try {
            return v.isNull() ? Instant.EPOCH : v.asZonedDateTime().toInstant();
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    private static List<String> strings(org.neo4j.driver.Value v) {
        try {
            return v.isNull() ? List.of() : v.asList(org.neo4j.driver.Value::asString);
        } catch (RuntimeException e) {
            return List.of(v.toString());
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
