package nl.spoor.ingest.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

import nl.spoor.ingest.extract.PersonName;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreTransactions;
import nl.spoor.model.writer.GraphWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Weak-match resolution: {@code POSSIBLY_SAME_AS} candidates between persons, and between
 * organisations, whose names match, with a {@code score} (0..1) and the {@code reasons}; never a merge.
 *
 * <p><b>Blocking, not scanning:</b> candidates of an entity are only the entities sharing a blocking
 * key ({@link NameKeys}, indexed by migration V6): a surname without tussenvoegsel (either part of a
 * hyphenated name), an organisation name without legal form. Two entities that both carry a strong
 * identifier (two BSNs, two KvK-nummers) are never candidates: the identifiers already say they differ.
 *
 * <p><b>Order-independent:</b> a candidate is a function of the stored graph only. After every write
 * the pipeline calls {@link #refresh} with the persons and organisations that write touched; each is
 * compared with its whole block as stored then, every candidate of it is written with its score and
 * reasons recomputed (overwritten, not accumulated), and a candidate it no longer has is removed. A
 * pair is therefore recomputed whenever a fact of either end is written, so the candidates after
 * ingesting a set of documents are the same whatever the order or the number of workers (the writer
 * is one thread). Two ingest processes writing to one store at once may leave a candidate computed
 * from a view the other had not yet committed; {@link #refreshAll} recomputes everything.
 *
 * <p><b>Provenance:</b> {@code sourceIds} are the sources asserting either end, {@code evidence} one
 * JSON object per assertion (entity, source, locator, page, offsets, snippet), as the graph writer
 * keeps it on relationships.
 */
final class PossiblySameAs {

    static final double MINIMUM = 0.3;
    private static final int EVIDENCE_PER_SIDE = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SpoorStore store;
    private final StoreTransactions transactions;

    PossiblySameAs(SpoorStore store) {
        this(store, StoreTransactions.of(store));
    }

    PossiblySameAs(SpoorStore store, StoreTransactions transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /** One side of a comparison: what the graph holds about the entity. */
    record Features(String id, EntityKind kind, boolean strong, String name, String birthDate, String birthPlace,
                    Set<String> addresses, Set<String> heldIbans, Set<String> nearIbans, List<Map<String, Object>> asserts,
                    Set<String> candidates) {
    }

    /** A candidate pair, from the smaller to the larger Spoor id. */
    record Candidate(String from, String to, double score, List<String> reasons) {
    }

    // The statements below take their lists inside a map ($batch.…), so Neo4j plans each once whatever
    // the list's length (GraphWriter.rows says why). Those whose plan starts from a hinted index seek
    // skip replanning as a fresh store's statistics change (CYPHER replan=skip; see GraphWriter): their
    // plan is the same at any store size.
    private static final String FEATURES = """
            CYPHER replan=skip
            UNWIND $batch.ids AS id
            MATCH (n:Entity {spoorId: id}) USING INDEX n:Entity(spoorId)
            WHERE n:Person OR n:Company OR n:Organization
            RETURN n.spoorId AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name,
                   toString(n.birthDate) AS birthDate, n.birthPlace AS birthPlace,
                   n.bsnHash IS NOT NULL OR n.kvkNummer IS NOT NULL OR n.rsin IS NOT NULL OR n.btwId IS NOT NULL AS strong,
                   [(n)-[:LIVES_AT|REGISTERED_AT]->(a:Address) | a.addressKey] AS addresses,
                   [(n)-[:HOLDS_ACCOUNT]->(b:BankAccount) | b.iban] AS held,
                   COLLECT { MATCH (d:Document)-[m:MENTIONS]->(n) MATCH (d)-[m2:MENTIONS]->(b:BankAccount)
                             WHERE m2.page = m.page AND abs(m2.start - m.start) <= 300 RETURN DISTINCT b.iban } AS near,
                   [(s:Source)-[a:ASSERTS]->(n) | {entity: n.spoorId, source: s.sourceId, locator: a.locator, page: a.page,
                     start: a.start, end: a.end, snippet: a.snippet, confidence: a.confidence}] AS asserts,
                   [(n)-[:POSSIBLY_SAME_AS]-(o) | o.spoorId] AS candidates""";

    // The blocks of all entities a write touched, persons' and organisations' in one round trip: a bank
    // statement names a hundred counterparties, and a query each made the writer wait on the store a
    // hundred times.
    private static final String BLOCKS = """
            CYPHER replan=skip
            CALL () {
              UNWIND $batch.persons AS key
              CALL (key) {
                MATCH (c:Person) USING INDEX c:Person(surnameKey) WHERE c.surnameKey = key RETURN c.spoorId AS id
                UNION
                MATCH (c:Person) USING INDEX c:Person(surnameKeyAlt) WHERE c.surnameKeyAlt = key RETURN c.spoorId AS id
              }
              RETURN true AS person, key, collect(id) AS ids
              UNION ALL
              UNWIND $batch.organisations AS key
              CALL (key) {
                MATCH (c:Company) USING INDEX c:Company(orgKey) WHERE c.orgKey = key RETURN c.spoorId AS id
                UNION
                MATCH (c:Organization) USING INDEX c:Organization(orgKey) WHERE c.orgKey = key RETURN c.spoorId AS id
              }
              RETURN false AS person, key, collect(id) AS ids
            }
            RETURN person, key, ids""";

    private static final String WRITE = """
            CYPHER replan=skip
            UNWIND $batch.rows AS row
            MATCH (a:Entity {spoorId: row.from}) USING INDEX a:Entity(spoorId)
            MATCH (b:Entity {spoorId: row.to}) USING INDEX b:Entity(spoorId)
            MERGE (a)-[r:POSSIBLY_SAME_AS {key: ''}]->(b)
            SET r.score = row.score, r.reasons = row.reasons, r.sourceIds = row.sourceIds, r.evidence = row.evidence,
                r.resolver = 'names'
            RETURN count(*) AS written""";

    private static final String REMOVE_STALE = """
            CYPHER replan=skip
            UNWIND $batch.rows AS row
            MATCH (a:Entity {spoorId: row.id})-[r:POSSIBLY_SAME_AS]-(b:Entity) USING INDEX a:Entity(spoorId)
            WHERE NOT b.spoorId IN row.keep
            DELETE r""";

    /** Recomputes the candidates of these entities (others are ignored); returns how many candidates they have now. */
    int refresh(Collection<String> spoorIds) {
        if (spoorIds.isEmpty()) {
            return 0;
        }
        return transactions.write(tx -> refresh(tx, spoorIds));
    }

    /**
     * {@link #refresh(Collection)} inside the caller's transaction (the pipeline's: with the pages and the
     * done marks of the same documents, one commit). Reads and writes only through {@code tx}, so the
     * driver may run it again when it retries the transaction.
     */
    int refresh(SimpleQueryRunner tx, Collection<String> spoorIds) {
        List<String> ids = new ArrayList<>(new TreeSet<>(spoorIds));
        if (ids.isEmpty()) {
            return 0;
        }
        Map<String, Features> touched = features(tx, ids);
        Map<String, Candidate> candidates = new TreeMap<>();
        List<Map<String, Object>> stale = new ArrayList<>();
        Map<String, Features> known = new LinkedHashMap<>(touched);
        // Nothing is written before the end, so reading every block and its features first sees the same graph.
        Map<String, List<String>> blocks = blocks(tx, touched.values());
        known.putAll(features(tx, blocks.values().stream().flatMap(List::stream).filter(b -> !known.containsKey(b)).distinct().toList()));
        for (Features t : touched.values()) {
            List<String> block = blocks.get(t.id());
            List<String> kept = new ArrayList<>();
            for (String other : block) {
                Features o = known.get(other);
                if (o == null || o.id().equals(t.id())) {
                    continue;
                }
                Candidate c = compare(t, o);
                if (c != null) {
                    candidates.put(c.from() + " " + c.to(), c);
                    kept.add(other);
                }
            }
            if (!kept.containsAll(t.candidates())) {
                stale.add(Map.of("id", t.id(), "keep", kept));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            rows.add(row(c, known.get(c.from()), known.get(c.to())));
        }
        // Most refreshes find the candidates they had: then there is nothing to remove, and no statement to run.
        if (!stale.isEmpty()) {
            tx.run(REMOVE_STALE, GraphWriter.rows(stale)).consume();
        }
        for (int i = 0; i < rows.size(); i += 1_000) {
            tx.run(WRITE, GraphWriter.rows(rows.subList(i, Math.min(rows.size(), i + 1_000)))).consume();
        }
        return candidates.size();
    }

    /** Runs every statement of {@link #refresh} with nothing to look up or write, so Neo4j plans them (see IngestPipeline.warmUp). */
    void warmUp(SimpleQueryRunner tx) {
        tx.run(FEATURES, Map.of("batch", Map.of("ids", List.of()))).consume();
        tx.run(BLOCKS, Map.of("batch", Map.of("persons", List.of(), "organisations", List.of()))).consume();
        tx.run(REMOVE_STALE, GraphWriter.rows(List.of())).consume();
        tx.run(WRITE, GraphWriter.rows(List.of())).consume();
    }

    /**
     * Gives blocking keys to persons and organisations that have a name but none (written before this
     * step existed, or by the world loader), then recomputes the candidates of every keyed entity.
     */
    int refreshAll() {
        try (var session = store.driver().session(store.sessionConfig())) {
            for (EntityKind kind : List.of(EntityKind.PERSON, EntityKind.COMPANY, EntityKind.ORGANIZATION)) {
                String key = kind == EntityKind.PERSON ? "surnameKey" : "orgKey";
                List<Map<String, Object>> rows = new ArrayList<>();
                session.run("MATCH (n:" + kind.label() + ") WHERE n." + key + " IS NULL AND n.name IS NOT NULL RETURN n.spoorId AS id, n.name AS name")
                        .forEachRemaining(r -> {
                            Map<String, Object> keys = NameKeys.of(kind, r.get("name").asString());
                            if (!keys.isEmpty()) {
                                rows.add(Map.of("id", r.get("id").asString(), "keys", keys));
                            }
                        });
                for (int i = 0; i < rows.size(); i += 10_000) {
                    List<Map<String, Object>> chunk = rows.subList(i, Math.min(rows.size(), i + 10_000));
                    session.executeWrite(tx -> tx.run("UNWIND $rows AS row MATCH (n:Entity {spoorId: row.id}) SET n += row.keys",
                            Map.of("rows", chunk)).consume());
                }
            }
            List<String> all = session.run("MATCH (n:Person) WHERE n.surnameKey IS NOT NULL RETURN n.spoorId AS id UNION "
                    + "MATCH (n:Company) WHERE n.orgKey IS NOT NULL RETURN n.spoorId AS id UNION "
                    + "MATCH (n:Organization) WHERE n.orgKey IS NOT NULL RETURN n.spoorId AS id").list(r -> r.get("id").asString());
            int total = 0;
            for (int i = 0; i < all.size(); i += 1_000) {
                total += refresh(all.subList(i, Math.min(all.size(), i + 1_000)));
            }
            return total;
        }
    }

    private static Map<String, Features> features(SimpleQueryRunner tx, List<String> ids) {
        Map<String, Features> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        tx.run(FEATURES, Map.of("batch", Map.of("ids", ids))).forEachRemaining(r -> {
            if (r.get("name").isNull()) {
                return;
            }
            Features f = new Features(r.get("id").asString(), EntityKind.fromLabel(r.get("label").asString()).orElseThrow(),
                    r.get("strong").asBoolean(), r.get("name").asString(), string(r.get("birthDate")), string(r.get("birthPlace")),
                    new TreeSet<>(r.get("addresses").asList(Value::asString)), new TreeSet<>(r.get("held").asList(Value::asString)),
                    new TreeSet<>(r.get("near").asList(Value::asString)), r.get("asserts").asList(Value::asMap),
                    new TreeSet<>(r.get("candidates").asList(Value::asString)));
            result.put(f.id(), f);
        });
        return result;
    }

    private static String string(Value v) {
        return v.isNull() ? null : v.asString();
    }

    /** The block of each entity (its id → the ids sharing a blocking key with it, itself included, sorted). */
    private static Map<String, List<String>> blocks(SimpleQueryRunner tx, Collection<Features> entities) {
        Map<String, List<String>> keysOf = new LinkedHashMap<>();
        Set<String> personKeys = new TreeSet<>();
        Set<String> orgKeys = new TreeSet<>();
        for (Features f : entities) {
            List<String> keys;
            if (f.kind() == EntityKind.PERSON) {
                PersonName n = PersonName.parse(f.name());
                keys = n == null ? List.of() : n.surnameParts();
                personKeys.addAll(keys);
            } else {
                String key = NameKeys.orgKey(f.name());
                keys = key.isEmpty() ? List.of() : List.of(key);
                orgKeys.addAll(keys);
            }
            keysOf.put(f.id(), keys);
        }
        Map<String, List<String>> persons = new java.util.HashMap<>();
        Map<String, List<String>> orgs = new java.util.HashMap<>();
        if (!personKeys.isEmpty() || !orgKeys.isEmpty()) {
            tx.run(BLOCKS, Map.of("batch", Map.of("persons", List.copyOf(personKeys), "organisations", List.copyOf(orgKeys))))
                    .forEachRemaining(r -> (r.get("person").asBoolean() ? persons : orgs).put(r.get("key").asString(), r.get("ids").asList(Value::asString)));
        }
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        for (Features f : entities) {
            Map<String, List<String>> byKey = f.kind() == EntityKind.PERSON ? persons : orgs;
            Set<String> ids = new TreeSet<>();
            keysOf.get(f.id()).forEach(k -> ids.addAll(byKey.getOrDefault(k, List.of())));
            blocks.put(f.id(), List.copyOf(ids));
        }
        return blocks;
    }

    /** The candidate between two entities, or null when they are none. */
    static Candidate compare(Features a, Features b) {
        if (a.id().compareTo(b.id()) > 0) {
            // Always from the smaller id, so the reasons read the same whichever end was refreshed.
            return compare(b, a);
        }
        if (a.strong() && b.strong()) {
            return null;
        }
        boolean persons = a.kind() == EntityKind.PERSON && b.kind() == EntityKind.PERSON;
        boolean organisations = a.kind() != EntityKind.PERSON && b.kind() != EntityKind.PERSON;
        if (!persons && !organisations) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        double score;
        if (persons) {
            Double s = personNames(PersonName.parse(a.name()), PersonName.parse(b.name()), reasons);
            if (s == null) {
                return null;
            }
            score = s;
            if (a.birthDate() != null && b.birthDate() != null) {
                if (!a.birthDate().equals(b.birthDate())) {
                    return null;
                }
                score += 0.35;
                reasons.add("same birth date " + a.birthDate());
            }
            if (a.birthPlace() != null && b.birthPlace() != null) {
                if (PersonName.plain(a.birthPlace()).equals(PersonName.plain(b.birthPlace()))) {
                    score += 0.1;
                    reasons.add("same place of birth " + a.birthPlace());
                } else {
                    score -= 0.15;
                    reasons.add("different place of birth");
                }
            }
        } else {
            String ka = NameKeys.orgKey(a.name());
            if (ka.isEmpty() || !ka.equals(NameKeys.orgKey(b.name()))) {
                return null;
            }
            String pa = PersonName.plain(a.name()).replaceAll("[^\\p{L}\\p{N}]+", "");
            String pb = PersonName.plain(b.name()).replaceAll("[^\\p{L}\\p{N}]+", "");
            if (pa.equals(pb)) {
                score = 0.5;
                reasons.add("same name");
            } else {
                score = 0.4;
                reasons.add("same name without legal form");
            }
        }
        for (String address : common(a.addresses(), b.addresses())) {
            score += 0.2;
            reasons.add("same address " + address.replace('-', ' '));
        }
        for (String iban : common(a.heldIbans(), b.heldIbans())) {
            score += 0.2;
            reasons.add("both hold IBAN " + iban);
        }
        for (String iban : common(a.nearIbans(), b.nearIbans())) {
            score += 0.1;
            reasons.add("co-mentioned with the same IBAN " + iban);
        }
        score = Math.round(Math.min(0.99, score) * 100) / 100.0;
        if (score < MINIMUM) {
            return null;
        }
        return new Candidate(a.id(), b.id(), score, List.copyOf(reasons));
    }

    /** The name part of a person's score, or null when the names say they are different people (or say too little). */
    static Double personNames(PersonName a, PersonName b, List<String> reasons) {
        if (a == null || b == null || !a.hasGiven() || !b.hasGiven()) {
            return null;
        }
        double score;
        if (a.surname().equals(b.surname())) {
            reasons.add("same surname");
            score = 0;
        } else if (a.surnameParts().stream().anyMatch(b.surnameParts()::contains)) {
            reasons.add("surname part matches (hyphenated name)");
            score = -0.1;
        } else {
            return null;
        }
        if (!a.particle().equals(b.particle())) {
            if (!a.particle().isEmpty() && !b.particle().isEmpty()) {
                return null;
            }
            reasons.add("tussenvoegsel written in one only");
            score -= 0.1;
        }
        if (!a.given().isEmpty() && !b.given().isEmpty()) {
            if (a.given().getFirst().equals(b.given().getFirst())) {
                reasons.add("same given name");
                score += 0.5;
            } else if (a.given().contains(b.given().getFirst()) || b.given().contains(a.given().getFirst())) {
                reasons.add("given name among the other's given names");
                score += 0.35;
            } else {
                return null;
            }
        } else if (a.initials().startsWith(b.initials()) || b.initials().startsWith(a.initials())) {
            if (!a.given().isEmpty() || !b.given().isEmpty()) {
                reasons.add("initials match given name");
                score += 0.4;
            } else {
                reasons.add(a.initials().equals(b.initials()) ? "same initials" : "initials agree");
                score += a.initials().equals(b.initials()) ? 0.35 : 0.3;
            }
        } else {
            return null;
        }
        return score;
    }

    private static List<String> common(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return List.copyOf(both);
    }

    private static Map<String, Object> row(Candidate c, Features a, Features b) {
        Set<String> sources = new TreeSet<>();
        List<String> evidence = new ArrayList<>();
        for (Features f : List.of(a, b)) {
            List<Map<String, Object>> asserts = new ArrayList<>(f.asserts());
            asserts.forEach(x -> sources.add((String) x.get("source")));
            asserts.sort(java.util.Comparator.comparing((Map<String, Object> x) -> (String) x.get("source"))
                    .thenComparing(x -> (String) x.get("locator")));
            Set<String> seen = new HashSet<>();
            for (Map<String, Object> x : asserts) {
                if (evidence.size() >= 2 * EVIDENCE_PER_SIDE || seen.size() >= EVIDENCE_PER_SIDE) {
                    break;
                }
                TreeMap<String, Object> json = new TreeMap<>();
                x.forEach((k, v) -> {
                    if (v != null) {
                        json.put(k, v);
                    }
                });
                String s = JSON.writeValueAsString(json);
                if (seen.add(s)) {
                    evidence.add(s);
                }
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("from", c.from());
        row.put("to", c.to());
        row.put("score", c.score());
        row.put("reasons", c.reasons());
        row.put("sourceIds", List.copyOf(sources));
        row.put("evidence", evidence);
        return row;
    }
}
