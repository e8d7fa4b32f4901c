package nl.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.documents.DocumentRenderer;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.identifiers.Iban;
import nl.spoor.model.identifiers.Kenteken;
import nl.spoor.model.identifiers.KvkNummer;
import nl.spoor.model.testing.TestStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IngestPipelineTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @TempDir
    static Path world;

    private static final BsnKey BSN_KEY = BsnKey.of(new byte[32]);
    private static final Instant RECEIVED = Instant.parse("2025-03-01T09:00:00Z");
    private static final IngestOptions OPTIONS = new IngestOptions("fit-test-1", "politie-nh", "WGS art. 2.3", LocalDate.parse("2030-12-31"),
            RECEIVED, 2, IngestLimits.defaults(), false);

    private static JsonNode manifest;

    @TempDir
    Path work;

    @BeforeAll
    static void generate() throws IOException {
        new WorldGenerator(Scale.SMALL, 7).generate(world, WorldGenerator.Progress.NONE);
        new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).render(world, world.resolve("documents"), 40, 7);
        manifest = JsonMapper.builder().build().readTree(world.resolve("documents/manifest.json").toFile());
    }

    @BeforeEach
    void empty() {
        STORE.clear();
    }

    private static IngestPipeline pipeline(IngestOptions options) {
        return new IngestPipeline(STORE.store(), BSN_KEY, new IbanKvkKentekenExtractor(), IbanKvkKentekenExtractor.RELEASE, options, IngestProgress.silent());
    }

    /** The first generated document of each of these folders with this extension (a mail with an attachment). */
    private Path pick(String... folderAndExtension) throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        for (String fe : folderAndExtension) {
            String folder = fe.substring(0, fe.indexOf('.'));
            String ext = fe.substring(fe.indexOf('.'));
            JsonNode doc = documents().stream().filter(d -> d.get("path").asString().startsWith(folder + "/") && d.get("path").asString().endsWith(ext)
                    && (!folder.equals("mail") || d.get("variant").asString().equals("met-bijlage"))).findFirst().orElseThrow();
            Path file = world.resolve("documents").resolve(doc.get("path").asString());
            Files.copy(file, in.resolve(file.getFileName()));
        }
        return in;
    }

    private static List<JsonNode> documents() {
        List<JsonNode> all = new ArrayList<>();
        manifest.get("documents").forEach(all::add);
        return all;
    }

    private static JsonNode entry(String fileName) {
        return documents().stream().filter(d -> d.get("path").asString().endsWith("/" + fileName)).findFirst().orElseThrow();
    }

    /** The IBANs, KvK-nummers and kentekens the manifest says are written in the document as such. */
    static Set<String> writtenIdentifiers(JsonNode doc) {
        Set<String> ids = new TreeSet<>();
        doc.get("entities").forEach(e -> {
            String id = e.get("id").asString();
            String text = e.get("text").asString().replaceAll("\\s+", " ");
            if (id.startsWith("iban:") && Iban.isValid(text) || id.startsWith("kenteken:") && Kenteken.isValid(text)
                    || id.startsWith("kvk:") && text.matches("\\d{8}") && KvkNummer.isValid(text)) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static List<String> mentioned(String sha256) {
        return IngestedGraph.strings(STORE.store(), "MATCH (:Document {sha256: $sha})-[:MENTIONS]->(e) RETURN DISTINCT e.spoorId", Map.of("sha", sha256));
    }

    @Test
    void ingestsDocumentsAsSourcesWithTheirMentionsAndAttachments() throws IOException {
        Path in = pick("pv.pdf", "pv.docx", "mail.eml", "kvk.pdf", "loon.pdf", "scan.png");

        IngestReport report = pipeline(OPTIONS).run(List.of(in));

        assertThat(report.quarantined()).isEmpty();
        assertThat(report.failed()).isEmpty();
        assertThat(report.inputFiles()).isEqualTo(6);
        assertThat(report.documents()).isEqualTo(7); // the mail's attachment is a document of its own
        assertThat(report.needsOcr()).isEqualTo(1);  // the scan, OCR off
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (s:Source {partner: 'politie-nh', caseId: 'fit-test-1', legalBasis: 'WGS art. 2.3', "
                + "extractor: 'test:iban-kvk-kenteken', extractorVersion: '1'}) WHERE s.sourceId STARTS WITH 'src:' RETURN count(s)")).isEqualTo(7);
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (s:Source) RETURN s.sourceId + ' ' + s.documentId", Map.of()))
                .allSatisfy(line -> assertThat(line).isEqualTo(OPTIONS.sourceId(line.substring(line.indexOf(' ') + 1)) + line.substring(line.indexOf(' '))));
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (d:Document)<-[:ASSERTS]-(s:Source) WHERE s.documentId = d.sha256 RETURN count(d)")).isEqualTo(7);

        try (var files = Files.list(in)) {
            for (Path file : files.toList()) {
                String sha = IngestPipeline.sha256(Files.readAllBytes(file));
                JsonNode doc = entry(file.getFileName().toString());
                assertThat(IngestedGraph.strings(STORE.store(), "MATCH (d:Document {sha256: $sha}) RETURN d.mediaType", Map.of("sha", sha)))
                        .as(file.toString()).containsExactly(doc.get("format").asString());
                List<String> found = new ArrayList<>(mentioned(sha));
                IngestedGraph.strings(STORE.store(), "MATCH (a:Document)-[:EMBEDDED_IN]->(:Document {sha256: $sha}) RETURN a.sha256", Map.of("sha", sha))
                        .forEach(child -> found.addAll(mentioned(child)));
                if (doc.get("kind").asString().equals("scan")) {
                    assertThat(found).as(file.toString()).isEmpty();
                    assertThat(IngestedGraph.strings(STORE.store(), "MATCH (d:Document {sha256: $sha, needsOcr: true}) RETURN d.path", Map.of("sha", sha)))
                            .containsExactly(file.toString());
                } else {
                    assertThat(new TreeSet<>(found)).as(file.toString()).isEqualTo(writtenIdentifiers(doc));
                }
            }
        }
        // Every mention keeps where it was: page, offsets and the text as written, also as evidence on the entity.
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (:Document)-[m:MENTIONS]->() WHERE m.page >= 1 AND m.end - m.start = size(m.text) RETURN count(m)"))
                .isEqualTo(IngestedGraph.count(STORE.store(), "MATCH ()-[m:MENTIONS]->() RETURN count(m)")).isPositive();
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (:Document)-[m:MENTIONS]->(e)<-[a:ASSERTS {locator: m.key}]-(:Source) "
                + "WHERE a.page = m.page AND a.start = m.start AND a.snippet CONTAINS m.text RETURN count(m)"))
                .isEqualTo(IngestedGraph.count(STORE.store(), "MATCH ()-[m:MENTIONS]->() RETURN count(m)"));
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (a:Document)-[:EMBEDDED_IN]->(m:Document {mediaType: 'message/rfc822'}) "
                + "WHERE a.path STARTS WITH m.path + '!/' RETURN count(a)")).isEqualTo(1);
        assertThat(new IngestFiles(STORE.store()).all()).hasSize(7).allSatisfy(f -> assertThat(f.status()).isEqualTo("done"));
    }

    @Test
    void ingestingTheSameFilesAgainChangesNothing() throws IOException {
        Path in = pick("pv.pdf", "mail.eml", "loon.pdf");
        IngestReport first = pipeline(OPTIONS).run(List.of(in));
        List<String> before = IngestedGraph.dump(STORE.store());

        IngestReport again = pipeline(OPTIONS.withWorkers(1)).run(List.of(in));

        assertThat(first.documents()).isEqualTo(4);
        assertThat(again.documents()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(again.nodesCreated() + again.relationshipsCreated()).isZero();
        assertThat(IngestedGraph.dump(STORE.store())).isEqualTo(before);
        assertThat(new IngestFiles(STORE.store()).all()).extracting(IngestFileStatus::attempts).containsOnly(1L);
    }

    @Test
    void badInputIsQuarantinedWithItsReasonWhileTheOtherFilesAreIngested() throws IOException {
        Path in = pick("pv.pdf");
        byte[] pdf = Files.readAllBytes(Files.list(in).findFirst().orElseThrow());
        Files.write(in.resolve("afgebroken.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        Files.write(in.resolve("leeg.txt"), new byte[0]);
        Files.copy(world.resolve("documents").resolve(documents().stream().map(d -> d.get("path").asString())
                .filter(p -> p.startsWith("loon/")).findFirst().orElseThrow()), in.resolve("loonstrook.docx"));
        Files.write(in.resolve("willekeurig.docx"), new java.util.Random(1).ints(4096, 0, 256).collect(
                java.io.ByteArrayOutputStream::new, (o, b) -> o.write(b), (a, b) -> a.writeBytes(b.toByteArray())).toByteArray());
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "geheim", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
            d.save(in.resolve("beveiligd.pdf").toFile());
        }

        IngestReport report = pipeline(OPTIONS).run(List.of(in));

        assertThat(report.documents()).isEqualTo(2);
        // Read by content: a PDF named .docx is a PDF.
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (d:Document {name: 'loonstrook.docx'}) RETURN d.mediaType", Map.of())).containsExactly("application/pdf");
        assertThat(report.quarantined()).extracting(p -> Path.of(p.path()).getFileName().toString() + " " + p.reason().replaceAll(":.*", ""))
                .containsExactlyInAnyOrder(
                        "afgebroken.pdf corrupt or truncated (application/pdf)",
                        "leeg.txt empty file",
                        "willekeurig.docx corrupt or truncated (application/vnd.openxmlformats-officedocument.wordprocessingml.document)",
                        "beveiligd.pdf encrypted or password-protected");
        assertThat(new IngestFiles(STORE.store()).all()).extracting(f -> f.status() + " " + Path.of(f.path()).getFileName())
                .containsExactlyInAnyOrder("quarantined afgebroken.pdf", "quarantined leeg.txt", "quarantined willekeurig.docx",
                        "quarantined beveiligd.pdf", "done loonstrook.docx", "done " + Files.list(in).filter(p -> p.toString().contains("pv-")).findFirst().orElseThrow().getFileName());
        assertThat(new IngestFiles(STORE.store()).all()).filteredOn(f -> f.status().equals("quarantined")).allSatisfy(f -> assertThat(f.error()).isNotBlank());
    }

    @Test
    void archivesInsideArchivesStopAtTheDepthLimit() throws IOException {
        Path pdf = world.resolve("documents").resolve(documents().stream().map(d -> d.get("path").asString()).filter(p -> p.startsWith("pv/") && p.endsWith(".pdf")).findFirst().orElseThrow());
        Path loon = world.resolve("documents").resolve(documents().stream().map(d -> d.get("path").asString()).filter(p -> p.startsWith("loon/")).findFirst().orElseThrow());
        byte[] inner = zip(Map.of("loonstrook.pdf", Files.readAllBytes(loon)));
        Path in = Files.createDirectories(work.resolve("in"));
        Files.write(in.resolve("dossier.zip"), zip(Map.of("pv.pdf", Files.readAllBytes(pdf), "bijlagen.zip", inner)));

        IngestReport report = pipeline(OPTIONS.withLimits(IngestLimits.defaults().withMaxDepth(1))).run(List.of(in));

        assertThat(report.documents()).isEqualTo(3); // dossier.zip, its pv.pdf and bijlagen.zip
        assertThat(report.quarantined()).containsExactly(new IngestReport.Problem(in.resolve("dossier.zip") + "!/bijlagen.zip!/loonstrook.pdf",
                "nested deeper than 1 archives or attachments"));
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (a:Document)-[:EMBEDDED_IN]->(b:Document) RETURN a.name + ' in ' + b.name", Map.of()))
                .containsExactly("bijlagen.zip in dossier.zip", "pv.pdf in dossier.zip");
    }

    @Test
    void anArchiveThatUnpacksFarBeyondItsSizeIsQuarantinedAsAZipBomb() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.write(in.resolve("bom.zip"), zip(Map.of("nullen.txt", new byte[12 << 20])));

        IngestReport report = pipeline(OPTIONS.withLimits(IngestLimits.defaults().withMaxExpansionRatio(10))).run(List.of(in));

        assertThat(report.documents()).isZero();
        assertThat(report.quarantined()).containsExactly(new IngestReport.Problem(in.resolve("bom.zip").toString(),
                "unpacks to more than 10 times its size (a zip bomb?) at nullen.txt"));
    }

    @Test
    void aRunKilledHalfwayAndStartedAgainGivesTheSameGraphAsOneCleanRun() throws IOException {
        Path in = pick("pv.pdf", "pv.docx", "mail.eml", "kvk.pdf", "loon.pdf", "scan.png");
        pipeline(OPTIONS).run(List.of(in));
        List<String> clean = IngestedGraph.dump(STORE.store());
        STORE.clear();

        IngestPipeline killed = pipeline(OPTIONS.withWorkers(1));
        killed.crashAfter(3);
        assertThatThrownBy(() -> killed.run(List.of(in))).isInstanceOf(IngestPipeline.SimulatedCrash.class);
        assertThat(new IngestFiles(STORE.store()).all()).extracting(IngestFileStatus::status).contains("queued");
        IngestReport resumed = pipeline(OPTIONS).run(List.of(in));

        assertThat(resumed.failed()).isEmpty();
        assertThat(IngestedGraph.dump(STORE.store())).isEqualTo(clean);
    }

    @Test
    void scansAreReadWithDutchOcrWhenTesseractIsInstalled() throws IOException {
        assumeThat(DocumentParser.tesseractAvailable()).as("tesseract installed").isTrue();
        Path in = pick("scan.png");
        Path scan = Files.list(in).findFirst().orElseThrow();

        IngestReport report = pipeline(OPTIONS.withOcr(true)).run(List.of(in));

        assertThat(report.needsOcr()).isZero();
        String sha = IngestPipeline.sha256(Files.readAllBytes(scan));
        assertThat(mentioned(sha)).isEqualTo(List.copyOf(writtenIdentifiers(entry(scan.getFileName().toString()))));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
