package nl.spoor.ingest.pipeline;

import java.io.IOException;
import java.io.Writer;

/**
 * What {@code spoor bench ingest} compares the pipeline with: the pipeline's own Tika set-up (detector,
 * parse context, OCR routing and Tesseract configuration) parsing a file to text, and nothing else.
 * Thread-safe.
 */
public final class TikaBaseline {

    /** A file parsed: its detected media type and how many characters of text Tika gave. */
    public record Parsed(String mediaType, long characters) {
    }

    private final DocumentParser parser;

    /** @param ocr as the pipeline's option: Tesseract (Dutch) is used only when it is also installed */
    public TikaBaseline(boolean ocr) {
        this.parser = new DocumentParser(ocr && DocumentParser.tesseractAvailable(), IngestLimits.defaults());
    }

    /** @throws IOException also for what Tika refuses (corrupt, encrypted), with Tika's reason */
    public Parsed parse(byte[] content, String name) throws IOException {
        CountingWriter text = new CountingWriter();
        try {
            return new Parsed(parser.parseOnly(content, name, text), text.count);
        } catch (org.apache.tika.exception.TikaException | org.xml.sax.SAXException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    /** Counts the text instead of keeping it: the baseline is Tika's parse and nothing else. */
    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
