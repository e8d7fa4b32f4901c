package nl.spoor.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;

/**
 * {@code spoor demo}: the medium synthetic Noord-Holland world (about 20,000 persons, a million payments,
 * planted cases, 2,000 documents), generated once into {@code $SPOOR_HOME/worlds/} and loaded into an
 * empty store, then served. The world is cached: a second demo on a wiped store loads it again without
 * generating.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Fills an empty store with the medium synthetic world (generated once, cached under $SPOOR_HOME/worlds),",
                "then serves it like 'spoor serve'. A store that already holds entities is served as it is.",
                "Creates (once) a demo user per role and the purpose " + nl.spoor.api.access.DemoAccess.PURPOSE + "; the password is SPOOR_DEMO_PASSWORD",
                "or one generated into $SPOOR_HOME/secrets/demo-password, printed with the login hint."})
class DemoCommand implements Callable<Integer> {

    static final String DEMO_SCALE = "medium";
    static final long DEMO_SEED = 42;

    @Option(names = "--port", description = "HTTP port (default: SPOOR_PORT or 8080).")
    Integer port;

    @Override
    public Integer call() {
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        if (!holdsEntities(settings)) {
            Path world = GenerateCommand.cached(DEMO_SCALE, DEMO_SEED, "the demo");
            System.out.println("Loading the demo world into the store …");
            LoadCommand.load(world, null, 10_000);
        }
        ServeCommand.run(port, false, true);
        return 0;
    }

    /** Whether the store holds entities; an embedded store whose database folder does not exist holds none. */
    static boolean holdsEntities(StoreSettings settings) {
        if (settings.isEmbedded()
                && !Files.exists(settings.embeddedDirectory().resolve("data").resolve("databases").resolve(settings.database()))) {
            return false;
        }
        try (SpoorStore store = SpoorStore.open(settings);
             var session = store.driver().session(store.sessionConfig())) {
            return session.run("MATCH (n:Entity) RETURN n LIMIT 1").hasNext();
        }
    }
}
