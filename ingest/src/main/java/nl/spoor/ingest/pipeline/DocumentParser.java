package nl.spoor.ingest.pipeline;

import java.io.IOException;
import java.util.List;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.xml.sax.SAXException;

import nl.spoor.ingest.extract.ScanOcr;

/**
 * Detect and text stages: Tika finds the media type from the content (not the file name), takes the
 * text per page, reads images and image-only PDF pages with Tesseract in Dutch, and hands back
 * attachments and archive entries as files of their own. Thread-safe.
 */
final class DocumentParser {

    /** Tesseract, with the shared set-up's second look ({@link ScanOcr}), for the raster formats OCR reads directly. */
    private static final org.apache.tika.parser.Parser TESSERACT = ScanOcr.imageParser();

    private final AutoDetectParser tika;
    private final boolean ocr;
    private final IngestLimits limits;

    /** @param ocr whether to OCR; pass {@link #tesseractAvailable()} and the user's choice */
    DocumentParser(boolean ocr, IngestLimits limits) {
        this.ocr = ocr;
        this.limits = limits;
        this.tika = ScanOcr.parser(ocr);
    }

    /** Raster images Tesseract reads (through Leptonica); scans and photos arrive as these. */
    static final java.util.Set<String> OCR_IMAGES = java.util.Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/gif",
            "image/webp", "image/x-portable-pixmap", "image/x-portable-graymap", "image/x-portable-bitmap");

    static boolean tesseractAvailable() {
        try {
            return new TesseractOCRParser().hasTesseract();
        } catch (TikaConfigException e) {
            return false;
        }
    }

    ParsedDocument parse(byte[] content, String name, ExpansionBudget budget) throws BadInputException {
        if (content.length == 0) {
            throw new BadInputException("empty file");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        String mediaType;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MediaType detected = tika.getDetector().detect(in, metadata);
            mediaType = detected.getBaseType().toString();
            if (MediaType.OCTET_STREAM.equals(detected.getBaseType())) {
                throw new BadInputException("not a format Spoor reads (content detected as " + mediaType + ", whatever the extension says)");
            }
            ParseContext context = context();
            EmbeddedFiles embedded = new EmbeddedFiles(tika, context, budget, limits.maxFileBytes());
            context.set(EmbeddedDocumentExtractor.class, embedded);
            PageText text = new PageText(limits.maxTextChars());
            // Tika's default parser gives images only their metadata; Tesseract reads the raster formats
            // it knows. Other image/* types (CAD drawings, Photoshop, icons) keep Tika's own parser.
            (ocr && OCR_IMAGES.contains(mediaType) ? TESSERACT : tika).parse(in, text, metadata, context);
            if (embedded.overLimit() != null) {
                throw new BadInputException(embedded.overLimit());
            }
            List<String> pages = text.pages();
            boolean imagesUnread = !ocr && (OCR_IMAGES.contains(mediaType)
                    || mediaType.equals("application/pdf") && pages.stream().anyMatch(String::isBlank));
            return new ParsedDocument(mediaType, pages, imagesUnread, embedded.files());
        } catch (EncryptedDocumentException e) {
            throw new BadInputException("encrypted or password-protected: " + message(e), e);
        } catch (PageText.TooMuchText e) {
            throw new BadInputException("text longer than the limit: " + e.getMessage(), e);
        } catch (TikaException | SAXException e) {
            throw new BadInputException("corrupt or truncated (" + metadata.get(org.apache.tika.metadata.HttpHeaders.CONTENT_TYPE) + "): " + message(e), e);
        } catch (IOException e) {
            throw new BadInputException("unreadable: " + message(e), e);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser library tripping over malformed input is still bad input, not a reason to stop the run.
            throw new BadInputException("the parser failed on this file: " + e, e);
        }
    }

    /**
     * Tika alone, for {@code spoor bench ingest}'s baseline: the same detection, parse context, OCR
     * routing and configuration as {@link #parse}, the text counted and dropped; attachments and archive
     * entries are parsed into the container's text by Tika's own embedded extractor instead of being
     * taken out as documents of their own (the same parsing work). No limits, no page split. What Tika
     * refuses is given as the error, with the media type detected before.
     */
    TikaBaseline.Parsed parseOnly(byte[] content, String name, TikaBaseline.CountingWriter text) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        String mediaType = "unknown";
        try (TikaInputStream in = TikaInputStream.get(content)) {
            mediaType = tika.getDetector().detect(in, metadata).getBaseType().toString();
            (ocr && OCR_IMAGES.contains(mediaType) ? TESSERACT : tika).parse(in, new org.apache.tika.sax.BodyContentHandler(text), metadata, context());
            return new TikaBaseline.Parsed(mediaType, text.count(), null);
        } catch (IOException | TikaException | SAXException | RuntimeException e) {
            return new TikaBaseline.Parsed(mediaType, text.count(), message(e));
        }
    }

    /** The shared set-up ({@link ScanOcr}): the same for the pipeline, its baseline and {@code spoor extract}. */
    private ParseContext context() {
        return ScanOcr.context(ocr, tika);
    }

    private static String message(Throwable e) {
        Throwable t = e;
        String m = e.getMessage();
        while ((m == null || m.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            m = t.getMessage();
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
