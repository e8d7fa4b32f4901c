package nl.spoor.api.access.cli;

import java.net.URI;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import nl.spoor.api.access.store.AccessGraph;
import nl.spoor.api.store.RunFile;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;

/**
 * Opens the access store for a command: over Bolt to a running server's embedded store (which holds
 * the store's lock), else the store itself (embedded or external), as {@code spoor status} does.
 */
final class AccessStoreAccess {

    private AccessStoreAccess() {
    }

    static <T> T with(Function<AccessGraph, T> work) {
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        Optional<String> live = settings.isEmbedded() ? RunFile.liveServerBolt(settings.home()) : Optional.empty();
        if (live.isPresent()) {
            String password;
            try {
                password = Files.readString(settings.embeddedDirectory().resolve("spoor-credentials")).strip();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read the running server's store credentials: " + e.getMessage(), e);
            }
            try (var driver = GraphDatabase.driver(URI.create(live.get()), AuthTokens.basic("neo4j", password))) {
                return work.apply(new AccessGraph(driver, settings.database()));
            }
        }
        try (SpoorStore store = SpoorStore.open(settings)) {
            return work.apply(new AccessGraph(store.driver(), store.database()));
        }
    }
}
