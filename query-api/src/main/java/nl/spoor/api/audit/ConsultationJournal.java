package nl.spoor.api.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * The consultation log's write-ahead journal on the embedded store: an entry is durable here (appended and
 * forced to disk) before its answer leaves, and reaches the chain in the store a moment later
 * ({@link ConsultationLog#journaledIn}). Forcing one small append costs ~0.3–0.5 ms here; a Neo4j commit after
 * other work costs 2–5 ms, which is what every answer waited for before (README, *Consultation log overhead*).
 *
 * <p>Files {@code consultations-NNNNNN.journal} in one folder, one line per entry: the HMAC (the log's key)
 * of the entry's JSON, a space, the JSON (the unchained entry and its query text). The head node records how far
 * the store has applied ({@link Position}), in the same transaction as the entries, so an entry is applied once.
 * A line cut short at the very end is a write that was never acknowledged (a crash mid-append) and is dropped; any
 * other line whose HMAC does not match was altered after it was written, and the journal is refused.
 */
final class ConsultationJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsultationJournal.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NAME = Pattern.compile("consultations-(\\d{6,})\\.journal");
    /** A new file is begun once the current one is this large; applied files are deleted. */
    static final long ROTATE_AT = 64L * 1024 * 1024;

    /** How far a journal has been written or applied: the end of an entry's line in file {@code file}. */
    record Position(long file, long offset) implements Comparable<Position> {

        static Position parse(String text) {
            int colon = text.indexOf(':');
            try {
                return new Position(Long.parseLong(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
            } catch (RuntimeException e) {
                throw new IllegalStateException("The consultation log's head says it applied its journal up to \"" + text
                        + "\", which is not file:offset: the head was altered. Run ./spoor audit verify.", e);
            }
        }

        @Override
        public String toString() {
            return file + ":" + offset;
        }

        @Override
        public int compareTo(Position o) {
            return file != o.file ? Long.compare(file, o.file) : Long.compare(offset, o.offset);
        }
    }

    /** An entry as the journal holds it, with where its line ends. */
    record Entry(Consultation consultation, String document, Position end) {
    }

    private final Path directory;
    private final LogKey key;
    private FileChannel current;
    private long currentFile;

    private ConsultationJournal(Path directory, LogKey key) {
        this.directory = directory;
        this.key = key;
    }

    /** Opens the journal folder (made when missing) without writing; {@link #unapplied} reads it, {@link #begin} starts writing. */
    static ConsultationJournal open(Path directory, LogKey key) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("The consultation journal's folder " + directory + " cannot be made: " + e.getMessage(), e);
        }
        return new ConsultationJournal(directory, key);
    }

    Path directory() {
        return directory;
    }

    /**
     * Every entry after {@code applied} (null: every entry), in order. A last line cut short is dropped with a
     * warning; an altered line refuses the whole journal, naming the file and line, before anything is applied.
     */
    List<Entry> unapplied(Position applied) {
        List<Path> files = files();
        List<Entry> entries = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            long number = number(file);
            if (applied != null && number < applied.file()) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("The consultation journal " + file + " cannot be read: " + e.getMessage(), e);
            }
            boolean lastFile = f == files.size() - 1;
            int start = 0;
            int line = 0;
            while (start < bytes.length) {
                line++;
                int newline = indexOf(bytes, (byte) '\n', start);
                boolean complete = newline >= 0;
                int end = complete ? newline : bytes.length;
                String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
                Entry entry = complete ? parse(text, new Position(number, end + 1L)) : null;
                if (entry == null) {
                    if (lastFile && !complete) {
                        LOG.warn("The consultation journal {} ends in a line cut short (line {}, {} bytes): an append that was never "
                                + "acknowledged (the process stopped while writing it); it is left out", file, line, end - start);
                        break;
                    }
                    throw new IllegalStateException("The consultation journal " + file + " line " + line + " is not what was written "
                            + "(its HMAC does not match: altered after it was written, or written with another SPOOR_AUDIT_KEY). Nothing "
                            + "from the journal was applied. Keep the file for the investigation, then move it away to start.");
                }
                if (applied == null || entry.end().compareTo(applied) > 0) {
                    entries.add(entry);
                }
                start = end + 1;
            }
        }
        return entries;
    }

    /**
     * Deletes every journal file and starts a new one after the highest number seen and after {@code appliedFile}, the
     * store's last applied file (so a journal folder emptied by hand cannot restart below what the store says it applied).
     * Only once every entry is applied.
     */
    void begin(long appliedFile) {
        long highest = appliedFile;
        for (Path file : files()) {
            highest = Math.max(highest, number(file));
        }
        deleteBefore(Long.MAX_VALUE);
        startFile(highest + 1);
    }

    /** Appends the entries and forces them to disk; returns where each one's line ends. */
    List<Position> write(List<Consultation> entries, List<String> documents) {
        try {
            if (current.size() >= ROTATE_AT) {
                current.close();
                startFile(currentFile + 1);
            }
            long start = current.size();
            List<Position> ends = new ArrayList<>(entries.size());
            java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < entries.size(); i++) {
                String json = json(entries.get(i), documents.get(i));
                lines.writeBytes((key.hmac(json) + " " + json + "\n").getBytes(StandardCharsets.UTF_8));
                ends.add(new Position(currentFile, start + lines.size()));
            }
            ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
            while (buffer.hasRemaining()) {
                current.write(buffer);
            }
            current.force(false);
            return ends;
        } catch (IOException e) {
            throw new UncheckedIOException("The consultation journal " + file(currentFile) + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** Deletes the files before {@code file}: every entry in them is in the store. */
    void deleteBefore(long file) {
        for (Path p : files()) {
            if (number(p) < file) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("The applied consultation journal {} could not be deleted: {}", p, e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            if (current != null) {
                current.close();
            }
        } catch (IOException e) {
            LOG.warn("The consultation journal {} did not close cleanly: {}", file(currentFile), e.getMessage());
        }
    }

    private void startFile(long number) {
        Path file = file(number);
        try {
            current = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            currentFile = number;
            // The new file's name must survive a crash too, not only its contents.
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The consultation journal " + file + " cannot be created: " + e.getMessage(), e);
        }
    }

    private Path file(long number) {
        return directory.resolve(String.format("consultations-%06d.journal", number));
    }

    private List<Path> files() {
        try (Stream<Path> s = Files.list(directory)) {
            return s.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(java.util.Comparator.comparingLong(ConsultationJournal::number)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The consultation journal's folder " + directory + " cannot be listed: " + e.getMessage(), e);
        }
    }

    private static long number(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a consultation journal: " + file);
        }
        return Long.parseLong(m.group(1));
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String json(Consultation c, String document) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", c.at().toString());
        m.put("channel", c.channel());
        m.put("user", c.user());
        m.put("roles", c.roles());
        m.put("organisation", c.organisation());
        m.put("purpose", c.purpose());
        m.put("legalBasis", c.legalBasis());
        m.put("requestId", c.requestId());
        m.put("operationType", c.operationType());
        m.put("operationName", c.operationName());
        m.put("queryHash", c.queryHash());
        m.put("variables", c.variables());
        m.put("fields", c.fields());
        m.put("outcome", c.outcome().name());
        m.put("reason", c.reason());
        m.put("returnedIds", c.returnedIds());
        m.put("document", document);
        return JSON.writeValueAsString(m);
    }

    /** The entry of a complete line, or null when its HMAC does not match or it is no entry. */
    @SuppressWarnings("unchecked")
    private Entry parse(String line, Position end) {
        int space = line.indexOf(' ');
        if (space != 64) {
            return null;
        }
        String json = line.substring(space + 1);
        if (!java.security.MessageDigest.isEqual(key.hmac(json).getBytes(StandardCharsets.US_ASCII),
                line.substring(0, space).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            Map<String, Object> m = JSON.readValue(json, Map.class);
            Consultation c = new Consultation(0, Instant.parse((String) m.get("at")), (String) m.get("channel"), (String) m.get("user"),
                    (List<String>) m.get("roles"), (String) m.get("organisation"), (String) m.get("purpose"), (String) m.get("legalBasis"),
                    (String) m.get("requestId"), (String) m.get("operationType"), (String) m.get("operationName"), (String) m.get("queryHash"),
                    (String) m.get("variables"), (List<String>) m.get("fields"), Consultation.Outcome.valueOf((String) m.get("outcome")),
                    (String) m.get("reason"), (List<String>) m.get("returnedIds"), "", "");
            return new Entry(c, (String) m.get("document"), end);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
