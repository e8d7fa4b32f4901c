package nl.spoor.api.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;

import nl.spoor.api.SpoorApplication;
import nl.spoor.api.scaleout.ProcessRole;
import nl.spoor.api.scaleout.ScaleOutSettings;
import nl.spoor.api.scaleout.WorkerProcess;
import nl.spoor.api.access.DemoAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the UI and GraphQL over the store: http://localhost:8080/ (UI), /graphql, /graphiql, /actuator/health.",
                "Port: --port or SPOOR_PORT (default 8080). Listens on 127.0.0.1 unless SPOOR_ADDRESS says otherwise.",
                "Roles (--role or SPOOR_ROLE): all (default: API, ingest and store in one process), api (GraphQL, UI and uploads;",
                "uploads go to the queue) or worker (ingest from the queue, no HTTP API); api and worker need SPOOR_NEO4J_URI,",
                "SPOOR_REDIS_URI, SPOOR_FILES and SPOOR_BSN_KEY (see the README, Scale-out)."})
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: SPOOR_PORT or 8080).")
    Integer port;

    @Option(names = "--role", paramLabel = "ROLE", description = "all, api or worker (default: SPOOR_ROLE or all).")
    String role;

    @Override
    public Integer call() {
        ProcessRole r = ProcessRole.parse(role != null ? role : System.getenv(ProcessRole.VARIABLE));
        switch (r) {
            case WORKER -> WorkerProcess.run(System.getenv());
            case API -> {
                // Checked before Spring starts, so a missing setting is one sentence, not a stack of bean errors.
                ScaleOutSettings.fromEnvironment(ProcessRole.API, System::getenv);
                run(port, false, false, ProcessRole.API);
            }
            case ALL -> run(port, false, false, ProcessRole.ALL);
        }
        return 0;
    }

    /** Serves; {@code demo}: fill an empty store with the small demo world; {@code demoUsers}: the demo's users and purpose (DemoAccess). */
    static void run(Integer port, boolean demo, boolean demoUsers) {
        run(port, demo, demoUsers, ProcessRole.ALL);
    }

    static void run(Integer port, boolean demo, boolean demoUsers, ProcessRole role) {
        List<String> args = new ArrayList<>();
        args.add("--" + ProcessRole.VARIABLE + "=" + role.lowerCase());
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
        System.out.printf("Spoor (role " + role.lowerCase() + ") is ready after %.1f s: http://localhost:%s/  (GraphQL /graphql, GraphiQL /graphiql). Ctrl-C stops it.%n%s%n",
                (System.nanoTime() - start) / 1e9, p, hint);
    }
}
