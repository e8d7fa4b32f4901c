package nl.spoor.api.access.login;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as short JSON bodies, never a redirect to a login page and never {@code WWW-Authenticate:
 * Basic} (which would make browsers remember and resend credentials: ambient authority, CSRF).
 */
final class JsonAuthenticationErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HOW = "Log in with POST /api/login {\"username\",\"password\"}, or send HTTP Basic credentials "
            + "or Authorization: Bearer <API token>.";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in (" + e.getMessage() + "). " + HOW);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", e.getMessage() + " (for a request with the session cookie, send the "
                + "XSRF-TOKEN cookie's value as X-XSRF-TOKEN header).");
    }

    static void write(HttpServletResponse response, HttpStatus status, String error, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), java.util.Map.of("error", error, "message", message));
    }
}
