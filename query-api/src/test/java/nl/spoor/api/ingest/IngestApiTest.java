package nl.spoor.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.ingest.pipeline.ExtractorRelease;
import nl.spoor.ingest.pipeline.IngestOptions;
import nl.spoor.ingest.pipeline.IngestPipeline;
import nl.spoor.ingest.pipeline.IngestProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.api.testing.SignedIn;
import nl.spoor.model.store.SpoorStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads as the UI will send them, over HTTP, into an empty embedded store through the real
 * pipeline (OCR off, tiny files). Each test uses its own case and files, so they share one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestApiTest {

    static final Path HOME = nl.spoor.api.testing.ServerHome.temporary("spoor-ingest-api-test-");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("SPOOR_HOME", HOME::toString);
        registry.add("SPOOR_INGEST_OCR", () -> "false");
        registry.add("SPOOR_UPLOAD_MAX_FILE", () -> "64KB");
    }

    @AfterAll
    static void removeRunFile() throws IOException {
        Files.deleteIfExists(HOME.resolve("run/server.properties"));
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    SpoorStore store;

    @Autowired
    BsnKey bsnKey;

    @Autowired
    IngestSettings settings;

    @Autowired
    ApplicationContext context;

    SignedIn as;

    @BeforeEach
    void signIn() {
        as = SignedIn.investigator(context, port);
    }

    final JsonMapper json = JsonMapper.builder().build();

    // ---- the files

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static final byte[] PROCES_VERBAAL = text("Proces-verbaal van bevindingen\n\n"
            + "De heer Jan de Vries is bestuurder van Glashelder B.V. (KvK 12345678). Het voertuig DZ-521-R staat op naam van "
            + "mevrouw Anna de Haan. Op 3 maart 2024 is € 9.850,00 van NL91ABNA0417164300 overgemaakt naar NL20INGB0001234567.\n");

    static final byte[] AFSCHRIFT = text("\"Datum\";\"Naam / Omschrijving\";\"Rekening\";\"Tegenrekening\";\"Code\";\"Af Bij\";"
            + "\"Bedrag (EUR)\";\"Mutatiesoort\";\"Mededelingen\";\"Saldo na mutatie\";\"Tag\"\r\n"
            + "\"20241104\";\"P. Jansen\";\"NL44RABO0123456789\";\"NL02ABNA0123456789\";\"OV\";\"Bij\";\"1250,00\";\"Overschrijving\";"
            + "\"Huur november\";\"1350,00\";\"\"\r\n");

    static byte[] truncatedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Rekening NL91ABNA0417164300 op naam van Glashelder B.V.");
                s.endText();
            }
            doc.save(out);
            byte[] pdf = out.toByteArray();
            return Arrays.copyOf(pdf, pdf.length / 3);
        }
    }

    // ---- the tests

    @Test
    void ingestsTwoUploadedFilesAndShowsEachAsDone() throws Exception {
        HttpResponse<String> accepted = upload(form("fit-upload-twee"), Map.of("pv-2024-1187.txt", PROCES_VERBAAL, "afschrift.csv", AFSCHRIFT));

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode queued = json.readTree(accepted.body());
        String id = queued.get("id").asString();
        assertThat(queued.get("statusUrl").asString()).isEqualTo("/api/ingest/jobs/" + id);
        assertThat(accepted.headers().firstValue("Location")).hasValue("/api/ingest/jobs/" + id);
        assertThat(Files.list(settings.uploads().resolve(id).resolve("files")).map(p -> p.getFileName().toString()).sorted())
                .containsExactly("afschrift.csv", "pv-2024-1187.txt");

        JsonNode job = awaitEnd(id);
        assertThat(job.get("state").asString()).isEqualTo("DONE");
        assertThat(job.get("caseId").asString()).isEqualTo("fit-upload-twee");
        assertThat(job.get("files").toString()).isEqualTo(
                "{\"total\":2,\"finished\":2,\"ingested\":2,\"alreadyIngested\":0,\"quarantined\":0,\"failed\":0}");
        assertThat(job.get("documents").asLong()).isEqualTo(2);
        assertThat(job.get("entities").asLong()).isEqualTo(ENTITIES_OF_BOTH);
        assertThat(job.get("relationships").asLong()).isEqualTo(RELATIONSHIPS_OF_BOTH);
        assertThat(job.get("bytes").get("total").asLong()).isEqualTo(PROCES_VERBAAL.length + AFSCHRIFT.length);
        assertThat(job.get("bytes").get("finished").asLong()).isEqualTo(PROCES_VERBAAL.length + AFSCHRIFT.length);
        assertThat(job.get("failures").isEmpty()).isTrue();
        assertThat(job.get("uploads").valueStream().map(u -> u.get("name").asString() + " " + u.get("outcome").asString()).sorted())
                .containsExactly("afschrift.csv INGESTED", "pv-2024-1187.txt INGESTED");

        JsonNode files = graphql("""
                { ingestFiles(case: "fit-upload-twee") { edges { node {
                    name status reason needsOcr statementError documents caseId attempts started finished sha256 } }
                  pageInfo { hasNextPage } } }""").get("ingestFiles");
        assertThat(files.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();
        List<String> rows = files.get("edges").valueStream().map(e -> e.get("node"))
                .map(f -> f.get("name").asString() + " " + f.get("status").asString() + " reason=" + f.get("reason") + " needsOcr="
                        + f.get("needsOcr") + " statementError=" + f.get("statementError") + " documents=" + f.get("documents")
                        + " " + f.get("caseId").asString() + " attempts=" + f.get("attempts"))
                .toList();
        assertThat(rows).containsExactly(
                "afschrift.csv DONE reason=null needsOcr=false statementError=null documents=1 fit-upload-twee attempts=1",
                "pv-2024-1187.txt DONE reason=null needsOcr=false statementError=null documents=1 fit-upload-twee attempts=1");
        files.get("edges").valueStream().map(e -> e.get("node")).forEach(f -> {
            assertThat(Instant.parse(f.get("finished").asString())).isAfterOrEqualTo(Instant.parse(f.get("started").asString()));
        });
        // The uploaded file's content hash, as the upload answered it, finds its status.
        String sha = job.get("uploads").valueStream().filter(u -> u.get("name").asString().equals("afschrift.csv")).findFirst()
                .orElseThrow().get("sha256").asString();
        assertThat(graphql("{ ingestFile(sha256: \"" + sha + "\") { name status } }").get("ingestFile").toString())
                .isEqualTo("{\"name\":\"afschrift.csv\",\"status\":\"DONE\"}");
        assertThat(graphql("{ ingestJob(id: \"" + id + "\") { state files { ingested } documents } }").get("ingestJob").toString())
                .isEqualTo("{\"state\":\"DONE\",\"files\":{\"ingested\":2},\"documents\":2}");
    }

    /**
     * The facts the pipeline writes for the two files (the proces-verbaal: its document, the persons, company, kenteken and IBANs
     * it names, their mentions and three stated relations; the statement: its document, mentions, accounts and transfer), as
     * measured; a change in extraction shows here.
     */
    static final long ENTITIES_OF_BOTH = 13;
    static final long RELATIONSHIPS_OF_BOTH = 13;

    @Test
    void theSameFileUploadedAgainChangesNothingAndShowsAsAlreadyIngested() throws Exception {
        byte[] file = text("Aantekening 2024-0042: rekening NL91ABNA0417164300 van Glashelder B.V. (KvK 12345678).\n");
        JsonNode first = awaitEnd(id(upload(form("fit-upload-opnieuw"), Map.of("aantekening.txt", file))));
        assertThat(first.get("files").get("ingested").asInt()).isEqualTo(1);
        String before = graphCounts();

        JsonNode again = awaitEnd(id(upload(form("fit-upload-opnieuw"), Map.of("aantekening-kopie.txt", file))));

        assertThat(again.get("state").asString()).isEqualTo("DONE");
        assertThat(again.get("files").toString()).isEqualTo(
                "{\"total\":1,\"finished\":1,\"ingested\":0,\"alreadyIngested\":1,\"quarantined\":0,\"failed\":0}");
        assertThat(again.get("documents").asLong()).isZero();
        assertThat(again.get("entities").asLong()).isZero();
        assertThat(again.get("newNodes").asLong() + again.get("newRelationships").asLong()).isZero();
        assertThat(again.get("uploads").get(0).get("outcome").asString()).isEqualTo("ALREADY_INGESTED");
        assertThat(graphCounts()).isEqualTo(before);
        String sha = again.get("uploads").get(0).get("sha256").asString();
        assertThat(graphql("{ ingestFile(sha256: \"" + sha + "\") { name status attempts documents } }").get("ingestFile").toString())
                .isEqualTo("{\"name\":\"aantekening.txt\",\"status\":\"DONE\",\"attempts\":1,\"documents\":1}");
    }

    @Test
    void theSameFileUploadedForAnotherCaseIsIngestedUnderASourceOfItsOwnAndListedUnderBothCases() throws Exception {
        byte[] file = text("Aantekening 2024-0043: rekening NL20INGB0001234567 van Glashelder B.V. (KvK 12345678).\n");
        String sha = sha256(file);
        JsonNode first = awaitEnd(id(upload(form("fit-upload-zaak-a"), Map.of("aantekening.txt", file))));
        long documents = label(storeCounts(), "Document");
        long sources = label(storeCounts(), "Source");

        JsonNode second = awaitEnd(id(upload(form("fit-upload-zaak-b"), Map.of("aantekening.txt", file))));

        assertThat(second.get("files").toString()).isEqualTo(
                "{\"total\":1,\"finished\":1,\"ingested\":1,\"alreadyIngested\":0,\"quarantined\":0,\"failed\":0}");
        assertThat(second.get("uploads").get(0).get("outcome").asString()).isEqualTo("INGESTED");
        assertThat(second.get("entities").asLong()).isEqualTo(first.get("entities").asLong()).isPositive();
        JsonNode counts = storeCounts();
        assertThat(label(counts, "Document")).isEqualTo(documents);
        assertThat(label(counts, "Source")).isEqualTo(sources + 1);
        for (String caseId : List.of("fit-upload-zaak-a", "fit-upload-zaak-b")) {
            assertThat(graphql("{ ingestFiles(case: \"" + caseId + "\") { edges { node { name status caseId partner legalBasis documents } } } }")
                    .get("ingestFiles").get("edges").valueStream().map(e -> e.get("node").toString()).toList())
                    .containsExactly("{\"name\":\"aantekening.txt\",\"status\":\"DONE\",\"caseId\":\"" + caseId
                            + "\",\"partner\":\"politie-nh\",\"legalBasis\":\"WGS art. 2.3\",\"documents\":1}");
        }
        String sourceA = graphql("{ ingestFile(sha256: \"" + sha + "\", case: \"fit-upload-zaak-a\") { sourceId } }").get("ingestFile").get("sourceId").asString();
        String sourceB = graphql("{ ingestFile(sha256: \"" + sha + "\", case: \"fit-upload-zaak-b\") { sourceId } }").get("ingestFile").get("sourceId").asString();
        assertThat(sourceA).startsWith("src:").isNotEqualTo(sourceB);
        // Both deliveries assert the document and every entity in it.
        try (var s = store.driver().session(store.sessionConfig())) {
            assertThat(s.run("""
                    MATCH (a:Source {sourceId: $a})-[x:ASSERTS]->(e) WITH collect(e.spoorId + ' ' + x.locator) AS ofA
                    MATCH (b:Source {sourceId: $b})-[y:ASSERTS]->(f) WITH ofA, collect(f.spoorId + ' ' + y.locator) AS ofB
                    RETURN size(ofA) AS n, all(x IN ofA WHERE x IN ofB) AND all(y IN ofB WHERE y IN ofA) AS same""",
                    Map.of("a", sourceA, "b", sourceB)).single().asMap()).isEqualTo(Map.of("n", first.get("entities").asLong(), "same", true));
        }
    }

    private static long label(JsonNode counts, String name) {
        return counts.get("storeStatus").get("labels").valueStream().filter(l -> l.get("name").asString().equals(name))
                .mapToLong(l -> l.get("count").asLong()).sum();
    }

    @Test
    void aCorruptFileIsQuarantinedWithItsReasonInRestAndGraphql() throws Exception {
        byte[] corrupt = truncatedPdf();
        byte[] good = text("Verslag 2024-0077: kenteken DZ-521-R gezien in Zaandam.\n");

        JsonNode job = awaitEnd(id(upload(form("fit-upload-kapot"), Map.of("afgebroken.pdf", corrupt, "verslag.txt", good))));

        assertThat(job.get("state").asString()).isEqualTo("DONE");
        assertThat(job.get("files").toString()).isEqualTo(
                "{\"total\":2,\"finished\":2,\"ingested\":1,\"alreadyIngested\":0,\"quarantined\":1,\"failed\":0}");
        JsonNode failure = job.get("failures").get(0);
        assertThat(job.get("failures").size()).isEqualTo(1);
        assertThat(failure.get("path").asString()).isEqualTo("afgebroken.pdf");
        assertThat(failure.get("sha256").asString()).isEqualTo(sha256(corrupt));
        assertThat(failure.get("outcome").asString()).isEqualTo("QUARANTINED");
        String reason = failure.get("reason").asString();
        assertThat(reason).startsWith("corrupt or truncated (application/pdf)");
        assertThat(job.get("uploads").valueStream().map(u -> u.get("name").asString() + " " + u.get("outcome").asString() + " " + u.get("reason")))
                .containsExactlyInAnyOrder("afgebroken.pdf QUARANTINED " + json.writeValueAsString(reason), "verslag.txt INGESTED null");

        JsonNode quarantined = graphql("""
                { ingestFiles(case: "fit-upload-kapot", status: [QUARANTINED]) { edges { node { name status reason documents } } } }""")
                .get("ingestFiles").get("edges");
        assertThat(quarantined.valueStream().map(e -> e.get("node").toString()).toList()).containsExactly(
                "{\"name\":\"afgebroken.pdf\",\"status\":\"QUARANTINED\",\"reason\":" + json.writeValueAsString(reason) + ",\"documents\":0}");

        // Delivered again, it is not parsed again: the earlier reason is given.
        JsonNode again = awaitEnd(id(upload(form("fit-upload-kapot"), Map.of("afgebroken-opnieuw.pdf", corrupt))));
        assertThat(again.get("files").get("quarantined").asInt()).isEqualTo(1);
        assertThat(again.get("uploads").get(0).get("outcome").asString()).isEqualTo("ALREADY_QUARANTINED");
        assertThat(again.get("failures").get(0).get("reason").asString()).isEqualTo("quarantined when delivered before: " + reason);
    }

    @Test
    void refusesAnUploadWithoutItsCaseNamingTheField() throws Exception {
        Map<String, String> fields = form("ignored");
        fields.remove("case");
        long jobsBefore = Files.list(settings.uploads()).count();

        HttpResponse<String> refused = upload(fields, Map.of("zonder-zaak.txt", text("Geen zaak.\n")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("fields").toString()).isEqualTo("[\"case\"]");
        assertThat(problem.get("detail").asString()).startsWith("Missing form field: case.");
        assertThat(Files.list(settings.uploads()).count()).isEqualTo(jobsBefore);

        Map<String, String> badDate = form("fit-upload-datum");
        badDate.put("retainUntil", "31-12-2030");
        JsonNode dateProblem = json.readTree(upload(badDate, Map.of("datum.txt", text("Datum.\n"))).body());
        assertThat(dateProblem.get("fields").toString()).isEqualTo("[\"retainUntil\"]");
        assertThat(dateProblem.get("detail").asString()).isEqualTo("retainUntil \"31-12-2030\" is not a date yyyy-mm-dd");
    }

    @Test
    void refusesAFileOverTheLimitWith413() throws Exception {
        byte[] big = new byte[100 * 1024];
        Arrays.fill(big, (byte) 'a');

        long jobsBefore = Files.list(settings.uploads()).count();

        HttpResponse<String> refused = upload(form("fit-upload-groot"), Map.of("groot.txt", big));

        assertThat(refused.statusCode()).isEqualTo(413);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("detail").asString()).startsWith("The upload is too large: at most 64 KB per file and 2 GB per upload "
                + "(SPOOR_UPLOAD_MAX_FILE, SPOOR_UPLOAD_MAX_REQUEST). Nothing was stored.");
        assertThat(problem.get("maxFileBytes").asLong()).isEqualTo(65536);
        assertThat(Files.list(settings.uploads()).count()).isEqualTo(jobsBefore);
    }

    @Test
    void streamsProgressAndEndsWithTheDoneEventAndItsCounts() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            files.put("melding-" + i + ".txt", text("Melding " + i + " (stroom): rekening NL91ABNA0417164300, kenteken DZ-521-R.\n"));
        }
        String id = id(upload(form("fit-upload-stroom"), files));

        List<String[]> events = events("/api/ingest/jobs/" + id + "/events");

        assertThat(events).isNotEmpty();
        assertThat(events.getFirst()[0]).isEqualTo("progress");
        assertThat(events.getLast()[0]).isEqualTo("done");
        assertThat(events.subList(0, events.size() - 1)).allSatisfy(e -> assertThat(e[0]).isEqualTo("progress"));
        List<Integer> finished = events.stream().map(e -> json.readTree(e[1]).get("files").get("finished").asInt()).toList();
        assertThat(finished).isSorted();
        // Each progress event is news: the job's version grows from one to the next (the last event may repeat the
        // last progress one's version when the job had ended before the stream began).
        List<Long> versions = events.stream().map(e -> Long.parseLong(e[2])).toList();
        assertThat(versions).isSorted();
        assertThat(versions.subList(0, versions.size() - 1)).doesNotHaveDuplicates();
        JsonNode last = json.readTree(events.getLast()[1]);
        assertThat(last.get("state").asString()).isEqualTo("DONE");
        assertThat(last.get("files").toString()).isEqualTo(
                "{\"total\":4,\"finished\":4,\"ingested\":4,\"alreadyIngested\":0,\"quarantined\":0,\"failed\":0}");
        assertThat(last.get("documents").asLong()).isEqualTo(4);
        assertThat(last.get("uploads").size()).isEqualTo(4);
        assertThat(last.get("entities").asLong()).isEqualTo(4 * ENTITIES_PER_MELDING);
    }

    /** The Document, the IBAN and the kenteken. */
    static final long ENTITIES_PER_MELDING = 3;

    @Test
    void aJobTheServerStoppedDuringIsIngestedAgainAtTheNextStart() throws Exception {
        // As a server leaves it when it dies mid-job: the job saved as RUNNING, one of its two files already ingested.
        IngestSettings restarted = new IngestSettings(HOME.resolve("uploads-restart"), settings.maxFile(), settings.maxRequest(), 1, 2, false);
        String id = "20260101-120000-0badcafe";
        Path folder = Files.createDirectories(restarted.uploads().resolve(id).resolve(IngestJobs.FILES)).getParent();
        byte[] one = text("Bevinding 1 (herstart): rekening NL91ABNA0417164300.\n");
        byte[] two = text("Bevinding 2 (herstart): kenteken DZ-521-R.\n");
        Files.write(folder.resolve("files/een.txt"), one);
        Files.write(folder.resolve("files/twee.txt"), two);
        IngestJob.Delivery delivery = new IngestJob.Delivery("fit-upload-herstart", "politie-nh", "WGS art. 2.3", LocalDate.parse("2030-12-31"));
        Instant submitted = Instant.parse("2026-01-01T12:00:00Z");
        IngestJob died = new IngestJob(id, delivery, submitted, folder, List.of(
                new IngestJob.StoredFile("een.txt", "een.txt", one.length, sha256(one)),
                new IngestJob.StoredFile("twee.txt", "twee.txt", two.length, sha256(two))), 0);
        died.running();
        JobFile.of(died).write(folder);
        RuleExtractor extractor = new RuleExtractor();
        new IngestPipeline(store, bsnKey, extractor, ExtractorRelease.of(extractor), new IngestOptions(delivery.caseId(), delivery.partner(),
                delivery.legalBasis(), delivery.retainUntil(), submitted, 1, restarted.limits(), false), IngestProgress.silent())
                .run(List.of(folder.resolve("files/een.txt")));

        IngestJobs jobs = new IngestJobs(restarted, store, bsnKey);
        try {
            jobs.start();
            IngestJob job = jobs.job(id).orElseThrow();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!job.isFinished() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            IngestJobView view = job.view();
            assertThat(view.state()).isEqualTo("DONE");
            assertThat(view.resumed()).isEqualTo(1);
            assertThat(view.files()).isEqualTo(new IngestJobView.Files(2, 2, 1, 1, 0, 0));
            assertThat(view.uploads()).extracting(u -> u.name() + " " + u.outcome()).containsExactly("een.txt ALREADY_INGESTED", "twee.txt INGESTED");
            assertThat(JobFile.read(folder).orElseThrow().state()).isEqualTo("DONE");
        } finally {
            jobs.close();
        }
        assertThat(graphql("{ ingestFiles(case: \"fit-upload-herstart\") { edges { node { name status } } } }").get("ingestFiles")
                .get("edges").valueStream().map(e -> e.get("node").get("name").asString() + " " + e.get("node").get("status").asString()).toList())
                .containsExactly("een.txt DONE", "twee.txt DONE");
        // Read back once more, the finished job is shown as it ended and not run again.
        IngestJobs again = new IngestJobs(restarted, store, bsnKey);
        try {
            again.start();
            assertThat(again.job(id).orElseThrow().view().files()).isEqualTo(new IngestJobView.Files(2, 2, 1, 1, 0, 0));
            assertThat(again.job(id).orElseThrow().state()).isEqualTo(IngestJob.State.DONE);
        } finally {
            again.close();
        }
    }

    @Test
    void pagesThroughFilesWithOpaqueCursorsAndRefusesAPageTooLarge() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            files.put("blad-" + i + ".txt", text("Blad " + i + " (pagina's).\n"));
        }
        awaitEnd(id(upload(form("fit-upload-paginas"), files)));

        List<String> names = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = graphql("{ ingestFiles(case: \"fit-upload-paginas\", first: 2" + (after == null ? "" : ", after: \"" + after + "\"")
                    + ") { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }").get("ingestFiles");
            page.get("edges").valueStream().forEach(e -> names.add(e.get("node").get("name").asString()));
            after = page.get("pageInfo").get("hasNextPage").asBoolean() ? page.get("pageInfo").get("endCursor").asString() : null;
            pages++;
        } while (after != null);
        assertThat(names).containsExactly("blad-1.txt", "blad-2.txt", "blad-3.txt");
        assertThat(pages).isEqualTo(2);

        JsonNode tooMany = graphqlResponse("{ ingestFiles(first: 501) { edges { cursor } } }").get("errors").get(0);
        assertThat(tooMany.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(tooMany.get("message").asString()).isEqualTo("first must be 0..500, got 501");
        JsonNode badCursor = graphqlResponse("{ ingestFiles(after: \"bm9wZQ\") { edges { cursor } } }").get("errors").get(0);
        assertThat(badCursor.get("message").asString()).isEqualTo("after is not a cursor this API gave: bm9wZQ");
    }

    // ---- HTTP helpers

    static Map<String, String> form(String caseId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("case", caseId);
        f.put("partner", "politie-nh");
        f.put("basis", "WGS art. 2.3");
        f.put("retainUntil", "2030-12-31");
        return f;
    }

    HttpResponse<String> upload(Map<String, String> fields, Map<String, byte[]> files) throws Exception {
        String boundary = "spoor-test-boundary-7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.write(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n"));
        }
        for (var f : files.entrySet()) {
            body.write(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            body.write(f.getValue());
            body.write(text("\r\n"));
        }
        body.write(text("--" + boundary + "--\r\n"));
        return as.send(as.request("/api/ingest/uploads")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
    }

    String id(HttpResponse<String> accepted) {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return json.readTree(accepted.body()).get("id").asString();
    }

    JsonNode awaitEnd(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> r = as.send(as.request("/api/ingest/jobs/" + id), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode job = json.readTree(r.body());
            String state = job.get("state").asString();
            if (state.equals("DONE") || state.equals("FAILED") || System.nanoTime() > deadline) {
                return job;
            }
            Thread.sleep(50);
        }
    }

    /** The events of a stream until the server ends it: name, data and id of each. */
    List<String[]> events(String path) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> r = as.send(as.request(path).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/event-stream"), HttpResponse.BodyHandlers.ofLines());
        assertThat(r.statusCode()).isEqualTo(200);
        List<String[]> events = new ArrayList<>();
        String name = null;
        String id = null;
        StringBuilder data = new StringBuilder();
        for (String line : (Iterable<String>) r.body()::iterator) {
            if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5));
            } else if (line.isEmpty() && name != null) {
                events.add(new String[] {name, data.toString(), id});
                name = null;
                id = null;
                data.setLength(0);
            }
        }
        return events;
    }

    JsonNode graphql(String query) throws Exception {
        JsonNode response = graphqlResponse(query);
        assertThat(response.has("errors")).as(response.toString()).isFalse();
        return response.get("data");
    }

    JsonNode graphqlResponse(String query) throws Exception {
        var r = as.send(as.request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query)))), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body());
    }

    /** Counts of the graph's labels and relationship types, without the consultation log (which grows with every request, these too). */
    JsonNode storeCounts() throws Exception {
        return graphql("{ storeStatus { nodes relationships labels { name count } relationshipTypes { name count } } }");
    }

    String graphCounts() throws Exception {
        JsonNode status = graphql("{ storeStatus { labels { name count } relationshipTypes { name count } } }").get("storeStatus");
        return status.get("labels").valueStream().filter(l -> !l.get("name").asString().startsWith("Consultation")).toList() + " "
                + status.get("relationshipTypes");
    }

    static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
