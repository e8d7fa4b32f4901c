package nl.spoor.ingest.importers.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.WriteResult;

/**
 * {@code spoor import kvk|rdw|brp|kadaster FILE…}: every file is read and checked first, and only when all
 * of them are good is anything written, each file under a {@link Source} of its own (kind
 * {@link SourceKind#REGISTER}, id {@code register:} and the hash of content, partner, case and basis ({@link Source#deliveryId}): importing it
 * again for the same delivery changes nothing, for another case or partner it is a delivery of its own).
 */
public final class RegisterImport {

    /** The delivery the files came with: case, partner, legal basis, retention. */
    public record Delivery(String caseId, String partner, String legalBasis, LocalDate retainUntil, Instant receivedAt) {
        public Delivery {
            Objects.requireNonNull(retainUntil, "retainUntil");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    /** What happens, for a progress bar: each file checked, then each file written. */
    public interface Progress {
        void checked(Path file, RegisterExtract extract);

        void written(Path file, WriteResult result);

        Progress NONE = new Progress() {
            @Override
            public void checked(Path file, RegisterExtract extract) {
            }

            @Override
            public void written(Path file, WriteResult result) {
            }
        };
    }

    /** One file imported: its layout, rows and what was written. */
    public record Imported(Path file, RegisterFormat format, int rows, WriteResult written) {
    }

    private final RegisterImporter importer;
    private final GraphWriter writer;

    /** @param writer for {@link #run}; may be null when the caller only {@link #check checks} and writes with its own */
    public RegisterImport(RegisterImporter importer, GraphWriter writer) {
        this.importer = importer;
        this.writer = writer;
    }

    /** A file read and checked, with the source its facts will be written under. */
    public record Checked(Path file, RegisterExtract extract, Source source) {
    }

    /**
     * Reads and checks every file; writes nothing, so it may run before a store is opened.
     *
     * @param register {@code kvk}, {@code rdw}, {@code brp} or {@code kadaster}: every file must be an extract of it
     * @throws RegisterFormatException for the first bad file
     */
    public List<Checked> check(String register, List<Path> files, Delivery delivery, Progress progress) {
        List<Checked> checked = new ArrayList<>();
        for (Path file : files) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new RegisterFormatException(file, 0, null, "cannot be read: " + e.getMessage(), e);
            }
            String sha = sha256(content);
            Source source = new Source(Source.deliveryId("register", sha, delivery.partner(), delivery.caseId(), delivery.legalBasis()), SourceKind.REGISTER, sha, file.getFileName().toString(), delivery.partner(),
                    delivery.legalBasis(), delivery.caseId(), delivery.receivedAt(), delivery.retainUntil(),
                    RegisterImporter.EXTRACTOR, RegisterImporter.EXTRACTOR_VERSION);
            RegisterExtract extract = importer.read(file, content, source.sourceId(), sha);
            if (!extract.format().register().equals(register)) {
                throw new RegisterFormatException(file, 1, null, "is a " + extract.format().register().toUpperCase(java.util.Locale.ROOT)
                        + " extract (" + extract.format() + "), not " + register.toUpperCase(java.util.Locale.ROOT)
                        + ": import it with 'spoor import " + extract.format().register() + "'");
            }
            progress.checked(file, extract);
            checked.add(new Checked(file, extract, source));
        }
        return checked;
    }

    /** Writes files {@link #check checked} before, each with its source. */
    public List<Imported> write(GraphWriter writer, List<Checked> checked, Progress progress) {
        List<Imported> imported = new ArrayList<>();
        for (Checked c : checked) {
            WriteResult result = writer.write(RegisterImporter.toFacts(c.extract(), c.source()));
            progress.written(c.file(), result);
            imported.add(new Imported(c.file(), c.extract().format(), c.extract().rows(), result));
        }
        return imported;
    }

    /** {@link #check} then {@link #write}: nothing is written unless every file is good. */
    public List<Imported> run(String register, List<Path> files, Delivery delivery, Progress progress) {
        return write(writer, check(register, files, delivery, progress), progress);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
