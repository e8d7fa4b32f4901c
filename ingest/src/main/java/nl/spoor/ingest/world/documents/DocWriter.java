package nl.spoor.ingest.world.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;

/**
 * Writes a {@link Sheet} as a Word 97–2003 document (.doc). POI's HWPF cannot create a document from
 * nothing, so it fills {@code blank.doc}: Apache Tika's test document {@code test.doc} (Apache License
 * 2.0) with its text, author and dates removed, whose text is stored as Unicode so that Ş and ł survive.
 * Headings and paragraphs become Word paragraphs; table rows become paragraphs of tab-separated
 * cells (HWPF cannot insert table structures).
 */
final class DocWriter {

    private final byte[] template;

    DocWriter() {
        try (InputStream in = DocWriter.class.getResourceAsStream("blank.doc")) {
            if (in == null) {
                throw new IllegalStateException("blank.doc is missing from the classpath");
            }
            template = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] write(Sheet sheet, LocalDateTime created) {
        StringBuilder text = new StringBuilder();
        for (Sheet.Block block : sheet.blocks) {
            switch (block) {
                case Sheet.Letterhead l -> {
                    text.append(l.organisation()).append('\r');
                    l.lines().forEach(line -> text.append(line).append('\r'));
                }
                case Sheet.Title t -> text.append('\r').append(t.text()).append('\r');
                case Sheet.Heading h -> text.append('\r').append(h.text()).append('\r');
                case Sheet.Paragraph p -> text.append(p.text().replace('\n', '\u000B')).append('\r');
                case Sheet.Fields f -> f.pairs().forEach(pair -> text.append(pair[0]).append('\t').append(pair[1]).append('\r'));
                case Sheet.Table t -> {
                    text.append(String.join("\t", t.header())).append('\r');
                    t.rows().forEach(row -> text.append(String.join("\t", row)).append('\r'));
                }
                case Sheet.Signature s -> text.append('\r').append(String.join("\u000B", s.lines())).append('\r');
            }
        }
        if (sheet.footer != null) {
            text.append('\r').append(sheet.footer).append('\r');
        }
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(template))) {
            doc.getRange().insertBefore(text.toString());
            SummaryInformation info = doc.getSummaryInformation();
            info.setTitle(sheet.title);
            info.setAuthor(sheet.author);
            info.setLastAuthor(sheet.author);
            Date date = Date.from(created.toInstant(ZoneOffset.UTC));
            info.setCreateDateTime(date);
            info.setLastSaveDateTime(date);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
