package nl.spoor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server as a user meets it: over HTTP, with the demo world in an embedded store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spoor.demo=true")
class SpoorServerTest {

    static final Path HOME;

    static {
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(tmp);
            HOME = Files.createTempDirectory(tmp, "spoor-server-test-");
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

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    final JsonMapper json = JsonMapper.builder().build();

    JsonNode graphql(String query) throws Exception {
        String body = json.writeValueAsString(Map.of("query", query));
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void countsTheDemoWorldInTheEmbeddedStore() throws Exception {
        JsonNode status = graphql("{ storeStatus { mode labels { name count } relationshipTypes { name count } } }").get("data").get("storeStatus");
        assertThat(status.get("mode").asString()).isEqualTo("EMBEDDED");
        assertThat(counts(status.get("labels"))).containsEntry("Person", 4L).containsEntry("Company", 4L).containsEntry("BankAccount", 3L)
                .containsEntry("Vehicle", 1L).containsEntry("Address", 2L).containsEntry("Source", 3L);
        assertThat(counts(status.get("relationshipTypes"))).containsEntry("TRANSFER", 6L).containsEntry("DIRECTOR_OF", 4L)
                .containsEntry("SUCCEEDED_BY", 1L).containsEntry("ASSERTS", 15L); // 14 entity facts + Kemal named again in the proces-verbaal
    }

    @Test
    void findsAVehicleByAKentekenWrittenLooselyWithTheSourcesOfEveryFact() throws Exception {
        JsonNode e = graphql("""
                { entityByIdentifier(type: KENTEKEN, value: "gz 416 b") {
                    spoorId kind properties { name value }
                    sources { source { partner caseId legalBasis title } locator page start end snippet }
                    relationships { type direction key other { kind caption } sources { source { partner } locator snippet } } } }
                """).get("data").get("entityByIdentifier");
        assertThat(e.get("spoorId").asString()).isEqualTo("kenteken:GZ416B");
        assertThat(e.get("kind").asString()).isEqualTo("Vehicle");
        assertThat(e.get("properties").toString()).contains("{\"name\":\"make\",\"value\":\"Mercedes-Benz\"}", "{\"name\":\"model\",\"value\":\"G 63 AMG\"}");
        JsonNode source = e.get("sources").get(0);
        assertThat(source.get("source").get("partner").asString()).isEqualTo("politie-nh");
        assertThat(source.get("source").get("caseId").asString()).isEqualTo("RIEC-NH-2025-017");
        assertThat(source.get("page").asInt()).isEqualTo(1);
        assertThat(source.get("start").asInt()).isEqualTo(412);
        assertThat(source.get("snippet").asString()).isEqualTo("een Mercedes-Benz G 63 AMG, kenteken GZ-416-B");
        List<String> rels = e.get("relationships").valueStream()
                .map(r -> r.get("type").asString() + " " + r.get("direction").asString() + " " + r.get("other").get("caption").asString()
                        + " [" + r.get("sources").get(0).get("snippet").asString() + "]")
                .toList();
        assertThat(rels).containsExactly(
                "OBSERVED_DRIVING IN Kemal Demir [bestuurder bleek te zijn K. Demir, geboren 12-04-1979]",
                "REGISTERED_OWNER IN Jan van der Berg [op naam van J. van der Berg]");
    }

    @Test
    void keepsEverySourceOfAPersonNamedInTwoDocuments() throws Exception {
        JsonNode e = graphql("""
                { entity(spoorId: "kvk:82345671") { relationships { type other { spoorId } } } }
                """).get("data").get("entity");
        String directorId = e.get("relationships").valueStream().filter(r -> r.get("type").asString().equals("DIRECTOR_OF"))
                .findFirst().orElseThrow().get("other").get("spoorId").asString();
        assertThat(directorId).startsWith("bsn:").doesNotContain("100"); // a keyed hash, not the BSN
        JsonNode holding = graphql("{ entityByIdentifier(type: KVK, value: \"KvK 6456 7123\") { relationships { type other { spoorId caption } } } }")
                .get("data").get("entityByIdentifier");
        String kemalId = holding.get("relationships").valueStream().filter(r -> r.get("type").asString().equals("DIRECTOR_OF"))
                .findFirst().orElseThrow().get("other").get("spoorId").asString();
        JsonNode person = graphql("{ entity(spoorId: \"" + kemalId + "\") { caption sources { source { title } locator asserted } } }").get("data").get("entity");
        assertThat(person.get("caption").asString()).isEqualTo("Kemal Demir");
        assertThat(person.get("sources").valueStream().map(s -> s.get("source").get("title").asString() + "@" + s.get("locator").asString()).toList())
                .containsExactly("KvK-uittreksels glazenwassers Zaandam.csv@row:1", "PV verkeerscontrole 2024-1187.pdf@p1:180"); // ordered by source id
    }

    @Test
    void rejectsAnInvalidIdentifierSayingWhatIsWrong() throws Exception {
        JsonNode response = graphql("{ entityByIdentifier(type: IBAN, value: \"NL00INGB0000000001\") { spoorId } }");
        JsonNode error = response.get("errors").get(0);
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("message").asString()).isEqualTo("IBAN \"NL00INGB0000000001\": check digits 00 are wrong (ISO 7064 mod 97-10 remainder is 70, not 1)");
    }

    @Test
    void answersNullForAnIdentifierItDoesNotHold() throws Exception {
        assertThat(graphql("{ entityByIdentifier(type: KVK, value: \"12345678\") { spoorId } }").get("data").get("entityByIdentifier").isNull()).isTrue();
    }

    @Test
    void followsTheMoneyOfACompanyThroughItsAccountOverGraphql() throws Exception {
        JsonNode r = graphql("""
                { moneyTrail(from: "kvk:82345671") {
                    startAccounts { holders { caption } }
                    trails { totalCount edges { node { endsBecause days carriedFraction explanation
                      hops { date amount fractionOfPrevious from { holders { caption } } to { holders { caption } } sources { source { title } locator } } } } }
                    explanation } }
                """).get("data").get("moneyTrail");
        assertThat(r.get("startAccounts").get(0).get("holders").get(0).get("caption").asString()).isEqualTo("Kristal Schoon B.V.");
        JsonNode trails = r.get("trails");
        assertThat(trails.get("totalCount").asInt()).isEqualTo(3);
        List<String> found = trails.get("edges").valueStream().map(e -> e.get("node")).map(t -> t.get("hops").valueStream()
                .map(h -> h.get("date").asString() + " " + h.get("amount").asDouble() + " " + h.get("from").get("holders").get(0).get("caption").asString()
                        + ">" + h.get("to").get("holders").get(0).get("caption").asString())
                .collect(java.util.stream.Collectors.joining(", ")) + " " + t.get("endsBecause").asString()).toList();
        assertThat(found).containsExactly(
                "2024-07-26 2150.0 Kristal Schoon B.V.>Piotr Nowak, 2024-07-27 1900.0 Piotr Nowak>Kemal Demir NO_ONWARD_HOP",
                "2024-08-26 2150.0 Kristal Schoon B.V.>Piotr Nowak, 2024-08-27 1900.0 Piotr Nowak>Kemal Demir NO_ONWARD_HOP",
                "2024-09-26 2150.0 Kristal Schoon B.V.>Piotr Nowak, 2024-09-27 1900.0 Piotr Nowak>Kemal Demir NO_ONWARD_HOP");
        JsonNode first = trails.get("edges").get(0).get("node");
        assertThat(first.get("hops").get(1).get("sources").get(0).get("source").get("title").asString()).isEqualTo("ING afschrift 2024-Q3.csv");
        assertThat(first.get("explanation").asString()).contains("then 88 % (€1,900.00) 1 day later to ").endsWith(" carries at least 50 % of it on within 7 days.");
        assertThat(r.get("explanation").asString()).startsWith("3 trails from 1 account of kvk:82345671: forward, at most 4 hops");
    }

    @Test
    void refusesAMoneyTrailOverTheHopLimitSayingWhy() throws Exception {
        JsonNode error = graphql("{ moneyTrail(from: \"kvk:82345671\", maxHops: 9) { explanation } }").get("errors").get(0);
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("extensions").get("refused").asString()).isEqualTo("MAX_HOPS");
        assertThat(error.get("message").asString()).startsWith("maxHops 9 is more than this server allows (6)");
    }

