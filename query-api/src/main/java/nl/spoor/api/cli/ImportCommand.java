package nl.spoor.api.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spoor import <format>}: one subcommand per interchange or register format. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports an interchange file or register extract into the graph, every fact with its provenance.",
        subcommands = {ImportFtmCommand.class})
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }
}
