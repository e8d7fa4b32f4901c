package nl.spoor.api.access.login;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.spoor.api.access.store.Accounts;
import nl.spoor.api.access.store.ApiTokens;

/**
 * {@code Authorization: Bearer spoor_…}: a personal API token authenticates its owner for this request
 * only (no session). A token that is unknown, revoked, or whose owner is disabled is a 401. Other
 * bearer tokens (OpenID Connect) are left to the resource server.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private static final RequestAttributeSecurityContextRepository REQUEST_CONTEXT = new RequestAttributeSecurityContextRepository();

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenFilter(ApiTokens tokens, Accounts accounts, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.entryPoint = entryPoint;
    }

    static boolean isApiToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && header.substring(BEARER.length()).strip().startsWith(ApiTokens.PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isApiToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        var account = tokens.owner(secret).flatMap(accounts::find).filter(a -> a.enabled());
        if (account.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked API token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SpoorAuthentication(account.get().user(), "api-token"));
        SecurityContextHolder.setContext(context);
        // kept on the request (not in a session) so that the async dispatch of GraphQL sees it too
        REQUEST_CONTEXT.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
