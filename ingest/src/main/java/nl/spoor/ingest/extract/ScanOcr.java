package nl.spoor.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The one Tika set-up for reading documents, scans included, shared by {@code spoor extract}
 * ({@link PageText}), the ingest pipeline and raw Tika's baseline in {@code spoor bench ingest}, so that
 * all three read a scan alike.
 *
 * <p>Tesseract reads in Dutch as a single column of lines (page segmentation mode 4), so that a form's
 * label and its value stay on one line: the default (1) cut a KvK extract into a column of labels and a
 * column of values, and its RSIN lost its label.
 *
 * <p>A second look where it pays: Tesseract's Dutch model now and then reads a digit of a BSN or RSIN
 * twice ("7415757417" for 741575747), and the elfproef rightly refuses it. When an image's text has such
 * a labelled number that fails its check, the image is read once more with the English model, which
 * reads these digits better; a labelled number from that reading is added to the text (its whole line,
 * after the first reading's) only when it passes its check, was not read already, and is within two
 * edits of the refused one. No digit is ever guessed: both readings are Tesseract's.
 *
 * <p>Mode 4 does not detect a page's orientation (mode 1 does): where it reads (almost) nothing, a page
 * turned sideways or upside down, the image is read again in mode 1 and that text is the page's.
 */
public final class ScanOcr {

    private ScanOcr() {
    }

    /** Tesseract's page segmentation mode: a single column of text of variable sizes. */
    static final String PAGE_SEGMENTATION = "4";

    /** The model of the second look: its digits are read better than the Dutch model's. */
    static final String SECOND_LOOK_LANGUAGE = "eng";

    private static final TesseractOCRParser TESSERACT = new TesseractOCRParser();

    private static final List<LabelledNumberRecogniser> LABELLED = List.of(LabelledNumberRecogniser.bsn(),
            LabelledNumberRecogniser.rsin(), LabelledNumberRecogniser.kvk());

    /** Tika's parsers, OCR (where wanted) through {@link SecondLook}: images, and the PDF pages Tika renders for OCR. */
    public static AutoDetectParser parser(boolean ocr) {
        return ocr ? new AutoDetectParser(new DefaultParser(), new SecondLook()) : new AutoDetectParser();
    }

    /** Tesseract with its second look, for an image file that is OCRed directly. */
    public static Parser imageParser() {
        return new SecondLook();
    }

    /**
     * A parse context for {@code parser}: Tesseract in Dutch (or not at all), PDF pages without text
     * OCRed, inline PDF images left alone, a text file's declared charset believed.
     */
    public static ParseContext context(boolean ocr, Parser parser) {
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, tesseract("nld", !ocr));
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        // The PDF parser finds its OCR parser (and embedded documents their parser) through the context:
        // without it, image-only pages fail with a NullPointerException in AbstractPDF2XHTML.doOCROnCurrentPage.
        context.set(Parser.class, parser);
        context.set(org.apache.tika.detect.EncodingDetector.class, new DeclaredCharset());
        return context;
    }

    private static TesseractOCRConfig tesseract(String language, boolean skip) {
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setLanguage(language);
        tesseract.setPageSegMode(PAGE_SEGMENTATION);
        tesseract.setSkipOcr(skip);
        return tesseract;
    }

    /**
     * The labelled numbers to add to {@code first}, an image's text, from {@code second}, the same image
     * read again: each line of {@code second} that holds a BSN, RSIN or KvK number that passes its check,
     * is not in {@code first} and is at most two edits from a labelled number {@code first} had to refuse.
     */
    static List<String> confirmed(String first, String second) {
        List<String> refused = new ArrayList<>();
        Set<String> read = new HashSet<>();
        for (LabelledNumberRecogniser r : LABELLED) {
            refused.addAll(r.unchecked(first));
            r.recognise(first, 0).forEach(m -> read.add(m.value()));
        }
        LevenshteinDistance twoEdits = new LevenshteinDistance(2);
        List<String> lines = new ArrayList<>();
        for (LabelledNumberRecogniser r : LABELLED) {
            for (Mention m : r.recognise(second, 0)) {
                if (read.add(m.value()) && refused.stream().anyMatch(s -> twoEdits.apply(s, m.value()) >= 0)) {
                    int from = second.lastIndexOf('\n', m.start()) + 1;
                    int to = second.indexOf('\n', m.end());
                    lines.add(second.substring(from, to < 0 ? second.length() : to).strip());
                }
            }
        }
        return lines;
    }

    /** Whether {@code text} has a labelled BSN, RSIN or KvK number that fails its check. */
    static boolean refusesALabelledNumber(String text) {
        return LABELLED.stream().anyMatch(r -> !r.unchecked(text).isEmpty());
    }

    /** Tesseract, and where its text refuses a labelled number, the second look (see the class). */
    static final class SecondLook implements Parser {

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return TESSERACT.getSupportedTypes(context);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException, TikaException {
            TesseractOCRConfig config = context.get(TesseractOCRConfig.class);
            if (config != null && config.isSkipOcr()) {
                TESSERACT.parse(stream, handler, metadata, context);
                return;
            }
            try (TemporaryResources tmp = new TemporaryResources()) {
                TikaInputStream in = TikaInputStream.get(stream, tmp, metadata);
                Path image = in.getPath();
                HeldBodyEnd out = new HeldBodyEnd(handler);
                TESSERACT.parse(in, out, metadata, context);
                String first = out.text.toString();
                List<String> added = new ArrayList<>();
                String segmentation = PAGE_SEGMENTATION;
                if (nothingRead(first)) {
                    // A page turned sideways or upside down gives a single column nothing: read it again as Tika
                    // does by default (mode 1), which finds the page's orientation first. A page without text costs
                    // this second reading too.
                    segmentation = "1";
                    String turned = reading(image, config == null ? "nld" : config.getLanguage(), segmentation, config);
                    turned.lines().filter(l -> !l.isBlank()).forEach(added::add);
                    first = first + "\n" + turned;
                }
                if (refusesALabelledNumber(first)) {
                    added.addAll(confirmed(first, reading(image, SECOND_LOOK_LANGUAGE, segmentation, config)));
                }
                out.release(added);
            }
        }

        /** Fewer than 20 letters and digits: a single column found no line of text. */
        static boolean nothingRead(String text) {
            return text.codePoints().filter(Character::isLetterOrDigit).count() < 20;
        }

        /** The image read by Tesseract in {@code language} and {@code segmentation} mode, or "" where that fails (the first reading then stands alone). */
        private static String reading(Path image, String language, String segmentation, TesseractOCRConfig first) {
            ParseContext context = new ParseContext();
            TesseractOCRConfig config = tesseract(language, false);
            config.setPageSegMode(segmentation);
            if (first != null) {
                config.setTimeoutSeconds(first.getTimeoutSeconds());
            }
            context.set(TesseractOCRConfig.class, config);
            StringWriter text = new StringWriter();
            try (TikaInputStream again = TikaInputStream.get(image)) {
                TESSERACT.parse(again, new BodyContentHandler(text), new Metadata(), context);
                return text.toString();
            } catch (IOException | SAXException | TikaException e) {
                return "";
            }
        }
    }

    /**
     * Passes Tesseract's XHTML on, keeping its text, but holds back the end of the body until
     * {@link #release}, so that lines added after it still land inside the body (a PDF page's OCR
     * text reaches the page through a handler that drops what comes after the body).
     */
    private static final class HeldBodyEnd extends ContentHandlerDecorator {
        private final ContentHandler handler;
        final StringBuilder text = new StringBuilder();
        private final List<SaxEvent> held = new ArrayList<>();

        private interface SaxEvent {
            void send() throws SAXException;
        }

        HeldBodyEnd(ContentHandler handler) {
            super(handler);
            this.handler = handler;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            text.append(ch, start, length);
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            text.append(ch, start, length);
            super.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            if (!held.isEmpty() || "body".equals(localName)) {
                held.add(() -> handler.endElement(uri, localName, name));
            } else {
                super.endElement(uri, localName, name);
            }
        }

        @Override
        public void endDocument() throws SAXException {
            held.add(handler::endDocument);
        }

        /** Adds each line as a paragraph, then ends the body and the document as Tesseract did. */
        void release(List<String> lines) throws SAXException {
            for (String line : lines) {
                handler.startElement(XHTMLContentHandler.XHTML, "p", "p", new AttributesImpl());
                handler.characters(line.toCharArray(), 0, line.length());
                handler.endElement(XHTMLContentHandler.XHTML, "p", "p");
                handler.ignorableWhitespace(new char[] {'\n'}, 0, 1);
            }
            for (SaxEvent e : held) {
                e.send();
            }
        }
    }
}
