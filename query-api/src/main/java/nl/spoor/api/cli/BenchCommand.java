package nl.spoor.api.cli;

import java.util.concurrent.Callable;

import nl.spoor.model.bench.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print a ratio against a baseline run side by side in the same process.",
        subcommands = {BenchCommand.Store.class})
class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return 0;
    }

    @Command(name = "store", mixinStandardHelpOptions = true,
            description = {"Batched writes with provenance (GraphWriter: MERGE by Spoor id, ASSERTS, source lists)",
                    "beside plain UNWIND … CREATE of the same data, each into a fresh embedded store in this process.",
                    "Prints elements/s for both and their ratio."})
    static class Store implements Callable<Integer> {

        @Option(names = "--entities", defaultValue = "50000", description = "Accounts in the data set; persons, companies, vehicles and relationships scale with it (default ${DEFAULT-VALUE}).")
        int entities;

        @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds, alternating the two writers (default ${DEFAULT-VALUE}); the median is reported.")
        int rounds;

        @Option(names = "--chunk", defaultValue = "10000", description = "Rows per transaction for both writers (default ${DEFAULT-VALUE}).")
        int chunk;

        @Override
        public Integer call() throws Exception {
            new StoreBenchmark(entities, rounds, chunk, System.out).run();
            return 0;
        }
    }
}
