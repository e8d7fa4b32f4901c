package nl.spoor.api.access;

import java.util.Objects;
import java.util.Set;

/**
 * A signed-in user: a local account, a personal API token's owner or an OpenID Connect subject.
 *
 * @param username     unique login name (for OIDC: the preferred username or subject)
 * @param roles        at least one role
 * @param organisation the partner organisation the user works for (e.g. {@code politie-nh}, {@code belastingdienst})
 */
public record SpoorUser(String username, Set<Role> roles, String organisation) {

    public SpoorUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(organisation, "organisation");
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("user '" + username + "' has no role");
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
