package nl.spoor.ingest.world.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A scanner's PDF: each page one greyscale JPEG filling an A4 page and no text layer, so only OCR reads
 * it (Tika's PDF parser sees pages without text and hands them to Tesseract).
 */
final class ImageOnlyPdf {

    private ImageOnlyPdf() {
    }

    static byte[] write(List<BufferedImage> pages, int dpi, LocalDateTime created, String id) {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject scan = JPEGFactory.createFromImage(doc, image, 0.85f, dpi);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return PdfWriter.saved(doc, "Scan", "Scanner", created, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
