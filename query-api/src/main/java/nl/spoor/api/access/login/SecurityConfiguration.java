package nl.spoor.api.access.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import nl.spoor.api.access.Passwords;
import nl.spoor.api.access.Role;
import nl.spoor.api.access.store.Accounts;
import nl.spoor.api.access.store.ApiTokens;

/**
 * Who may reach what over HTTP. Open: the UI's static files (so it can show its login screen), health,
 * and {@code POST /api/login}. Everything else (GraphQL, GraphiQL, uploads, every {@code /api/**})
 * needs a signed-in user: a session from {@code /api/login}, HTTP Basic (scripts), or a personal API
 * token ({@code Authorization: Bearer spoor_…}), or, when {@code SPOOR_OIDC_ISSUER} is set, a JWT of
 * that OpenID Connect issuer ({@link OidcSettings}). Unauthenticated is a 401 with a JSON body, never a redirect.
 *
 * <p><b>CSRF.</b> The session cookie is ambient authority, so requests that carry it must prove they
 * come from Spoor's own pages: Spring Security's SPA setting (the token in the {@code XSRF-TOKEN}
 * cookie, readable by the page, echoed as the {@code X-XSRF-TOKEN} header, which another site can
 * neither read nor set). GraphiQL does this by itself. Requests with an {@code Authorization} header
 * (Basic, API token, OpenID Connect) carry no ambient credential and are exempt, as is the login itself
 * (it has no session yet; the session id changes on login). The session cookie is also
 * {@code SameSite=Strict} and {@code HttpOnly} (application.properties).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The UI's static files (they hold no data) and health; everything else needs a signed-in user. */
    static final String[] OPEN = {"/", "/index.html", "/assets/**", "/favicon.ico", "/favicon.svg", "/*.js", "/*.css", "/*.map", "/*.svg",
            "/*.png", "/*.woff2", "/*.webmanifest", "/actuator/health", "/actuator/health/**", "/error"};

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return username -> accounts.find(username).map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no user '" + username + "'"));
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(Passwords.encoder());
        return new ProviderManager(provider);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, Accounts accounts, AuthenticationManager manager,
                                            SecurityContextRepository contexts, Environment environment) throws Exception {
        JsonAuthenticationErrors errors = new JsonAuthenticationErrors();
        RequestMatcher withAuthorizationHeader = request -> request.getHeader("Authorization") != null;
        // With SPOOR_MANAGEMENT_PORT the actuator (health with details, metrics, Prometheus) lives only on that
        // operators' port (loopback by default, or the compose network), scraped without a user: the main port
        // then has no /actuator/** beyond 404.
        boolean separateManagementPort = environment.getProperty("management.server.port") != null;
        http.authenticationManager(manager)
                .securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, OPEN).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/login").permitAll()
                        .requestMatchers(request -> separateManagementPort && request.getRequestURI().startsWith("/actuator")).permitAll()
                        // every local account has a role; an OpenID Connect user without a known role is signed in but may do nothing (403)
                        .anyRequest().hasAnyRole(Arrays.stream(Role.values()).map(Role::code).toArray(String[]::new)))
                // no session cookie, no ambient credential: nothing to forge (and an anonymous request gets its 401, not a 403)
                .csrf(c -> c.spa().ignoringRequestMatchers(withAuthorizationHeader).ignoringRequestMatchers(request -> request.getRequestedSessionId() == null)
                        .ignoringRequestMatchers(request -> HttpMethod.POST.matches(request.getMethod()) && "/api/login".equals(request.getRequestURI())))
                .httpBasic(b -> b.authenticationEntryPoint(errors))
                .formLogin(f -> f.disable())
                .logout(l -> l.logoutUrl("/api/logout").logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .addFilterBefore(new ApiTokenFilter(tokens, accounts, errors), BasicAuthenticationFilter.class);
        Optional<OidcSettings> oidc = OidcSettings.from(environment);
        if (oidc.isPresent()) {
            OidcTokens tokensOfIssuer = new OidcTokens(oidc.get());
            http.oauth2ResourceServer(o -> o.bearerTokenResolver(tokensOfIssuer.resolver()).authenticationEntryPoint(errors).accessDeniedHandler(errors)
                    .jwt(j -> j.authenticationManager(tokensOfIssuer.authenticationManager())));
        }
        return http.build();
    }
}
