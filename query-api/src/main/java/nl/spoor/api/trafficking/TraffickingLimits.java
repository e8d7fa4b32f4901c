package nl.spoor.api.trafficking;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What one {@code traffickingNetworks} query may cost ({@code SPOOR_TRAFFICKING_*}, environment variables or
 * properties of the same name); over a limit the query is refused saying which and how to narrow it.
 *
 * @param timeout       transaction timeout of the search (anchors and networks)
 * @param maxCandidates most controller candidates the anchors may yield (the result cap)
 * @param maxPage       most networks per page
 */
record TraffickingLimits(Duration timeout, int maxCandidates, int maxPage) {

    TraffickingLimits {
        if (timeout.isNegative() || timeout.isZero() || maxCandidates < 1 || maxPage < 1) {
            throw new IllegalArgumentException("SPOOR_TRAFFICKING_TIMEOUT, SPOOR_TRAFFICKING_MAX_CANDIDATES and SPOOR_TRAFFICKING_MAX_PAGE must be positive");
        }
    }

    static TraffickingLimits defaults() {
        return new TraffickingLimits(Duration.ofSeconds(20), 5_000, 100);
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        TraffickingLimits traffickingLimits(Environment env) {
            TraffickingLimits d = defaults();
            return new TraffickingLimits(env.getProperty("SPOOR_TRAFFICKING_TIMEOUT", Duration.class, d.timeout()),
                    env.getProperty("SPOOR_TRAFFICKING_MAX_CANDIDATES", Integer.class, d.maxCandidates()),
                    env.getProperty("SPOOR_TRAFFICKING_MAX_PAGE", Integer.class, d.maxPage()));
        }
    }
}
