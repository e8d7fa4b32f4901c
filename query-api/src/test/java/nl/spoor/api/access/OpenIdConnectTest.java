package nl.spoor.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import nl.spoor.api.access.store.Purposes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenID Connect against a local issuer: a JDK HttpServer serves the discovery document and the JWKS of
 * an RSA key this test signs its tokens with (Keycloak's claim layout).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenIdConnectTest {

    static final Path HOME;
    static final HttpServer ISSUER;
    static final RSAKey KEY;
    static final RSAKey OTHER_KEY;
    static final String AUDIENCE = "spoor";
    static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        try {
            HOME = Files.createTempDirectory("spoor-oidc-");
            KEY = new RSAKeyGenerator(2048).keyID("issuer-key").generate();
            OTHER_KEY = new RSAKeyGenerator(2048).keyID("issuer-key").generate();
            ISSUER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = issuer();
            serve("/.well-known/openid-configuration", JSON.writeValueAsString(Map.of("issuer", issuer, "jwks_uri", issuer + "/jwks",
                    "subject_types_supported", List.of("public"), "id_token_signing_alg_values_supported", List.of("RS256"))));
            serve("/jwks", new JWKSet(KEY.toPublicJWK()).toString());
            ISSUER.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String issuer() {
        return "http://127.0.0.1:" + ISSUER.getAddress().getPort();
    }

    static void serve(String path, String json) {
        ISSUER.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("SPOOR_HOME", HOME::toString);
        registry.add("SPOOR_OIDC_ISSUER", OpenIdConnectTest::issuer);
        registry.add("SPOOR_OIDC_AUDIENCE", () -> AUDIENCE);
    }

    @AfterAll
    static void stop() throws Exception {
        ISSUER.stop(0);
        Files.deleteIfExists(HOME.resolve("run/server.properties"));
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    Purposes purposes;

    static String token(RSAKey key, String username, List<String> roles, String audience, Instant expires) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer()).subject("sub-" + username).audience(audience)
                .expirationTime(Date.from(expires)).issueTime(new Date()).claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", roles)).claim("organisation", "fiod").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    HttpResponse<String> graphql(String token, String purpose, String query) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
        if (purpose != null) {
            r.header(AccessContext.PURPOSE_HEADER, purpose);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signsInAnIssuersUserWithTheKnownRolesOfItsTokenAndBindsItsPurpose() throws Exception {
        purposes.ensure(new Purpose("OIDC-CASE", Purpose.Kind.SIGNAL, "Signaal", "WGS art. 2.3", Set.of("fiod")), List.of("k.tif"));
        String token = token(KEY, "k.tif", List.of("tif", "offline_access", "uma_authorization"), AUDIENCE, Instant.now().plusSeconds(300));
        HttpResponse<String> r = graphql(token, "OIDC-CASE", "{ me { username roles organisation purposes { id } } entity(spoorId: \"kvk:1\") { spoorId } }");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("errors")).as(r.body()).isNull();
        assertThat(body.get("data").get("me").toString())
                .isEqualTo("{\"username\":\"k.tif\",\"roles\":[\"tif\"],\"organisation\":\"fiod\",\"purposes\":[{\"id\":\"OIDC-CASE\"}]}");
        JsonNode refused = JSON.readTree(graphql(token, null, "{ entity(spoorId: \"kvk:1\") { spoorId } }").body());
        assertThat(refused.get("errors").get(0).get("extensions").get("refused").asString()).isEqualTo("NO_PURPOSE");
    }

    @Test
    void forbidsATokenWithoutAKnownRole() throws Exception {
        String token = token(KEY, "k.niemand", List.of("offline_access"), AUDIENCE, Instant.now().plusSeconds(300));
        HttpResponse<String> r = graphql(token, null, "{ me { username } }");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
    }

    @Test
    void refusesAForeignExpiredOrMisaddressedToken() throws Exception {
        Instant later = Instant.now().plusSeconds(300);
        assertThat(graphql(token(OTHER_KEY, "k.tif", List.of("tif"), AUDIENCE, later), null, "{ me { username } }").statusCode()).isEqualTo(401);
        assertThat(graphql(token(KEY, "k.tif", List.of("tif"), "other-app", later), null, "{ me { username } }").statusCode()).isEqualTo(401);
        assertThat(graphql(token(KEY, "k.tif", List.of("tif"), AUDIENCE, Instant.now().minusSeconds(600)), null, "{ me { username } }").statusCode())
                .isEqualTo(401);
    }
}
