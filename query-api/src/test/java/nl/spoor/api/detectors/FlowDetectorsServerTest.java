package nl.spoor.api.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.testing.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** fanIn, fanOut and cycles as a client calls them: over HTTP GraphQL, on the demo world, arguments and refusals included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spoor.demo=true")
class FlowDetectorsServerTest {

    static final Path HOME = nl.spoor.api.testing.ServerHome.temporary("spoor-detectors-test-");

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

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;

    JsonNode graphql(String query) throws Exception {
        return SignedIn.investigator(context, port).graphql(query);
    }

    @Test
    void answersEveryDetectorWithItsArgumentsInWords() throws Exception {
        JsonNode r = graphql("""
                { fanIn(minSenders: 2, windowDays: 3, since: "2024-01-01", case: "none") { query totalCount pageInfo { hasNextPage }
                    edges { node { rank score explanation indicators { name value threshold fired weight } evidence { steps { key } } sources { title } } } }
                  fanOut { query totalCount }
                  cycles(timeOrdered: false, windowDays: 60, around: "kvk:82345671") { query totalCount } }
                """);
        assertThat(r.get("errors")).isNull();
        JsonNode d = r.get("data");
        assertThat(d.get("fanIn").get("query").asString()).isEqualTo("fan-in: at least 2 distinct senders within 3 days, accounts and counterparties with at most"
                + " 1000 transfers, in 2024-01-01 – …, only transfers from the 0 sources of the case");
        assertThat(d.get("fanIn").get("totalCount").asInt()).isZero();
        assertThat(d.get("fanOut").get("query").asString()).isEqualTo("fan-out: at least 5 distinct receivers within 14 days, accounts and counterparties with at most 1000 transfers");
        assertThat(d.get("cycles").get("query").asString()).startsWith("cycles of 2-6 hops back to the origin, its holder or a company it owns, within 60 days, the first hop at least"
                + " €5,000.00, hops on any day")
                .contains(", around ");
    }

    @Test
    void refusesTooManyHopsAndNamesABadArgument() throws Exception {
        JsonNode error = graphql("{ cycles(maxHops: 7) { totalCount } }").get("errors").get(0);
        assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("extensions").get("refused").asString()).isEqualTo("MAX_HOPS");
        JsonNode bad = graphql("{ fanIn(since: \"gisteren\") { totalCount } }").get("errors").get(0);
        assertThat(bad.get("message").asString()).isEqualTo("since \"gisteren\" is not a date yyyy-mm-dd");
    }
}
