package nl.spoor.api.disclosure;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import nl.spoor.model.store.SpoorStore;

/**
 * The disclosure register: {@code :Disclosure} nodes, appended by {@link Exports} and never changed; read by
 * privacy jurists by recipient, purpose, subject (an entity in the file) and period, newest first.
 */
public final class DisclosureRegister {

    private final SpoorStore store;

    public DisclosureRegister(SpoorStore store) {
        this.store = store;
        try (Session s = store.driver().session(store.sessionConfig())) {
            // Not a numbered migration: the register is created by the first export, and other features number theirs.
            s.run("CREATE CONSTRAINT disclosure_id IF NOT EXISTS FOR (d:Disclosure) REQUIRE d.disclosureId IS UNIQUE").consume();
            s.run("CREATE INDEX disclosure_at IF NOT EXISTS FOR (d:Disclosure) ON (d.at)").consume();
        }
    }

    void record(Disclosure d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("disclosureId", d.disclosureId());
        p.put("at", d.at().atOffset(ZoneOffset.UTC));
        p.put("by", d.by());
        p.put("organisation", d.organisation());
        p.put("recipient", d.recipient());
        p.put("purpose", d.purpose());
        p.put("legalBasis", d.legalBasis());
        p.put("format", d.format().name());
        p.put("scope", d.scope());
        p.put("entityIds", d.entityIds());
        p.put("sourceIds", d.sourceIds());
        p.put("entities", (long) d.entities());
        p.put("relationships", d.relationships());
        p.put("fileName", d.fileName());
        p.put("bytes", d.bytes());
        p.put("sha256", d.sha256());
        try (Session s = store.driver().session(store.sessionConfig())) {
            s.executeWriteWithoutResult(tx -> tx.run("CREATE (d:Disclosure) SET d = $p", Map.of("p", p)).consume());
        }
    }

    /** Matching disclosures, newest first; every filter optional; {@code until} inclusive. */
    public List<Disclosure> find(String recipient, String purpose, String subject, LocalDate since, LocalDate until) {
        try (Session s = store.driver().session(store.sessionConfig())) {
            return s.run("""
                    MATCH (d:Disclosure)
                    WHERE ($recipient IS NULL OR d.recipient = $recipient) AND ($purpose IS NULL OR d.purpose = $purpose)
                      AND ($subject IS NULL OR $subject IN d.entityIds)
                      AND ($since IS NULL OR d.at >= datetime({date: $since}))
                      AND ($until IS NULL OR d.at < datetime({date: $until}) + duration('P1D'))
                    RETURN properties(d) AS d ORDER BY d.at DESC, d.disclosureId""",
                    Map.of("recipient", nullable(recipient), "purpose", nullable(purpose), "subject", nullable(subject),
                            "since", nullable(since), "until", nullable(until)))
                    .list(r -> of(r.get("d")));
        }
    }

    public java.util.Optional<Disclosure> byId(String id) {
        try (Session s = store.driver().session(store.sessionConfig())) {
            return s.run("MATCH (d:Disclosure {disclosureId: $id}) RETURN properties(d) AS d", Map.of("id", id)).list(r -> of(r.get("d")))
                    .stream().findFirst();
        }
    }

    private static Value nullable(Object o) {
        return o == null || (o instanceof String str && str.isBlank()) ? Values.NULL : Values.value(o);
    }

    private static Disclosure of(Value v) {
        return new Disclosure(v.get("disclosureId").asString(), v.get("at").asZonedDateTime().toInstant(), v.get("by").asString(),
                v.get("organisation").asString(), v.get("recipient").asString(), v.get("purpose").asString(), v.get("legalBasis").asString(),
                ExportFormat.valueOf(v.get("format").asString()), v.get("scope").asString(), v.get("entityIds").asList(Value::asString),
                v.get("sourceIds").asList(Value::asString), v.get("relationships").asLong(), v.get("fileName").asString(),
                v.get("bytes").asLong(), v.get("sha256").asString());
    }

}
