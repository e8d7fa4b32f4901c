package nl.spoor.api.access.store;

import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Where Spoor keeps who may use it and why: accounts ({@code :SpoorAccount}), purposes
 * ({@code :SpoorPurpose}) and personal API tokens ({@code :SpoorApiToken}), in the same database as
 * the graph but never as {@code :Entity} nodes, so no pattern query, export or purge ever meets them.
 *
 * <p>Their constraints are created here, idempotently ({@code IF NOT EXISTS}), when the access store
 * is opened, rather than as a graph-model migration: they are the server's bookkeeping, not the
 * graph's schema, and the loaders and importers that run graph-model migrations never touch them.
 */
public final class AccessGraph {

    private final Driver driver;
    private final String database;

    public AccessGraph(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            for (String statement : new String[] {
                    "CREATE CONSTRAINT spoor_account_username IF NOT EXISTS FOR (a:SpoorAccount) REQUIRE a.username IS UNIQUE",
                    "CREATE CONSTRAINT spoor_purpose_id IF NOT EXISTS FOR (p:SpoorPurpose) REQUIRE p.id IS UNIQUE",
                    "CREATE CONSTRAINT spoor_api_token_hash IF NOT EXISTS FOR (t:SpoorApiToken) REQUIRE t.hash IS UNIQUE"}) {
                session.run(statement).consume();
            }
        }
    }

    <T> T read(Function<TransactionContext, T> work) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(work::apply);
        }
    }

    <T> T write(Function<TransactionContext, T> work) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeWrite(work::apply);
        }
    }
}
