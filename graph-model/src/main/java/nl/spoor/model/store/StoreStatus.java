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

    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** Counts what the database behind {@code driver} holds, in one read transaction. */
    public static StoreStatus read(Driver driver, String database, StoreMode mode, String uri) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(tx -> {
                // One query per label and type with the name written in: only then does Neo4j answer from its
                // count store. A dynamic label ($(label)) scans, which takes minutes on a store of millions.
                Map<String, Long> nodes = new LinkedHashMap<>();
                for (String label : tx.run("CALL db.labels() YIELD label RETURN label ORDER BY label").list(r -> r.get("label").asString())) {
                    nodes.put(label, tx.run("MATCH (n:" + quoted(label) + ") RETURN count(n) AS n").single().get("n").asLong());
                }
                Map<String, Long> rels = new LinkedHashMap<>();
                for (String type : tx.run("CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t ORDER BY t").list(r -> r.get("t").asString())) {
                    rels.put(type, tx.run("MATCH ()-[r:" + quoted(type) + "]->() RETURN count(r) AS n").single().get("n").asLong());
                }
                long totalNodes = tx.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
                long totalRels = tx.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
                return new StoreStatus(mode, uri, database, totalNodes, totalRels, nodes, rels);
            });
        }
    }
}
