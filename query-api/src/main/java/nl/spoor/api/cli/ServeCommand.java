package nl.spoor.api.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;

import nl.spoor.api.SpoorApplication;
import nl.spoor.api.access.DemoAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the UI and GraphQL over the store: http://localhost:8080/ (UI), /graphql, /graphiql, /actuator/health.",
                "Port: --port or SPOOR_PORT (default 8080). Listens on 127.0.0.1 unless SPOOR_ADDRESS says otherwise."})
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: SPOOR_PORT or 8080).")
    Integer port;

    @Override
    public Integer call() {
        run(port, false, false);
        return 0;
    }

    /** Serves; {@code demo}: fill an empty store with the small demo world; {@code demoUsers}: the demo's users and purpose (DemoAccess). */
    static void run(Integer port, boolean demo, boolean demoUsers) {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (demo) {
            args.add("--spoor.demo=true");
        }
        long start = System.nanoTime();
        var context = SpringApplication.run(SpoorApplication.class, args.toArray(String[]::new));
        String p = context.getEnvironment().getProperty("local.server.port");
        String hint = demoUsers ? context.getBean(DemoAccess.class).prepare() : "Add users with ./spoor user add and purposes with ./spoor purpose add.";
        System.out.printf("Spoor is ready after %.1f s: http://localhost:%s/  (GraphQL /graphql, GraphiQL /graphiql). Ctrl-C stops it.%n%s%n",
                (System.nanoTime() - start) / 1e9, p, hint);
    }
}
