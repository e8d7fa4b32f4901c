package nl.spoor.api.cli;

import java.net.URI;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import nl.spoor.api.store.RunFile;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreMode;
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
            try (var driver = GraphDatabase.driver(URI.create(live.get()), AuthTokens.basic("neo4j", password))) {
                System.out.println("Store: embedded in a running Spoor server, " + settings.embeddedDirectory() + " (Bolt " + live.get() + ")");
                print(StoreStatus.read(driver, settings.database(), StoreMode.EMBEDDED, live.get()));
            }
            return 0;
        }
        try (SpoorStore store = SpoorStore.open(settings)) {
            System.out.println("Store: " + (settings.isEmbedded() ? "embedded, " + settings.embeddedDirectory() : "external, " + store.boltUri()));
            print(store.status());
        }
        return 0;
    }

    private static void print(StoreStatus s) {
        System.out.printf("Nodes: %,d%n", s.nodes());
        s.nodesPerLabel().forEach((k, v) -> System.out.printf("  %-24s %,12d%n", k, v));
        System.out.printf("Relationships: %,d%n", s.relationships());
        s.relationshipsPerType().forEach((k, v) -> System.out.printf("  %-24s %,12d%n", k, v));
    }
}
