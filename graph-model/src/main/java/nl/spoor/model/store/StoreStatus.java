package nl.spoor.model.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * What the store holds: counts per node label and relationship type.
 *
 * @param uri the Bolt address; for the embedded store a loopback address
 */
public record StoreStatus(StoreMode mode, String uri, String database, long nodes, long relationships,
                          Map<String, Long> nodesPerLabel, Map<String, Long> relationshipsPerType) {

    public StoreStatus {
        nodesPerLabel = Collections.unmodifiableMap(new LinkedHashMap<>(nodesPerLabel));
        relationshipsPerType = Collections.unmodifiableMap(new LinkedHashMap<>(relationshipsPerType));
    }

    /** Counts what the database behind {@code driver} holds, in one read transaction. */
    public static StoreStatus read(Driver driver, String database, StoreMode mode, String uri) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(tx -> {
                Map<String, Long> nodes = new LinkedHashMap<>();
                tx.run("CALL db.labels() YIELD label CALL (label) { MATCH (n:$(label)) RETURN count(n) AS n } RETURN label AS k, n ORDER BY k")
                        .forEachRemaining(r -> nodes.put(r.get("k").asString(), r.get("n").asLong()));
                Map<String, Long> rels = new LinkedHashMap<>();
                tx.run("CALL db.relationshipTypes() YIELD relationshipType AS t CALL (t) { MATCH ()-[r:$(t)]->() RETURN count(r) AS n } RETURN t AS k, n ORDER BY k")
                        .forEachRemaining(r -> rels.put(r.get("k").asString(), r.get("n").asLong()));
                long totalNodes = tx.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
                long totalRels = tx.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
                return new StoreStatus(mode, uri, database, totalNodes, totalRels, nodes, rels);
            });
        }
    }
}
