package nl.spoor.api.access;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.spoor.api.access.login.SpoorAuthentication;

/** The signed-in {@link SpoorUser} of the current request, however it signed in. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SpoorUser> get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<SpoorUser> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof SpoorAuthentication s) {
            return Optional.of(s.getPrincipal());
        }
        if (authentication.getPrincipal() instanceof SpoorUser u) {
            return Optional.of(u);
        }
        if (authentication.getPrincipal() instanceof SpoorUserDetails d) {
            return Optional.of(d.user());
        }
        return Optional.empty();
    }

    /** A principal that carries its SpoorUser (local accounts). */
    public interface SpoorUserDetails {
        SpoorUser user();
    }
}
