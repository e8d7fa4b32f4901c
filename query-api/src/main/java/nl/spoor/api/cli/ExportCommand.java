package nl.spoor.api.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spoor export <format>}: one subcommand per interchange format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the graph, or one case's facts, in an interchange format.",
        subcommands = {ExportFtmCommand.class})
class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }
}
