package nl.spoor.api.access.store;

import java.util.Set;

import nl.spoor.api.access.Role;
import nl.spoor.api.access.SpoorUser;

/** A local account: the user, its password hash (Argon2id) and whether it may still sign in. */
public record Account(String username, Set<Role> roles, String organisation, String passwordHash, boolean enabled) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public SpoorUser user() {
        return new SpoorUser(username, roles, organisation);
    }
}
