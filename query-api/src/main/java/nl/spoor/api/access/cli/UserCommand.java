package nl.spoor.api.access.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nl.spoor.api.access.Passwords;
import nl.spoor.api.access.Role;
import nl.spoor.api.access.store.Account;
import nl.spoor.api.access.store.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spoor user add|list|disable}: the local user store. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Local users: add (password from standard input), list, disable.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class})
public final class UserCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a user. The password is read from standard input (one line, at least 12 characters), e.g.",
                    "  ./spoor user add jansen --role rechercheur --org politie-nh < wachtwoord.txt"})
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "Login name (lower case).")
        String name;

        @Option(names = "--role", required = true, description = "fit, tif, rechercheur, analist, privacyjurist or beheerder; repeat for more.")
        List<String> roles = new ArrayList<>();

        @Option(names = "--org", required = true, description = "The partner organisation the user works for, e.g. politie-nh.")
        String organisation;

        @Override
        public Integer call() throws IOException {
            List<Role> parsed = roles.stream().map(Role::of).toList();
            String hash = Passwords.hash(readPassword());
            Account account = AccessStoreAccess.with(graph -> new Accounts(graph).add(name, parsed, organisation, hash));
            System.out.println("Added user " + account.username() + " (" + roles(account) + ", " + account.organisation() + ").");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users, their roles, organisation and whether they are enabled.")
    static final class ListUsers implements Callable<Integer> {
        @Override
        public Integer call() {
            List<Account> all = AccessStoreAccess.with(graph -> new Accounts(graph).all());
            System.out.printf("%-24s %-32s %-24s %s%n", "user", "roles", "organisation", "enabled");
            all.forEach(a -> System.out.printf("%-24s %-32s %-24s %s%n", a.username(), roles(a), a.organisation(), a.enabled() ? "yes" : "no"));
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disables a user: no more sign-ins, its API tokens stop working.")
    static final class Disable implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            AccessStoreAccess.with(graph -> {
                new Accounts(graph).disable(name);
                return null;
            });
            System.out.println("Disabled user " + name + ".");
            return 0;
        }
    }

    /** One line from standard input (a terminal or a pipe); the line break is not part of the password. */
    static String readPassword() throws IOException {
        if (System.console() != null && System.console().isTerminal()) {
            char[] typed = System.console().readPassword("Password (at least %d characters): ", Passwords.MIN_LENGTH);
            return typed == null ? "" : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line;
    }

    private static String roles(Account a) {
        return String.join(",", a.roles().stream().sorted().map(Role::code).toList());
    }
}
