package nl.spoor.api.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.spoor.api.audit.AuditPeriod;
import nl.spoor.api.audit.ChainVerifier;
import nl.spoor.api.audit.Consultation;
import nl.spoor.api.audit.ConsultationLog;
import nl.spoor.api.audit.LogKey;
import nl.spoor.model.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spoor audit verify | show}: the consultation log from the command line (works beside a running server). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The consultation log: verify its hash chain, or show entries.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class})
class AuditCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return 0;
    }

    /** Through a running server's Bolt; or, on a store this process opened, after storing what a stopped server left in the journal. */
    static ConsultationLog log(StoreConnection store, StoreSettings settings) {
        LogKey key = LogKey.load(settings.home(), System.getenv());
        return store.opened().map(s -> ConsultationLog.forStore(s, key, ConsultationLog.journal(settings)))
                .orElseGet(() -> new ConsultationLog(store.driver(), store.database(), key));
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walks the whole consultation log and checks every entry's hash (HMAC-SHA256 with SPOOR_AUDIT_KEY or",
                    "$SPOOR_HOME/secrets/audit.key), its place in the chain and the head. Exits 1 naming the first broken entry:",
                    "edited, deleted, reordered, a changed query text. Prints the head (seq:hash): keep it outside Spoor and pass it",
                    "later as --anchor, so that removing the last entries is detected too."})
    static final class Verify implements Callable<Integer> {

        @Option(names = "--anchor", paramLabel = "SEQ:HASH", description = "An earlier head (or any entry) that must still be there unchanged; repeatable.")
        List<String> anchors = List.of();

        @Override
        public Integer call() throws Exception {
            Map<Long, String> anchored = new LinkedHashMap<>();
            for (String a : anchors) {
                String[] parts = a.strip().split(":", 2);
                try {
                    anchored.put(Long.parseLong(parts[0]), parts[1].strip());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("--anchor " + a + ": expected SEQ:HASH as printed by audit verify, e.g. 1204:3fa1…");
                }
            }
            StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
            try (StoreConnection store = StoreConnection.open(settings); ConsultationLog log = log(store, settings)) {
                System.out.println("Store: " + store.description());
                ChainVerifier verifier = new ChainVerifier(log);
                ChainVerifier.Verification v;
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Verifying").setInitialMax(verifier.size()).setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(250).continuousUpdate().build()) {
                    v = verifier.verify(anchored, bar::stepTo);
                }
                if (v.intact()) {
                    System.out.printf("Consultation log intact: %,d entries. Head %s%n", v.entries(), v.head());
                    System.out.println("Keep the head line outside Spoor; `audit verify --anchor " + v.head() + "` later detects removed entries at the end.");
                    return 0;
                }
                System.out.println("Consultation log BROKEN at " + v.firstBreak().orElseThrow() + " (" + v.entries() + " entries before it are intact)");
                return 1;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Prints the log's entries that match, oldest first.")
    static final class Show implements Callable<Integer> {

        @Option(names = "--user", description = "Only this user's requests.")
        String user;
        @Option(names = "--purpose", description = "Only requests for this purpose (case, signal or HHKP id).")
        String purpose;
        @Option(names = "--subject", description = "Only requests whose answer held this entity (Spoor id).")
        String subject;
        @Option(names = "--since", description = "From this day (yyyy-mm-dd, UTC) or instant on.")
        String since;
        @Option(names = "--until", description = "Up to and including this day, or before this instant.")
        String until;
        @Option(names = "--limit", defaultValue = "100", description = "At most this many entries (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() throws Exception {
            StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
            try (StoreConnection store = StoreConnection.open(settings); ConsultationLog log = log(store, settings)) {
                var filter = new ConsultationLog.Filter(user, purpose, subject, AuditPeriod.from("--since", since), AuditPeriod.until("--until", until));
                long total = log.count(filter);
                for (Consultation c : log.find(filter, 0, limit)) {
                    System.out.printf("%6d %s %-12s %-16s %-9s %s %s %s%s%n", c.seq(), c.at(), c.user().isEmpty() ? "-" : c.user(),
                            c.purpose().isEmpty() ? "-" : c.purpose(), c.outcome(), c.operationType(), String.join(", ", c.fields()),
                            c.returnedIds().isEmpty() ? "" : c.returnedIds().size() + " entities",
                            c.reason().isEmpty() ? "" : " — " + c.reason());
                }
                System.out.printf("%,d of %,d matching entries shown%n", Math.min(total, limit), total);
            }
            return 0;
        }
    }
}
