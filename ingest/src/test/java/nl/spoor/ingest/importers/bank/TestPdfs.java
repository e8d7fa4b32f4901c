package nl.spoor.ingest.importers.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** PDFs for tests: a rendered afschrift with one printed amount changed; a page of plain lines. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page A4 PDF with these lines of text, top down (a proces-verbaal, a letter). */
    public static Path lines(Path out, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream font = PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font sans = PDType0Font.load(doc, font, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String line : lines) {
                    text.beginText();
                    text.setFont(sans, 10);
                    text.newLineAtOffset(56, y);
                    text.showText(line);
                    text.endText();
                    y -= 16;
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /**
     * Copies {@code pdf} to {@code out} with two different digits swapped in the amount after {@code label} on
     * {@code page}: in the page's own text, so only that number differs and the words stay where they were.
     *
     * @param occurrence which line starting with the label: 0 the first, -1 the last
     * @return the amount as it was and as it now is
     */
    public static String[] swapDigits(Path pdf, int page, String label, int occurrence, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage p = doc.getPage(page - 1);
            List<String> lines = PageWords.of(doc, page).stream().map(PageWords.Line::text)
                    .filter(t -> t.startsWith(label + " ")).toList();
            if (lines.isEmpty()) {
                throw new IllegalArgumentException(pdf + " has no line starting with " + label + " on page " + page);
            }
            String amount = lines.get(occurrence < 0 ? lines.size() + occurrence : occurrence).substring(label.length() + 1);
            String swapped = swapTwoDigits(amount);
            PDType0Font font = (PDType0Font) p.getResources().getFont(p.getResources().getFontNames().iterator().next());
            byte[] original = font.encode(amount);
            List<Object> tokens = new ArrayList<>(new PDFStreamParser(p).parse());
            List<Integer> shown = new ArrayList<>();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i) instanceof COSString s && Arrays.equals(s.getBytes(), original)
                        && tokens.get(i + 1) instanceof Operator op && op.getName().equals("Tj")) {
                    shown.add(i);
                }
            }
            if (shown.isEmpty()) {
                throw new IllegalArgumentException("'" + amount + "' is not drawn as one string on page " + page + " of " + pdf);
            }
            // The amount after the label is drawn after the label: the last such string of a below-table total, else the first.
            int at = shown.get(occurrence < 0 ? shown.size() - 1 : 0);
            tokens.set(at, new COSString(font.encode(swapped)));
            PDStream stream = new PDStream(doc);
            try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(o).writeTokens(tokens);
            }
            p.setContents(stream);
            doc.save(out.toFile());
            return new String[] {amount, swapped};
        }
    }

    private static String swapTwoDigits(String amount) {
        char[] c = amount.toCharArray();
        for (int i = 0; i < c.length; i++) {
            for (int j = i + 1; j < c.length; j++) {
                if (Character.isDigit(c[i]) && Character.isDigit(c[j]) && c[i] != c[j]) {
                    char t = c[i];
                    c[i] = c[j];
                    c[j] = t;
                    return new String(c);
                }
            }
        }
        throw new IllegalArgumentException("no two different digits in " + amount);
    }
}
