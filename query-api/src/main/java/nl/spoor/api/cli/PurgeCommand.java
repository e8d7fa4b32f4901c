package nl.spoor.api.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import nl.spoor.api.graphql.Arguments;
import nl.spoor.api.retention.PurgeReport;
import nl.spoor.api.retention.RetentionPurge;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spoor purge}: the retention purge (README, Retention). */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Deletes every source past its retain-until date, every fact only expired sources support, and the expired",
                "sources' ids and evidence from facts that keep other sources; records a PurgeRecord."})
class PurgeCommand implements Callable<Integer> {

    @Option(names = "--dry-run", description = "Only count what would be purged.")
    boolean dryRun;

    @Option(names = "--as-of", description = "Sources whose retain-until lies before this day (yyyy-mm-dd) are expired; default today (UTC).")
    String asOf;

    @Option(names = "--user", description = "Who purges, as recorded (default: the operating-system user).")
    String user = System.getProperty("user.name");

    @Override
    public Integer call() {
        LocalDate day = Arguments.date("--as-of", asOf, LocalDate.now(ZoneOffset.UTC));
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        DeliveryOptions.requireNoServer(settings);
        try (SpoorStore store = SpoorStore.open(settings)) {
            PurgeReport r = new RetentionPurge(store, LoadProgress.console(System.out)).run(day, user, dryRun);
            System.out.println(r.summary());
            if (!dryRun) {
                System.out.println("Recorded as " + r.purgeId() + " (PurgeRecord).");
            }
            return 0;
        }
    }
}
