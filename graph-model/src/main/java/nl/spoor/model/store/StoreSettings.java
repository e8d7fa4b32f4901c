package nl.spoor.model.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Spoor keeps its graph: an embedded Neo4j under {@code home/neo4j} (the default), or an
 * external Neo4j server or cluster reached over Bolt.
 *
 * @param home          Spoor's data folder ({@code SPOOR_HOME}, default {@code ./data}); the embedded
 *                      store lives in {@code home/neo4j}
 * @param externalUri   {@code SPOOR_NEO4J_URI}; when present nothing is embedded
 * @param user          user for the external server ({@code SPOOR_NEO4J_USER}, default {@code neo4j})
 * @param password      password for the external server ({@code SPOOR_NEO4J_PASSWORD}); may be null
 * @param database      database name ({@code SPOOR_NEO4J_DATABASE}, default {@code neo4j})
 * @param boltPort      port of the embedded Bolt connector on 127.0.0.1; 0 picks a free port
 * @param pageCache     page cache of the embedded store, Neo4j notation ({@code 512m}, {@code 2g})
 */
public record StoreSettings(
        Path home, Optional<URI> externalUri, String user, String password, String database,
        int boltPort, String pageCache) {

    public StoreSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(externalUri, "externalUri");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(pageCache, "pageCache");
        if (boltPort < 0 || boltPort > 65535) {
            throw new IllegalArgumentException("SPOOR_BOLT_PORT must be 0..65535, got " + boltPort);
        }
    }

    public static StoreSettings embedded(Path home) {
        return new StoreSettings(home, Optional.empty(), "neo4j", null, "neo4j", 0, "512m");
    }

    public static StoreSettings external(URI uri, String user, String password) {
        return new StoreSettings(Path.of("data"), Optional.of(uri), user, password, "neo4j", 0, "512m");
    }

    /** Reads the {@code SPOOR_*} variables; unknown or malformed values fail with the variable's name. */
    public static StoreSettings fromEnvironment(Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("SPOOR_HOME", "data")).toAbsolutePath().normalize();
        Optional<URI> uri = Optional.ofNullable(blankToNull(env.get("SPOOR_NEO4J_URI"))).map(StoreSettings::parseUri);
        String user = env.getOrDefault("SPOOR_NEO4J_USER", "neo4j");
        String password = blankToNull(env.get("SPOOR_NEO4J_PASSWORD"));
        String database = env.getOrDefault("SPOOR_NEO4J_DATABASE", "neo4j");
        int port;
        try {
            port = Integer.parseInt(env.getOrDefault("SPOOR_BOLT_PORT", "0"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SPOOR_BOLT_PORT must be a port number, got \"" + env.get("SPOOR_BOLT_PORT") + "\"");
        }
        String pageCache = env.getOrDefault("SPOOR_NEO4J_PAGECACHE", "512m");
        return new StoreSettings(home, uri, user, password, database, port, pageCache);
    }

    public boolean isEmbedded() {
        return externalUri.isEmpty();
    }

    public Path embeddedDirectory() {
        return home.resolve("neo4j");
    }

    private static URI parseUri(String raw) {
        URI uri;
        try {
            uri = URI.create(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SPOOR_NEO4J_URI is not a URI: \"" + raw + "\"");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.matches("bolt|bolt\\+s|bolt\\+ssc|neo4j|neo4j\\+s|neo4j\\+ssc")) {
            throw new IllegalArgumentException("SPOOR_NEO4J_URI must start with bolt:// or neo4j:// (or +s/+ssc), got \"" + raw + "\"");
        }
        return uri;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
