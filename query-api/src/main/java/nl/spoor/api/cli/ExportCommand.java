package nl.spoor.api.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nl.spoor.api.disclosure.Disclosure;
import nl.spoor.api.disclosure.DisclosureRegister;
import nl.spoor.api.disclosure.ExportFormat;
import nl.spoor.api.disclosure.ExportScope;
import nl.spoor.api.disclosure.Exports;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spoor export <format>}: one subcommand per interchange format; every export is registered as a disclosure first. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the graph, one case's facts, or entities with their surroundings, in an interchange format.",
                "Every export is a disclosure: it is refused without --recipient, --purpose and --basis, and registered (./spoor disclosures)."},
        subcommands = {ExportCommand.Ftm.class, ExportCommand.GraphMl.class, ExportCommand.Csv.class, ExportCommand.I2.class})
class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }

    /** What every format takes. */
    abstract static class FormatCommand implements Callable<Integer> {

        @Option(names = "--out", required = true, description = "The file to write (replaced when complete, after the disclosure is registered).")
        Path out;

        @Option(names = "--recipient", description = "The partner organisation receiving the export (required).")
        String recipient;

        @Option(names = "--purpose", description = "The case, signal or HHKP it is given for (required).")
        String purpose;

        @Option(names = "--basis", description = "The legal basis of the disclosure, e.g. 'WGS art. 2.3' (required).")
        String basis;

        @Option(names = "--case", description = "Only the facts this case's sources gave.")
        String caseId;

        @Option(names = "--entity", split = ",", description = "Only these entities (Spoor ids) and what lies within --hops of them.")
        List<String> entities;

        @Option(names = "--hops", defaultValue = "0", description = "Steps around --entity, 0..3 (default 0).")
        int hops;

        @Option(names = "--user", description = "Who exports, as registered (default: the operating-system user).")
        String user = System.getProperty("user.name");

        @Option(names = "--org", description = "The exporting user's organisation (default: $SPOOR_ORGANISATION, else 'local').")
        String organisation = System.getenv().getOrDefault("SPOOR_ORGANISATION", "local");

        abstract ExportFormat format();

        @Override
        public Integer call() {
            Exports.Request request = new Exports.Request(format(), recipient, purpose, basis, new ExportScope(caseId, entities, hops), user, organisation);
            Exports.check(request);
            StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
            DeliveryOptions.requireNoServer(settings);
            BsnKey bsnKey = BsnKey.load(settings.home(), System.getenv());
            try (SpoorStore store = SpoorStore.open(settings)) {
                Disclosure d = new Exports(store, bsnKey, new DisclosureRegister(store)).export(request, out, LoadProgress.console(System.out));
                System.out.printf("Exported %,d entities and %,d relationships from %,d sources as %s → %s%nRegistered as %s:"
                                + " to %s for %s under %s by %s, SHA-256 %s%n", d.entities(), d.relationships(), d.sourceIds().size(),
                        d.format(), out.toAbsolutePath().normalize(), d.disclosureId(), d.recipient(), d.purpose(), d.legalBasis(), d.by(), d.sha256());
                return 0;
            }
        }
    }

    @Command(name = "ftm", mixinStandardHelpOptions = true,
            description = {"FollowTheMoney JSON lines: one Document per source, then entities, then links; provenance in proof and in",
                    "each line's spoor object (which FtM tools ignore). No BSN leaves the store. Whole graph or --case only."})
    static class Ftm extends FormatCommand {
        @Override
        ExportFormat format() {
            return ExportFormat.FTM;
        }
    }

    @Command(name = "graphml", mixinStandardHelpOptions = true,
            description = "GraphML for Gephi and yEd: entities as nodes, relationships as edges, properties and sources as attributes.")
    static class GraphMl extends FormatCommand {
        @Override
        ExportFormat format() {
            return ExportFormat.GRAPHML;
        }
    }

    @Command(name = "csv", mixinStandardHelpOptions = true,
            description = "entities.csv and relationships.csv (one column per property, sources), in one ZIP.")
    static class Csv extends FormatCommand {
        @Override
        ExportFormat format() {
            return ExportFormat.CSV;
        }
    }

    @Command(name = "i2", mixinStandardHelpOptions = true,
            description = "One CSV row per link for an i2 Analyst's Notebook import specification (README: Exports and disclosures).")
    static class I2 extends FormatCommand {
        @Override
        ExportFormat format() {
            return ExportFormat.I2;
        }
    }
}
