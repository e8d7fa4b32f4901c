package nl.spoor.api.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.spoor.ingest.importers.register.RegisterExtract;
import nl.spoor.ingest.importers.register.RegisterFormatException;
import nl.spoor.ingest.importers.register.RegisterImport;
import nl.spoor.ingest.importers.register.RegisterImporter;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.WriteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor import kvk|rdw|brp|kadaster FILE…}: register extracts ({@code ingest/register-formats.md}),
 * each file under a source of its own with the delivery's case, partner, basis and retention.
 */
abstract class RegisterImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Extracts (CSV, ; or , separated, UTF-8 with or without BOM).")
    List<Path> files;

    @Mixin
    DeliveryOptions delivery;

    abstract String register();

    @Override
    public Integer call() {
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        DeliveryOptions.requireNoServer(settings);
        BsnKey bsnKey = BsnKey.load(settings.home(), System.getenv());
        List<Path> paths = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        long started = System.nanoTime();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("import " + register()).setInitialMax(2L * paths.size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build()) {
            RegisterImport.Progress progress = new RegisterImport.Progress() {
                @Override
                public void checked(Path file, RegisterExtract extract) {
                    bar.setExtraMessage(" checked " + file.getFileName());
                    bar.step();
                }

                @Override
                public void written(Path file, WriteResult result) {
                    bar.setExtraMessage(" written " + file.getFileName());
                    bar.step();
                }
            };
            RegisterImport run = new RegisterImport(new RegisterImporter(bsnKey), null);
            // Every file is checked before the store is even opened: a bad extract costs no store start.
            List<RegisterImport.Checked> checked = run.check(register(), paths, new RegisterImport.Delivery(delivery.caseId, delivery.partner,
                    delivery.basis, delivery.retainUntil, Instant.now()), progress);
            List<RegisterImport.Imported> imported;
            try (SpoorStore store = SpoorStore.open(settings)) {
                imported = run.write(new GraphWriter(store.driver(), store.database()), checked, progress);
            }
            bar.close();
            WriteResult total = WriteResult.EMPTY;
            int rows = 0;
            for (RegisterImport.Imported i : imported) {
                System.out.printf("%s: %s, %d rows, %d entity and %d relationship facts%n", i.file(), i.format(), i.rows(),
                        i.written().entityFacts(), i.written().relationshipFacts());
                total = total.plus(i.written());
                rows += i.rows();
            }
            System.out.printf("%d files, %d rows in %.1f s: %d entity facts and %d relationship facts; %d nodes and %d relationships new in the store%n",
                    imported.size(), rows, (System.nanoTime() - started) / 1e9, total.entityFacts(), total.relationshipFacts(),
                    total.nodesCreated(), total.relationshipsCreated());
            return 0;
        } catch (RegisterFormatException e) {
            // The message names file, line and column; the cause (an identifier's own complaint) would not.
            throw new IllegalArgumentException(e.getMessage() + " Nothing was written.");
        }
    }

    @Command(name = "kvk", mixinStandardHelpOptions = true, description = "KvK Handelsregister extracts: inschrijvingen, functionarissen (DIRECTOR_OF), aandeelhouders (OWNS).")
    static final class Kvk extends RegisterImportCommand {
        @Override
        String register() {
            return "kvk";
        }
    }

    @Command(name = "rdw", mixinStandardHelpOptions = true, description = "RDW kentekenregister extracts: vehicles and their tenaamstellingen (REGISTERED_OWNER).")
    static final class Rdw extends RegisterImportCommand {
        @Override
        String register() {
            return "rdw";
        }
    }

    @Command(name = "brp", mixinStandardHelpOptions = true, description = "BRP extracts: persons (by BSN, stored as keyed hash) and their adreshoudingen (LIVES_AT).")
    static final class Brp extends RegisterImportCommand {
        @Override
        String register() {
            return "brp";
        }
    }

    @Command(name = "kadaster", mixinStandardHelpOptions = true, description = "Kadaster/WOZ extracts: percelen and appartementsrechten, owners (OWNS_PROPERTY), WOZ-waarde.")
    static final class Kadaster extends RegisterImportCommand {
        @Override
        String register() {
            return "kadaster";
        }
    }
}
