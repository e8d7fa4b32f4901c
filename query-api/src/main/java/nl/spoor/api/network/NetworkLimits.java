package nl.spoor.api.network;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What a network analysis may cost ({@code SPOOR_NETWORK_*}, as environment variables or properties of
 * the same name). Betweenness costs nodes × relationships, so the node cap keeps one analysis in seconds.
 *
 * @param maxNodes most entities in one network; a larger one is refused, saying how to narrow it
 * @param maxHops  most hops of a neighbourhood around an entity
 * @param timeout  transaction timeout of reading the network
 * @param maxPage  most key figures per page
 */
public record NetworkLimits(int maxNodes, int maxHops, Duration timeout, int maxPage) {

    public NetworkLimits {
        if (maxNodes < 2 || maxHops < 1 || maxPage < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SPOOR_NETWORK_MAX_NODES must be at least 2, SPOOR_NETWORK_MAX_HOPS, SPOOR_NETWORK_MAX_PAGE "
                    + "and SPOOR_NETWORK_TIMEOUT positive");
        }
    }

    public static NetworkLimits defaults() {
        return new NetworkLimits(2_000, 3, Duration.ofSeconds(20), 100);
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        NetworkLimits networkLimits(Environment env) {
            NetworkLimits d = defaults();
            return new NetworkLimits(env.getProperty("SPOOR_NETWORK_MAX_NODES", Integer.class, d.maxNodes()),
                    env.getProperty("SPOOR_NETWORK_MAX_HOPS", Integer.class, d.maxHops()),
                    env.getProperty("SPOOR_NETWORK_TIMEOUT", Duration.class, d.timeout()),
                    env.getProperty("SPOOR_NETWORK_MAX_PAGE", Integer.class, d.maxPage()));
        }
    }
}
