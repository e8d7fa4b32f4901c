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
}
