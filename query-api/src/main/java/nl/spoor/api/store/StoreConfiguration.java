package nl.spoor.api.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.writer.GraphWriter;

/**
 * Opens the store named by the {@code SPOOR_*} settings (environment variables, or properties of the
 * same name) and offers its driver to Spring, so Boot's Neo4j support (health, Spring Data) uses the
 * same connection in embedded and external mode.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    static final List<String> SETTINGS = List.of("SPOOR_HOME", "SPOOR_NEO4J_URI", "SPOOR_NEO4J_USER",
            "SPOOR_NEO4J_PASSWORD", "SPOOR_NEO4J_DATABASE", "SPOOR_BOLT_PORT", "SPOOR_NEO4J_PAGECACHE");

    @Bean
    StoreSettings storeSettings(Environment environment) {
        return StoreSettings.fromEnvironment(settings(environment));
    }

    @Bean(destroyMethod = "close")
    SpoorStore spoorStore(StoreSettings settings, Environment environment) {
        SpoorStore store = SpoorStore.open(settings);
        RunFile.write(settings.home(), store, environment);
        return store;
    }

    static Map<String, String> settings(Environment environment) {
        Map<String, String> values = new HashMap<>();
        for (String name : SETTINGS) {
            String value = environment.getProperty(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }

    /** The store's driver; the store closes it. */
    @Bean(destroyMethod = "")
    Driver neo4jDriver(SpoorStore store) {
        return store.driver();
    }

    /** The key BSNs are hashed with: SPOOR_BSN_KEY, or a key file under SPOOR_HOME. */
    @Bean
    BsnKey bsnKey(StoreSettings settings, Environment environment) {
        String key = environment.getProperty("SPOOR_BSN_KEY");
        return BsnKey.load(settings.home(), key == null ? Map.of() : Map.of("SPOOR_BSN_KEY", key));
    }

    @Bean
    GraphWriter graphWriter(SpoorStore store) {
        return new GraphWriter(store.driver(), store.database());
    }
}
