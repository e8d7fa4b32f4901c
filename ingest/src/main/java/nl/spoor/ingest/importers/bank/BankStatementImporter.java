package nl.spoor.ingest.importers.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.spoor.model.provenance.Source;
import nl.spoor.model.writer.WriteBatch;

/**
 * Bank statements into the graph. Recognises the layout from the content, never the file name: ING CSV,
 * Rabobank CSV, ABN AMRO TXT, MT940 and camt.053.001.02; ING and Rabobank PDF afschriften
 * ({@link PdfStatements}, read from the words' positions); workbooks (XLSX, XLS) with the ING or Rabobank
 * export's columns ({@link SpreadsheetStatements}, read cell by cell). A statement is read completely and checked
 * (IBANs, amounts, dates, balances) before any fact is made, so a bad file writes nothing.
 *
 * <pre>{@code
 * Statement s = importer.read(path);               // StatementFormatException: file, line, field
 * writer.write(importer.toFacts(s, source));
 * }</pre>
 */
public final class BankStatementImporter {

    /** Extractor name and version for the {@link Source}s of bank statements. */
    public static final String EXTRACTOR = "spoor-bank-statement";
    public static final String EXTRACTOR_VERSION = "1";

    /** Enough to see a CSV header, the first TXT line, an MT940 envelope or a camt namespace. */
    private static final int HEAD = 8_192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final List<StatementReader> readers = List.of(new Camt053(), new Mt940(), new IngCsv(),
            new RabobankCsv(), new AbnAmroTxt());

    /** The layout of the file, or empty when it is none of the supported bank statements. */
    public Optional<StatementFormat> detect(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
            if (PdfStatements.mayBe(head) || SpreadsheetStatements.mayBe(head)) {
                return detect(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new StatementFormatException(file, null, null, "cannot be read: " + e.getMessage(), e);
        }
        return detect(head);
    }

    /** The layout of content already in memory (a file the ingest pipeline holds, an archive entry), or empty. */
    public Optional<StatementFormat> detect(byte[] content) {
        if (PdfStatements.mayBe(content)) {
            return PdfStatements.detect(content);
        }
        if (SpreadsheetStatements.mayBe(content)) {
            return SpreadsheetStatements.detect(content);
        }
        byte[] head = content.length > HEAD ? Arrays.copyOf(content, HEAD) : content;
        for (byte b : head) {
            if (b == 0) {
                // A binary file (an Outlook .msg holding a camt.053 attachment as is) is no statement: exports are text.
                return Optional.empty();
            }
        }
        return reader(decode(head)).map(StatementReader::format);
    }

    /**
     * As {@link #detect(byte[])}, for a document whose first page's text is already known (the pipeline has
     * Tika's): a PDF is then recognised from that text without opening it again.
     */
    public Optional<StatementFormat> detect(byte[] content, String firstPageText) {
        if (PdfStatements.mayBe(content)) {
            return PdfStatements.recognise(firstPageText == null ? "" : firstPageText);
        }
        return detect(content);
    }

    /** @throws StatementFormatException for an unknown layout or bad content, naming file, line or entry, and field */
    public Statement read(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StatementFormatException(file, null, null, "cannot be read: " + e.getMessage(), e);
        }
        return read(file, content);
    }

    /**
     * Content already in memory; {@code file} only names it in the statement and in errors (it need not exist,
     * e.g. {@code dossier.zip!/afschrift.sta}).
     *
     * @throws StatementFormatException for an unknown layout or bad content, naming file, line or entry, and field
     */
    public Statement read(Path file, byte[] content) {
        if (PdfStatements.mayBe(content)) {
            return PdfStatements.read(file, content);
        }
        if (SpreadsheetStatements.mayBe(content)) {
            return SpreadsheetStatements.read(file, content);
        }
        String text = decode(content);
        if (text.isBlank()) {
            throw new StatementFormatException(file, null, null, "is empty");
        }
        StatementReader reader = reader(text.length() > HEAD ? text.substring(0, HEAD) : text)
                .orElseThrow(() -> new StatementFormatException(file, null, null,
                        "is not a bank statement layout Spoor knows (ING CSV, Rabobank CSV, ABN AMRO TXT, MT940, camt.053, "
                                + "ING and Rabobank PDF afschriften and spreadsheets)"));
        return reader.read(file, text);
    }

    /** The statement as facts of {@code source} (added to the batch), for {@code GraphWriter.write}. */
    public WriteBatch toFacts(Statement statement, Source source) {
        return StatementFacts.of(statement, source);
    }

    private Optional<StatementReader> reader(String head) {
        return readers.stream().filter(r -> r.recognises(head)).findFirst();
    }

    /**
     * UTF-8 (with or without BOM) as banks export today; older exports are Windows-1252, which any byte
     * sequence is, so it is the fallback rather than a guess among many. Register extracts are decoded alike.
     */
    public static String decode(byte[] bytes) {
        byte[] b = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            // A head cut inside a multi-byte character also lands here; only the last bytes differ then.
            return new String(b, WINDOWS_1252);
        }
    }
}
