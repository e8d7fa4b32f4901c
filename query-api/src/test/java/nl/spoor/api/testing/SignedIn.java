package nl.spoor.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;

import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.Passwords;
import nl.spoor.api.access.Purpose;
import nl.spoor.api.access.Role;
import nl.spoor.api.access.store.Accounts;
import nl.spoor.api.access.store.Purposes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP tests as a signed-in user acting for a purpose, against a server started by the test
 * ({@code @SpringBootTest(webEnvironment = RANDOM_PORT)}):
 *
 * <pre>{@code
 * SignedIn http = SignedIn.investigator(context, port);            // rechercheur of TEST-CASE, all partners in the store
 * JsonNode data = http.graphql("{ entity(spoorId: \"…\") { caption } }");
 * SignedIn jurist = SignedIn.as(context, port, "jurist", Set.of(Role.PRIVACYJURIST), "TEST-CASE");
 * }</pre>
 *
 * The user is created in the server's own store (password {@link #PASSWORD}) and made a member of the
 * purpose, which is created if missing ({@link #purpose}). Requests use a session from {@code POST /api/login}
 * (with the CSRF header the UI sends), or HTTP Basic ({@link #basic()}); the purpose header is sent
 * unless {@link #withoutPurpose()}.
 */
public final class SignedIn {

    public static final String PASSWORD = "test-password-of-spoor";
    public static final String TEST_PURPOSE = "TEST-CASE";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String username;
    private final String purpose;
    private final boolean basic;
    private final CookieManager cookies;
    private final HttpClient http;

    private SignedIn(int port, String username, String purpose, boolean basic, CookieManager cookies) {
        this.base = "http://127.0.0.1:" + port;
        this.username = username;
        this.purpose = purpose;
        this.basic = basic;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A rechercheur ("test-rechercheur", politie-nh) of {@value #TEST_PURPOSE}, which may use every partner's sources now in the store. */
    public static SignedIn investigator(ApplicationContext context, int port) {
        purpose(context, TEST_PURPOSE, partnersInStore(context));
        return as(context, port, "test-rechercheur", Set.of(Role.RECHERCHEUR), TEST_PURPOSE);
    }

    /** A user of these roles (created if missing, organisation politie-nh), member of the purpose (if not null), signed in by session. */
    public static SignedIn as(ApplicationContext context, int port, String username, Set<Role> roles, String purposeId) {
        context.getBean(Accounts.class).ensure(username, roles, "politie-nh", Passwords.hash(PASSWORD));
        if (purposeId != null) {
            Purposes purposes = context.getBean(Purposes.class);
            if (purposes.find(purposeId).isEmpty()) {
                purpose(context, purposeId, partnersInStore(context));
            }
            purposes.addMember(purposeId, username);
        }
        SignedIn signedIn = new SignedIn(port, username, purposeId, false, new CookieManager());
        signedIn.login();
        return signedIn;
    }

    /** Registers a case purpose (basis "WGS art. 2.3") for these partners, unless it exists. */
    public static void purpose(ApplicationContext context, String id, Collection<String> partners) {
        context.getBean(Purposes.class).ensure(new Purpose(id, Purpose.Kind.CASE, "Test " + id, "WGS art. 2.3", Set.copyOf(partners)), List.of());
    }

    /** Every partner that delivered a source now in the store. */
    public static Set<String> partnersInStore(ApplicationContext context) {
        return context.getBean(Purposes.class).sourcePartners();
    }

    /** The same user, naming no purpose. */
    public SignedIn withoutPurpose() {
        return new SignedIn(port(), username, null, basic, cookies);
    }

    /** The same user, naming this purpose. */
    public SignedIn withPurpose(String purposeId) {
        return new SignedIn(port(), username, purposeId, basic, cookies);
    }

    /** The same user, sending HTTP Basic credentials on every request instead of the session. */
    public SignedIn basic() {
        return new SignedIn(port(), username, purpose, true, new CookieManager());
    }

    public String username() {
        return username;
    }

    /** POSTs a GraphQL query, asserts HTTP 200, and returns the whole answer ({@code data}, {@code errors}). */
    public JsonNode graphql(String query) throws Exception {
        return graphql(query, Map.of());
    }

    public JsonNode graphql(String query, Map<String, Object> variables) throws Exception {
        HttpResponse<String> r = send(request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables)))));
        assertThat(r.statusCode()).as("HTTP status of %s", r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** A request to this server with the credentials, CSRF and purpose headers set; add the method and body. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (basic) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        } else {
            xsrf().ifPresent(token -> b.header("X-XSRF-TOKEN", token));
        }
        if (purpose != null) {
            b.header(AccessContext.PURPOSE_HEADER, purpose);
        }
        return b;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(request.build(), body);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    private void login() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/login")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", username, "password", PASSWORD)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("login of %s: %s", username, r.body()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private java.util.Optional<String> xsrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst();
    }

    private int port() {
        return URI.create(base).getPort();
    }
}
