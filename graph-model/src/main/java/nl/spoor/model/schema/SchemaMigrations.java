package nl.spoor.model.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.spoor.model.cypher.CypherResource;

/**
 * Versioned, idempotent schema migrations, applied when the store opens.
 *
 * <p>Each migration is a {@code .cypher} resource beside this class, listed in {@code migrations.txt}
 * in order, named {@code V<n>__<what>.cypher}; statements end with {@code ;}. Applied versions are
 * recorded as {@code (:SchemaMigration {version, name, checksum, appliedAt})}. A recorded migration
 * whose file changed afterwards stops the start with a clear error: published migrations are never
 * edited, a new one is added instead. Every statement uses {@code IF NOT EXISTS}, so a migration cut
 * short by a crash is simply run again.
 */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z0-9_]+)\\.cypher");

    private final Driver driver;
    private final SessionConfig session;

    public SchemaMigrations(Driver driver, String database) {
        this.driver = Objects.requireNonNull(driver, "driver");
        // One row per fetch: a batched fill's rows (one per committed batch) arrive as the batches commit, for its progress log.
        this.session = SessionConfig.builder().withDatabase(database).withFetchSize(1).build();
    }

    /** The migrations shipped with this build, in version order. */
    public static List<Migration> shipped() {
        List<Migration> result = new ArrayList<>();
        for (String line : read("migrations.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("Migration file name " + name + " does not match V<n>__<what>.cypher");
            }
            String text = read(name);
            result.add(new Migration(Integer.parseInt(m.group(1)), name, statements(text), sha256(text)));
        }
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).version() != i + 1) {
                throw new IllegalStateException("Migrations must be numbered 1, 2, 3 … without gaps; found " + result.get(i).name() + " at place " + (i + 1));
            }
        }
        return List.copyOf(result);
    }

    /** Applies what is not yet applied; returns the versions applied now. */
    public List<Integer> apply() {
        List<Integer> applied = new ArrayList<>();
        try (var s = driver.session(session)) {
            s.run("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE").consume();
            Map<Integer, String> done = new java.util.HashMap<>();
            s.run("MATCH (m:SchemaMigration) RETURN m.version AS v, m.checksum AS c").list()
                    .forEach(r -> done.put(r.get("v").asInt(), r.get("c").asString()));
            for (Migration migration : shipped()) {
                String recorded = done.get(migration.version());
                if (recorded != null) {
                    if (!recorded.equals(migration.checksum())) {
                        throw new IllegalStateException("Schema migration " + migration.name() + " was changed after it was applied to this store "
                                + "(checksum " + recorded + " recorded, " + migration.checksum() + " now). Never edit an applied migration: add a new one.");
                    }
                    continue;
                }
                LOG.info("Applying schema migration {}", migration.name());
                for (String statement : migration.statements()) {
                    try {
                        run(s, migration, statement);
                    } catch (org.neo4j.driver.exceptions.ClientException e) {
                        throw new IllegalStateException("Schema migration " + migration.name() + " failed: " + e.getMessage()
                                + (statement.contains("spoor-name") ? " (Spoor's full-text analyzers are missing on this Neo4j: an external "
                                + "server needs neo4j-plugin/target/spoor-neo4j-plugin.jar in its plugins folder, see the README, External Neo4j needs the plugin)" : ""), e);
                    }
                }
                s.run("MERGE (m:SchemaMigration {version: $v}) SET m.name = $n, m.checksum = $c, m.appliedAt = datetime()",
                        Map.of("v", migration.version(), "n", migration.name(), "c", migration.checksum())).consume();
                applied.add(migration.version());
            }
            awaitIndexes(s);
        }
        return applied;
    }

    /**
     * Runs one statement. A statement that fills data in batches returns one row per committed batch with
     * {@code done} and {@code total} (V11 counts 924,361 accounts' transfers on the large world, minutes): the rows are
     * read as they come (the session fetches one at a time) and logged every 15 s, so a long start shows how far it is.
     */
    private static void run(org.neo4j.driver.Session s, Migration migration, String statement) {
        var result = s.run(statement);
        long started = System.nanoTime();
        long lastReport = started;
        while (result.hasNext()) {
            var row = result.next();
            if (!row.containsKey("done") || !row.containsKey("total")) {
                continue;
            }
            long now = System.nanoTime();
            long done = row.get("done").asLong();
            long total = row.get("total").asLong();
            if (total > 0 && (now - lastReport > 15_000_000_000L || done == total)) {
                LOG.info("Schema migration {}: {} of {} ({} s)", migration.name(), String.format(java.util.Locale.ROOT, "%,d", done),
                        String.format(java.util.Locale.ROOT, "%,d", total), (now - started) / 1_000_000_000L);
                lastReport = now;
            }
        }
        result.consume();
    }

    /**
     * Waits until every index is online. Index population runs in the background, and queries planned
     * before it finishes would scan. After a bulk import of millions of nodes population takes minutes,
     * so there is no deadline: progress is logged every 15 s, and a failed index stops the start.
     */
    private static void awaitIndexes(org.neo4j.driver.Session s) {
        long started = System.nanoTime();
        long lastReport = started;
        while (true) {
            var rows = s.run("SHOW INDEXES YIELD name, state, populationPercent RETURN name, state, populationPercent").list();
            List<String> populating = new ArrayList<>();
            for (var row : rows) {
                String state = row.get("state").asString();
                if (state.equals("FAILED")) {
                    throw new IllegalStateException("Index " + row.get("name").asString() + " failed to populate; see the store's debug.log");
                }
                if (!state.equals("ONLINE")) {
                    populating.add(String.format(java.util.Locale.ROOT, "%s %.0f%%", row.get("name").asString(), row.get("populationPercent").asDouble(0)));
                }
            }
            if (populating.isEmpty()) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastReport > 15_000_000_000L) {
                LOG.info("Populating indexes ({} s): {}", (now - started) / 1_000_000_000L, String.join(", ", populating));
                lastReport = now;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for indexes to populate", e);
            }
        }
    }

    static List<String> statements(String text) {
        StringBuilder clean = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("//")) {
                clean.append(line).append('\n');
            }
        }
        List<String> result = new ArrayList<>();
        for (String part : clean.toString().split(";")) {
            if (!part.isBlank()) {
                result.add(part.strip());
            }
        }
        return result;
    }

    private static String read(String resource) {
        return CypherResource.load(SchemaMigrations.class, resource);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One migration file: its version, name, statements and the SHA-256 of its text. */
    public record Migration(int version, String name, List<String> statements, String checksum) {
    }
}
