package nl.spoor.api.retention;

import static nl.spoor.api.testing.TwoSourceFixture.A1;
import static nl.spoor.api.testing.TwoSourceFixture.A2;
import static nl.spoor.api.testing.TwoSourceFixture.A3;
import static nl.spoor.api.testing.TwoSourceFixture.A4;
import static nl.spoor.api.testing.TwoSourceFixture.LIVE;
import static nl.spoor.api.testing.TwoSourceFixture.OLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.audit.ChainVerifier;
import nl.spoor.api.audit.Consultation;
import nl.spoor.api.audit.ConsultationLog;
import nl.spoor.api.disclosure.Disclosure;
import nl.spoor.api.disclosure.DisclosureRegister;
import nl.spoor.api.disclosure.ExportFormat;
import nl.spoor.api.disclosure.ExportScope;
import nl.spoor.api.disclosure.Exports;
import nl.spoor.api.testing.TwoSourceFixture;
import nl.spoor.api.visibility.Visibility;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.store.SpoorStore;
import tools.jackson.databind.JsonNode;

/**
 * The retention purge on a hand-built store of two deliveries, one expired ({@link TwoSourceFixture}): every
 * query a user can run finds the expired facts before and none after; facts both deliveries gave stay, with only the live one.
 * The server decides views as on 2024-06-01, when FIOD's delivery (kept until 2024-12-31) could still be used, so that the
 * queries find its facts before the purge: a view of today would hide them already (README "Who sees what"), and what the
 * purge must guarantee is that they are gone for every reader, also those that see all (the jurist, the command line).
 * The purge runs as the command line runs it ({@link LoggedPurge}), into the server's consultation log.
 */
// The machine is shared: generous timeouts, so that a slow moment is no failure (limits are tested elsewhere).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"SPOOR_GRAPHQL_TIMEOUT=180s",
        "spring.mvc.async.request-timeout=180s", "SPOOR_TRAIL_TIMEOUT=180s", "SPOOR_PATHS_TIMEOUT=180s", "SPOOR_SEARCH_TIMEOUT=180s",
        "SPOOR_NETWORK_TIMEOUT=180s"})
class RetentionPurgeTest {

    static final Path HOME;

