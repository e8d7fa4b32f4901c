package nl.spoor.api.observability;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The operator's switches, read before logging and the servers start:
 * <ul>
 * <li>{@code SPOOR_LOG_FORMAT}: {@code text} (default, Boot's console lines) or {@code json} (one ECS JSON
 * object per line, Boot's structured logging, the MDC's correlation ids as fields), for a log collector in
 * front of the containers;</li>
 * <li>{@code SPOOR_MANAGEMENT_PORT} (and {@code SPOOR_MANAGEMENT_ADDRESS}, default 127.0.0.1): when set, all
 * actuator endpoints move to that port and {@code metrics} and {@code prometheus} are exposed there. Without
 * it only {@code health} and {@code info} are served, on the main port: metrics never sit beside the API
 * investigators use.</li>
 * </ul>
 * A value that is none of these stops the start with a sentence naming the variable.
 */
public class ObservabilitySettings implements EnvironmentPostProcessor {

    public static final String LOG_FORMAT = "SPOOR_LOG_FORMAT";
    public static final String MANAGEMENT_PORT = "SPOOR_MANAGEMENT_PORT";
    public static final String MANAGEMENT_ADDRESS = "SPOOR_MANAGEMENT_ADDRESS";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> settings = new HashMap<>();
        String format = environment.getProperty(LOG_FORMAT, "text").strip();
        switch (format) {
            case "text", "" -> {
            }
            case "json" -> settings.put("logging.structured.format.console", "ecs");
            default -> throw new IllegalArgumentException(LOG_FORMAT + " is '" + format + "': it must be text or json");
        }
        String port = environment.getProperty(MANAGEMENT_PORT, "").strip();
        if (!port.isEmpty()) {
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
                throw new IllegalArgumentException(MANAGEMENT_PORT + " is '" + port + "': it must be a port number (0 for any free port)");
            }
            settings.put("management.server.port", port);
            settings.put("management.server.address", environment.getProperty(MANAGEMENT_ADDRESS, "127.0.0.1"));
            settings.put("management.endpoints.web.exposure.include", "health,info,metrics,prometheus");
            // the operators' port has no login (SecurityConfiguration): health says why it is DOWN
            settings.put("management.endpoint.health.show-details", "always");
        }
        if (!settings.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("spoorObservability", settings));
        }
    }
}
