package nl.spoor.api.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code spoor export <format>}: one subcommand per interchange format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the graph, or one case's facts, in an interchange format.",
        subcommands = {ExportFtmCommand.class})
class ExportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }
}
