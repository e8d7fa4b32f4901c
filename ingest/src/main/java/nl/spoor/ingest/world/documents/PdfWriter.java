package nl.spoor.ingest.world.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes a {@link Sheet} as an A4 PDF with PDFBox. Deterministic: the font is the Liberation Sans that
 * PDFBox ships (embedded, so rendering and text extraction do not depend on the machine's fonts), the
 * creation date and the trailer /ID come from the caller, nothing reads the clock.
 */
final class PdfWriter {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float BODY = 10;
    private static final float LEADING = 1.35f;

    private final byte[] fontBytes;

    PdfWriter() {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox jar lacks " + FONT);
            }
            fontBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param created the document's date (creation and modification), @param id a stable document id */
    byte[] write(Sheet sheet, java.time.LocalDateTime created, String id) {
        return write(sheet.title, sheet.author, created, id, (doc, font) -> new Layout(doc, font, sheet).run());
    }

    /** Draws the pages of a document laid out by the caller (a bank's rekeningafschrift). */
    interface Pages {
        void draw(PDDocument doc, PDType0Font font) throws IOException;
    }

    /** A document whose pages {@code pages} draws, with the same font, metadata and stable /ID as a Sheet's. */
    byte[] write(String title, String author, java.time.LocalDateTime created, String id, Pages pages) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, new java.io.ByteArrayInputStream(fontBytes), true);
            pages.draw(doc, font);

            return saved(doc, title, author, created, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document's bytes, with title, author, dates from the caller and a trailer /ID from {@code id}:
     * without an /ID PDFBox would derive one from the clock.
     */
    static byte[] saved(PDDocument doc, String title, String author, java.time.LocalDateTime created, String id)
            throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Spoor");
        info.setProducer("Spoor documentrenderer");
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Europe/Amsterdam"), Locale.ROOT);
        calendar.clear();
        calendar.set(created.getYear(), created.getMonthValue() - 1, created.getDayOfMonth(),
                created.getHour(), created.getMinute(), created.getSecond());
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("MD5").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(digest));
        ids.add(new COSString(digest));
        doc.getDocument().setDocumentID(ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** Greedy word wrap at spaces; a word longer than the line stays whole. */
    static List<String> wrap(PDType0Font font, String s, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : s.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > max) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Flows the blocks down the page, starting a new page when one is full. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final Sheet sheet;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream out;
        private float y;
        private int pageNumber;

        Layout(PDDocument doc, PDType0Font font, Sheet sheet) {
            this.doc = doc;
            this.font = font;
            this.sheet = sheet;
        }

        void run() throws IOException {
            newPage();
            for (Sheet.Block block : sheet.blocks) {
                switch (block) {
                    case Sheet.Letterhead l -> {
                        text(MARGIN, l.organisation(), 13, true);
                        y -= 13 * LEADING;
                        for (String line : l.lines()) {
                            text(MARGIN, line, 8.5f, false);
                            y -= 8.5f * LEADING;
                        }
                        y -= 8;
                        rule();
                        y -= 14;
                    }
                    case Sheet.Title t -> {
                        need(30);
                        for (String line : wrap(t.text(), 15, width)) {
                            text(MARGIN, line, 15, true);
                            y -= 15 * LEADING;
                        }
                        y -= 6;
                    }
                    case Sheet.Heading h -> {
                        need(40);
                        y -= 4;
                        text(MARGIN, h.text(), 11, true);
                        y -= 11 * LEADING + 2;
                    }
                    case Sheet.Paragraph p -> {
                        for (String line : wrap(p.text(), BODY, width)) {
                            need(BODY * LEADING);
                            text(MARGIN, line, BODY, false);
                            y -= BODY * LEADING;
                        }
                        y -= 5;
                    }
                    case Sheet.Fields f -> {
                        float labelWidth = 150;
                        for (String[] pair : f.pairs()) {
                            List<String> lines = wrap(pair[1], BODY, width - labelWidth);
                            need(BODY * LEADING * lines.size());
                            text(MARGIN, pair[0], BODY, false);
                            for (String line : lines) {
                                text(MARGIN + labelWidth, line, BODY, false);
                                y -= BODY * LEADING;
                            }
                        }
                        y -= 5;
                    }
                    case Sheet.Table t -> table(t);
                    case Sheet.Signature s -> {
                        need(BODY * LEADING * (s.lines().size() + 3));
                        y -= 10;
                        for (String line : s.lines()) {
                            text(MARGIN, line, BODY, false);
                            y -= BODY * LEADING;
                        }
                    }
                }
            }
            finishPage();
        }

        private void table(Sheet.Table t) throws IOException {
            float size = 8.5f;
            float total = 0;
            for (float w : t.widths()) {
                total += w;
            }
            float[] columns = new float[t.widths().length];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = width * t.widths()[i] / total;
            }
            row(t.header(), columns, size, true, false);
            rule();
            y -= 3;
            for (List<String> cells : t.rows()) {
                row(cells, columns, size, false, t.rightAlignLast());
            }
            rule();
            y -= 8;
        }

        private void row(List<String> cells, float[] columns, float size, boolean bold, boolean rightAlignLast)
                throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.size(); i++) {
                List<String> lines = wrap(cells.get(i), size, columns[i] - 4);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            need(size * LEADING * height + 2);
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                float lineY = y;
                for (String line : wrapped.get(i)) {
                    float at = x;
                    if (rightAlignLast && i == cells.size() - 1) {
                        at = x + columns[i] - 4 - textWidth(line, size);
                    }
                    textAt(at, lineY, line, size, bold);
                    lineY -= size * LEADING;
                }
                x += columns[i];
            }
            y -= size * LEADING * height + 1;
        }

        private void need(float height) throws IOException {
            if (y - height < MARGIN + 20) {
                finishPage();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            pageNumber++;
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void finishPage() throws IOException {
            String foot = (sheet.footer == null ? "" : sheet.footer + "   ") + "pagina " + pageNumber;
            textAt(MARGIN, MARGIN - 20, foot, 7.5f, false);
            out.close();
        }

        private void rule() throws IOException {
            out.setLineWidth(0.6f);
            out.moveTo(MARGIN, y + 4);
            out.lineTo(MARGIN + width, y + 4);
            out.stroke();
        }

        private void text(float x, String s, float size, boolean bold) throws IOException {
            textAt(x, y - size, s, size, bold);
        }

        private void textAt(float x, float baseline, String s, float size, boolean bold) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            out.beginText();
            out.setFont(font, size);
            if (bold) {
                // One embedded face only: bold is drawn as fill plus a thin stroke.
                out.setRenderingMode(RenderingMode.FILL_STROKE);
                out.setLineWidth(size / 30);
            } else {
                out.setRenderingMode(RenderingMode.FILL);
            }
            out.newLineAtOffset(x, baseline);
            out.showText(s);
            out.endText();
        }

        private float textWidth(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        private List<String> wrap(String s, float size, float max) throws IOException {
            return PdfWriter.wrap(font, s, size, max);
        }
    }
}
