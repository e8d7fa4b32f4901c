package nl.spoor.api.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import nl.spoor.ingest.ftm.FtmExport;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ftm", mixinStandardHelpOptions = true,
        description = {"Writes the graph, or one case's facts, as FollowTheMoney JSON lines: one Document per source, then entities,",
                "then links; provenance in proof and in each line's spoor object (which FtM tools ignore). No BSN leaves the store."})
class ExportFtmCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "The file to write (replaced when complete).")
    Path out;

    @Option(names = "--case", description = "Only the facts this case's sources gave.")
    String caseId;

    @Override
    public Integer call() throws Exception {
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        DeliveryOptions.requireNoServer(settings);
        BsnKey bsnKey = BsnKey.load(settings.home(), System.getenv());
        Path target = out.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (SpoorStore store = SpoorStore.open(settings); Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            FtmExport.Report report = new FtmExport(store, bsnKey, LoadProgress.console(System.out)).run(w, caseId);
            w.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println(report.summary() + " → " + target);
            return 0;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
