package nl.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.testing.TestStore;

/**
 * An Outlook mailbox (.pst, Tika's own {@code testPST.pst}: 7 mails, one forwarding a mail that carries
 * a .docx) through the real pipeline: every mail is a document of its own, stored as the Outlook item
 * (.msg) it is and EMBEDDED_IN the mailbox, a forwarded mail EMBEDDED_IN the mail that carries it, an
 * attachment EMBEDDED_IN its mail; the mails' senders and recipients are read with their text.
 */
class IngestMailboxTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @TempDir
    Path work;

    private static final IngestOptions OPTIONS = new IngestOptions("pst-test", "politie-nh", "WGS art. 2.3", LocalDate.parse("2030-12-31"),
            Instant.parse("2025-03-01T09:00:00Z"), 2, IngestLimits.defaults(), false);

    @BeforeEach
    void empty() {
        STORE.clear();
    }

    @Test
    void everyMailOfAMailboxIsADocumentEmbeddedInItAndSoAreAttachmentsAtAnyDepth() throws IOException {
        Path pst = tikaTestDocument("testPST.pst");
        ingest(pst);
        String sha = IngestPipeline.sha256(Files.readAllBytes(pst));
        assertThat(strings("MATCH (d:Document {sha256: $sha}) RETURN d.mediaType", sha)).containsExactly("application/vnd.ms-outlook-pst");
        assertThat(strings("MATCH (m:Document)-[:EMBEDDED_IN]->(:Document {sha256: $sha}) RETURN m.name + ' ' + m.mediaType", sha)).containsExactly(
                "FW: First email.msg application/vnd.ms-outlook",
                "Feature Generators.msg application/vnd.ms-outlook",
                "Re: Feature Generators.msg application/vnd.ms-outlook",
                "Re: init tokenizer fails: \"Bad type in putfield/putstatic\".msg application/vnd.ms-outlook",
                "[WEBINAR] - \"Introducing Couchbase Server 2.5\".msg application/vnd.ms-outlook",
                "[jira] [Commented] (TIKA-1250) Process loops infintely processing a CHM file.msg application/vnd.ms-outlook",
                "[jira] [Resolved] (TIKA-1249) Vcard files detection.msg application/vnd.ms-outlook");
        assertThat(strings("MATCH (a:Document)-[:EMBEDDED_IN]->(:Document {name: 'FW: First email.msg'})-[:EMBEDDED_IN]->(:Document {sha256: $sha}) "
                + "RETURN a.name + ' ' + a.mediaType", sha)).containsExactly("First email.msg application/vnd.ms-outlook");
        assertThat(strings("MATCH (a:Document)-[:EMBEDDED_IN*3]->(:Document {sha256: $sha}) RETURN a.name + ' ' + a.mediaType", sha))
                .containsExactly("attachment.docx application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // The recipients, as Tika shows them for an Outlook item, are read as the mail's text.
        assertThat(strings("MATCH (:Document {name: 'FW: First email.msg'})-[:MENTIONS]->(e) RETURN DISTINCT e.spoorId", sha))
                .containsExactly("email:lfcnassif@gmail.com");
    }

    /**
     * Outlook hands an attached mail to Tika as a directory of the message's compound file, which Tika
     * passes on as an empty stream: stored as the .msg Outlook would save (Tika's testMSG_att_msg.msg).
     */
    @Test
    void aMailAttachedToAnOutlookMessageIsADocumentOfItsOwn() throws IOException {
        Path msg = tikaTestDocument("testMSG_att_msg.msg");
        ingest(msg);
        String sha = IngestPipeline.sha256(Files.readAllBytes(msg));
        assertThat(strings("MATCH (a:Document)-[:EMBEDDED_IN]->(:Document {sha256: $sha}) RETURN a.name + ' ' + a.mediaType", sha))
                .containsExactly("Test Attachment.msg application/vnd.ms-outlook", "smbprn.00009008.KdcPjl.pdf application/pdf");
        assertThat(strings("MATCH (:Document {name: 'Test Attachment.msg'})-[:MENTIONS]->(e) WHERE e.spoorId STARTS WITH 'email:' RETURN DISTINCT e.spoorId", sha))
                .containsExactly("email:nick.booth@pof.com.au");
    }

    private Path tikaTestDocument(String name) throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Path jar = TikaCorpusIngestTest.testJars().stream().filter(p -> p.getFileName().toString().startsWith("tika-parser-microsoft-module"))
                .findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("test-documents/" + name);
            try (InputStream s = zip.getInputStream(entry)) {
                Files.copy(s, in.resolve(name));
            }
        }
        return in.resolve(name);
    }

    private static void ingest(Path file) {
        IngestReport report = new IngestPipeline(STORE.store(), BsnKey.of(new byte[32]), new RuleExtractor(),
                new ExtractorRelease("RuleExtractor", "test"), OPTIONS, IngestProgress.silent()).run(List.of(file.getParent()));
        assertThat(report.quarantined()).isEmpty();
        assertThat(report.failed()).isEmpty();
    }

    private static List<String> strings(String cypher, String sha) {
        return IngestedGraph.strings(STORE.store(), cypher, Map.of("sha", sha));
    }
}
