package nl.spoor.api.search;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What one search may cost ({@code SPOOR_SEARCH_*}, environment variables or properties of the same name).
 *
 * @param maxCandidates most names, and most pages, the index may return for one search before it is refused
 *                      as too broad; every candidate is ranked, so this bounds the work of a request
 * @param maxPage       most hits per page
 * @param timeout       transaction timeout of one index query
 */
record SearchLimits(int maxCandidates, int maxPage, Duration timeout) {

    SearchLimits {
        if (maxCandidates < 1 || maxPage < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SPOOR_SEARCH_MAX_CANDIDATES, SPOOR_SEARCH_MAX_PAGE and SPOOR_SEARCH_TIMEOUT must be positive");
        }
    }

    static SearchLimits defaults() {
        return new SearchLimits(1_000, 100, Duration.ofSeconds(10));
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        SearchLimits searchLimits(Environment env) {
            SearchLimits d = defaults();
            return new SearchLimits(env.getProperty("SPOOR_SEARCH_MAX_CANDIDATES", Integer.class, d.maxCandidates()),
                    env.getProperty("SPOOR_SEARCH_MAX_PAGE", Integer.class, d.maxPage()),
                    env.getProperty("SPOOR_SEARCH_TIMEOUT", Duration.class, d.timeout()));
        }
    }
}
