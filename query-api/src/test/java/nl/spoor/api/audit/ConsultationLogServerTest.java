package nl.spoor.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

import nl.spoor.api.access.Role;
import nl.spoor.api.testing.SignedIn;
import nl.spoor.api.visibility.BsnIds;
import tools.jackson.databind.JsonNode;

/**
 * The consultation log as the server writes it: GraphQL requests over HTTP on the demo world, answered and
 * refused, and an upload, each appear once with the exact user, purpose, operation, arguments and returned
 * entity ids; the privacy jurist reads them back through {@code consultations}; the chain verifies.
 *
 * <p>Users sign in with a session ({@link SignedIn}); each is a member of the case purpose it names.
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

    @Value("${local.server.port}")
    int port;

    @Autowired
    ConsultationLog log;

    @Autowired
    BsnIds bsnIds;


    @Autowired
    ApplicationContext context;

    /** {@code user} as {@code name/role,role/organisation}, signed in and member of the purpose (created if missing). */
    SignedIn signIn(String user, String purpose) {
        String[] parts = user.split("/");
        Set<Role> roles = Set.copyOf(Arrays.stream(parts[1].split(",")).map(Role::of).toList());
        return SignedIn.as(context, port, parts[0], roles, parts[2], purpose);
    }

    JsonNode graphql(String user, String purpose, String query, Map<String, Object> variables) throws Exception {
        return signIn(user, purpose).graphql(query, variables == null ? Map.of() : variables);
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
        assertThat(c.requestId()).isNotBlank();
        assertThat(c.operationType()).isEqualTo("query");
        assertThat(c.operationName()).isEqualTo("Voertuig");
        assertThat(c.variables()).isEqualTo("{\"kenteken\":\"gz 416 b\"}");
        assertThat(c.fields()).containsExactly("entityByIdentifier {\"type\":\"KENTEKEN\",\"value\":\"gz 416 b\"}");
        assertThat(c.outcome()).isEqualTo(Consultation.Outcome.ANSWERED);
        assertThat(c.reason()).isEmpty();
        // The vehicle itself is returned although spoorId was not asked of it. The log holds the persons' Spoor
        // ids, which a data-subject report looks for, where a view without BSNs was shown their aliases.
        assertThat(c.returnedIds()).containsExactly("kenteken:GZ416B", bsnIds.reveal(others.get(0)), bsnIds.reveal(others.get(1)));
        assertThat(others).allMatch(id -> id.startsWith("persoon:"));
        assertThat(log.document(c.queryHash())).contains(query);
    }

    @Test
    void logsTheEntitiesAnExplanationNamesEvenWhenNoneOfThemWasAskedFor() throws Exception {
        JsonNode explained = graphql("femke/fit/belastingdienst", "CASE-2025-020",
                "{ unusualWealth(since: \"2023-01-01\", until: \"2024-12-31\", minScore: 0, first: 1) { edges { node { explanation } } } }", null);
        assertThat(explained.get("errors")).isNull();
        assertThat(explained.get("data").get("unusualWealth").get("edges").get(0).get("node").get("explanation").asString()).isNotBlank();
        JsonNode whole = graphql("gerrit/fit/belastingdienst", "CASE-2025-020", """
                { unusualWealth(since: \"2023-01-01\", until: \"2024-12-31\", minScore: 0, first: 1) { edges { node { subjects { spoorId } assets { asset { spoorId } }
                    evidence { steps { from { spoorId } to { spoorId } } } } } } }""", null);
        JsonNode node = whole.get("data").get("unusualWealth").get("edges").get(0).get("node");
        java.util.Set<String> inTheResult = new java.util.LinkedHashSet<>();
        node.get("subjects").forEach(e -> inTheResult.add(e.get("spoorId").asString()));
        node.get("assets").forEach(a -> inTheResult.add(a.get("asset").get("spoorId").asString()));
        node.get("evidence").forEach(p -> p.get("steps").forEach(st -> {
            inTheResult.add(st.get("from").get("spoorId").asString());
            inTheResult.add(st.get("to").get("spoorId").asString());
        }));
        assertThat(inTheResult).isNotEmpty();
        // Who asked only for the explanation consulted the same persons and things as who asked for them by id.
        assertThat(of("femke").getFirst().returnedIds()).containsAll(inTheResult.stream().map(bsnIds::reveal).toList());
        assertThat(of("gerrit").getFirst().returnedIds()).containsAll(inTheResult.stream().map(bsnIds::reveal).toList());
        // Asking for neither names nor explanations records none.
        graphql("hidde/fit/belastingdienst", "CASE-2025-020", "{ unusualWealth(since: \"2023-01-01\", until: \"2024-12-31\", minScore: 0, first: 1) { edges { node { rank score } } } }", null);
        assertThat(of("hidde").getFirst().returnedIds()).isEmpty();
    }

    @Test
    void logsARefusedQueryWithThePurposeItNamedAndWhy() throws Exception {
        JsonNode answer = graphql("bram/rechercheur/politie-nh", "CASE-2025-015", "{ consultations { totalCount } }", null);
        assertThat(answer.get("errors").get(0).get("message").asString())
                .isEqualTo("Query.consultations is for privacyjurist, beheerder; you (bram) are rechercheur.");
        Consultation c = of("bram").getFirst();
        assertThat(c.outcome()).isEqualTo(Consultation.Outcome.REFUSED);
        assertThat(c.purpose()).isEqualTo("CASE-2025-015");
        assertThat(c.reason()).isEqualTo("Query.consultations is for privacyjurist, beheerder; you (bram) are rechercheur.");
        assertThat(c.fields()).containsExactly("consultations {}");
        assertThat(c.returnedIds()).isEmpty();
    }

    @Test
    void logsAnInvalidQueryAsRefusedWithItsOperationTypeAndWhatItAsked() throws Exception {
        JsonNode answer = graphql("carla/analist/riec-nh", "CASE-2025-016", "mutation Weg { deleteEverything }", null);
        assertThat(answer.get("errors")).isNotEmpty();
        Consultation c = of("carla").getFirst();
        assertThat(c.outcome()).isEqualTo(Consultation.Outcome.REFUSED);
        assertThat(c.operationType()).isEqualTo("mutation");
        assertThat(c.operationName()).isEqualTo("Weg");
        assertThat(c.reason()).isEqualTo("Validation error (FieldUndefined@[deleteEverything]) : Field 'deleteEverything' in type 'Mutation' is undefined");
        // What was asked is logged even when it was refused before any fetcher ran.
        assertThat(c.fields()).containsExactly("deleteEverything {}");
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
        SignedIn gijs = signIn("gijs/rechercheur/politie-nh", "CASE-2025-018");
        var response = gijs.send(gijs.request("/api/ingest/uploads").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).isEqualTo(400);
        Consultation c = log.find(new ConsultationLog.Filter(null, "CASE-2025-018", null, null, null), 0, 10).getFirst();
        assertThat(c.channel()).isEqualTo("upload");
        assertThat(c.user()).isEqualTo("gijs");
        assertThat(c.legalBasis()).isEqualTo("WGS art. 2.3");
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
