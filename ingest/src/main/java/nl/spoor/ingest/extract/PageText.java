package nl.spoor.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A file's text per page, through Tika: PDF pages are Tika's {@code <div class="page">}; formats
 * without pages are one page. Embedded documents (mail attachments) are parsed too and continue the
 * text, a mailbox's (.pst) messages as the Outlook items they are. Blocks end in a newline and table
 * cells in a tab, so labels and values stay apart. A page starts at its first text (a plain text
 * file's page is its text, offsets included).
 */
public final class PageText {

    private PageText() {
    }

    /** The text, images and scanned PDF pages read by Tesseract in Dutch where it is installed. */
    public static List<String> of(Path file) throws IOException {
        return of(file, true);
    }

    /** @param ocr whether images and image-only PDF pages are read by Tesseract (Dutch) */
    public static List<String> of(Path file, boolean ocr) throws IOException {
        AutoDetectParser parser = ScanOcr.parser(ocr);
        ParseContext context = ScanOcr.context(ocr, parser);
        context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, new MailboxItems(context));
        Pages pages = new Pages();
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, pages, new Metadata(), context);
        } catch (SAXException | TikaException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return pages.texts();
    }

    /** Parses attachments into the text, and a mailbox's (.pst) messages as the .msg files they are ({@link PstItems}). */
    private static final class MailboxItems extends org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor {
        MailboxItems(ParseContext context) {
            super(context);
        }

        @Override
        public void parseEmbedded(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws SAXException, IOException {
            com.pff.PSTMessage item = PstItems.item(stream);
            if (item == null) {
                super.parseEmbedded(stream, handler, metadata, outputHtml);
                return;
            }
            Metadata msg = new Metadata();
            msg.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, metadata.get(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY));
            try (InputStream in = TikaInputStream.get(PstItems.msg(item))) {
                super.parseEmbedded(in, handler, msg, outputHtml);
            }
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "title", "pre", "table", "blockquote");

    private static final class Pages extends DefaultHandler {
        private final List<StringBuilder> pages = new ArrayList<>(List.of(new StringBuilder()));
        private boolean sawPage;
        private int inHead;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String name = local.isEmpty() ? qName : local;
            if (name.equals("head")) {
                inHead++;
            }
            if (name.equals("div") && "page".equals(atts.getValue("class"))) {
                if (sawPage || !pages.getLast().toString().isBlank()) {
                    pages.add(new StringBuilder());
                }
                sawPage = true;
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String name = local.isEmpty() ? qName : local;
            if (name.equals("head")) {
                inHead--;
            } else if (inHead > 0) {
                return;
            } else if (BLOCKS.contains(name) && !pages.getLast().isEmpty()) {
                pages.getLast().append('\n');
            } else if (name.equals("td") || name.equals("th")) {
                pages.getLast().append('\t');
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inHead == 0) {
                pages.getLast().append(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            // Tika's layout newlines (PDF line ends among them), but none before a page's first text
            if (inHead == 0 && !pages.getLast().isEmpty()) {
                pages.getLast().append(ch, start, length);
            }
        }

        List<String> texts() {
            return pages.stream().map(StringBuilder::toString).toList();
        }
    }
}
