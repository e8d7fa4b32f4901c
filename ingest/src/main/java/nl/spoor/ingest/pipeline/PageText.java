package nl.spoor.ingest.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML as plain text per page: PDF pages arrive as {@code <div class="page">},
 * Tesseract separates the pages of a multi-page TIFF with a form feed. Stops with an error past
 * the text limit rather than growing without bound.
 */
final class PageText extends DefaultHandler {

    static final class TooMuchText extends SAXException {
        TooMuchText(int limit) {
            super("more than " + limit + " characters of text");
        }
    }

    private final int limit;
    private final List<String> pages = new ArrayList<>();
    private final StringBuilder page = new StringBuilder();
    private int total;
    private boolean inPage;

    PageText(int limit) {
        this.limit = limit;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
            // A page div closes what came before it (text outside pages belongs to the page it precedes).
            if (inPage) {
                endPage();
            }
            inPage = true;
        }
    }

    /** Tika ends paragraphs with a newline of its own but not headings: "Bestuurder" would run into the next line. */
    private static final java.util.Set<String> HEADINGS = java.util.Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (HEADINGS.contains(localName)) {
            characters(new char[] {'\n'}, 0, 1);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        total += length;
        if (total > limit) {
            throw new TooMuchText(limit);
        }
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\f') {
                endPage();
            } else {
                page.append(ch[i]);
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void endPage() {
        pages.add(page.toString());
        page.setLength(0);
    }

    /** The pages, at least one; a trailing page break does not make an empty last page. */
    List<String> pages() {
        List<String> all = new ArrayList<>(pages);
        if (page.length() > 0 && !page.toString().isBlank() || all.isEmpty()) {
            all.add(page.toString());
        }
        return all;
    }
}
