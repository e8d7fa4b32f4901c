package nl.spoor.ingest.world.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DocumentRendererTest {

    static final Path FIXTURE = Path.of("src/test/resources/world-fixture");

    @TempDir
    static Path tmp;
    static List<RenderedDocument> rendered;
    static Path first;

    @BeforeAll
    static void renderOnce() {
        first = tmp.resolve("first");
        rendered = new DocumentRenderer(0.3, false).render(FIXTURE, first, 45, 42L);
    }

    @Test
    void sameWorldAndSeedGiveByteIdenticalDocuments() throws Exception {
        // Dates in PDF info and ZIP entries have a resolution of one or two seconds: let the clock move on.
        Thread.sleep(2_100);
        Path second = tmp.resolve("second");
        new DocumentRenderer(0.3, false).render(FIXTURE, second, 45, 42L);

        Map<String, byte[]> a = files(first);
        Map<String, byte[]> b = files(second);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        for (String path : a.keySet()) {
            assertThat(b.get(path)).as(path).isEqualTo(a.get(path));
        }
        assertThat(a).hasSize(46); // 45 documents and the manifest
    }

    @Test
    void anotherSeedGivesOtherDocuments() {
        Path other = tmp.resolve("other");
        List<RenderedDocument> docs = new DocumentRenderer(0.3, false).render(FIXTURE, other, 45, 43L);
        assertThat(docs.stream().map(RenderedDocument::sha256).toList())
                .isNotEqualTo(rendered.stream().map(RenderedDocument::sha256).toList());
    }

    @Test
    void manifestListsEveryFileWithItsDigestAndEntities() throws Exception {
        JsonNode manifest = JsonMapper.builder().build().readTree(first.resolve("manifest.json").toFile());
        JsonNode docs = manifest.get("documents");
        assertThat(docs.size()).isEqualTo(45);
        for (int i = 0; i < docs.size(); i++) {
            JsonNode d = docs.get(i);
            Path file = first.resolve(d.get("path").asString());
            assertThat(DocumentRenderer.sha256(Files.readAllBytes(file))).isEqualTo(d.get("sha256").asString());
            assertThat(d.has("caseId")).isTrue();
            assertThat(d.get("entities").size()).as(d.get("path").asString()).isPositive();
            assertThat(d.get("path").asString()).isEqualTo(rendered.get(i).path());
        }
        assertThat(rendered).filteredOn(r -> "fit-katvanger-1".equals(r.caseId())).isNotEmpty();
        assertThat(rendered).filteredOn(r -> r.caseId() == null).isNotEmpty();
    }

    @Test
    void everyDocumentIsItsFormatToTikaAndShowsItsEntities() throws Exception {
        Tika tika = new Tika();
        tika.setMaxStringLength(-1);
        SoftAssertions softly = new SoftAssertions();
        for (RenderedDocument doc : rendered) {
            Path file = first.resolve(doc.path());
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
            String text;
            try (InputStream in = Files.newInputStream(file)) {
                text = tika.parseToString(in, metadata);
            }
            softly.assertThat(metadata.get(Metadata.CONTENT_TYPE)).as(doc.path()).startsWith(doc.format());
            if (doc.scan() == null) {
                String flat = flat(text);
                for (Mention m : doc.entities()) {
                    softly.assertThat(flat).as(doc.path() + " shows " + m).contains(flat(m.text()));
                }
            }
        }
        softly.assertAll();
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
