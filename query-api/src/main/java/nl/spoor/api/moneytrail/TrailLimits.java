package nl.spoor.api.moneytrail;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What a money-trail query may cost ({@code SPOOR_TRAIL_*}, as environment variables or properties of
 * the same name). A query over a limit is refused with a message saying which and how to narrow it.
 *
 * @param maxHops  most hops a trail may have (the search pattern is written for at most 6)
 * @param timeout  transaction timeout of one search; the store stops it there
 * @param maxPaths most trails one search may find before it is refused (the result cap)
 * @param maxPage  most trails per page
 */
public record TrailLimits(int maxHops, Duration timeout, int maxPaths, int maxPage) {

    /** The quantifier of the search pattern ({1,6}); maxHops cannot exceed it. */
    static final int PATTERN_HOPS = 6;

    public TrailLimits {
        if (maxHops < 1 || maxHops > PATTERN_HOPS) {
            throw new IllegalArgumentException("SPOOR_TRAIL_MAX_HOPS must be 1.." + PATTERN_HOPS + ", got " + maxHops);
        }
        if (timeout.isNegative() || timeout.isZero() || maxPaths < 1 || maxPage < 1) {
            throw new IllegalArgumentException("SPOOR_TRAIL_TIMEOUT, SPOOR_TRAIL_MAX_PATHS and SPOOR_TRAIL_MAX_PAGE must be positive");
        }
    }

    public static TrailLimits defaults() {
        return new TrailLimits(PATTERN_HOPS, Duration.ofSeconds(20), 5_000, 200);
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        TrailLimits trailLimits(Environment env) {
            TrailLimits d = defaults();
            return new TrailLimits(env.getProperty("SPOOR_TRAIL_MAX_HOPS", Integer.class, d.maxHops()),
                    env.getProperty("SPOOR_TRAIL_TIMEOUT", Duration.class, d.timeout()),
                    env.getProperty("SPOOR_TRAIL_MAX_PATHS", Integer.class, d.maxPaths()),
                    env.getProperty("SPOOR_TRAIL_MAX_PAGE", Integer.class, d.maxPage()));
        }
    }
}
