package nl.spoor.api.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.retention.RetentionPurge;
import nl.spoor.api.testing.TwoSourceFixture;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.store.SpoorStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The register, the purge record, the subject report and the export mutation over HTTP GraphQL, on the two-delivery store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"SPOOR_GRAPHQL_TIMEOUT=180s",
        "spring.mvc.async.request-timeout=180s"})
class DisclosureGraphqlTest {

    static final Path HOME;

    static {
        try {
            HOME = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "spoor-disclosure-");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("SPOOR_HOME", HOME::toString);
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    SpoorStore store;
    @Autowired
    Exports exports;
    @Autowired
    RetentionPurge purge;

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode graphql(String query) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void answersTheRegisterThePurgeRecordAndTheSubjectReportAndRefusesAnExportWithoutASignedInUser() throws Exception {
        TwoSourceFixture.write(store);
        Disclosure d = exports.export(new Exports.Request(ExportFormat.I2, "belastingdienst", "FIOD-2019-3", "WGS art. 2.3",
                new ExportScope(null, List.of("person:gerrit"), 1), "analist-piet", "politie-nh"), HOME.resolve("exports/g.csv"), LoadProgress.silent());
        JsonNode r = graphql("""
                { disclosures(subject: "person:gerrit", since: "2020-01-01") { totalCount pageInfo { hasNextPage }
                    edges { node { id by organisation recipient purpose legalBasis format scope entities relationships entityIds sourceIds sha256 } } }
                  subjectReport(person: "person:gerrit") { subject { caption } documents { document { spoorId } locators }
                    sources { sourceId partner caseId retainUntil } disclosures { id recipient } } }""");
        assertThat(r.get("errors")).as(r.toString()).isNull();
        JsonNode node = r.get("data").get("disclosures").get("edges").get(0).get("node");
        assertThat(r.get("data").get("disclosures").get("totalCount").asInt()).isEqualTo(1);
        assertThat(node.toString()).isEqualTo("{\"id\":\"" + d.disclosureId() + "\",\"by\":\"analist-piet\",\"organisation\":\"politie-nh\","
                + "\"recipient\":\"belastingdienst\",\"purpose\":\"FIOD-2019-3\",\"legalBasis\":\"WGS art. 2.3\",\"format\":\"I2\","
                + "\"scope\":\"1 entities [person:gerrit] with 1 hops\",\"entities\":4,\"relationships\":3,"
                + "\"entityIds\":[\"doc:sha256:geheim\",\"iban:NL02ABNA0123456789\",\"kvk:11111111\",\"person:gerrit\"],"
                + "\"sourceIds\":[\"test:fiod-2019\"],\"sha256\":\"" + d.sha256() + "\"}");
        JsonNode report = r.get("data").get("subjectReport");
        assertThat(report.toString()).isEqualTo("{\"subject\":{\"caption\":\"Gerrit Geheim\"},"
                + "\"documents\":[{\"document\":{\"spoorId\":\"doc:sha256:geheim\"},\"locators\":[\"p1:0\"]}],"
                + "\"sources\":[{\"sourceId\":\"test:fiod-2019\",\"partner\":\"fiod\",\"caseId\":\"FIOD-2019-3\",\"retainUntil\":\"2024-12-31\"}],"
                + "\"disclosures\":[{\"id\":\"" + d.disclosureId() + "\",\"recipient\":\"belastingdienst\"}]}");

        purge.run(java.time.LocalDate.parse("2025-01-01"), "beheerder-anna", false);
        JsonNode p = graphql("""
                { purges { id by asOf dryRun sourceIds entitiesDeleted { name count } entitiesTrimmed { name count }
                    relationshipsDeleted { name count } relationshipsTrimmed { name count } assertions pages }
                  subjectReport(person: "person:gerrit") { subject { caption } } }""");
        assertThat(p.get("errors")).as(p.toString()).isNull();
        JsonNode record = p.get("data").get("purges").get(0);
        assertThat(record.get("by").asString()).isEqualTo("beheerder-anna");
        assertThat(record.get("asOf").asString()).isEqualTo("2025-01-01");
        assertThat(record.get("sourceIds").toString()).isEqualTo("[\"test:fiod-2019\"]");
        assertThat(record.get("entitiesDeleted").toString())
                .isEqualTo("[{\"name\":\"BankAccount\",\"count\":1},{\"name\":\"Document\",\"count\":1},{\"name\":\"Person\",\"count\":1}]");
        assertThat(record.get("relationshipsTrimmed").toString()).isEqualTo("[{\"name\":\"DIRECTOR_OF\",\"count\":1},{\"name\":\"TRANSFER\",\"count\":1}]");
        assertThat(record.get("assertions").asInt()).isEqualTo(4);
        assertThat(p.get("data").get("subjectReport").isNull()).as("the purged person is held no more").isTrue();

        JsonNode refused = graphql("mutation { export(format: GRAPHML, recipient: \"om\", legalBasis: \"Wpg art. 16\") { downloadUrl } }");
        assertThat(refused.get("errors").get(0).get("message").asString())
                .isEqualTo("export refused: the request has no signed-in user (every export and purge is recorded with who made it)");
    }
}
