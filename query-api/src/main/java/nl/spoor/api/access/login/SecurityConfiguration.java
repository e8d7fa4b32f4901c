package nl.spoor.api.access.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

import jakarta.servlet.DispatcherType;
import nl.spoor.api.access.Passwords;
import nl.spoor.api.access.store.Accounts;
import nl.spoor.api.access.store.ApiTokens;

/**
 * Who may reach what over HTTP. Open: the UI's static files (so it can show its login screen), health,
 * and {@code POST /api/login}. Everything else (GraphQL, GraphiQL, uploads, every {@code /api/**})
 * needs a signed-in user: a session from {@code /api/login}, HTTP Basic (scripts), or a personal API
 * token ({@code Authorization: Bearer spoor_…}). Unauthenticated is a 401 with a JSON body, never a redirect.
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

    static final String[] OPEN = {"/", "/index.html", "/assets/**", "/favicon.ico", "/favicon.svg", "/actuator/health", "/actuator/health/**", "/error"};

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
                                            SecurityContextRepository contexts) throws Exception {
        JsonAuthenticationErrors errors = new JsonAuthenticationErrors();
        RequestMatcher withAuthorizationHeader = request -> request.getHeader("Authorization") != null;
        http.authenticationManager(manager)
                .securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/login").permitAll()
                        .anyRequest().authenticated())
                .csrf(c -> c.spa().ignoringRequestMatchers(withAuthorizationHeader)
                        .ignoringRequestMatchers(request -> HttpMethod.POST.matches(request.getMethod()) && "/api/login".equals(request.getRequestURI())))
                .httpBasic(b -> b.authenticationEntryPoint(errors))
                .formLogin(f -> f.disable())
                .logout(l -> l.logoutUrl("/api/logout").logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .addFilterBefore(new ApiTokenFilter(tokens, accounts, errors), BasicAuthenticationFilter.class);
        return http.build();
    }
}
