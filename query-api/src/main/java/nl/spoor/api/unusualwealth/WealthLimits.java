package nl.spoor.api.unusualwealth;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What one {@code unusualWealth} query may cost ({@code SPOOR_WEALTH_*}, environment variables or properties).
 *
 * @param maxCandidates most persons whose full picture a ranking reads: those with the most anchored value against their
 *                      declared income; the answer says how many there were
 * @param timeout       transaction timeout of each of its two queries; beyond it the query is refused saying why
 * @param maxPage       most results per page
 */
public record WealthLimits(int maxCandidates, Duration timeout, int maxPage) {

    public WealthLimits {
        if (maxCandidates < 1 || maxPage < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SPOOR_WEALTH_MAX_CANDIDATES, SPOOR_WEALTH_TIMEOUT and SPOOR_WEALTH_MAX_PAGE must be positive");
        }
    }

    public static WealthLimits defaults() {
        return new WealthLimits(2_000, Duration.ofSeconds(20), 200);
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        WealthLimits wealthLimits(Environment env) {
            WealthLimits d = defaults();
            return new WealthLimits(env.getProperty("SPOOR_WEALTH_MAX_CANDIDATES", Integer.class, d.maxCandidates()),
                    env.getProperty("SPOOR_WEALTH_TIMEOUT", Duration.class, d.timeout()),
                    env.getProperty("SPOOR_WEALTH_MAX_PAGE", Integer.class, d.maxPage()));
        }
    }
}
