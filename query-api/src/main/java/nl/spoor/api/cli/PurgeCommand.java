package nl.spoor.api.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import nl.spoor.api.audit.ConsultationLog;
import nl.spoor.api.audit.LogKey;
import nl.spoor.api.graphql.Arguments;
import nl.spoor.api.retention.LoggedPurge;
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
                "sources' ids and evidence from facts that keep other sources; records a PurgeRecord and an entry in the consultation",
                "log (channel cli, the user, what was deleted, the ids of the entities it deleted or trimmed)."})
class PurgeCommand implements Callable<Integer> {

    @Option(names = "--dry-run", description = "Only count what would be purged.")
    boolean dryRun;

    @Option(names = "--as-of", description = "Sources whose retain-until lies before this day (yyyy-mm-dd) are expired; default today (UTC).")
    String asOf;

    @Option(names = "--user", description = "Who purges, as recorded (default: the operating-system user).")
    String user = System.getProperty("user.name");

    @Option(names = "--org", description = "The user's organisation, as logged (default: $SPOOR_ORGANISATION, else 'local').")
    String organisation = System.getenv().getOrDefault("SPOOR_ORGANISATION", "local");

    @Override
    public Integer call() {
        LocalDate day = Arguments.date("--as-of", asOf, LocalDate.now(ZoneOffset.UTC));
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        DeliveryOptions.requireNoServer(settings);
        try (SpoorStore store = SpoorStore.open(settings);
             ConsultationLog log = ConsultationLog.forStore(store, LogKey.load(settings.home(), System.getenv()), ConsultationLog.journal(settings))) {
            LoggedPurge.Result done = new LoggedPurge(new RetentionPurge(store, LoadProgress.console(System.out)), log).run(day, user, organisation, dryRun);
            PurgeReport r = done.report();
            System.out.println(r.summary());
            if (!dryRun) {
                System.out.println("Recorded as " + r.purgeId() + " (PurgeRecord).");
            }
            System.out.printf("Consultation log entry %d (%d entities named).%n", done.entry().seq(), done.entry().returnedIds().size());
            return 0;
        }
    }
}
