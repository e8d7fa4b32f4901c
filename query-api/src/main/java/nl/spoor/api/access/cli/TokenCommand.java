package nl.spoor.api.access.cli;

import java.util.concurrent.Callable;

import nl.spoor.api.access.store.Accounts;
import nl.spoor.api.access.store.ApiTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spoor token create|revoke}: personal API tokens for scripts. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Personal API tokens (Authorization: Bearer spoor_…).",
        subcommands = {TokenCommand.Create.class, TokenCommand.Revoke.class})
public final class TokenCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return 0;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a token for a user and prints its secret (shown only this once).")
    static final class Create implements Callable<Integer> {
        @Option(names = "--user", required = true)
        String user;

        @Option(names = "--name", required = true, description = "What the token is for, e.g. nightly-export.")
        String name;

        @Override
        public Integer call() {
            String secret = AccessStoreAccess.with(graph -> {
                if (new Accounts(graph).find(user).filter(a -> a.enabled()).isEmpty()) {
                    throw new IllegalArgumentException("no enabled user '" + user + "'");
                }
                return new ApiTokens(graph).create(user, name);
            });
            System.out.println(secret);
            System.err.println("Token '" + name + "' for " + user + ": use it as 'Authorization: Bearer <token>' (with "
                    + "X-Spoor-Purpose). It is shown only now; Spoor keeps only its hash.");
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a user's token of this name.")
    static final class Revoke implements Callable<Integer> {
        @Option(names = "--user", required = true)
        String user;

        @Option(names = "--name", required = true)
        String name;

        @Override
        public Integer call() {
            boolean revoked = AccessStoreAccess.with(graph -> new ApiTokens(graph).revoke(user, name));
            if (!revoked) {
                throw new IllegalArgumentException("user '" + user + "' has no live token named '" + name + "'");
            }
            System.out.println("Revoked token '" + name + "' of " + user + ".");
            return 0;
        }
    }
}