    @Test
    void answersTheMoneyDetectorsWithEveryFieldAndRefusesAnOversizedPage() throws Exception {
        String result = "rank score subject { spoorId kind caption } indicators { name explanation value threshold fired weight }"
                + " evidence { description steps { from { caption } type to { caption } key properties { name value } sources { locator } } }"
                + " sources { sourceId title } explanation";
        // One request per detector: each plans its queries cold, and a busy machine must stay within the request timeout.
        JsonNode pass = graphql("{ passThrough { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { " + result
                + " holders { caption } hops { account { caption } holders { caption } lastIn inflow payments forwardedOn forwarded fraction"
                + " delayDays destination recipientHolder newRecipient relation } } } } }");
        JsonNode structuring = graphql("{ structuring(minDeposits: 2) { totalCount edges { node { " + result
                + " accounts { caption } firstDeposit lastDeposit deposits total } } } }");
        JsonNode abc = graphql("{ abcTransactions(since: \"2024-01-01\") { totalCount edges { node { " + result
                + " steps { buyer { caption } date price increase days relations } } } } }");
        assertThat(List.of(pass, structuring, abc)).allSatisfy(r -> assertThat(r.get("errors")).isNull());
        // The demo world's wages forwarded by Piotr Nowak (88 %) are below 90 %; it holds no cash deposits and no property chains.
        assertThat(List.of(pass.get("data").get("passThrough").get("totalCount").asInt(), structuring.get("data").get("structuring").get("totalCount").asInt(),
                abc.get("data").get("abcTransactions").get("totalCount").asInt())).containsExactly(0, 0, 0);
        JsonNode error = graphql("{ structuring(first: 500) { totalCount } }").get("errors").get(0);
        assertThat(error.get("extensions").get("refused").asString()).isEqualTo("PAGE_SIZE");
        assertThat(error.get("message").asString()).isEqualTo("first 500 is more than 200 results per page (SPOOR_TRAIL_MAX_PAGE); page on with `after`.");
    }

    @Test
    void servesHealthGraphiqlAndTheUi() throws Exception {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
        var graphiql = get("/graphiql");
        assertThat(graphiql.statusCode()).isEqualTo(200);
        assertThat(graphiql.body()).containsIgnoringCase("graphiql");
        var ui = get("/");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("<title>Spoor</title>");
    }

    private static Map<String, Long> counts(JsonNode list) {
        Map<String, Long> m = new java.util.HashMap<>();
        list.valueStream().forEach(n -> m.put(n.get("name").asString(), n.get("count").asLong()));
        return m;
    }
}