    static {
        try {
            // Under target/, so that `mvn clean` removes the store (half a gigabyte of preallocated files).
            HOME = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "spoor-purge-");
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

    /** Views as on a day before FIOD's delivery expired. */
    @TestConfiguration
    static class BeforeExpiry {
        @Bean
        @Primary
        Visibility visibilityBeforeExpiry(SpoorStore store) {
            return new Visibility(store, Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC));
        }
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    SpoorStore store;
    @Autowired
    org.springframework.context.ApplicationContext context;
    nl.spoor.api.testing.SignedIn investigator;


    JsonNode graphql(String query) throws Exception {
        JsonNode r = investigator.graphql(query);
        assertThat(r.get("errors")).as(r.toString()).isNull();
        return r.get("data");
    }

    static List<String> texts(JsonNode array, String... path) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            JsonNode v = n;
            for (String p : path) {
                v = v.get(p);
            }
            out.add(v.isString() ? v.asString() : v.toString());
        }
        return out;
    }

    static final String QUERIES = """
            { gerrit: entity(spoorId: "person:gerrit") { caption }
              doc: entity(spoorId: "doc:sha256:geheim") { caption }
              jan: entity(spoorId: "person:jan") { properties { name value } sources { source { sourceId } }
                neighbours { totalCount edges { node { type other { spoorId } sources { source { sourceId } } } } } }
              firm: entity(spoorId: "kvk:11111111") { relationships { type other { spoorId } sources { source { sourceId } } } }
              a1: entityByIdentifier(type: IBAN, value: "%1$s") { spoorId }
              network: networkAround(entity: "kvk:11111111", hops: 2) { entities communities { members { spoorId } } }
              a4: entity(spoorId: "iban:%4$s") { timeline { totalCount edges { node { date relationship { key sources { source { sourceId } } } } } } }
              gerritHits: search(query: "Gerrit Geheim") { hits { totalCount } }
              villaHits: search(query: "villa Bloemendaal", types: [DOCUMENT]) { hits { totalCount } }
              janHits: search(query: "Jan Blijft") { hits { totalCount } }
              paths(from: "person:jan", to: "iban:%4$s", mode: ALL, maxHops: 6) { paths { totalCount edges { node { entities { spoorId } sources { sourceId } } } } }
              trail: moneyTrail(from: "iban:%2$s", minFraction: 0.1) { trails { totalCount edges { node { hops { key sources { source { sourceId } } } } } } }
              fanIn(minSenders: 2, windowDays: 3, around: "iban:%4$s", since: "2024-03-01", until: "2024-03-31") { totalCount edges { node { explanation } } } }
            """.formatted(A1, A2, A3, A4);

    static final String EXPORT = "mutation { export(format: I2, recipient: \"om-haarlem\", legalBasis: \"WGS art. 2.3\", entities: [\"person:jan\"], hops: 2)"
            + " { disclosure { entityIds } } }";

    List<String> exported(String mutation) throws Exception {
        return texts(graphql(mutation).get("export").get("disclosure").get("entityIds"));
    }

    static List<String> members(JsonNode network) {
        List<String> out = new ArrayList<>();
        network.get("communities").forEach(c -> out.addAll(texts(c.get("members"), "spoorId")));
        return out.stream().sorted().toList();
    }

    /** Each account's stored transfer counts beside its real degrees: "iban in/out = in/out". */
    List<String> transferCounts() {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.run("""
                    MATCH (a:BankAccount)
                    RETURN a.iban + ' ' + a.transfersIn + '/' + a.transfersOut + ' = '
                           + COUNT { (a)<-[:TRANSFER]-() } + '/' + COUNT { (a)-[:TRANSFER]->() } AS x ORDER BY x""").list(r -> r.get("x").asString());
        }
    }

    @Test
    void afterThePurgeNoQueryFindsAFactOnlyTheExpiredSourceGaveAndSharedFactsKeepOnlyTheLiveSource() throws Exception {
        TwoSourceFixture.write(store);
        investigator = nl.spoor.api.testing.SignedIn.investigator(context, port);
        LocalDate asOf = LocalDate.parse("2025-01-01");

        PurgeReport dry = new RetentionPurge(store, LoadProgress.silent()).run(asOf, "beheerder-anna", true);
        assertThat(dry.sourceIds()).containsExactly(OLD);
        assertThat(dry.counts().entitiesDeleted).isEqualTo(Map.of("BankAccount", 1L, "Document", 1L, "Person", 1L));
        assertThat(dry.counts().entitiesKept).isEqualTo(Map.of("Person", 1L));
        assertThat(dry.counts().relationshipsDeleted).isEqualTo(Map.of("DIRECTOR_OF", 1L, "HOLDS_ACCOUNT", 1L, "MENTIONS", 1L, "TRANSFER", 2L));
        assertThat(dry.counts().relationshipsKept).isEqualTo(Map.of("DIRECTOR_OF", 1L, "TRANSFER", 1L));
        assertThat(dry.counts().pages).isEqualTo(1);
        assertThat(dry.counts().assertions).isEqualTo(4);

        assertThat(transferCounts()).containsExactlyInAnyOrder(A1 + " 0/2 = 0/2", A2 + " 1/1 = 1/1", A3 + " 1/1 = 1/1", A4 + " 2/0 = 2/0");
        JsonNode before = graphql(QUERIES);
        assertThat(before.get("gerrit").get("caption").asString()).isEqualTo("Gerrit Geheim");
        assertThat(before.get("gerritHits").get("hits").get("totalCount").asInt()).as("the person and the page").isEqualTo(2);
        assertThat(before.get("villaHits").get("hits").get("totalCount").asInt()).isEqualTo(1);
        assertThat(before.get("a4").get("timeline").get("totalCount").asInt()).isEqualTo(2);
        assertThat(before.get("fanIn").get("totalCount").asInt()).isEqualTo(1);
        assertThat(before.get("paths").get("paths").get("totalCount").asInt()).as("via A2, via A1, via the firm and Gerrit, and both").isEqualTo(4);
        assertThat(texts(before.get("jan").get("properties"), "name")).containsExactly("aliases", "birthDate", "name");
        assertThat(before.get("a1").get("spoorId").asString()).isEqualTo("iban:" + A1);
        assertThat(members(before.get("network"))).containsExactly("iban:" + A1, "iban:" + A2, "kvk:11111111", "person:gerrit", "person:jan");
        assertThat(exported(EXPORT)).containsExactly("iban:" + A1, "iban:" + A3, "iban:" + A2, "kvk:11111111", "person:gerrit", "person:jan");

        ConsultationLog log = context.getBean(ConsultationLog.class);
        LoggedPurge.Result logged = new LoggedPurge(new RetentionPurge(store, LoadProgress.silent()), log).run(asOf, "beheerder-anna", "local", false);
        PurgeReport done = logged.report();
        assertThat(done.counts().asMap()).isEqualTo(dry.counts().asMap().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getKey().equals("sources") ? 1L
                        : e.getKey().equals("ingestFiles") ? 1L : e.getValue())));

        JsonNode after = graphql(QUERIES);
        assertThat(after.get("gerrit").isNull()).isTrue();
        assertThat(after.get("doc").isNull()).isTrue();
        JsonNode jan = after.get("jan");
        String seen = after.toString();
        assertThat(texts(jan.get("properties"), "name")).containsExactly("name");
        assertThat(texts(jan.get("sources"), "source", "sourceId")).containsExactly(LIVE);
        assertThat(texts(jan.get("neighbours").get("edges"), "node", "type")).as(seen).containsExactly("DIRECTOR_OF", "HOLDS_ACCOUNT");
        assertThat(texts(jan.get("neighbours").get("edges"), "node", "sources")).as(seen).containsOnly("[{\"source\":{\"sourceId\":\"" + LIVE + "\"}}]");
        JsonNode firm = after.get("firm").get("relationships");
        assertThat(texts(firm, "other", "spoorId")).containsExactly("person:jan");
        assertThat(texts(after.get("a4").get("timeline").get("edges"), "node", "relationship", "key")).containsExactly("t3");
        assertThat(texts(after.get("a4").get("timeline").get("edges"), "node", "relationship", "sources"))
                .containsExactly("[{\"source\":{\"sourceId\":\"" + LIVE + "\"}}]");
        assertThat(after.get("gerritHits").get("hits").get("totalCount").asInt()).isZero();
        assertThat(after.get("villaHits").get("hits").get("totalCount").asInt()).isZero();
        assertThat(after.get("janHits").get("hits").get("totalCount").asInt()).isEqualTo(1);
        JsonNode paths = after.get("paths").get("paths");
        assertThat(paths.get("totalCount").asInt()).as(seen).isEqualTo(1);
        assertThat(texts(paths.get("edges").get(0).get("node").get("entities"), "spoorId")).as(seen)
                .containsExactly("person:jan", "iban:" + A2, "iban:" + A3, "iban:" + A4);
        assertThat(texts(paths.get("edges").get(0).get("node").get("sources"), "sourceId")).as(seen).containsExactly(LIVE);
        JsonNode trail = after.get("trail").get("trails");
        assertThat(trail.get("totalCount").asInt()).as(seen).isEqualTo(1);
        assertThat(texts(trail.get("edges").get(0).get("node").get("hops"), "key")).as(seen).containsExactly("t2", "t3");
        assertThat(after.get("fanIn").get("totalCount").asInt()).isZero();
        assertThat(after.get("a1").isNull()).isTrue();
        assertThat(members(after.get("network"))).as(seen).containsExactly("iban:" + A2, "kvk:11111111", "person:jan");
        assertThat(exported(EXPORT)).containsExactly("iban:" + A3, "iban:" + A2, "kvk:11111111", "person:jan");
        // The command line's export sees all that is held: nothing of the expired delivery either.
        Disclosure all = new Exports(store, context.getBean(BsnKey.class), new DisclosureRegister(store)).export(new Exports.Request(ExportFormat.CSV,
                "om-haarlem", "RIEC-NH-2025-017", "WGS art. 2.3", ExportScope.graph(), "beheerder-anna", "local"), HOME.resolve("all.zip"), LoadProgress.silent());
        assertThat(all.sourceIds()).containsExactly(LIVE);
        assertThat(all.entityIds()).containsExactly("iban:" + A3, "iban:" + A4, "iban:" + A2, "kvk:11111111", "person:jan");

        // The purge is in the consultation log: who, what was deleted, and every entity it deleted or took facts from.
        Consultation entry = logged.entry();
        assertThat(List.of(entry.channel(), entry.user(), entry.roles().toString(), entry.organisation(), entry.purpose(), entry.legalBasis(),
                entry.operationType(), entry.operationName(), entry.fields().toString(), entry.outcome().name(), entry.reason()))
                .containsExactly("cli", "beheerder-anna", "[]", "local", "", "", "command", "purge", "[purge {\"asOf\":\"2025-01-01\",\"dryRun\":false}]",
                        "ANSWERED", "");
        assertThat(entry.returnedIds()).containsExactly("doc:sha256:geheim", "iban:" + A1, "iban:" + A3, "iban:" + A4, "iban:" + A2,
                "kvk:11111111", "person:gerrit", "person:jan");
        Map<String, Object> deleted = new java.util.LinkedHashMap<>();
        deleted.put("purgeId", done.purgeId());
        deleted.put("sourceIds", List.of(OLD));
        deleted.putAll(done.counts().asMap());
        assertThat(entry.variables()).isEqualTo(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(deleted));
        // Stored as returned, between the investigator's queries before (2 requests) and after it (2 more), in a chain that verifies.
        assertThat(entry.seq()).isEqualTo(3);
        assertThat(log.find(ConsultationLog.Filter.ALL, 2, 1)).containsExactly(entry);
        ChainVerifier.Verification verified = new ChainVerifier(log).verify(Map.of(), n -> { });
        assertThat(verified.intact()).as(verified.toString()).isTrue();
        assertThat(verified.entries()).isEqualTo(5);
        nl.spoor.api.testing.SignedIn jurist = nl.spoor.api.testing.SignedIn.as(context, port, "test-jurist",
                java.util.Set.of(nl.spoor.api.access.Role.PRIVACYJURIST), nl.spoor.api.testing.SignedIn.TEST_PURPOSE);
        JsonNode report = jurist.graphql("{ subjectReport(person: \"person:jan\") { consultations { seq user channel operationName } } }");
        assertThat(report.get("errors")).as(report.toString()).isNull();
        JsonNode consulted = report.get("data").get("subjectReport").get("consultations");
        assertThat(consulted.toString()).as("the investigator's queries and exports before and after the purge, and the purge")
                .isEqualTo("[{\"seq\":1,\"user\":\"test-rechercheur\",\"channel\":\"graphql\",\"operationName\":\"\"},"
                        + "{\"seq\":2,\"user\":\"test-rechercheur\",\"channel\":\"graphql\",\"operationName\":\"\"},"
                        + "{\"seq\":3,\"user\":\"beheerder-anna\",\"channel\":\"cli\",\"operationName\":\"purge\"},"
                        + "{\"seq\":4,\"user\":\"test-rechercheur\",\"channel\":\"graphql\",\"operationName\":\"\"},"
                        + "{\"seq\":5,\"user\":\"test-rechercheur\",\"channel\":\"graphql\",\"operationName\":\"\"}]");
        // The export's entry names what the file disclosed.
        assertThat(log.find(ConsultationLog.Filter.ALL, 4, 1).getFirst().returnedIds())
                .containsExactly("iban:" + A3, "iban:" + A2, "kvk:11111111", "person:jan");

        try (var s = store.driver().session(store.sessionConfig())) {
            Map<String, Object> left = s.run("""
                    RETURN COUNT { (s:Source {sourceId: $old}) } AS sources,
                           COUNT { ()-[r]->() WHERE $old IN r.sourceIds OR any(e IN r.evidence WHERE e CONTAINS $old) } AS rels,
                           COUNT { (p:Page) } AS pages, COUNT { (f:IngestFile) } AS files,
                           COUNT { (n:Entity) WHERE any(k IN keys(n) WHERE n[k] IN ['Jantje', date('1970-05-01')]) } AS values,
                           COUNT { (p:PurgeRecord) } AS records""", Map.of("old", OLD)).single().asMap();
            assertThat(left).isEqualTo(Map.of("sources", 0L, "rels", 0L, "pages", 0L, "files", 0L, "values", 0L, "records", 1L));
        }
        // The accounts' transfer counts (schema V11) follow the deleted transfers t1 and t4; A1 itself is gone.
        assertThat(transferCounts()).containsExactlyInAnyOrder(A2 + " 0/1 = 0/1", A3 + " 1/1 = 1/1", A4 + " 1/0 = 1/0");
        // The counterparty counts (schema V12) recounted with them.
        assertThat(nl.spoor.model.testing.TransferCountsCheck.wrong(store)).isEmpty();
        PurgeReport record = new RetentionPurge(store, LoadProgress.silent()).records().getFirst();
        assertThat(record.by()).isEqualTo("beheerder-anna");
        assertThat(record.asOf()).isEqualTo(asOf);
        assertThat(record.sourceIds()).containsExactly(OLD);
        assertThat(record.counts().asMap()).isEqualTo(done.counts().asMap());

        PurgeReport again = new RetentionPurge(store, LoadProgress.silent()).run(asOf, "beheerder-anna", false);
        assertThat(again.sourceIds()).isEmpty();
        assertThat(again.counts().assertions).isZero();
    }
}
