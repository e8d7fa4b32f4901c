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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.access.DemoAccess;
import nl.spoor.api.testing.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server as a user meets it: over HTTP, with the demo world in an embedded store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spoor.demo=true")
class SpoorServerTest {

    static final Path HOME = nl.spoor.api.testing.ServerHome.temporary("spoor-server-test-");

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

    final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    final JsonMapper json = JsonMapper.builder().build();
    SignedIn http;

    @BeforeEach
    void signIn() {
        http = SignedIn.investigator(context, port);
    }

    JsonNode graphql(String query) throws Exception {
        return http.graphql(query);
    }

    HttpResponse<String> get(String path) throws Exception {
        return anonymous.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
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
        assertThat(directorId).matches("bsn:[0-9a-f]{64}"); // a keyed hash (HMAC-SHA256), never the nine digits
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
    void searchesANameByItsInitialAndFiltersTheNeighboursOfAVehicleOverGraphQl() throws Exception {
        JsonNode response = graphql("""
                { search(query: "K. Demir", types: [PERSON]) { understood hits { totalCount edges { node {
                    rank entity { caption } field matches { term matched how } } } } } }
                """);
        assertThat(response.get("errors")).isNull();
        JsonNode search = response.get("data").get("search");
        assertThat(search.get("understood").asString()).isEqualTo("k (initial), demir");
        JsonNode hit = search.get("hits").get("edges").get(0).get("node");
        assertThat(hit.get("entity").get("caption").asString()).isEqualTo("Kemal Demir");
        assertThat(hit.get("matches").toString()).isEqualTo("[{\"term\":\"k\",\"matched\":\"Kemal\",\"how\":\"INITIAL\"},"
                + "{\"term\":\"demir\",\"matched\":\"Demir\",\"how\":\"EXACT\"}]");
        JsonNode car = graphql("""
                { entityByIdentifier(type: KENTEKEN, value: "GZ-416-B") {
                    neighbours(kinds: ["Person"]) { totalCount edges { node { type other { caption } } } }
                    timeline(order: OLDEST_FIRST) { totalCount } } }
                """);
        assertThat(car.get("errors")).isNull();
        assertThat(car.get("data").get("entityByIdentifier").get("neighbours").get("totalCount").asInt()).isEqualTo(2);
        JsonNode refused = graphql("{ search(query: \"van der\") { hits { totalCount } } }").get("errors").get(0);
        assertThat(refused.get("extensions").get("refused").asString()).isEqualTo("TOO_BROAD");
        assertThat(refused.get("message").asString()).contains("only initials and tussenvoegsels");
    }

    @Test
    void assessesTheNetworkAroundAFirmOverGraphqlAndRefusesTooLargeAPage() throws Exception {
        JsonNode r = graphql("""
                { traffickingNetworks(around: "kvk:82345671") { totalCount query pageInfo { hasNextPage }
                    edges { node { rank score controller { kind } anchors protectiveFlag persons { role protectiveFlag }
                      indicators { name value threshold fired weight } evidence { description } sources { sourceId } explanation } } } }
                """);
        assertThat(r.get("errors")).isNull();
        JsonNode page = r.get("data").get("traffickingNetworks");
        assertThat(page.get("query").asString()).startsWith("fanInSenders ≥ 4, unrelatedPersonsPerAddress ≥ 5,").endsWith("; around kvk:82345671");
        JsonNode node = page.get("edges").get(0).get("node");
        assertThat(node.get("rank").asInt()).isEqualTo(1);
        assertThat(node.get("controller").get("kind").asString()).isEqualTo("Person");
        assertThat(node.get("anchors").toString()).isEqualTo("[\"asked\"]");
        assertThat(node.get("indicators").valueStream().map(i -> i.get("name").asString()).toList()).containsExactly("fanInSenders",
                "unrelatedPersonsPerAddress", "hotelStays", "aliasesPerPhone", "personsPerPhone", "employerIsLandlord", "transportSightings");
        assertThat(node.get("explanation").asString()).endsWith("The score ranks work for analysts and decides nothing.");

        JsonNode refused = graphql("{ traffickingNetworks(first: 101) { totalCount } }").get("errors").get(0);
        assertThat(refused.get("extensions").get("refused").asString()).isEqualTo("PAGE_SIZE");
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
    void findsTheShortestPathsBetweenTwoFirmsOverGraphql() throws Exception {
        JsonNode r = graphql("""
                { paths(from: "kvk:71234567", to: "kvk:64567123") {
                    from { caption } to { caption }
                    paths { totalCount edges { node { rank length entities { caption } evidence { description steps { type sources { source { title } locator } } } } } }
                    sources { title } explanation } }
                """).get("data").get("paths");
        JsonNode edges = r.get("paths").get("edges");
        assertThat(r.get("paths").get("totalCount").asInt()).isEqualTo(2);
        assertThat(edges.valueStream().map(e -> e.get("node").get("evidence").get("description").asString()).toList()).containsExactly(
                "Glashelder Zaandam B.V. ←DIRECTOR_OF— Kemal Demir —DIRECTOR_OF→ Demir Holding B.V.",
                "Glashelder Zaandam B.V. —SUCCEEDED_BY→ Kristal Schoon B.V. ←OWNS— Demir Holding B.V.");
        JsonNode step = edges.get(0).get("node").get("evidence").get("steps").get(0);
        assertThat(step.get("sources").get(0).get("source").get("title").asString()).isEqualTo("KvK-uittreksels glazenwassers Zaandam.csv");
        assertThat(step.get("sources").get(0).get("locator").asString()).isEqualTo("row:30");
        assertThat(r.get("explanation").asString()).startsWith("2 paths between Glashelder Zaandam B.V. and Demir Holding B.V. of 2 steps: shortest paths");
    }

    @Test
    void refusesAPathQueryOverTheHopLimitSayingWhy() throws Exception {
        JsonNode error = graphql("{ paths(from: \"kvk:71234567\", to: \"kvk:64567123\", mode: ALL, maxHops: 9) { explanation } }").get("errors").get(0);
        assertThat(error.get("extensions").get("refused").asString()).isEqualTo("MAX_HOPS");
        assertThat(error.get("message").asString()).startsWith("maxHops 9 is more than this server allows (6, SPOOR_PATHS_MAX_HOPS)");
    }

    @Test
    void analysesTheNetworkAroundAFirmOverGraphql() throws Exception {
        JsonNode r = graphql("""
                { networkAround(entity: "kvk:82345671", hops: 2) {
                    entities ties communities { id size members { caption } }
                    keyFigures { totalCount edges { node { rank entity { caption } betweenness degree bridges
                      indicators { name value threshold fired } evidence { description steps { type } } sources { title } explanation } } }
                    keyLocations { location { caption } linked { caption } }
                    explanation } }
                """).get("data").get("networkAround");
        // Kristal, its director Ayşe, owner Demir Holding, predecessor Glashelder, office, account; then Kemal and Piotr's account.
        assertThat(r.get("entities").asInt()).isEqualTo(8);
        assertThat(r.get("ties").asInt()).isEqualTo(10);
        JsonNode first = r.get("keyFigures").get("edges").get(0).get("node");
        assertThat(first.get("entity").get("caption").asString()).isEqualTo("Kristal Schoon B.V.");
        assertThat(first.get("degree").asInt()).isEqualTo(5);
        assertThat(first.get("indicators").valueStream().map(i -> i.get("name").asString()).toList())
                .containsExactly("betweenness", "bridgedCommunities", "pageRank", "degree");
        assertThat(r.get("keyFigures").get("totalCount").asInt()).isEqualTo(5); // 2 persons and 3 companies; accounts and the office are no figures
        assertThat(r.get("keyLocations").get(0).get("location").get("caption").asString()).startsWith("Kogerveldweg 3");
        assertThat(r.get("explanation").asString()).startsWith("The network of Kristal Schoon B.V. within 2 hops, over every relationship");
    }

    @Test
    void analysesAGivenNetworkWithTheAddressesItsMembersAreRegisteredAt() throws Exception {
        JsonNode r = graphql("""
                { networkOf(entities: ["kvk:71234567", "kvk:82345671", "kvk:64567123"]) {
                    entities ties keyLocations { location { caption } linked { caption } } keyFigures { edges { node { entity { caption } } } } } }
                """).get("data").get("networkOf");
        // The three firms and the office two of them are registered at; succession, ownership and two registrations.
        assertThat(r.get("entities").asInt()).isEqualTo(4);
        assertThat(r.get("ties").asInt()).isEqualTo(4);
        assertThat(r.get("keyLocations").get(0).get("location").get("caption").asString()).startsWith("Kogerveldweg 3");
        assertThat(r.get("keyFigures").get("edges").get(0).get("node").get("entity").get("caption").asString()).isEqualTo("Kristal Schoon B.V.");
        JsonNode error = graphql("{ networkOf(entities: [\"kvk:71234567\", \"kvk:00000000\"]) { entities } }").get("errors").get(0);
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("message").asString()).isEqualTo("entities: Spoor holds no entity with Spoor id \"kvk:00000000\"");
    }

    @Test
    void refusesAQueryOfTooManyFieldsSayingWhy() throws Exception {
        StringBuilder q = new StringBuilder("{");
        for (int i = 0; i < 200; i++) {
            q.append(" s").append(i).append(": storeStatus { mode nodes }");
        }
        JsonNode response = graphql(q.append(" }").toString());
        JsonNode error = response.get("errors").get(0);
        assertThat(error.get("extensions").get("refused").asString()).isEqualTo("QUERY_COMPLEXITY");
        assertThat(error.get("message").asString()).isEqualTo("The query asks for 600 fields (counting each field with those below it), more than "
                + "this server allows (500, SPOOR_GRAPHQL_MAX_COMPLEXITY). Ask for fewer fields or fewer aliases, or split it into several queries.");
        assertThat(response.get("data")).isNull();
    }

    @Test
    void answersGraphiqlsSchemaIntrospectionWithinTheLimits() throws Exception {
        JsonNode response = graphql(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(response.get("errors")).isNull();
        assertThat(response.get("data").get("__schema").get("types").size()).isGreaterThan(50);
    }

    @Test
    void answersUnusualWealthOverGraphqlAndRefusesABadPeriodSayingWhy() throws Exception {
        JsonNode r = graphql("""
                { unusualWealth(since: "2023-01-01", until: "2024-12-31", minScore: 0) { totalCount candidates candidatesConsidered query explanation
                    pageInfo { hasNextPage } edges { node { rank score subjects { caption } indicators { name value threshold fired weight }
                      assets { description heldVia value valueBasis paidWith sources { locator } } evidence { description } explanation } } } }
                """);
        assertThat(r.get("errors")).isNull();
        JsonNode w = r.get("data").get("unusualWealth");
        assertThat(w.get("query").asString()).startsWith("period 2023-01-01 – 2024-12-31; assets held directly");
        assertThat(w.get("explanation").asString()).contains(" persons tied to a notable asset; period 2023-01-01 – 2024-12-31");
        w.get("edges").valueStream().forEach(e -> assertThat(e.get("node").get("indicators")).hasSize(5));

        JsonNode error = graphql("{ unusualWealth(since: \"gisteren\") { totalCount } }").get("errors").get(0);
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("message").asString()).isEqualTo("since \"gisteren\" is not a date yyyy-mm-dd");
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
    void preparesTheDemoUsersAndPurposeOnceWithAGeneratedPassword() throws Exception {
        String hint = context.getBean(DemoAccess.class).prepare();
        String password = Files.readString(HOME.resolve("secrets/demo-password")).strip();
        assertThat(context.getBean(DemoAccess.class).prepare()).isEqualTo(hint);
        assertThat(hint).startsWith("Log in as demo-fit, demo-tif, demo-rechercheur, demo-analist, demo-privacyjurist, demo-beheerder with password '"
                + password + "'").endsWith("purpose DEMO-RIEC-NH (GraphQL: header X-Spoor-Purpose: DEMO-RIEC-NH).");
        assertThat(password).hasSize(16);
        var login = anonymous.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("username", "demo-rechercheur", "password", password)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        JsonNode purpose = json.readTree(login.body()).get("purposes").get(0);
        assertThat(purpose.get("id").asString()).isEqualTo("DEMO-RIEC-NH");
        assertThat(purpose.get("partners").toString()).isEqualTo(json.writeValueAsString(SignedIn.partnersInStore(context)));
        assertThat(purpose.get("members")).hasSize(6);
    }

    @Test
    void servesHealthGraphiqlAndTheUi() throws Exception {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        assertThat(json.readTree(health.body()).get("components")).as("details only for signed-in users").isNull();
        var details = http.get("/actuator/health");
        assertThat(json.readTree(details.body()).get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
        assertThat(get("/graphiql").statusCode()).isEqualTo(401);
        var graphiql = http.get("/graphiql");
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
