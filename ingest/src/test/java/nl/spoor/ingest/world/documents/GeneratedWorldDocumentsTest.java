package nl.spoor.ingest.world.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;

/**
 * The renderer on a world the generator made (not the hand-made fixture): what {@code spoor generate}
 * does. Every document is its format to Tika and shows the entities its manifest lists, and those
 * entities exist in the world.
 */
class GeneratedWorldDocumentsTest {

    @TempDir
    static Path tmp;
    static World world;
    static List<RenderedDocument> rendered;

    @BeforeAll
    static void generateAndRender() {
        new WorldGenerator(Scale.SMALL, 11).generate(tmp, WorldGenerator.Progress.NONE);
        world = World.read(tmp);
        rendered = new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).render(tmp, tmp.resolve("documents"), 80, 11);
    }

    static final MediaTypeRegistry TYPES = MediaTypeRegistry.getDefaultRegistry();

    /** The text parts of a mail, decoded with their declared charset (mime4j, the parser Tika itself uses). */
    static String bodyAsDeclared(Path eml) throws Exception {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(eml)) {
            Message message = new DefaultMessageBuilder().parseMessage(in);
            collect(message.getBody(), text);
        }
        return text.toString();
    }

    private static void collect(Body body, StringBuilder text) throws Exception {
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                collect(part.getBody(), text);
            }
        } else if (body instanceof TextBody textBody && "text/plain".equals(textBody.getParent().getMimeType())) {
            var out = new java.io.StringWriter();
            try (var reader = textBody.getReader()) {
                reader.transferTo(out);
            }
            text.append(out).append(' ');
        }
    }

    @Test
    void rendersEveryKindTheWorldHasMaterialFor() {
        Set<String> kinds = new TreeSet<>();
        rendered.forEach(d -> kinds.add(d.kind()));
        assertThat(rendered).hasSize(80);
        assertThat(kinds).contains("proces-verbaal", "bankafschrift", "kvk-uittreksel", "e-mail", "huurovereenkomst", "loonstrook", "scan");
        assertThat(rendered).filteredOn(d -> d.caseId() != null).isNotEmpty();
    }

    @Test
    void everyDocumentIsItsFormatToTikaAndShowsEntitiesOfTheWorld() throws Exception {
        Tika tika = new Tika();
        tika.setMaxStringLength(-1);
        SoftAssertions softly = new SoftAssertions();
        for (RenderedDocument doc : rendered) {
            Path file = tmp.resolve("documents").resolve(doc.path());
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
            String text;
            try (InputStream in = Files.newInputStream(file)) {
                text = tika.parseToString(in, metadata);
            }
            // The declared format or a specialisation of it (an ABN AMRO .txt export is text/plain or text/tsv to Tika).
            MediaType detected = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE)).getBaseType();
            softly.assertThat(TYPES.isInstanceOf(detected, MediaType.parse(doc.format())) || TYPES.isInstanceOf(MediaType.parse(doc.format()), detected))
                    .as(doc.path() + " is " + detected + ", declared " + doc.format()).isTrue();
            if (doc.format().equals("message/rfc822")) {
                // Tika guesses the charset of a short mail body itself and can misread declared UTF-8 (Koç → Koรง);
                // the mentions are checked against the body as its Content-Type declares it.
                text = text + " " + bodyAsDeclared(file);
            }
            softly.assertThat(doc.entities()).as(doc.path()).isNotEmpty();
            for (Mention m : doc.entities()) {
                if (!m.id().startsWith(Draft.EXTERN)) {
                    softly.assertThat(world.node(m.id())).as(doc.path() + " names " + m.id()).isPresent();
                }
                if (doc.scan() == null) {
                    softly.assertThat(DocumentRendererTest.flat(text)).as(doc.path() + " shows " + m)
                            .contains(DocumentRendererTest.flat(m.text()));
                }
            }
        }
        softly.assertAll();
    }
}
