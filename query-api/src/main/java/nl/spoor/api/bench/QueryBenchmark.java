package nl.spoor.api.bench;

import java.io.PrintStream;
import java.time.Duration;

import nl.spoor.api.moneytrail.TrailBenchmark;
import nl.spoor.model.store.SpoorStore;

/**
 * {@code spoor bench queries}: every pattern query that has a benchmark, on one prepared data set, each
 * beside its naive formulation in the same process (see the README, *Measured*).
 */
public final class QueryBenchmark {

    private final SpoorStore store;
    private final PrintStream out;
    private final Duration timeout;

    public QueryBenchmark(SpoorStore store, PrintStream out, Duration timeout) {
        this.store = store;
        this.out = out;
        this.timeout = timeout;
    }

    public void run(String dataset, int busiest, int sample, int rounds) {
        long accounts;
        long transfers;
        try (var s = store.driver().session(store.sessionConfig())) {
            accounts = s.run("MATCH (a:BankAccount) RETURN count(a) AS n").single().get("n").asLong();
            transfers = s.run("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS n").single().get("n").asLong();
        }
        out.printf("Data set %s: %,d accounts, %,d transfers%n", dataset, accounts, transfers);
        int step = (int) Math.max(1, accounts / Math.max(1, sample));
        out.println("== 3-hop time-ordered money trail (moneyTrail) ==");
        new TrailBenchmark(store, out, timeout).run(busiest, step, rounds);
    }
}
