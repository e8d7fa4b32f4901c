package nl.spoor.api.access.login;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.Jwt;

import nl.spoor.api.access.Role;
import nl.spoor.api.access.SpoorUser;

/**
 * OpenID Connect for production ({@code SPOOR_OIDC_*}, Keycloak-style defaults): bearer JWTs of the
 * issuer become Spoor users. Roles come from a claim path ({@code realm_access.roles} by default),
 * lower-cased and matched to {@link Role} codes; unknown roles are ignored, and a token without any
 * known role is authenticated but may do nothing (403).
 *
 * @param issuer            {@code SPOOR_OIDC_ISSUER}: the issuer URI; its {@code /.well-known/openid-configuration} names the keys
 * @param audience          {@code SPOOR_OIDC_AUDIENCE}: when set, {@code aud} must contain it
 * @param rolesClaim        {@code SPOOR_OIDC_ROLES_CLAIM}: dotted path to a list of role names (default {@code realm_access.roles})
 * @param organisationClaim {@code SPOOR_OIDC_ORGANISATION_CLAIM}: the user's partner organisation (default {@code organisation})
 * @param usernameClaim     {@code SPOOR_OIDC_USERNAME_CLAIM}: the login name purposes list as member (default {@code preferred_username})
 */
record OidcSettings(String issuer, Optional<String> audience, String rolesClaim, String organisationClaim, String usernameClaim) {

    static Optional<OidcSettings> from(Environment env) {
        String issuer = env.getProperty("SPOOR_OIDC_ISSUER");
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new OidcSettings(issuer.strip(), Optional.ofNullable(env.getProperty("SPOOR_OIDC_AUDIENCE")).filter(a -> !a.isBlank()),
                env.getProperty("SPOOR_OIDC_ROLES_CLAIM", "realm_access.roles"), env.getProperty("SPOOR_OIDC_ORGANISATION_CLAIM", "organisation"),
                env.getProperty("SPOOR_OIDC_USERNAME_CLAIM", "preferred_username")));
    }

    /** The user of a verified token; empty when it names no role Spoor knows. */
    Optional<SpoorUser> user(Jwt jwt) {
        Set<Role> roles = new TreeSet<>();
        for (String name : strings(claim(jwt.getClaims(), rolesClaim))) {
            try {
                roles.add(Role.of(name));
            } catch (IllegalArgumentException unknown) {
                // other applications' roles: ignored
            }
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        String username = Optional.ofNullable(jwt.getClaimAsString(usernameClaim)).orElse(jwt.getSubject());
        String organisation = Optional.ofNullable(claim(jwt.getClaims(), organisationClaim)).map(o -> strings(o).stream().findFirst().orElse(""))
                .orElse("");
        return Optional.of(new SpoorUser(username, roles, organisation));
    }

    /** The value at a dotted path ({@code realm_access.roles}), or null. */
    static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> result.add(String.valueOf(v)));
        } else if (value != null) {
            result.add(String.valueOf(value));
        }
        return result;
    }
}
