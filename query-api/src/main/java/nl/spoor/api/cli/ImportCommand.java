package nl.spoor.api.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spoor import <format> FILE…}: one subcommand per register extract or interchange format. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports register extracts and interchange files straight into the graph, every fact with its file and line.",
                "Every file is checked completely first; a bad file stops the import with file, line and field, and nothing is written."},
        subcommands = {RegisterImportCommand.Kvk.class, RegisterImportCommand.Rdw.class, RegisterImportCommand.Brp.class,
                RegisterImportCommand.Kadaster.class, ImportFtmCommand.class})
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }
}
