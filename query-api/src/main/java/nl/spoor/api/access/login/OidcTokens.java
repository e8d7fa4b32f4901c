package nl.spoor.api.access.login;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;


/**
 * The resource-server side of OpenID Connect: the decoder (keys from the issuer's discovery document,
 * issuer, expiry and, when configured, audience checked), the bearer tokens it looks at (not Spoor's
 * own API tokens) and the mapping of a verified token to a Spoor user.
 */
final class OidcTokens {

    private final OidcSettings settings;

    OidcTokens(OidcSettings settings) {
        this.settings = settings;
    }

    JwtDecoder decoder() {
        JwtDecoder decoder = JwtDecoders.fromIssuerLocation(settings.issuer());
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(settings.issuer());
        if (settings.audience().isPresent()) {
            String audience = settings.audience().get();
            validator = new DelegatingOAuth2TokenValidator<>(validator,
                    new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)));
        }
        ((NimbusJwtDecoder) decoder).setJwtValidator(validator);
        return decoder;
    }

    /** Bearer tokens but Spoor's own API tokens ({@code spoor_…}, handled by {@link ApiTokenFilter}). */
    BearerTokenResolver resolver() {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        return request -> ApiTokenFilter.isApiToken(request) ? null : standard.resolve(request);
    }

    AbstractAuthenticationToken authentication(Jwt jwt) {
        return settings.user(jwt).<AbstractAuthenticationToken>map(user -> new SpoorAuthentication(user, "oidc"))
                .orElseGet(() -> new JwtAuthenticationToken(jwt, List.of()));
    }
}
