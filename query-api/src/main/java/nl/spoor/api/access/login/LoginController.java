package nl.spoor.api.access.login;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.spoor.api.access.CurrentUser;
import nl.spoor.api.access.SelfService;

/**
 * The UI's login: {@code POST /api/login {"username","password"}} answers the user (as {@code GET /api/me})
 * and sets the session cookie (a new session id: no fixation) and the {@code XSRF-TOKEN} cookie;
 * {@code POST /api/logout} ends the session (Spring Security's logout filter, 204).
 */
@RestController
class LoginController {

    record Credentials(String username, String password) {}

    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts;
    private final SelfService self;

    LoginController(AuthenticationManager authentication, SecurityContextRepository contexts, SelfService self) {
        this.authentication = authentication;
        this.contexts = contexts;
        this.self = self;
    }

    @PostMapping("/api/login")
    ResponseEntity<?> login(@RequestBody(required = false) Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "bad request", "message", "Send JSON {\"username\": …, \"password\": …}."));
        }
        Authentication signedIn;
        try {
            signedIn = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
        } catch (DisabledException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthenticated", "message", "This account is disabled."));
        } catch (AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthenticated", "message", "Unknown user or wrong password."));
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        renderCsrfToken(request);
        return ResponseEntity.ok(self.me(CurrentUser.of(signedIn).orElseThrow()));
    }

    @GetMapping("/api/me")
    ResponseEntity<?> me(HttpServletRequest request) {
        renderCsrfToken(request);
        return ResponseEntity.ok(self.me(CurrentUser.get().orElseThrow()));
    }

    /** Loads the (deferred) CSRF token so that its cookie is set on this response, for the page to echo. */
    private static void renderCsrfToken(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }
}
