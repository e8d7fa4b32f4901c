package nl.spoor.ingest.pipeline;

import java.io.Writer;

/**
 * What {@code spoor bench ingest} compares the pipeline with: the pipeline's own Tika set-up (detector,
 * parse context, OCR routing and Tesseract configuration) parsing a file to text, and nothing else.
 * Thread-safe.
 */
public final class TikaBaseline {

    /** A file parsed: its detected media type, how many characters of text Tika gave, and why it failed (null: it did not). */
    public record Parsed(String mediaType, long characters, String error) {
    }

    private final DocumentParser parser;

    /** @param ocr as the pipeline's option: Tesseract (Dutch) is used only when it is also installed */
    public TikaBaseline(boolean ocr) {
        this.parser = new DocumentParser(ocr && DocumentParser.tesseractAvailable(), IngestLimits.defaults());
    }

    public Parsed parse(byte[] content, String name) {
        return parser.parseOnly(content, name, new CountingWriter());
    }

    /** Counts the text instead of keeping it: the baseline is Tika's parse and nothing else. */
    static final class CountingWriter extends Writer {
        private long count;

        long count() {
            return count;
        }

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
