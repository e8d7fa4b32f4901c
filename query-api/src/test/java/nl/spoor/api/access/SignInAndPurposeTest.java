package nl.spoor.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.access.store.Accounts;
import nl.spoor.api.access.store.Purposes;
import nl.spoor.api.testing.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signing in (session, Basic, API token), the 401s, CSRF, and binding a request to a purpose, over HTTP against one server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInAndPurposeTest {

    static final Path HOME;
    static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        try {
            HOME = Files.createTempDirectory("spoor-sign-in-");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("SPOOR_HOME", HOME::toString);
    }

    @AfterAll
    static void removeRunFile() throws Exception {
        Files.deleteIfExists(HOME.resolve("run/server.properties"));
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    Purposes purposes;

    final HttpClient anonymous = HttpClient.newHttpClient();

    HttpResponse<String> anonymously(HttpRequest.Builder request) throws Exception {
        return anonymous.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    @Test
    void answersUnauthenticatedRequestsWith401AndAJsonBodyNeverARedirect() throws Exception {
        for (HttpRequest.Builder r : List.of(
                to("/graphql").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}")),
                to("/api/me").GET(), to("/graphiql").GET(), to("/api/ingest/jobs/x").GET(),
                to("/api/ingest/uploads").header("Content-Type", "multipart/form-data; boundary=b").POST(HttpRequest.BodyPublishers.ofString("--b--\r\n")))) {
            HttpResponse<String> response = anonymously(r);
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(401);
            assertThat(response.headers().firstValue("Location")).isEmpty();
            assertThat(response.headers().firstValue("WWW-Authenticate")).as("no browser Basic dialog").isEmpty();
            assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("unauthenticated");
        }
        assertThat(anonymously(to("/").GET()).statusCode()).isEqualTo(200);
        assertThat(anonymously(to("/actuator/health").GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void logsInWithASessionShowsTheUsersPurposesAndLogsOut() throws Exception {
        SignedIn.purpose(context, "CASE-LOGIN", Set.of("politie-nh", "belastingdienst"));
        SignedIn fit = SignedIn.as(context, port, "fit-login", Set.of(Role.FIT, Role.ANALIST), "CASE-LOGIN");
        JsonNode me = JSON.readTree(fit.get("/api/me").body());
        assertThat(me.get("username").asString()).isEqualTo("fit-login");
        assertThat(me.get("roles").toString()).isEqualTo("[\"fit\",\"analist\"]");
        assertThat(me.get("organisation").asString()).isEqualTo("politie-nh");
        assertThat(me.get("purposes").get(0).get("id").asString()).isEqualTo("CASE-LOGIN");
        assertThat(me.get("purposes").get(0).get("partners").toString()).isEqualTo("[\"belastingdienst\",\"politie-nh\"]");
        JsonNode viaGraphql = fit.withoutPurpose().graphql("{ me { username purposes { id legalBasis } } }");
        assertThat(viaGraphql.get("data").get("me").toString()).isEqualTo("{\"username\":\"fit-login\",\"purposes\":[{\"id\":\"CASE-LOGIN\",\"legalBasis\":\"WGS art. 2.3\"}]}");

        assertThat(fit.send(fit.request("/api/logout").POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(200);
        assertThat(fit.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAWrongPasswordAndADisabledUser() throws Exception {
        accounts.ensure("disabled-user", Set.of(Role.ANALIST), "riec-nh", Passwords.hash(SignedIn.PASSWORD));
        SignedIn.as(context, port, "disabled-user", Set.of(Role.ANALIST), null);
        accounts.disable("disabled-user");
        for (String body : List.of("{\"username\":\"disabled-user\",\"password\":\"wrong password!\"}",
                "{\"username\":\"disabled-user\",\"password\":\"" + SignedIn.PASSWORD + "\"}",
                "{\"username\":\"nobody\",\"password\":\"" + SignedIn.PASSWORD + "\"}")) {
            HttpResponse<String> r = anonymously(to("/api/login").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(r.statusCode()).as(body).isEqualTo(401);
        }
        assertThatThrownBy(() -> Passwords.hash("elf tekens!")).hasMessage("the password has 11 characters; at least 12 are needed");
        assertThatThrownBy(() -> Passwords.hash("")).hasMessageStartingWith("the password is empty");
    }

    @Test
    void refusesASessionRequestWithoutTheCsrfHeaderButNotBasicAuth() throws Exception {
        SignedIn analist = SignedIn.as(context, port, "csrf-analist", Set.of(Role.ANALIST), null);
        String query = JSON.writeValueAsString(Map.of("query", "{ me { username } }"));
        HttpRequest.Builder withoutCsrf = analist.request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query));
        withoutCsrf.setHeader("X-XSRF-TOKEN", "forged");
        assertThat(analist.send(withoutCsrf).statusCode()).isEqualTo(403);
        assertThat(analist.graphql("{ me { username } }").get("data").get("me").get("username").asString()).isEqualTo("csrf-analist");
        assertThat(analist.basic().graphql("{ me { username } }").get("data").get("me").get("username").asString()).isEqualTo("csrf-analist");
    }

    @Test
    void bindsARequestToAPurposeOfWhichTheUserIsAMemberOnly() throws Exception {
        SignedIn.purpose(context, "CASE-A", Set.of("politie-nh"));
        SignedIn.purpose(context, "CASE-B", Set.of("politie-nh"));
        SignedIn.purpose(context, "CASE-CLOSED", Set.of("politie-nh"));
        SignedIn tif = SignedIn.as(context, port, "tif-binding", Set.of(Role.TIF), "CASE-A");
        purposes.addMember("CASE-CLOSED", "tif-binding");
        purposes.close("CASE-CLOSED");
        String query = "{ entity(spoorId: \"kvk:12345678\") { spoorId } }";

        JsonNode allowed = tif.graphql(query);
        assertThat(allowed.get("errors")).isNull();
        assertThat(allowed.get("data").get("entity").isNull()).isTrue();
        assertThat(refusal(tif.withoutPurpose().graphql(query))).isEqualTo("NO_PURPOSE");
        assertThat(refusal(tif.withPurpose("CASE-B").graphql(query))).isEqualTo("NOT_A_MEMBER");
        assertThat(refusal(tif.withPurpose("CASE-NOPE").graphql(query))).isEqualTo("UNKNOWN_PURPOSE");
        assertThat(refusal(tif.withPurpose("CASE-CLOSED").graphql(query))).isEqualTo("PURPOSE_INACTIVE");
        JsonNode error = tif.withoutPurpose().graphql(query).get("errors").get(0);
        assertThat(error.get("message").asString()).isEqualTo("Query.entity needs a purpose: name the case, signal or HHKP you ask it for in "
                + "the X-Spoor-Purpose header. 'me' lists the purposes you belong to.");
        assertThat(refusal(tif.withPurpose("CASE-NOPE").graphql("{ me { username } }"))).as("a bad purpose is refused even where none is needed")
                .isEqualTo("UNKNOWN_PURPOSE");
        assertThat(refusal(tif.graphql("{ a: me { username } ...F } fragment F on Query { purposes { id } }"))).as("fragments do not hide a field")
                .isEqualTo("ROLE");

        HttpResponse<String> raw = tif.send(tif.request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))));
        assertThat(raw.headers().firstValue("X-Spoor-Request")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    }

    @Test
    void authenticatesAScriptByItsApiTokenUntilItIsRevoked() throws Exception {
        SignedIn.purpose(context, "CASE-TOKEN", Set.of("politie-nh"));
        SignedIn rechercheur = SignedIn.as(context, port, "token-rechercheur", Set.of(Role.RECHERCHEUR), "CASE-TOKEN");
        String token = rechercheur.withoutPurpose().graphql("mutation { createApiToken(name: \"script\") { name token } }")
                .get("data").get("createApiToken").get("token").asString();
        assertThat(token).startsWith("spoor_").hasSize(6 + 64);
        HttpRequest.Builder call = to("/graphql").header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header(AccessContext.PURPOSE_HEADER, "CASE-TOKEN")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", "{ me { username } entity(spoorId: \"kvk:1\") { spoorId } }"))));
        HttpResponse<String> r = anonymously(call);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("data").get("me").get("username").asString()).isEqualTo("token-rechercheur");
        assertThat(JSON.readTree(r.body()).get("errors")).isNull();
        assertThat(rechercheur.graphql("{ myApiTokens { name revoked } }").get("data").get("myApiTokens").toString())
                .isEqualTo("[{\"name\":\"script\",\"revoked\":false}]");

        assertThat(rechercheur.graphql("mutation { revokeApiToken(name: \"script\") }").get("data").get("revokeApiToken").asBoolean()).isTrue();
        assertThat(anonymously(call).statusCode()).isEqualTo(401);
        assertThat(anonymously(to("/api/me").header("Authorization", "Bearer spoor_0000")).statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAnUploadWithoutPurposeOrForAPrivacyJurist() throws Exception {
        SignedIn.purpose(context, "CASE-UPLOAD", Set.of("politie-nh"));
        SignedIn jurist = SignedIn.as(context, port, "upload-jurist", Set.of(Role.PRIVACYJURIST), "CASE-UPLOAD");
        SignedIn analist = SignedIn.as(context, port, "upload-analist", Set.of(Role.ANALIST), "CASE-UPLOAD");
        assertThat(upload(jurist).statusCode()).isEqualTo(403);
        HttpResponse<String> noPurpose = upload(analist.withoutPurpose());
        assertThat(noPurpose.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(noPurpose.body()).get("refused").asString()).isEqualTo("NO_PURPOSE");
        HttpResponse<String> allowed = upload(analist);
        assertThat(allowed.statusCode()).as("past access control, the form is checked").isEqualTo(400);
    }

    static HttpResponse<String> upload(SignedIn as) throws Exception {
        return as.send(as.request("/api/ingest/uploads").header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"case\"\r\n\r\nX\r\n--b--\r\n")));
    }

    static String refusal(JsonNode response) {
        assertThat(response.get("data") == null || response.get("data").isNull()).as(response.toString()).isTrue();
        return response.get("errors").get(0).get("extensions").get("refused").asString();
    }
}
