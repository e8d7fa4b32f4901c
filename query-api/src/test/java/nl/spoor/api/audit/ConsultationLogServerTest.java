package nl.spoor.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.Purpose;
import nl.spoor.api.access.Role;
import nl.spoor.api.access.SpoorUser;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consultation log as the server writes it: GraphQL requests over HTTP on the demo world, answered and
 * refused, and an upload, each appear once with the exact user, purpose, operation, arguments and returned
 * entity ids; the privacy jurist reads them back through {@code consultations}; the chain verifies.
 *
 * <p>Until the access feature's login lands, {@link SignedIn} stands in for its interceptor: it puts the
 * user named in a test header into the request's {@link AccessContext}, as the real one does after login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spoor.demo=true")
class ConsultationLogServerTest {

    static final Path HOME;

    static {
        try {
            HOME = Files.createTempDirectory("spoor-consultation-log-");
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

    /**
     * The signed-in user from the header {@code X-Test-User: name/role,role/organisation}; the purpose from X-Spoor-Purpose.
     * Unordered, so it runs inside the recorder (which is first), like the access interceptor.
     */
    @TestConfiguration
    static class SignedIn {
        @Bean
        WebGraphQlInterceptor testSignIn() {
            return new WebGraphQlInterceptor() {
                @Override
                public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
                    String header = request.getHeaders().getFirst("X-Test-User");
                    if (header != null) {
                        String[] parts = header.split("/");
                        SpoorUser user = new SpoorUser(parts[0], Set.copyOf(Arrays.stream(parts[1].split(",")).map(Role::of).toList()), parts[2]);
                        String purposeId = request.getHeaders().getFirst(AccessContext.PURPOSE_HEADER);
                        Optional<Purpose> purpose = Optional.ofNullable(purposeId)
                                .map(id -> new Purpose(id, Purpose.Kind.CASE, "Zaak " + id, "WGS art. 2.3", Set.of("politie-nh")));
                        AccessContext context = new AccessContext(user, purpose, "test-" + request.getId());
                        request.configureExecutionInput((input, builder) -> {
                            input.getGraphQLContext().put(AccessContext.class, context);
                            return input;
                        });
                    }
                    return chain.next(request);
                }
            };
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    ConsultationLog log;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    JsonNode graphql(String user, String purpose, String query, Map<String, Object> variables) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql")).header("Content-Type", "application/json")
                .header("X-Test-User", user);
        if (purpose != null) {
            request.header(AccessContext.PURPOSE_HEADER, purpose);
        }
        var response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    List<Consultation> of(String user) {
        return log.find(new ConsultationLog.Filter(user, null, null, null, null), 0, 100);
    }

    @Test
    void logsAnAnsweredQueryWithWhoWhyWhatAndEveryEntityReturned() throws Exception {
        String query = """
                query Voertuig($kenteken: String!) { entityByIdentifier(type: KENTEKEN, value: $kenteken) {
                  caption relationships { type other { spoorId caption } } } }""";
        JsonNode answer = graphql("anouk/tif,analist/belastingdienst", "CASE-2025-014", query, Map.of("kenteken", "gz 416 b"));
        assertThat(answer.get("errors")).isNull();
        List<String> others = answer.get("data").get("entityByIdentifier").get("relationships").valueStream()
                .map(r -> r.get("other").get("spoorId").asString()).toList();
        assertThat(others).hasSize(2);

        List<Consultation> entries = of("anouk");
        assertThat(entries).hasSize(1);
        Consultation c = entries.getFirst();
        assertThat(c.channel()).isEqualTo("graphql");
        assertThat(c.roles()).containsExactly("analist", "tif");
        assertThat(c.organisation()).isEqualTo("belastingdienst");
        assertThat(c.purpose()).isEqualTo("CASE-2025-014");
        assertThat(c.legalBasis()).isEqualTo("WGS art. 2.3");
        assertThat(c.requestId()).startsWith("test-");
        assertThat(c.operationType()).isEqualTo("query");
        assertThat(c.operationName()).isEqualTo("Voertuig");
        assertThat(c.variables()).isEqualTo("{\"kenteken\":\"gz 416 b\"}");
        assertThat(c.fields()).containsExactly("entityByIdentifier {\"type\":\"KENTEKEN\",\"value\":\"gz 416 b\"}");
        assertThat(c.outcome()).isEqualTo(Consultation.Outcome.ANSWERED);
        assertThat(c.reason()).isEmpty();
        // The vehicle itself is returned although spoorId was not asked of it.
        assertThat(c.returnedIds()).containsExactly("kenteken:GZ416B", others.get(0), others.get(1));
        assertThat(log.document(c.queryHash())).contains(query);
    }

    @Test
    void logsARefusedQueryWithThePurposeItNamedAndWhy() throws Exception {
        JsonNode answer = graphql("bram/rechercheur/politie-nh", "CASE-2025-015", "{ consultations { totalCount } }", null);
        assertThat(answer.get("errors").get(0).get("message").asString())
                .isEqualTo("The consultation log is only for privacyjurist and beheerder; bram has the roles [rechercheur].");
        Consultation c = of("bram").getFirst();
        assertThat(c.outcome()).isEqualTo(Consultation.Outcome.REFUSED);
        assertThat(c.purpose()).isEqualTo("CASE-2025-015");
        assertThat(c.reason()).isEqualTo("The consultation log is only for privacyjurist and beheerder; bram has the roles [rechercheur].");
        assertThat(c.fields()).containsExactly("consultations {}");
        assertThat(c.returnedIds()).isEmpty();
    }

    @Test
    void logsAnInvalidQueryAsRefusedWithItsOperationType() throws Exception {
        JsonNode answer = graphql("carla/analist/riec-nh", "CASE-2025-016", "mutation Weg { deleteEverything }", null);
        assertThat(answer.get("errors")).isNotEmpty();
        Consultation c = of("carla").getFirst();
        assertThat(c.outcome()).isEqualTo(Consultation.Outcome.REFUSED);
        assertThat(c.operationType()).isEqualTo("mutation");
        assertThat(c.operationName()).isEqualTo("Weg");
        assertThat(c.reason()).isEqualTo("Validation error (UnknownOperation): The 'Mutation' operation is not supported by the schema");
        assertThat(c.fields()).isEmpty();
    }

    @Test
    void letsThePrivacyJuristFindWhoConsultedAnEntity() throws Exception {
        graphql("dirk/fit/politie-nh", "CASE-2025-017", "{ entity(spoorId: \"kenteken:GZ416B\") { caption } }", null);
        JsonNode page = graphql("eva/privacyjurist/riec-nh", "AUDIT-2026", """
                { consultations(subject: "kenteken:GZ416B", user: "dirk", since: "2020-01-01", first: 5) { totalCount pageInfo { hasNextPage }
                    edges { node { seq user roles organisation purpose legalBasis operationType fields outcome returnedIds document hash } } } }""", null)
                .get("data").get("consultations");
        assertThat(page.get("totalCount").asLong()).isEqualTo(1);
        assertThat(page.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();
        JsonNode node = page.get("edges").get(0).get("node");
        assertThat(node.get("user").asString()).isEqualTo("dirk");
        assertThat(node.get("roles").toString()).isEqualTo("[\"fit\"]");
        assertThat(node.get("purpose").asString()).isEqualTo("CASE-2025-017");
        assertThat(node.get("fields").toString()).isEqualTo("[\"entity {\\\"spoorId\\\":\\\"kenteken:GZ416B\\\"}\"]");
        assertThat(node.get("outcome").asString()).isEqualTo("ANSWERED");
        assertThat(node.get("returnedIds").toString()).isEqualTo("[\"kenteken:GZ416B\"]");
        assertThat(node.get("document").asString()).isEqualTo("{ entity(spoorId: \"kenteken:GZ416B\") { caption } }");
        assertThat(log.about("kenteken:GZ416B")).extracting(Consultation::user).contains("dirk");
        // The jurist's own reading is logged too.
        assertThat(of("eva")).extracting(Consultation::outcome).containsExactly(Consultation.Outcome.ANSWERED);
    }

    @Test
    void logsARefusedUploadWithItsFormFields() throws Exception {
        String boundary = "spoor-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"case\"\r\n\r\nCASE-2025-018\r\n--" + boundary + "--\r\n";
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ingest/uploads"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header(AccessContext.PURPOSE_HEADER, "CASE-2025-018")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        Consultation c = log.find(new ConsultationLog.Filter(null, "CASE-2025-018", null, null, null), 0, 10).getFirst();
        assertThat(c.channel()).isEqualTo("upload");
        assertThat(c.operationType()).isEqualTo("upload");
        assertThat(c.outcome()).isEqualTo(Consultation.Outcome.REFUSED);
        assertThat(c.reason()).isEqualTo("HTTP 400");
        assertThat(c.variables()).isEqualTo("{\"case\":\"CASE-2025-018\",\"partner\":null,\"basis\":null,\"retainUntil\":null,\"files\":[]}");
        assertThat(c.fields()).containsExactly("POST /api/ingest/uploads");
    }

    @Test
    void theServersChainVerifies() throws Exception {
        graphql("frank/tif/belastingdienst", "CASE-2025-019", "{ storeStatus { mode } }", null);
        ChainVerifier.Verification v = new ChainVerifier(log).verify(Map.of(), n -> { });
        assertThat(v.firstBreak()).isEmpty();
        assertThat(v.entries()).isEqualTo(v.head().seq()).isGreaterThanOrEqualTo(1);
    }
}
