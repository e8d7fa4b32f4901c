package nl.spoor.api.cli;

import java.util.concurrent.Callable;

import nl.spoor.api.access.cli.PurposeCommand;
import nl.spoor.api.access.cli.TokenCommand;
import nl.spoor.api.access.cli.UserCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code spoor} command line. The {@code ./spoor} script at the repository root finds a JDK,
 * builds what is missing and runs this; it handles {@code spoor test} itself (a Maven build).
 */
@Command(name = "spoor", mixinStandardHelpOptions = true, versionProvider = SpoorCommand.Version.class,
        description = "Graph intelligence for Dutch investigators of organised crime and money flows.",
        subcommands = {ServeCommand.class, DemoCommand.class, StatusCommand.class, UserCommand.class, PurposeCommand.class, TokenCommand.class, GenerateCommand.class, LoadCommand.class, IngestCommand.class, ImportCommand.class, ExportCommand.class, DisclosuresCommand.class, PurgeCommand.class, SubjectReportCommand.class, ExtractCommand.class, AuditCommand.class, BenchCommand.class},
        footer = {"", "Also: ./spoor test   runs the whole test suite (Maven).",
                "Store: embedded Neo4j under $SPOOR_HOME/neo4j (default ./data), or set SPOOR_NEO4J_URI for a server."})
public final class SpoorCommand implements Callable<Integer> {

    public static void main(String[] args) {
        CommandLineLogging.toStandardError();
        int code = new CommandLine(new SpoorCommand())
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    cmd.getErr().println("spoor: " + Messages.of(ex));
                    return 1;
                })
                .execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SpoorCommand.class.getPackage().getImplementationVersion();
            return new String[] {"spoor " + (v == null ? "development build" : v)};
        }
    }
}
