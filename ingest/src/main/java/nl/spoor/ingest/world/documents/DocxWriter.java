package nl.spoor.ingest.world.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a {@link Sheet} as DOCX with POI XWPF. POI stamps the core properties and the ZIP entries
 * with the current time, so the package is rewritten with the caller's date in both.
 */
final class DocxWriter {

    byte[] write(Sheet sheet, LocalDateTime created) {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Sheet.Block block : sheet.blocks) {
                switch (block) {
                    case Sheet.Letterhead l -> {
                        run(doc.createParagraph(), l.organisation(), 13, true);
                        XWPFParagraph lines = doc.createParagraph();
                        for (int i = 0; i < l.lines().size(); i++) {
                            XWPFRun r = lines.createRun();
                            r.setFontSize(8.5);
                            r.setText(l.lines().get(i));
                            if (i < l.lines().size() - 1) {
                                r.addBreak();
                            }
                        }
                    }
                    case Sheet.Title t -> {
                        XWPFParagraph p = doc.createParagraph();
                        p.setStyle("Title");
                        run(p, t.text(), 15, true);
                    }
                    case Sheet.Heading h -> run(doc.createParagraph(), h.text(), 11, true);
                    case Sheet.Paragraph p -> {
                        XWPFParagraph par = doc.createParagraph();
                        String[] lines = p.text().split("\n", -1);
                        for (int i = 0; i < lines.length; i++) {
                            XWPFRun r = par.createRun();
                            r.setFontSize(10);
                            r.setText(lines[i]);
                            if (i < lines.length - 1) {
                                r.addBreak();
                            }
                        }
                    }
                    case Sheet.Fields f -> {
                        XWPFTable table = doc.createTable(f.pairs().size(), 2);
                        table.removeBorders();
                        for (int i = 0; i < f.pairs().size(); i++) {
                            XWPFTableRow row = table.getRow(i);
                            cell(row, 0, f.pairs().get(i)[0], false);
                            cell(row, 1, f.pairs().get(i)[1], false);
                        }
                        doc.createParagraph();
                    }
                    case Sheet.Table t -> {
                        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
                        fill(table.getRow(0), t.header(), true);
                        for (int i = 0; i < t.rows().size(); i++) {
                            fill(table.getRow(i + 1), t.rows().get(i), false);
                        }
                        doc.createParagraph();
                    }
                    case Sheet.Signature s -> {
                        XWPFParagraph p = doc.createParagraph();
                        p.setSpacingBefore(240);
                        for (int i = 0; i < s.lines().size(); i++) {
                            XWPFRun r = p.createRun();
                            r.setFontSize(10);
                            r.setText(s.lines().get(i));
                            if (i < s.lines().size() - 1) {
                                r.addBreak();
                            }
                        }
                    }
                }
            }
            if (sheet.footer != null) {
                XWPFParagraph foot = doc.createParagraph();
                foot.setAlignment(ParagraphAlignment.RIGHT);
                run(foot, sheet.footer, 7.5, false);
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date date = Date.from(created.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            core.setCreator(sheet.author);
            core.setTitle(sheet.title);
            core.setLastModifiedByUser(sheet.author);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return restamp(out.toByteArray(), created);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        r.setText(text);
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            cell(row, i, cells.get(i), bold);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph p = row.getCell(column).getParagraphs().getFirst();
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(9);
        r.setText(text);
    }

    /** Copies the package's entries in order, each with the given local time and nothing else. */
    static byte[] restamp(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
