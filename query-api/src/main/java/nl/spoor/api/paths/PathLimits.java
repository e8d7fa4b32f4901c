package nl.spoor.api.paths;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What a path query may cost ({@code SPOOR_PATHS_*}, as environment variables or properties of the
 * same name). A query over a limit is refused with a message saying which and how to narrow it.
 *
 * @param maxHops  most steps a path may have
 * @param timeout  transaction timeout of one search
 * @param maxPaths most paths one search may find before it is refused (the result cap)
 * @param maxPage  most paths per page
 */
public record PathLimits(int maxHops, Duration timeout, int maxPaths, int maxPage) {

    /** Most hops any setting allows: simple paths beyond 8 steps between two entities say little and cost much. */
    static final int CEILING = 8;

    public PathLimits {
        if (maxHops < 1 || maxHops > CEILING) {
            throw new IllegalArgumentException("SPOOR_PATHS_MAX_HOPS must be 1.." + CEILING + ", got " + maxHops);
        }
        if (timeout.isNegative() || timeout.isZero() || maxPaths < 1 || maxPage < 1) {
            throw new IllegalArgumentException("SPOOR_PATHS_TIMEOUT, SPOOR_PATHS_MAX_PATHS and SPOOR_PATHS_MAX_PAGE must be positive");
        }
    }

    public static PathLimits defaults() {
        return new PathLimits(6, Duration.ofSeconds(20), 1_000, 100);
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        PathLimits pathLimits(Environment env) {
            PathLimits d = defaults();
            return new PathLimits(env.getProperty("SPOOR_PATHS_MAX_HOPS", Integer.class, d.maxHops()),
                    env.getProperty("SPOOR_PATHS_TIMEOUT", Duration.class, d.timeout()),
                    env.getProperty("SPOOR_PATHS_MAX_PATHS", Integer.class, d.maxPaths()),
                    env.getProperty("SPOOR_PATHS_MAX_PAGE", Integer.class, d.maxPage()));
        }
    }
}
