package nl.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.documents.DocumentRenderer;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.testing.TestStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generator's documents in the formats beyond PDF, DOCX and EML, through the real pipeline: each is
 * stored with the media type Tika detects, every IBAN, KvK-nummer and kenteken its manifest lists is a
 * mention of it or of a document inside it, and what a container holds (an Outlook attachment, the mails
 * of a mailbox and their attachments, a ZIP's entries) is a document of its own, EMBEDDED_IN its container.
 */
class IngestFormatsTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @TempDir
    static Path world;
    static List<JsonNode> documents = new ArrayList<>();

    private static final IngestOptions OPTIONS = new IngestOptions("fit-test-2", "politie-nh", "WGS art. 2.3", LocalDate.parse("2030-12-31"),
            Instant.parse("2025-03-01T09:00:00Z"), 2, IngestLimits.defaults(), false);

    @TempDir
    Path work;

    @BeforeAll
    static void generate() throws IOException {
        new WorldGenerator(Scale.SMALL, 7).generate(world, WorldGenerator.Progress.NONE);
        new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).render(world, world.resolve("documents"), 150, 7);
        JsonMapper.builder().build().readTree(world.resolve("documents/manifest.json").toFile()).get("documents").forEach(documents::add);
    }

    @BeforeEach
    void empty() {
        STORE.clear();
    }

    private static IngestPipeline pipeline(IngestOptions options) {
        return new IngestPipeline(STORE.store(), BsnKey.of(new byte[32]), new IbanKvkKentekenExtractor(), IbanKvkKentekenExtractor.RELEASE,
                options, IngestProgress.silent());
    }

    /** The first document whose path ends so, of the kind (scan or not), with a variant starting so and an identifier to find. */
    private Path pick(String ending, boolean scan, String variant) throws IOException {
        JsonNode doc = documents.stream().filter(d -> d.get("path").asString().endsWith(ending)
                && d.get("kind").asString().equals("scan") == scan && d.get("variant").asString().startsWith(variant)
                && !IngestPipelineTest.writtenIdentifiers(d).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no " + ending + " " + variant + " among the generated documents"));
        Path in = Files.createDirectories(work.resolve("in"));
        Path file = in.resolve(Path.of(doc.get("path").asString()).getFileName());
        Files.copy(world.resolve("documents").resolve(doc.get("path").asString()), file);
        return file;
    }

    private static JsonNode entry(Path file) {
        return documents.stream().filter(d -> d.get("path").asString().endsWith("/" + file.getFileName())).findFirst().orElseThrow();
    }

    /** What the document and everything inside it, at any depth, mention. */
    private static Set<String> mentionedWithin(String sha) {
        return new TreeSet<>(IngestedGraph.strings(STORE.store(), "MATCH (d:Document)-[:EMBEDDED_IN*0..]->(:Document {sha256: $sha}) "
                + "MATCH (d)-[:MENTIONS]->(e) RETURN DISTINCT e.spoorId", Map.of("sha", sha)));
    }

    private static List<String> inside(String sha) {
        return IngestedGraph.strings(STORE.store(), "MATCH (a:Document)-[:EMBEDDED_IN]->(:Document {sha256: $sha}) RETURN a.mediaType", Map.of("sha", sha));
    }

    private String ingest(Path file, IngestOptions options) throws IOException {
        IngestReport report = pipeline(options).run(List.of(file.getParent()));
        assertThat(report.quarantined()).isEmpty();
        assertThat(report.failed()).isEmpty();
        String sha = IngestPipeline.sha256(Files.readAllBytes(file));
        JsonNode doc = entry(file);
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (d:Document {sha256: $sha}) RETURN d.mediaType", Map.of("sha", sha)))
                .as(file.toString()).containsExactly(doc.get("format").asString());
        assertThat(mentionedWithin(sha)).as(file.toString()).isEqualTo(IngestPipelineTest.writtenIdentifiers(doc)).isNotEmpty();
        return sha;
    }

    @ParameterizedTest
    @ValueSource(strings = {".odt", ".rtf", ".doc", ".xlsx", ".xls"})
    void officeDocumentsAndSpreadsheetsAreIngestedWithTheirIdentifiers(String ending) throws IOException {
        String sha = ingest(pick(ending, false, ""), OPTIONS);
        assertThat(inside(sha)).isEmpty();
    }

    @Test
    void outlookMessageAndItsAttachmentAreTwoDocuments() throws IOException {
        String sha = ingest(pick(".msg", false, "met-bijlage"), OPTIONS);
        assertThat(inside(sha)).hasSize(1);
    }

    @Test
    void everyMailOfAMailboxIsADocumentAndSoAreTheirAttachments() throws IOException {
        Path mbox = pick(".mbox", false, "mailbox-met-bijlage");
        long mails = Files.readAllLines(mbox).stream().filter(l -> l.startsWith("From ")).count();
        String sha = ingest(mbox, OPTIONS);
        assertThat(inside(sha)).hasSize((int) mails).containsOnly("message/rfc822");
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (:Document)-[:EMBEDDED_IN]->(:Document)-[:EMBEDDED_IN]->(:Document {mediaType: 'application/mbox'}) "
                + "RETURN count(*)")).isPositive();
    }

    @Test
    void everyEntryOfAZipIsADocumentOfItsOwn() throws IOException {
        Path zip = pick(".zip", false, "");
        int entries;
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            entries = z.size();
        }
        String sha = ingest(zip, OPTIONS);
        assertThat(inside(sha)).hasSize(entries);
    }

    @ParameterizedTest
    @ValueSource(strings = {".jpg", ".pdf"})
    void scansAsJpegOrImageOnlyPdfAreReadByDutchOcr(String ending) throws IOException {
        assumeThat(DocumentParser.tesseractAvailable()).as("tesseract installed").isTrue();
        String sha = ingest(pick(ending, true, ""), OPTIONS.withOcr(true));
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (d:Document {needsOcr: true}) RETURN count(d)")).isZero();
        assertThat(inside(sha)).isEmpty();
    }
}
