package nl.spoor.ingest.world;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV file of the world, written row by row as the generator goes (RFC 4180, UTF-8, {@code \n}),
 * counting rows and bytes and hashing while it writes, so that a 10M-row file is never read back.
 */
final class CsvFile implements AutoCloseable {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final String path;
    private final MessageDigest digest;
    private final CountingStream counter;
    private final CSVPrinter printer;
    private final int columns;
    private long rows;
    private WrittenFile summary;

    CsvFile(Path root, String path, List<String> header) {
        this.path = path;
        this.columns = header.size();
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            digest = MessageDigest.getInstance("SHA-256");
            counter = new CountingStream(Files.newOutputStream(file));
            Writer writer = new OutputStreamWriter(
                    new BufferedOutputStream(new DigestOutputStream(counter, digest), 1 << 16), StandardCharsets.UTF_8);
            printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void row(String... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(path + " has " + columns + " columns, got a row of " + values.length);
        }
        try {
            printer.printRecord((Object[]) values);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    long rows() {
        return rows;
    }

    /** Closes the file (once) and returns its rows, size and hash. */
    WrittenFile summary() {
        close();
        return summary;
    }

    @Override
    public void close() {
        if (summary != null) {
            return;
        }
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + path, e);
        }
        summary = new WrittenFile(path, rows, counter.bytes, HexFormat.of().formatHex(digest.digest()));
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long bytes;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }
    }
}
