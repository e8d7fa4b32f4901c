package nl.spoor.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.testing.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every role × every operation of {@link AccessPolicy} × with and without a purpose, over HTTP against
 * one server: refused exactly where the policy says (ROLE before NO_PURPOSE), and otherwise not refused
 * by access (the call may still find nothing or be a bad request). A new policy line needs a sample
 * call in {@link #SAMPLES}; {@link #hasASampleForEveryOperationOfThePolicy} says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixTest {

    static final Path HOME;
    static final String PURPOSE = "MATRIX-CASE";
    static final AtomicInteger N = new AtomicInteger();
    static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        try {
            HOME = Files.createTempDirectory("spoor-access-matrix-");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A call of each operation that passes validation; %d is replaced by a fresh number. */
    static final Map<String, String> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("Query.me", "{ me { username } }");
        SAMPLES.put("Query.myApiTokens", "{ myApiTokens { name } }");
        SAMPLES.put("Mutation.createApiToken", "mutation { createApiToken(name: \"matrix-%d\") { name } }");
        SAMPLES.put("Mutation.revokeApiToken", "mutation { revokeApiToken(name: \"none-%d\") }");
        SAMPLES.put("Query.__schema", "{ __schema { queryType { name } } }");
        SAMPLES.put("Query.__type", "{ __type(name: \"Query\") { name } }");
        SAMPLES.put("Query.__typename", "{ __typename }");
        SAMPLES.put("Mutation.__typename", "mutation { __typename }");
        SAMPLES.put("Query.purposes", "{ purposes { id } }");
        SAMPLES.put("Mutation.createPurpose", "mutation { createPurpose(input: {id: \"M-%d\", kind: CASE, title: \"t\", legalBasis: \"WGS art. 2.3\", partners: []}) { id } }");
        SAMPLES.put("Mutation.addPurposeMember", "mutation { addPurposeMember(purpose: \"" + PURPOSE + "\", username: \"someone-%d\") { id } }");
        SAMPLES.put("Mutation.removePurposeMember", "mutation { removePurposeMember(purpose: \"" + PURPOSE + "\", username: \"someone-%d\") { id } }");
        SAMPLES.put("Mutation.closePurpose", "mutation { closePurpose(purpose: \"NO-SUCH-%d\") { id } }");
        SAMPLES.put("Query.storeStatus", "{ storeStatus { nodes } }");
        SAMPLES.put("Query.entity", "{ entity(spoorId: \"kvk:12345678\") { spoorId } }");
        SAMPLES.put("Query.entityByIdentifier", "{ entityByIdentifier(type: KVK, value: \"12345678\") { spoorId } }");
        SAMPLES.put("Query.search", "{ search(query: \"Jansen\") { understood } }");
        SAMPLES.put("Query.paths", "{ paths(from: \"kvk:12345678\", to: \"kvk:87654321\") { explanation } }");
        SAMPLES.put("Query.networkAround", "{ networkAround(entity: \"kvk:12345678\") { entities } }");
        SAMPLES.put("Query.networkOf", "{ networkOf(entities: [\"kvk:12345678\"]) { entities } }");
        SAMPLES.put("Query.moneyTrail", "{ moneyTrail(from: \"kvk:12345678\") { explanation } }");
        SAMPLES.put("Query.flowsBetween", "{ flowsBetween(a: \"kvk:12345678\", b: \"kvk:87654321\") { explanation } }");
        for (String f : List.of("fanIn", "fanOut", "cycles", "passThrough", "structuring", "abcTransactions", "traffickingNetworks", "unusualWealth")) {
            SAMPLES.put("Query." + f, "{ " + f + " { totalCount } }");
        }
        SAMPLES.put("Query.sectorNetworks", "{ sectorNetworks(sbi: \"81.22\") { totalCount } }");
        SAMPLES.put("Query.ingestJob", "{ ingestJob(id: \"none\") { state } }");
        SAMPLES.put("Query.ingestJobs", "{ ingestJobs { edges { cursor } } }");
        SAMPLES.put("Query.ingestFiles", "{ ingestFiles { edges { cursor } } }");
        SAMPLES.put("Query.ingestFile", "{ ingestFile(sha256: \"00\") { name } }");
        SAMPLES.put(AccessPolicy.UPLOAD, "");
        SAMPLES.put(AccessPolicy.UPLOAD_STATUS, "");
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

    static final Map<Role, SignedIn> USERS = new EnumMap<>(Role.class);

    SignedIn user(Role role) {
        synchronized (USERS) {
            return USERS.computeIfAbsent(role, r -> {
                SignedIn.purpose(context, PURPOSE, Set.of("politie-nh"));
                return SignedIn.as(context, port, "matrix-" + r.code(), Set.of(r), PURPOSE);
            });
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (String operation : AccessPolicy.rules().keySet()) {
                cases.add(Arguments.of(role, operation, true));
                cases.add(Arguments.of(role, operation, false));
            }
        }
        return cases.stream();
    }

    @Test
    void hasASampleForEveryOperationOfThePolicy() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(AccessPolicy.rules().keySet());
    }

    @ParameterizedTest(name = "{0} {1} purpose={2}")
    @MethodSource("matrix")
    void allowsOrRefusesAsThePolicySays(Role role, String operation, boolean withPurpose) throws Exception {
        AccessPolicy.Rule rule = AccessPolicy.rule(operation).orElseThrow();
        String expected = !rule.roles().contains(role) ? "ROLE" : rule.needsPurpose() && !withPurpose ? "NO_PURPOSE" : null;
        SignedIn as = withPurpose ? user(role) : user(role).withoutPurpose();
        String refused = operation.startsWith("Query.") || operation.startsWith("Mutation.")
                ? graphqlRefusal(as, SAMPLES.get(operation).replace("%d", Integer.toString(N.incrementAndGet())))
                : httpRefusal(as, operation);
        assertThat(refused).as("%s %s with%s purpose", role.code(), operation, withPurpose ? "" : "out").isEqualTo(expected);
    }

    /** The access refusal of a GraphQL call, or null; fails on a validation error (a broken sample). */
    static String graphqlRefusal(SignedIn as, String query) throws Exception {
        JsonNode r = as.graphql(query);
        String refused = null;
        for (JsonNode e : r.path("errors")) {
            assertThat(e.path("extensions").path("classification").asString()).as(e.toString()).isNotEqualTo("ValidationError");
            String reason = e.path("extensions").path("refused").asString(null);
            if (reason != null && Set.of("ROLE", "NO_PURPOSE", "UNKNOWN_PURPOSE", "NOT_A_MEMBER", "PURPOSE_INACTIVE", "UNLISTED_OPERATION",
                    "UNAUTHENTICATED").contains(reason)) {
                assertThat(e.path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
                assertThat(r.path("data").isNull() || r.path("data").isMissingNode()).as("nothing fetched: %s", r).isTrue();
                refused = reason;
            }
        }
        return refused;
    }

    /** Upload (no files: 400 when access allows it) and job status (unknown job: 404 when allowed); 403 with the reason when refused. */
    static String httpRefusal(SignedIn as, String operation) throws Exception {
        HttpResponse<String> r = operation.equals(AccessPolicy.UPLOAD)
                ? as.send(as.request("/api/ingest/uploads").header("Content-Type", "multipart/form-data; boundary=b")
                        .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"case\"\r\n\r\nX\r\n--b--\r\n")))
                : as.get("/api/ingest/jobs/none");
        if (r.statusCode() == 403) {
            return JSON.readTree(r.body()).path("refused").asString();
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(operation.equals(AccessPolicy.UPLOAD) ? 400 : 404);
        return null;
    }
}
