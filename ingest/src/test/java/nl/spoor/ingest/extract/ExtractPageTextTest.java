package nl.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's text per page, so a mention's page and offsets point at the page it is on. */
class ExtractPageTextTest {

    @TempDir
    Path dir;

    @Test
    void splitsAPdfIntoItsPages() throws Exception {
        Path pdf = dir.resolve("twee-paginas.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (String line : List.of("Eerste pagina", "Kenteken DZ-521-R")) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        List<String> pages = PageText.of(pdf);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).strip()).isEqualTo("Eerste pagina");
        assertThat(pages.get(1).strip()).isEqualTo("Kenteken DZ-521-R");
        List<Mention> mentions = new RuleExtractor().mentions(pages);
        assertThat(mentions).extracting(Mention::type, Mention::value, Mention::page)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MentionType.VEHICLE, "DZ521R", 2));
        Mention plate = mentions.getFirst();
        assertThat(pages.get(1).substring(plate.start(), plate.end())).isEqualTo("DZ-521-R");
    }
}
