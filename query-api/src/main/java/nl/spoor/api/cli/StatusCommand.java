package nl.spoor.api.cli;

import java.util.concurrent.Callable;

import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.store.StoreStatus;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Prints the store mode and the number of nodes per label and relationships per type.",
                "Works while a server runs on the same embedded store (asks that server over Bolt)."})
class StatusCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        try (StoreConnection store = StoreConnection.open(StoreSettings.fromEnvironment(System.getenv()))) {
            System.out.println("Store: " + store.description());
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
