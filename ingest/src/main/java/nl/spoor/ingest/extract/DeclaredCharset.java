package nl.spoor.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Text encoding for Tika's text and HTML parsers. Tika guesses from the bytes even when a mail part
 * says {@code charset=UTF-8}, and on a short body it guesses wrong: a UTF-8 "Koç" read as TIS-620
 * gives "Koรง". So: the charset the part declares (in its content type, or as Tika's mail parser
 * passes it, the content encoding), when Java knows it. Tika's mail parser drops a body part's
 * metadata before parsing the body inline, so there nothing is declared any more: then bytes that
 * are valid UTF-8 and not plain ASCII are UTF-8 (other encodings almost never form valid UTF-8
 * sequences by chance), and only the rest is left to Tika's guess.
 */
public final class DeclaredCharset implements EncodingDetector {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    // One for all: building it looks its detectors up with the ServiceLoader, a scan of the class path (in
    // the application jar, of its nested jars) that cost more than parsing a small document. Tika's own
    // configuration shares its encoding detector between threads the same way.
    private static final EncodingDetector GUESS = new DefaultEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset declared = declared(metadata.get(Metadata.CONTENT_TYPE));
        if (declared == null) {
            declared = named(metadata.get(Metadata.CONTENT_ENCODING));
        }
        if (declared != null) {
            return declared;
        }
        if (input != null && input.markSupported()) {
            input.mark(SAMPLE);
            byte[] sample;
            try {
                sample = input.readNBytes(SAMPLE);
            } finally {
                input.reset();
            }
            if (utf8(sample)) {
                return StandardCharsets.UTF_8;
            }
        }
        return GUESS.detect(input, metadata);
    }

    private static final int SAMPLE = 64 * 1024;

    /** Valid UTF-8 with at least one multi-byte sequence; a sequence cut off at the sample's end counts as valid. */
    static boolean utf8(byte[] bytes) {
        boolean multiByte = false;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int more = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (more < 0) {
                return false;
            }
            for (int k = 1; k <= more; k++) {
                if (i + k >= bytes.length) {
                    return multiByte || more > 0;
                }
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            multiByte |= more > 0;
            i += more + 1;
        }
        return multiByte;
    }

    /** The charset named in a content type, or null when none is named or Java does not know it. */
    static Charset declared(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        return named(m.group(1));
    }

    private static Charset named(String charset) {
        if (charset == null || charset.isBlank()) {
            return null;
        }
        String name = charset.strip().toLowerCase(Locale.ROOT);
        try {
            // US-ASCII is what mailers declare by default, also for bytes that are not: leave those to the guess.
            return Charset.isSupported(name) && !name.equals("us-ascii") ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
