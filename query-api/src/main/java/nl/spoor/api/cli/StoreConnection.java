package nl.spoor.api.cli;

import java.net.URI;
import java.nio.file.Files;
import java.util.Optional;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import nl.spoor.api.store.RunFile;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreMode;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.store.StoreStatus;

/**
 * The store for a command that only reads or appends while a server may be running: the running server's
 * embedded store over Bolt when there is one (an embedded store opens in one process only), else the store
 * itself.
 */
final class StoreConnection implements AutoCloseable {

    private final Driver driver;
    private final SpoorStore store;
    private final String database;
    private final String description;
    private final String bolt;

    private StoreConnection(Driver driver, SpoorStore store, String database, String description, String bolt) {
        this.driver = driver;
        this.store = store;
        this.database = database;
        this.description = description;
        this.bolt = bolt;
    }

    static StoreConnection open(StoreSettings settings) throws java.io.IOException {
        Optional<String> live = settings.isEmbedded() ? RunFile.liveServerBolt(settings.home()) : Optional.empty();
        if (live.isPresent()) {
            String password = Files.readString(settings.embeddedDirectory().resolve("spoor-credentials")).strip();
            Driver driver = GraphDatabase.driver(URI.create(live.get()), AuthTokens.basic("neo4j", password));
            return new StoreConnection(driver, null, settings.database(), "embedded in a running Spoor server, " + settings.embeddedDirectory()
                    + " (Bolt " + live.get() + ")", live.get());
        }
        SpoorStore store = SpoorStore.open(settings);
        return new StoreConnection(store.driver(), store, store.database(),
                settings.isEmbedded() ? "embedded, " + settings.embeddedDirectory() : "external, " + store.boltUri(), store.boltUri().toString());
    }

    /** The store when this process opened it (no server was running); empty when connected to a running server. */
    Optional<SpoorStore> opened() {
        return Optional.ofNullable(store);
    }

    Driver driver() {
        return driver;
    }

    String database() {
        return database;
    }

    /** Where the store is, for the first line of a command's output. */
    String description() {
        return description;
    }

    StoreStatus status() {
        return store != null ? store.status() : StoreStatus.read(driver, database, StoreMode.EMBEDDED, bolt);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        } else {
            driver.close();
        }
    }
}
