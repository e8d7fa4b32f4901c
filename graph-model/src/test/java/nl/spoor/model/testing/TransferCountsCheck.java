package nl.spoor.model.testing;

import java.util.List;

import nl.spoor.model.store.SpoorStore;

/** The accounts whose stored transfer counts (schema V11) differ from their TRANSFER relationships, for the writers' tests. */
public final class TransferCountsCheck {

    private TransferCountsCheck() {
    }

    /**
     * "spoorId in/out stored, in/out real" for every account whose counts are wrong: an account with a transfer must
     * have both counts, equal to its degrees; one without may have none (or zeros, after a purge).
     */
    public static List<String> wrong(SpoorStore store) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("""
                    MATCH (a:BankAccount)
                    WITH a, COUNT { (a)<-[:TRANSFER]-() } AS in, COUNT { (a)-[:TRANSFER]->() } AS out
                    WHERE coalesce(a.transfersIn, -1) <> in OR coalesce(a.transfersOut, -1) <> out
                    WITH a, in, out WHERE NOT (in = 0 AND out = 0 AND a.transfersIn IS NULL AND a.transfersOut IS NULL)
                    RETURN a.spoorId + ' ' + coalesce(toString(a.transfersIn), '-') + '/' + coalesce(toString(a.transfersOut), '-')
                           + ' stored, ' + in + '/' + out + ' real' AS x ORDER BY x""").list(r -> r.get("x").asString()));
        }
    }

    /** How many accounts carry counts: a check on {@link #wrong} that the test's data has transfers at all. */
    public static long counted(SpoorStore store) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("MATCH (a:BankAccount) WHERE a.transfersIn + a.transfersOut > 0 RETURN count(a) AS n")
                    .single().get("n").asLong());
        }
    }
}
