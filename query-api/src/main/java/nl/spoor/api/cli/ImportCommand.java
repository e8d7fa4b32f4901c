package nl.spoor.api.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code spoor import <format>}: one subcommand per interchange or register format. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports an interchange file or register extract into the graph, every fact with its provenance.",
        subcommands = {ImportFtmCommand.class})
class ImportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }
}
