package nl.spoor.api.sectornetworks;

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

/** {@code sectorNetworks} over HTTP on an empty store: every argument reaches the query, bad ones and big pages are refused saying why. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SectorNetworksGraphqlTest {

    static final Path HOME;

    static {
        try {
            HOME = Files.createTempDirectory("spoor-sector-graphql-");
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

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;

    JsonNode graphql(String query) throws Exception {
        return SignedIn.investigator(context, port).graphql(query);
    }

    @Test
    void takesEveryArgumentAndAnswersAnEmptyPageForASectorWithoutFirms() throws Exception {
        JsonNode r = graphql("""
                { sectorNetworks(sbi: "7820", municipality: "GM0363", since: "2024-01-01", until: "2024-12-31", minFirms: 2,
                    minFamilyControllers: 2, minFirmsPerAddress: 2, minFirmsPerPhone: 2, minCoHeldAccounts: 1, minPhoenixSuccessions: 1,
                    phoenixWindowDays: 90, overcrowdedFrom: 5, minEmployerLandlordShare: 0.4, minForwardedFraction: 0.4, forwardWindowDays: 5,
                    minFirmsWithoutPermit: 1, permitSbi: "78.20", permitMunicipalities: ["GM0363"], permitRequiredSince: "2025-01-01",
                    maxFirmsPerLink: 10, minScore: 1, first: 10) {
                    query totalCount pageInfo { hasNextPage endCursor }
                    edges { cursor node { id rank score explanation subjects { caption } firms { firm { caption } permit }
                      keyFigures { entity { caption } firmsControlled accountsCoHeld workersHoused receivedFromWorkers }
                      indicators { name value threshold fired weight explanation } evidence { description } sources { title } } } } }""");
        assertThat(r.get("errors")).isNull();
        JsonNode c = r.get("data").get("sectorNetworks");
        assertThat(c.get("query").asString()).isEqualTo("SBI 78.20 in GM0363, period 2024-01-01 to 2024-12-31");
        assertThat(c.get("totalCount").asInt()).isZero();
        assertThat(c.get("edges")).isEmpty();
    }

    @Test
    void refusesABadSbiCodeAndAPageTooLargeSayingWhy() throws Exception {
        JsonNode bad = graphql("{ sectorNetworks(sbi: \"8\") { totalCount } }").get("errors").get(0);
        assertThat(bad.get("message").asString()).isEqualTo("sbi '8' is not an SBI code or prefix (2 to 5 digits, e.g. 81.22, 8122 or 78)");
        assertThat(bad.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        JsonNode big = graphql("{ sectorNetworks(first: 101) { totalCount } }").get("errors").get(0);
        assertThat(big.get("extensions").get("refused").asString()).isEqualTo("PAGE_SIZE");
        assertThat(big.get("message").asString()).startsWith("first 101 is more than 100 networks per page (SPOOR_SECTOR_MAX_PAGE)");
    }
}
