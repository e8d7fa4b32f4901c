package nl.spoor.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import nl.spoor.ingest.ftm.FtmImport;
import nl.spoor.ingest.ftm.FtmImportReport;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.writer.GraphWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ftm", mixinStandardHelpOptions = true,
        description = {"Imports FollowTheMoney JSON lines (Aleph, OpenSanctions, a Spoor export). Entities meet the graph's by IBAN,",
                "KvK-nummer, kenteken or BSN (stored as keyed hash only); the others get Spoor ids from their FtM id and dataset.",
                "Links (Directorship, Ownership, Payment, …) become relationships. Unknown schemata and properties are kept",
                "and counted. All files are checked first: any bad line refuses the whole import, nothing is written."})
class ImportFtmCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "FtM JSON lines files (one entity a line).")
    List<Path> files;

    @Mixin
    DeliveryOptions delivery;

    @Option(names = "--dataset", description = "FtM dataset of entities whose lines name none; part of the Spoor id of entities without a strong identifier (default: the case).")
    String dataset;

    @Override
    public Integer call() {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("No such file: " + f);
            }
        }
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        DeliveryOptions.requireNoServer(settings);
        BsnKey bsnKey = BsnKey.load(settings.home(), System.getenv());
        FtmImport.Delivery received = new FtmImport.Delivery(delivery.caseId, delivery.partner, delivery.basis, delivery.retainUntil, Instant.now(), dataset);
        try (SpoorStore store = SpoorStore.open(settings)) {
            FtmImportReport report = new FtmImport(new GraphWriter(store.driver(), store.database()), bsnKey, received,
                    LoadProgress.console(System.out)).run(files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
            report.summary().forEach(report.refused() ? System.err::println : System.out::println);
            return report.refused() ? 2 : 0;
        }
    }
}
