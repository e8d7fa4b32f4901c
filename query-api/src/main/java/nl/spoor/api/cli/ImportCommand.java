package nl.spoor.api.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spoor import <kind> FILE…}: structured sources straight into the graph, one subcommand per kind. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports structured extracts straight into the graph, every fact with its file and line.",
                "Every file is checked completely first; a bad file stops the import with file, line and column, and nothing is written."},
        subcommands = {RegisterImportCommand.Kvk.class, RegisterImportCommand.Rdw.class, RegisterImportCommand.Brp.class,
                RegisterImportCommand.Kadaster.class})
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }

    /** The delivery every import names, for purpose binding and retention (DESIGN §6). */
    static final class DeliveryOptions {
        @CommandLine.Option(names = "--case", required = true, description = "The case (casus, signaal, HHKP) the files were received for.")
        String caseId;

        @CommandLine.Option(names = "--partner", required = true, description = "The organisation that supplied them, e.g. kvk, rdw, gemeente-zaanstad.")
        String partner;

        @CommandLine.Option(names = "--basis", required = true, description = "The legal basis they were received under, e.g. 'WGS art. 2.3'.")
        String basis;

        @CommandLine.Option(names = "--retain-until", required = true, description = "Last day they may be kept (yyyy-mm-dd).")
        java.time.LocalDate retainUntil;
    }
}
