package nl.spoor.api.bench;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;

import nl.spoor.api.access.Passwords;
import nl.spoor.api.access.Purpose;
import nl.spoor.api.access.Role;
import nl.spoor.api.access.store.Accounts;
import nl.spoor.api.access.store.ApiTokens;
import nl.spoor.api.access.store.Purposes;

/**
 * The benchmark's own analyst ({@value #USER}) and purpose ({@value #PURPOSE}, every partner of the
 * benchmark store), created when missing, and a fresh API token for this run (the previous run's is
 * revoked): the benchmark calls GraphQL as any script would.
 */
final class BenchAccess {

    static final String USER = "bench-analist";
    static final String PURPOSE = "BENCH";

    private BenchAccess() {
    }

    static String token(ApplicationContext app) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        // nobody signs in with this password: the benchmark uses the token
        app.getBean(Accounts.class).ensure(USER, Set.of(Role.ANALIST), "bench", Passwords.hash(HexFormat.of().formatHex(random)));
        app.getBean(Purposes.class).ensure(new Purpose(PURPOSE, Purpose.Kind.SIGNAL, "Benchmark of the pattern queries", "WGS art. 2.3",
                app.getBean(Purposes.class).sourcePartners()),
                List.of(USER));
        ApiTokens tokens = app.getBean(ApiTokens.class);
        tokens.revoke(USER, "bench");
        return tokens.create(USER, "bench");
    }

    /**
     * The purpose to ask for: {@value #PURPOSE} (every partner, a view of every source), or with {@code withoutPartner}
     * one of every partner but that one, so that each query runs in its restricted form (README "Who sees what").
     *
     * @throws IllegalArgumentException when no source of the store comes from {@code withoutPartner}
     */
    static String purpose(ApplicationContext app, String withoutPartner) {
        if (withoutPartner == null) {
            return PURPOSE;
        }
        Set<String> partners = new java.util.TreeSet<>(app.getBean(Purposes.class).sourcePartners());
        if (!partners.remove(withoutPartner)) {
            throw new IllegalArgumentException("--without-partner " + withoutPartner + ": no source of the benchmark store comes from that partner "
                    + "(its partners: " + String.join(", ", app.getBean(Purposes.class).sourcePartners()) + ")");
        }
        String id = PURPOSE + "-WITHOUT-" + withoutPartner.toUpperCase(java.util.Locale.ROOT);
        app.getBean(Purposes.class).ensure(new Purpose(id, Purpose.Kind.SIGNAL, "Benchmark of the pattern queries without " + withoutPartner,
                "WGS art. 2.3", partners), List.of(USER));
        return id;
    }
}
