package nl.spoor.api.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The consultation log in the store (DESIGN §6): append-only, hash-chained, shared by every API process
 * on the store. There is no update or delete here, nor anywhere else in Spoor; no GraphQL mutation
 * reaches it, and the retention purge leaves it alone (it has its own labels, never {@code :Entity}).
 *
 * <p>Appends from all processes are serialised by a write lock on the one {@code (:ConsultationLogHead)}
 * node, taken in the same transaction that reads the head, creates the entry and moves the head, so the
 * chain never forks; a uniqueness constraint on {@code seq} is the second guard.
 *
 * <p>For other features: {@link #about(String)} answers "who consulted this entity" (the data-subject
 * report), {@link #find} the auditors' questions.
 */
public final class ConsultationLog {

    static final String HEAD = "consultations";

    private final Driver driver;
    private final SessionConfig session;
    private final LogKey key;

    public ConsultationLog(Driver driver, String database, LogKey key) {
        this.driver = driver;
        this.session = SessionConfig.forDatabase(database);
        this.key = key;
    }

    /**
     * Makes the head of an empty log, for a server about to append. A log with entries but no head was
     * tampered with: the server then refuses to start rather than begin a second chain.
     */
    public ConsultationLog openForAppending() {
        try (var s = driver.session(session)) {
            s.executeWrite(tx -> {
                boolean headless = tx.run("OPTIONAL MATCH (h:ConsultationLogHead {log: $log}) RETURN h IS NULL AS none", Map.of("log", HEAD))
                        .single().get("none").asBoolean();
                if (headless) {
                    long entries = tx.run("MATCH (c:Consultation) RETURN count(c) AS n").single().get("n").asLong();
                    if (entries > 0) {
                        throw new IllegalStateException("The consultation log has " + entries + " entries but its head node (:ConsultationLogHead) "
                                + "is missing: the log was tampered with. Run ./spoor audit verify and restore the store from a backup.");
                    }
                    tx.run("MERGE (h:ConsultationLogHead {log: $log}) ON CREATE SET h.seq = 0, h.hash = $genesis",
                            Map.of("log", HEAD, "genesis", Consultation.GENESIS)).consume();
                }
                return null;
            });
        }
        return this;
    }

    /** Who asked what and why, before it is chained. */
    public record Request(Instant at, String channel, String user, List<String> roles, String organisation, String purpose,
                          String legalBasis, String requestId, String operationType, String operationName, String document,
                          String variables, List<String> fields, Consultation.Outcome outcome, String reason, List<String> returnedIds) {

        Consultation unchained() {
            return new Consultation(0, at, channel, user, roles.stream().sorted().toList(), organisation, purpose, legalBasis, requestId,
                    operationType, operationName, document == null ? "" : LogKey.sha256(document), variables, fields, outcome,
                    reason, returnedIds, "", "");
        }
    }

    /** Appends one entry at the end of the chain and returns it as stored. */
    public Consultation append(Request request) {
        Consultation entry = request.unchained().withMillis();
        try (var s = driver.session(session)) {
            return s.executeWrite(tx -> {
                // SET before reading: the head's write lock is held from here until commit, so no other process reads this head.
                var head = tx.run("MATCH (h:ConsultationLogHead {log: $log}) SET h.appending = true WITH h RETURN h.seq AS seq, h.hash AS hash",
                        Map.of("log", HEAD)).single();
                Consultation chained = entry.chained(head.get("seq").asLong() + 1, head.get("hash").asString(), key);
                Map<String, Object> params = new HashMap<>();
                params.put("log", HEAD);
                params.put("props", chained.properties());
                params.put("seq", chained.seq());
                params.put("hash", chained.hash());
                params.put("document", request.document() == null ? "" : request.document());
                tx.run("""
                        MATCH (h:ConsultationLogHead {log: $log})
                        SET h.seq = $seq, h.hash = $hash REMOVE h.appending
                        CREATE (c:Consultation) SET c = $props
                        WITH c WHERE c.queryHash <> ''
                        MERGE (q:ConsultationQuery {sha256: c.queryHash}) ON CREATE SET q.text = $document""", params).consume();
                return chained;
            });
        }
    }

    /** What an auditor asks: every condition given must hold; {@code until} is exclusive. */
    public record Filter(String user, String purpose, String subject, Instant since, Instant until) {

        public static final Filter ALL = new Filter(null, null, null, null, null);

        String where() {
            StringBuilder w = new StringBuilder("WHERE true");
            if (user != null) {
                w.append(" AND c.user = $user");
            }
            if (purpose != null) {
                w.append(" AND c.purpose = $purpose");
            }
            if (subject != null) {
                w.append(" AND $subject IN c.returnedIds");
            }
            if (since != null) {
                w.append(" AND c.at >= $since");
            }
            if (until != null) {
                w.append(" AND c.at < $until");
            }
            return w.toString();
        }

        Map<String, Object> params() {
            Map<String, Object> p = new HashMap<>();
            p.put("user", user);
            p.put("purpose", purpose);
            p.put("subject", subject);
            p.put("since", since == null ? null : since.atZone(ZoneOffset.UTC));
            p.put("until", until == null ? null : until.atZone(ZoneOffset.UTC));
            return p;
        }
    }

    /** The entries matching {@code filter}, in log order, from {@code offset}, at most {@code limit}. */
    public List<Consultation> find(Filter filter, int offset, int limit) {
        Map<String, Object> p = filter.params();
        p.put("skip", offset);
        p.put("limit", limit);
        try (var s = driver.session(session)) {
            return s.executeRead(tx -> tx.run("MATCH (c:Consultation) " + filter.where() + " RETURN c ORDER BY c.seq SKIP $skip LIMIT $limit", p)
                    .list(r -> Consultation.of(r.get("c").asNode())));
        }
    }

    /** How many entries match {@code filter}. */
    public long count(Filter filter) {
        try (var s = driver.session(session)) {
            return s.executeRead(tx -> tx.run("MATCH (c:Consultation) " + filter.where() + " RETURN count(c) AS n", filter.params())
                    .single().get("n").asLong());
        }
    }

    /** Every consultation whose answer held the entity {@code spoorId}, in log order: who consulted this person or thing. */
    public List<Consultation> about(String spoorId) {
        return find(new Filter(null, null, spoorId, null, null), 0, Integer.MAX_VALUE);
    }

    /** The query document with this SHA-256, stored once for all entries that ran it. */
    public Optional<String> document(String sha256) {
        try (var s = driver.session(session)) {
            return s.executeRead(tx -> tx.run("MATCH (q:ConsultationQuery {sha256: $h}) RETURN q.text AS t", Map.of("h", sha256)).list())
                    .stream().findFirst().map(r -> r.get("t").asString(null));
        }
    }

    /** The head: how many entries the log has and the last one's hash (anchor it elsewhere to detect truncation). */
    public Head head() {
        try (var s = driver.session(session)) {
            var r = s.executeRead(tx -> tx.run("MATCH (h:ConsultationLogHead {log: $log}) RETURN h.seq AS seq, h.hash AS hash", Map.of("log", HEAD)).list());
            return r.isEmpty() ? new Head(-1, "") : new Head(r.getFirst().get("seq").asLong(-1), r.getFirst().get("hash").asString(""));
        }
    }

    /** The log's head: sequence number and hash of its last entry ({@code 0} and 64 zeros for an empty log; -1 when missing). */
    public record Head(long seq, String hash) {
        @Override
        public String toString() {
            return seq + ":" + hash;
        }
    }

    Driver driver() {
        return driver;
    }

    SessionConfig session() {
        return session;
    }

    LogKey key() {
        return key;
    }
}
