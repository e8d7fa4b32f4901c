package nl.spoor.api.access.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.neo4j.driver.Value;

import nl.spoor.api.access.Role;

/** The local user store: {@code (:SpoorAccount {username, roles, organisation, passwordHash, enabled, created})}. */
public final class Accounts {

    /** Login names: lower-case letters, digits, dot, dash and underscore, 2 to 64 characters. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccessGraph graph;

    public Accounts(AccessGraph graph) {
        this.graph = graph;
    }

    /** Adds an account; refuses a name in use or not a valid login name. */
    public Account add(String username, Collection<Role> roles, String organisation, String passwordHash) {
        Account account = new Account(checkedName(username), checkedRoles(roles), checkedOrganisation(organisation), passwordHash, true);
        boolean created = graph.write(tx -> tx.run("""
                OPTIONAL MATCH (existing:SpoorAccount {username: $username})
                WITH existing WHERE existing IS NULL
                CREATE (:SpoorAccount {username: $username, roles: $roles, organisation: $organisation,
                        passwordHash: $hash, enabled: true, created: datetime()})
                RETURN true AS created""", params(account)).hasNext());
        if (!created) {
            throw new IllegalArgumentException("user '" + username + "' exists already");
        }
        return account;
    }

    /** Adds the account unless one of this name exists (then it is left as it is); for the demo and benchmarks. */
    public Account ensure(String username, Collection<Role> roles, String organisation, String passwordHash) {
        return find(username).orElseGet(() -> add(username, roles, organisation, passwordHash));
    }

    public Optional<Account> find(String username) {
        return graph.read(tx -> tx.run("MATCH (a:SpoorAccount {username: $username}) RETURN a", Map.of("username", username == null ? "" : username))
                .list(r -> account(r.get("a"))).stream().findFirst());
    }

    public List<Account> all() {
        return graph.read(tx -> tx.run("MATCH (a:SpoorAccount) RETURN a ORDER BY a.username").list(r -> account(r.get("a"))));
    }

    /** Disables an account: it can no longer sign in, and its API tokens stop working. */
    public void disable(String username) {
        boolean found = graph.write(tx -> tx.run("MATCH (a:SpoorAccount {username: $username}) SET a.enabled = false RETURN a",
                Map.of("username", username)).hasNext());
        if (!found) {
            throw new IllegalArgumentException("no user '" + username + "'");
        }
    }

    private static Map<String, Object> params(Account a) {
        return Map.of("username", a.username(), "roles", a.roles().stream().map(Role::code).sorted().toList(),
                "organisation", a.organisation(), "hash", a.passwordHash());
    }

    private static Account account(Value a) {
        return new Account(a.get("username").asString(), new TreeSet<>(a.get("roles").asList(v -> Role.of(v.asString()))),
                a.get("organisation").asString(), a.get("passwordHash").asString(), a.get("enabled").asBoolean(true));
    }

    private static Set<Role> checkedRoles(Collection<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role (--role); one of "
                    + String.join(", ", Arrays.stream(Role.values()).map(Role::code).toList()));
        }
        return Set.copyOf(roles);
    }

    static String checkedName(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("user name '" + username + "' is not valid: 2 to 64 lower-case letters, digits, '.', '-' or '_', "
                    + "starting with a letter or digit");
        }
        return username;
    }

    static String checkedOrganisation(String organisation) {
        if (organisation == null || organisation.isBlank()) {
            throw new IllegalArgumentException("a user needs an organisation (--org), the partner it works for, e.g. politie-nh");
        }
        return organisation.strip();
    }
}
