package nl.spoor.ingest.importers.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.spoor.ingest.importers.bank.BankStatementImporter;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.writer.WriteBatch;

/**
 * Register extracts (KvK, RDW, BRP, Kadaster/WOZ) into the graph, recognised by their header row, never by
 * the file name ({@code ingest/register-formats.md}). An extract is read and checked completely (BSNs by
 * elfproef, KvK-nummers, kentekens by RDW side-code, postcodes, rechtsvormen, dates, percentages) before
 * any fact is made, so a bad file writes nothing.
 *
 * <pre>{@code
 * RegisterExtract x = importer.read(path, content, source.sourceId(), sha256);   // RegisterFormatException: file, line, column
 * writer.write(RegisterImporter.toFacts(x, source));
 * }</pre>
 */
public final class RegisterImporter {

    /** Extractor name and version for the {@link Source}s of register extracts imported directly. */
    public static final String EXTRACTOR = "spoor-register";
    public static final String EXTRACTOR_VERSION = "1";

    private static final int HEAD = 8_192;
    private static final Set<String> BSN_COLUMNS = Set.of("BSN", "BSN tenaamgestelde", "BSN eigenaar");

    private final BsnKey bsnKey;

    public RegisterImporter(BsnKey bsnKey) {
        this.bsnKey = bsnKey;
    }

    /** The layout of the file, or empty when it is no register extract Spoor knows. */
    public Optional<RegisterFormat> detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in.readNBytes(HEAD));
        } catch (IOException e) {
            throw new RegisterFormatException(file, 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The layout of content already in memory (a file the ingest pipeline holds, an archive entry), or empty. */
    public Optional<RegisterFormat> detect(byte[] content) {
        String head = BankStatementImporter.decode(content.length > HEAD ? Arrays.copyOf(content, HEAD) : content);
        List<String> header = RegisterTable.header(head);
        return Arrays.stream(RegisterFormat.values()).filter(f -> f.recognises(header)).findFirst();
    }

    /**
     * Reads and checks the whole extract; {@code file} names it in errors and need not exist.
     *
     * @param sourceId the source its facts are evidence of
     * @param scope    what makes the ids of parties without an identifier unique to this extract: its content hash
     * @throws RegisterFormatException for an unknown layout or bad content, naming file, line and column
     */
    public RegisterExtract read(Path file, byte[] content, String sourceId, String scope) {
        String text = BankStatementImporter.decode(content);
        if (text.isBlank()) {
            throw new RegisterFormatException(file, 0, null, "is empty");
        }
        RegisterFormat format = detect(content).orElseThrow(() -> new RegisterFormatException(file, 1, null,
                "is not a register extract Spoor knows: the header has not the columns of KvK inschrijvingen, functionarissen or "
                        + "aandeelhouders, RDW, BRP or Kadaster (see ingest/register-formats.md)"));
        RegisterTable table = RegisterTable.parse(file, format, text, BSN_COLUMNS);
        if (table.rows().isEmpty()) {
            throw new RegisterFormatException(file, 0, null, "holds a header but no rows");
        }
        RegisterFacts facts = new RegisterFacts(sourceId, scope, bsnKey);
        switch (format) {
            case KVK_INSCHRIJVINGEN -> KvkExtract.inschrijvingen(table, facts);
            case KVK_FUNCTIONARISSEN -> KvkExtract.functionarissen(table, facts);
            case KVK_AANDEELHOUDERS -> KvkExtract.aandeelhouders(table, facts);
            case RDW -> RdwExtract.read(table, facts);
            case BRP -> BrpExtract.read(table, facts);
            case KADASTER -> KadasterExtract.read(table, facts);
        }
        return new RegisterExtract(file, format, table.rows().size(), facts.entities(), facts.relationships());
    }

    /** The extract's facts with their source, for {@code GraphWriter.write}. */
    public static WriteBatch toFacts(RegisterExtract extract, Source source) {
        WriteBatch batch = new WriteBatch().source(source);
        extract.entities().forEach(batch::entity);
        extract.relationships().forEach(batch::relationship);
        return batch;
    }
}
