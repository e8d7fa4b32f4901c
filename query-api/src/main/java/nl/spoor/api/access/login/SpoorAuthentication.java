package nl.spoor.api.access.login;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import nl.spoor.api.access.SpoorUser;

/** A user authenticated by an API token or an OpenID Connect token: the principal is the {@link SpoorUser}. */
public final class SpoorAuthentication extends AbstractAuthenticationToken {

    private final SpoorUser user;
    private final String how;

    public SpoorAuthentication(SpoorUser user, String how) {
        super(AccountDetails.authorities(user));
        this.user = user;
        this.how = how;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public SpoorUser getPrincipal() {
        return user;
    }

    /** How the user was authenticated: {@code api-token} or {@code oidc}. */
    public String how() {
        return how;
    }
}
