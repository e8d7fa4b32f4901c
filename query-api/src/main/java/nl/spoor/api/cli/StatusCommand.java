package nl.spoor.api.cli;

import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

import nl.spoor.api.store.RunFile;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.store.StoreStatus;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Prints the store mode and the number of nodes per label and relationships per type.",
                "Works while a server runs on the same embedded store (asks that server over Bolt)."})
class StatusCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        Optional<String> live = settings.isEmbedded() ? RunFile.liveServerBolt(settings.home()) : Optional.empty();
        if (live.isPresent()) {
            String password = Files.readString(settings.embeddedDirectory().resolve("spoor-credentials")).strip();
            try (var driver = GraphDatabase.driver(URI.create(live.get()), AuthTokens.basic("neo4j", password));
                 var session = driver.session(SessionConfig.forDatabase(settings.database()))) {
                System.out.println("Store: embedded in a running Spoor server, " + settings.embeddedDirectory() + " (Bolt " + live.get() + ")");
                print(session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong(),
                        session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong(),
                        counts(session, "CALL db.labels() YIELD label CALL (label) { MATCH (n:$(label)) RETURN count(n) AS n } RETURN label AS k, n ORDER BY k"),
                        counts(session, "CALL db.relationshipTypes() YIELD relationshipType AS t CALL (t) { MATCH ()-[r:$(t)]->() RETURN count(r) AS n } RETURN t AS k, n ORDER BY k"));
            }
            return 0;
        }
        try (SpoorStore store = SpoorStore.open(settings)) {
            StoreStatus s = store.status();
            System.out.println("Store: " + (settings.isEmbedded() ? "embedded, " + settings.embeddedDirectory() : "external, " + store.boltUri()));
            print(s.nodes(), s.relationships(), s.nodesPerLabel(), s.relationshipsPerType());
        }
        return 0;
    }

    private static Map<String, Long> counts(org.neo4j.driver.Session session, String cypher) {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        session.run(cypher).forEachRemaining(r -> m.put(r.get("k").asString(), r.get("n").asLong()));
        return m;
    }

    private static void print(long nodes, long rels, Map<String, Long> labels, Map<String, Long> types) {
        System.out.printf("Nodes: %,d%n", nodes);
        labels.forEach((k, v) -> System.out.printf("  %-24s %,12d%n", k, v));
        System.out.printf("Relationships: %,d%n", rels);
        types.forEach((k, v) -> System.out.printf("  %-24s %,12d%n", k, v));
    }
}
