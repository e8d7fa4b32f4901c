package nl.spoor.api.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Fills an empty store with the demo world, then serves it like 'spoor serve'.",
                "A store that already holds entities is served as it is."})
class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: SPOOR_PORT or 8080).")
    Integer port;

    @Override
    public Integer call() {
        ServeCommand.run(port, true);
        return 0;
    }
}
