package nl.spoor.api.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.springframework.context.ApplicationContext;

import nl.spoor.api.access.Role;
import nl.spoor.api.retention.RetentionPurge;
import nl.spoor.api.testing.SignedIn;
import nl.spoor.api.testing.TwoSourceFixture;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;
import tools.jackson.databind.JsonNode;

/**
 * The export mutation and its download, the register, the purge and the subject report over HTTP as signed-in users, on the
 * two-delivery store (FIOD's expired) with a third delivery of the belastingdienst: exports hold only what the purpose may use.
 */
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
    ApplicationContext context;
    @Autowired
    RetentionPurge purge;

    static JsonNode data(JsonNode r) {
        assertThat(r.get("errors")).as(r.toString()).isNull();
        return r.get("data");
    }

    static final String TAX = "test:belasting-2025";
    static final String A5 = "NL44RABO0123456789";

    /** A third delivery, of another partner: Jan's second account, which a purpose for the politie alone may not see. */
    void belastingdienstDelivery() {
        EntityRef jan = new EntityRef(EntityKind.PERSON, "person:jan");
        EntityRef a5 = new EntityRef(EntityKind.BANK_ACCOUNT, "iban:" + A5);
        new GraphWriter(store.driver(), store.database()).write(new WriteBatch()
                .source(TwoSourceFixture.source(TAX, "belastingdienst", "BD-2025-1", "2031-01-01"))
                .entity(new EntityFact(a5, Map.of("iban", A5), Evidence.row(TAX, 1)))
                .relationship(new RelationshipFact(RelationshipKind.HOLDS_ACCOUNT, jan, a5, null, Map.of(), Evidence.row(TAX, 2))));
    }

    @Test
    void exportsWhatTheRequestsPurposeMayUseServesTheFileToItsExporterOnlyAndShowsTheRegisterPurgesAndSubjectReport() throws Exception {
        TwoSourceFixture.write(store);
        belastingdienstDelivery();
        SignedIn investigator = SignedIn.investigator(context, port);
        SignedIn.purpose(context, "POLITIE-ONLY", Set.of("politie-nh"));
        SignedIn politieOnly = SignedIn.as(context, port, "politie-rechercheur", Set.of(Role.RECHERCHEUR), "POLITIE-ONLY");
        SignedIn other = SignedIn.as(context, port, "other-rechercheur", Set.of(Role.RECHERCHEUR), SignedIn.TEST_PURPOSE);
        SignedIn jurist = SignedIn.as(context, port, "test-jurist", Set.of(Role.PRIVACYJURIST), SignedIn.TEST_PURPOSE);
        SignedIn beheerder = SignedIn.as(context, port, "test-beheerder", Set.of(Role.BEHEERDER), null);

        JsonNode refused = investigator.graphql("mutation { export(format: GRAPHML, recipient: \"om-haarlem\") { downloadUrl } }");
        assertThat(refused.get("errors").get(0).get("message").asString()).isEqualTo("Export refused, nothing written: no legal basis"
                + " (e.g. WGS art. 2.3). Every export is a disclosure and is registered with its recipient, purpose and legal basis.");
        // Gerrit is known only from FIOD's delivery, past its retain-until date: no purpose may use it, so there is nothing to disclose.
        JsonNode expired = investigator.graphql("mutation { export(format: I2, recipient: \"belastingdienst\", legalBasis: \"WGS art. 2.3\","
                + " entities: [\"person:gerrit\"], hops: 1) { downloadUrl } }");
        assertThat(expired.get("errors").get(0).get("message").asString()).isEqualTo("Export refused, nothing registered: 1 entities [person:gerrit]"
                + " with 1 hops holds no entity that a source this request may use asserts (test-rechercheur for TEST-CASE: sources of other"
                + " partners, and sources past their retain-until date, are not disclosed).");

        JsonNode exported = data(investigator.graphql("""
                mutation { export(format: I2, recipient: "belastingdienst", legalBasis: "WGS art. 2.3", entities: ["person:jan"], hops: 1) {
                  downloadUrl disclosure { id by organisation recipient purpose legalBasis format scope entities relationships entityIds sourceIds sha256 } } }"""))
                .get("export");
        JsonNode d = exported.get("disclosure");
        String id = d.get("id").asString();
        assertThat(exported.get("downloadUrl").asString()).isEqualTo("/api/exports/" + id);
        assertThat(d.toString()).isEqualTo("{\"id\":\"" + id + "\",\"by\":\"test-rechercheur\",\"organisation\":\"politie-nh\","
                + "\"recipient\":\"belastingdienst\",\"purpose\":\"" + SignedIn.TEST_PURPOSE + "\",\"legalBasis\":\"WGS art. 2.3\",\"format\":\"I2\","
                + "\"scope\":\"1 entities [person:jan] with 1 hops\",\"entities\":4,\"relationships\":3,"
                + "\"entityIds\":[\"iban:" + A5 + "\",\"iban:NL91ABNA0417164300\",\"kvk:11111111\",\"person:jan\"],"
                + "\"sourceIds\":[\"" + TAX + "\",\"test:politie-2025\"],\"sha256\":\"" + d.get("sha256").asString() + "\"}");
        // The same export for a purpose of the politie alone: not the belastingdienst's account.
        JsonNode politie = data(politieOnly.graphql("""
                mutation { export(format: I2, recipient: "om-haarlem", legalBasis: "WGS art. 2.3", entities: ["person:jan"], hops: 1) {
                  disclosure { purpose entityIds sourceIds relationships } } }""")).get("export").get("disclosure");
        assertThat(politie.toString()).isEqualTo("{\"purpose\":\"POLITIE-ONLY\",\"entityIds\":[\"iban:NL91ABNA0417164300\",\"kvk:11111111\","
                + "\"person:jan\"],\"sourceIds\":[\"test:politie-2025\"],\"relationships\":2}");

        HttpResponse<byte[]> file = investigator.send(investigator.request("/api/exports/" + id).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()))).isEqualTo(d.get("sha256").asString());
        assertThat(file.headers().firstValue("X-Spoor-Sha256")).contains(d.get("sha256").asString());
        assertThat(new String(file.body(), StandardCharsets.UTF_8).lines().count()).isEqualTo(4);
        assertThat(other.get("/api/exports/" + id).statusCode()).isEqualTo(403);
        assertThat(investigator.get("/api/exports/disclosure:none").statusCode()).isEqualTo(404);

        JsonNode register = data(jurist.withoutPurpose().graphql("{ disclosures(subject: \"person:jan\", since: \"2020-01-01\") { totalCount edges { node { id purpose } } } }"));
        assertThat(register.get("disclosures").get("totalCount").asInt()).isEqualTo(2);
        assertThat(register.get("disclosures").get("edges").get(1).get("node").get("id").asString()).isEqualTo(id);
        JsonNode report = data(jurist.graphql("""
                { subjectReport(person: "person:gerrit") { subject { caption } documents { document { spoorId } locators }
                    sources { sourceId partner caseId retainUntil } disclosures { id recipient } } }""")).get("subjectReport");
        assertThat(report.toString()).isEqualTo("{\"subject\":{\"caption\":\"Gerrit Geheim\"},"
                + "\"documents\":[{\"document\":{\"spoorId\":\"doc:sha256:geheim\"},\"locators\":[\"p1:0\"]}],"
                + "\"sources\":[{\"sourceId\":\"test:fiod-2019\",\"partner\":\"fiod\",\"caseId\":\"FIOD-2019-3\",\"retainUntil\":\"2024-12-31\"}],"
                + "\"disclosures\":[]}");

        // Who consulted Jan: the exports that disclosed him and the investigator's look-up, as the consultation log holds them.
        data(investigator.graphql("{ entity(spoorId: \"person:jan\") { caption } }"));
        JsonNode jan = data(jurist.graphql("""
                { subjectReport(person: "person:jan") { disclosures { id }
                    consultations { seq at channel user roles organisation purpose legalBasis operationType operationName fields outcome } } }"""))
                .get("subjectReport");
        assertThat(jan.get("disclosures").get(1).get("id").asString()).isEqualTo(id);
        JsonNode consulted = jan.get("consultations");
        assertThat(consulted.size()).as(consulted.toString()).isEqualTo(3);
        // Both exports that disclosed Jan, then the look-up.
        for (int i = 0; i < 2; i++) {
            assertThat(List.of(consulted.get(i).get("user").asString(), consulted.get(i).get("operationType").asString(),
                    consulted.get(i).get("fields").get(0).asString().substring(0, 7))).containsExactly(i == 0 ? "test-rechercheur" : "politie-rechercheur",
                    "mutation", "export ");
        }
        JsonNode c = consulted.get(2);
        assertThat(c.get("seq").asLong()).isGreaterThan(consulted.get(1).get("seq").asLong());
        assertThat(c.get("at").asString()).endsWith("Z");
        assertThat(c.toString()).isEqualTo("{\"seq\":" + c.get("seq").asLong() + ",\"at\":\"" + c.get("at").asString() + "\",\"channel\":\"graphql\","
                + "\"user\":\"test-rechercheur\",\"roles\":[\"rechercheur\"],\"organisation\":\"politie-nh\",\"purpose\":\"TEST-CASE\","
                + "\"legalBasis\":\"WGS art. 2.3\",\"operationType\":\"query\",\"operationName\":\"\","
                + "\"fields\":[\"entity {\\\"spoorId\\\":\\\"person:jan\\\"}\"],\"outcome\":\"ANSWERED\"}");

        JsonNode purged = data(beheerder.graphql("""
                mutation { purge(asOf: "2025-01-01") { by asOf dryRun sourceIds entitiesDeleted { name count } relationshipsTrimmed { name count } assertions pages } }"""))
                .get("purge");
        assertThat(purged.toString()).isEqualTo("{\"by\":\"test-beheerder\",\"asOf\":\"2025-01-01\",\"dryRun\":false,\"sourceIds\":[\"test:fiod-2019\"],"
                + "\"entitiesDeleted\":[{\"name\":\"BankAccount\",\"count\":1},{\"name\":\"Document\",\"count\":1},{\"name\":\"Person\",\"count\":1}],"
                + "\"relationshipsTrimmed\":[{\"name\":\"DIRECTOR_OF\",\"count\":1},{\"name\":\"TRANSFER\",\"count\":1}],\"assertions\":4,\"pages\":1}");
        assertThat(data(jurist.withoutPurpose().graphql("{ purges { by asOf } }")).get("purges").toString())
                .isEqualTo("[{\"by\":\"test-beheerder\",\"asOf\":\"2025-01-01\"}]");
        assertThat(data(jurist.graphql("{ subjectReport(person: \"person:gerrit\") { generatedAt } }")).get("subjectReport").isNull())
                .as("the purged person is held no more").isTrue();
    }
}
