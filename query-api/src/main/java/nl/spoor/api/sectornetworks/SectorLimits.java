package nl.spoor.api.sectornetworks;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What one {@code sectorNetworks} query may cost ({@code SPOOR_SECTOR_*}, as environment variables or properties of the
 * same name). Over a limit the query is refused with a message saying which and how to narrow it.
 *
 * @param timeout  transaction timeout of each of its reads; the store stops it there
 * @param maxFirms most firms of the sector one query may group (a broad SBI prefix over a large store is refused)
 * @param maxPage  most networks per page
 */
public record SectorLimits(Duration timeout, int maxFirms, int maxPage) {

    public SectorLimits {
        if (timeout.isNegative() || timeout.isZero() || maxFirms < 1 || maxPage < 1) {
            throw new IllegalArgumentException("SPOOR_SECTOR_TIMEOUT, SPOOR_SECTOR_MAX_FIRMS and SPOOR_SECTOR_MAX_PAGE must be positive");
        }
    }

    public static SectorLimits defaults() {
        return new SectorLimits(Duration.ofSeconds(20), 50_000, 100);
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        SectorLimits sectorLimits(Environment env) {
            SectorLimits d = defaults();
            return new SectorLimits(env.getProperty("SPOOR_SECTOR_TIMEOUT", Duration.class, d.timeout()),
                    env.getProperty("SPOOR_SECTOR_MAX_FIRMS", Integer.class, d.maxFirms()),
                    env.getProperty("SPOOR_SECTOR_MAX_PAGE", Integer.class, d.maxPage()));
        }
    }
}
