package nl.spoor.model.testing;

import java.util.List;

import nl.spoor.model.store.SpoorStore;

/** The accounts whose stored transfer, counterparty and payer counts and amounts paid in by others (schema V11–V15) differ from their relationships, for the writers' tests. */
public final class TransferCountsCheck {

    private TransferCountsCheck() {
    }

    /**
     * "spoorId in/out senders/receivers stored, … real" for every account whose counts are wrong: an account with a
     * transfer must have both transfer counts, equal to its degrees, and (unless it has more than 2,000) both counterparty
     * counts, equal to its distinct counterparties with at most 2,000 transfers, and its payer count, equal to the distinct
     * persons holding those that paid in, and what others paid in by transfer or cash deposit (not from an account of a
     * holder, or of a holder's employer or benefit payer); one without transfers may have none (or zeros, after a purge).
     * Then "spoorId marks …" for every account whose schema V17 marks are wrong: one with more than 1,000 transfers out
     * (in) must be flagged, a flagged one must have every transfer out (in) marked with its Spoor id, an unflagged one none.
     */
    public static List<String> wrong(SpoorStore store) {
        List<String> wrong = new java.util.ArrayList<>(counts(store));
        try (var s = store.driver().session(store.sessionConfig())) {
            wrong.addAll(s.executeRead(tx -> tx.run("""
                    MATCH (a:BankAccount)
                    WITH a, COUNT { (a)-[:TRANSFER]->() } AS out, COUNT { (a)<-[:TRANSFER]-() } AS in,
                         COUNT { (a)-[t:TRANSFER]->() WHERE t.outOfHub IS NOT NULL } AS outMarked,
                         COUNT { (a)-[t:TRANSFER]->() WHERE t.outOfHub = a.spoorId } AS outOwn,
                         COUNT { (a)<-[t:TRANSFER]-() WHERE t.intoHub IS NOT NULL } AS inMarked,
                         COUNT { (a)<-[t:TRANSFER]-() WHERE t.intoHub = a.spoorId } AS inOwn
                    WITH a, out, in, outMarked, outOwn, inMarked, inOwn,
                         CASE WHEN a.transfersOutByAmount IS NULL THEN out <= 1000 AND outMarked = 0
                              ELSE a.transfersOutByAmount = true AND outOwn = out END AS outRight,
                         CASE WHEN a.transfersInByAmount IS NULL THEN in <= 1000 AND inMarked = 0
                              ELSE a.transfersInByAmount = true AND inOwn = in END AS inRight
                    WHERE NOT (outRight AND inRight)
                    RETURN a.spoorId + ' marks out ' + coalesce(toString(a.transfersOutByAmount), '-') + ' ' + outOwn + '/' + outMarked + '/' + out
                           + ', in ' + coalesce(toString(a.transfersInByAmount), '-') + ' ' + inOwn + '/' + inMarked + '/' + in AS x ORDER BY x""")
                    .list(r -> r.get("x").asString())));
        }
        return wrong;
    }

    private static List<String> counts(SpoorStore store) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run("""
                    MATCH (a:BankAccount)
                    WITH a, COUNT { (a)<-[:TRANSFER]-() } AS in, COUNT { (a)-[:TRANSFER]->() } AS out
                    WITH a, in, out,
                         CASE WHEN in + out <= 2000 THEN size(COLLECT { MATCH (a)<-[:TRANSFER]-(o) WHERE o <> a
                              AND COUNT { (o)<-[:TRANSFER]-() } + COUNT { (o)-[:TRANSFER]->() } <= 2000 RETURN DISTINCT o }) END AS senders,
                         CASE WHEN in + out <= 2000 THEN size(COLLECT { MATCH (a)-[:TRANSFER]->(o) WHERE o <> a
                              AND COUNT { (o)<-[:TRANSFER]-() } + COUNT { (o)-[:TRANSFER]->() } <= 2000 RETURN DISTINCT o }) END AS receivers,
                         CASE WHEN in + out <= 2000 THEN size(COLLECT { MATCH (a)<-[:TRANSFER]-(o)<-[:HOLDS_ACCOUNT]-(p:Person) WHERE o <> a
                              AND COUNT { (o)<-[:TRANSFER]-() } + COUNT { (o)-[:TRANSFER]->() } <= 2000 RETURN DISTINCT p }) END AS payers,
                         CASE WHEN in + out <= 2000 THEN reduce(t = 0.0, x IN COLLECT { MATCH (a)<-[i:TRANSFER|CASH_DEPOSIT]-(s)
                              WHERE NOT EXISTS { MATCH (h)-[:HOLDS_ACCOUNT]->(a) WHERE EXISTS { (h)-[:HOLDS_ACCOUNT]->(s) }
                                                    OR EXISTS { (h)-[:EMPLOYED_BY|RECEIVES_BENEFIT]->()-[:HOLDS_ACCOUNT]->(s) } }
                              RETURN i.amount } | t + coalesce(x, 0.0)) END AS others
                    WHERE coalesce(a.transfersIn, -1) <> in OR coalesce(a.transfersOut, -1) <> out
                       OR coalesce(a.sendersIn, -1) <> coalesce(senders, -1) OR coalesce(a.receiversOut, -1) <> coalesce(receivers, -1)
                       OR coalesce(a.payersIn, -1) <> coalesce(payers, -1) OR abs(coalesce(a.othersIn, -1.0) - coalesce(others, -1.0)) > 0.005
                    WITH a, in, out, senders, receivers, payers, others
                    WHERE NOT (in = 0 AND out = 0 AND a.transfersIn IS NULL AND a.transfersOut IS NULL AND a.sendersIn IS NULL AND a.receiversOut IS NULL
                               AND a.payersIn IS NULL AND a.othersIn IS NULL AND others = 0.0)
                    RETURN a.spoorId + ' ' + coalesce(toString(a.transfersIn), '-') + '/' + coalesce(toString(a.transfersOut), '-')
                           + ' ' + coalesce(toString(a.sendersIn), '-') + '/' + coalesce(toString(a.receiversOut), '-') + ' ' + coalesce(toString(a.payersIn), '-')
                           + ' stored, ' + in + '/' + out + ' ' + coalesce(toString(senders), '-') + '/' + coalesce(toString(receivers), '-')
                           + ' ' + coalesce(toString(payers), '-') + ' real, others ' + coalesce(toString(a.othersIn), '-') + ' stored, '
                           + coalesce(toString(others), '-') + ' real' AS x ORDER BY x""").list(r -> r.get("x").asString()));
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
