package nl.spoor.ingest.world.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.identifiers.Bsn;
import nl.spoor.model.identifiers.InvalidIdentifierException;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;

/**
 * Reads a world's files once, streaming, checks every cell against {@code world-format.md} and hands the
 * rows to a {@link WorldSink} in the store's terms. The first problem stops the reading with a
 * {@link WorldFormatException} naming file, line and column. Rows are never buffered, so a world of any
 * size reads in constant memory apart from the ids ({@link IdIndex}).
 *
 * <p>What it checks: headers (the fixed columns first, property names), the number of cells per row,
 * every typed cell, that every row's source is in {@code sources.csv}, that every entity id occurs once
 * and that every relationship endpoint is an entity of the world, BSNs (elfproef), and keys against
 * {@link RelationshipKind#multiple()}.
 */
final class WorldReader {

    static final String EXTRACTOR = "spoor-world";
    private static final CSVFormat CSV = CSVFormat.RFC4180;
    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Written by the GraphWriter itself (PropertyValues.RESERVED); a world column may not set them. */
    private static final Set<String> RESERVED = Set.of("spoorId", "sourceIds", "evidence", "key", "spoorLock");
    private static final List<String> SOURCE_COLUMNS = List.of("sourceId", "kind", "title", "partner", "legalBasis", "caseId", "receivedAt", "retainUntil");
    private static final List<String> NODE_COLUMNS = List.of("id", "source");
    private static final List<String> RELATIONSHIP_COLUMNS = List.of("from", "to", "key", "source");
    private static final int PROGRESS_EVERY = 4096;

    private final WorldFiles files;
    private final BsnKey bsnKey;
    private final String extractorVersion;

    WorldReader(WorldFiles files, BsnKey bsnKey, String extractorVersion) {
        this.files = files;
        this.bsnKey = bsnKey;
        this.extractorVersion = extractorVersion;
    }

    /** What a world holds, counted while reading, and the columns the format does not name. */
    record Contents(int sources, Map<String, Long> nodesPerLabel, Map<String, Long> relationshipsPerType, List<String> notes) {
        long nodes() {
            return nodesPerLabel.values().stream().mapToLong(Long::longValue).sum();
        }

        long relationships() {
            return relationshipsPerType.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * @param bytesRead told how many bytes were read since its last call, for a progress bar
     */
    Contents read(WorldSink sink, LongConsumer bytesRead) {
        List<String> notes = new ArrayList<>();
        Map<String, Source> sources = readSources(bytesRead);
        sink.sources(List.copyOf(sources.values()));
        IdIndex ids = new IdIndex();
        Map<String, Long> nodes = new LinkedHashMap<>();
        for (Path file : files.nodes()) {
            nodes.merge(WorldFiles.baseName(file), readNodes(file, sources.keySet(), ids, sink, notes, bytesRead), Long::sum);
        }
        Map<String, Long> relationships = new LinkedHashMap<>();
        for (Path file : files.relationships()) {
            relationships.merge(WorldFiles.baseName(file), readRelationships(file, sources.keySet(), ids, sink, notes, bytesRead), Long::sum);
        }
        return new Contents(sources.size(), nodes, relationships, List.copyOf(notes));
    }

    private Map<String, Source> readSources(LongConsumer bytesRead) {
        Path file = files.sources();
        String name = files.display(file);
        Map<String, Source> result = new LinkedHashMap<>();
        try (Rows rows = new Rows(file, name, bytesRead)) {
            List<String> header = rows.header();
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                at.put(header.get(i), i);
            }
            for (String column : SOURCE_COLUMNS) {
                if (!at.containsKey(column)) {
                    throw new WorldFormatException(name, 1, 0, null, "the header lacks the column " + column + " (expected " + String.join(",", SOURCE_COLUMNS) + ")");
                }
            }
            while (rows.next()) {
                String sourceId = rows.required(at.get("sourceId"), "sourceId");
                if (sourceId.chars().anyMatch(Character::isISOControl)) {
                    throw rows.fail(at.get("sourceId"), "sourceId", "contains a control character");
                }
                SourceKind kind;
                try {
                    kind = SourceKind.valueOf(rows.required(at.get("kind"), "kind"));
                } catch (IllegalArgumentException e) {
                    throw rows.fail(at.get("kind"), "kind", "\"" + rows.cell(at.get("kind")) + "\" is not a source kind (one of " + java.util.Arrays.toString(SourceKind.values()) + ")");
                }
                String title = rows.cell(at.get("title"));
                Instant receivedAt = instant(rows, at.get("receivedAt"));
                LocalDate retainUntil = (LocalDate) rows.typed(at.get("retainUntil"), "retainUntil", ColumnType.DATE, true);
                Source source = new Source(sourceId, kind, null, title.isEmpty() ? null : title, rows.required(at.get("partner"), "partner"),
                        rows.required(at.get("legalBasis"), "legalBasis"), rows.required(at.get("caseId"), "caseId"), receivedAt, retainUntil,
                        EXTRACTOR, extractorVersion);
                if (result.putIfAbsent(sourceId, source) != null) {
                    throw rows.fail(at.get("sourceId"), "sourceId", "source " + sourceId + " is listed twice");
                }
            }
        }
        return result;
    }

    private static Instant instant(Rows rows, int column) {
        String cell = rows.required(column, "receivedAt");
        try {
            return Instant.parse(cell);
        } catch (DateTimeParseException e1) {
            try {
                return OffsetDateTime.parse(cell).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDateTime.parse(cell).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    try {
                        return LocalDate.parse(cell).atStartOfDay().toInstant(ZoneOffset.UTC);
                    } catch (DateTimeParseException e4) {
                        throw rows.fail(column, "receivedAt", "\"" + cell + "\" is not an ISO-8601 instant (2025-03-01T09:00:00Z) or date");
                    }
                }
            }
        }
    }

    private long readNodes(Path file, Set<String> sources, IdIndex ids, WorldSink sink, List<String> notes, LongConsumer bytesRead) {
        String name = files.display(file);
        String label = WorldFiles.baseName(file);
        EntityKind kind = WorldColumns.entityKind(label).orElseThrow(() -> new WorldFormatException(name, 0, 0, null,
                "no entity kind " + label + " in Spoor (known: " + java.util.Arrays.stream(EntityKind.values()).map(EntityKind::label).toList() + ")"));
        String locatorPrefix = files.relative(file) + ":";
        long count = 0;
        try (Rows rows = new Rows(file, name, bytesRead)) {
            List<String> header = rows.header();
            requireFixed(name, header, NODE_COLUMNS);
            List<String> properties = new ArrayList<>();
            List<ColumnType> types = new ArrayList<>();
            int bsnColumn = -1;
            for (int i = NODE_COLUMNS.size(); i < header.size(); i++) {
                String column = header.get(i);
                checkPropertyName(name, i, column, properties);
                if (kind == EntityKind.PERSON && column.equals(WorldColumns.BSN)) {
                    bsnColumn = i;
                    properties.add(WorldColumns.BSN_HASH);
                    types.add(ColumnType.TEXT);
                    continue;
                }
                if (column.equals(WorldColumns.BSN_HASH)) {
                    throw new WorldFormatException(name, 1, i + 1, column, "the world gives raw BSNs in a column bsn; the loader hashes them");
                }
                properties.add(column);
                types.add(WorldColumns.nodeColumn(label, column).orElseGet(() -> {
                    notes.add(name + " column " + column + " is not in world-format.md: kept as text");
                    return ColumnType.TEXT;
                }));
            }
            int bsnHashAt = kind == EntityKind.PERSON ? properties.indexOf(WorldColumns.BSN_HASH) : -1;
            if (kind == EntityKind.PERSON && bsnHashAt < 0) {
                // Persons named by a BSN get their hash even when the file has no bsn column.
                properties.add(WorldColumns.BSN_HASH);
                types.add(ColumnType.TEXT);
                bsnHashAt = properties.size() - 1;
            }
            sink.beginNodes(kind, new WorldSink.Shape(files.relative(file), label, List.copyOf(properties), List.copyOf(types)));
            Object[] values = new Object[properties.size()];
            while (rows.next()) {
                String id = rows.required(0, "id");
                String sourceId = source(rows, 1, sources);
                if (!ids.add(id, kind)) {
                    throw rows.fail(0, "id", "the entity " + masked(id) + " occurs twice (an earlier row of this or another node file has it)");
                }
                String spoorId = id;
                String bsnHash = null;
                if (id.startsWith("bsn:")) {
                    if (kind != EntityKind.PERSON) {
                        throw rows.fail(0, "id", "only persons have ids bsn:…");
                    }
                    bsnHash = bsnHash(rows, 0, "id", id.substring(4));
                    spoorId = IdentifierKeys.BSN.refForStoredValue(bsnHash).spoorId();
                }
                for (int i = 0, c = NODE_COLUMNS.size(); i < values.length; i++) {
                    if (i == bsnHashAt) {
                        values[i] = bsnHash;
                        if (bsnColumn >= 0) {
                            String raw = rows.cell(bsnColumn);
                            if (!raw.isEmpty()) {
                                String fromColumn = bsnHash(rows, bsnColumn, WorldColumns.BSN, raw);
                                if (!fromColumn.equals(bsnHash)) {
                                    throw rows.fail(bsnColumn, WorldColumns.BSN, "a person with a BSN has the id bsn:<that BSN>, this row's id is " + masked(id));
                                }
                            }
                            c++;
                        }
                        continue;
                    }
                    values[i] = rows.typed(c, properties.get(i), types.get(i), false);
                    c++;
                }
                sink.node(new WorldSink.NodeRow(kind, spoorId, sourceId, locatorPrefix + rows.line(), values));
                count++;
            }
        }
        sink.endNodes();
        return count;
    }

    private long readRelationships(Path file, Set<String> sources, IdIndex ids, WorldSink sink, List<String> notes, LongConsumer bytesRead) {
        String name = files.display(file);
        String type = WorldFiles.baseName(file);
        RelationshipKind kind = WorldColumns.relationshipKind(type).orElseThrow(() -> new WorldFormatException(name, 0, 0, null,
                "no relationship type " + type + " in Spoor (known: " + java.util.Arrays.toString(RelationshipKind.values()) + ")"));
        String locatorPrefix = files.relative(file) + ":";
        long count = 0;
        try (Rows rows = new Rows(file, name, bytesRead)) {
            List<String> header = rows.header();
            requireFixed(name, header, RELATIONSHIP_COLUMNS);
            List<String> properties = new ArrayList<>();
            List<ColumnType> types = new ArrayList<>();
            for (int i = RELATIONSHIP_COLUMNS.size(); i < header.size(); i++) {
                String column = header.get(i);
                checkPropertyName(name, i, column, properties);
                properties.add(column);
                types.add(WorldColumns.relationshipColumn(type, column).orElseGet(() -> {
                    notes.add(name + " column " + column + " is not in world-format.md: kept as text");
                    return ColumnType.TEXT;
                }));
            }
            sink.beginRelationships(kind, new WorldSink.Shape(files.relative(file), type, List.copyOf(properties), List.copyOf(types)));
            Object[] values = new Object[properties.size()];
            while (rows.next()) {
                String fromId = rows.required(0, "from");
                String toId = rows.required(1, "to");
                EntityKind fromKind = endpoint(rows, 0, "from", fromId, ids);
                EntityKind toKind = endpoint(rows, 1, "to", toId, ids);
                String key = rows.cell(2);
                if (kind.multiple()) {
                    if (key.isEmpty()) {
                        throw rows.fail(2, "key", type + " may occur several times between two entities and needs a key that tells them apart");
                    }
                } else if (key.isEmpty() || key.equals("-")) {
                    key = "";
                } else {
                    throw rows.fail(2, "key", type + " occurs once between two entities: its key is -, got \"" + key + "\"");
                }
                String sourceId = source(rows, 3, sources);
                String from = spoorId(fromId);
                String to = spoorId(toId);
                if (kind.symmetric() && from.compareTo(to) > 0) {
                    String s = from;
                    from = to;
                    to = s;
                    EntityKind k = fromKind;
                    fromKind = toKind;
                    toKind = k;
                }
                boolean turned = kind.symmetric() && !from.equals(spoorId(fromId));
                for (int i = 0; i < values.length; i++) {
                    values[i] = rows.typed(RELATIONSHIP_COLUMNS.size() + i, properties.get(i), types.get(i), false);
                    if (turned) {
                        // Stored from the other end, as RelationshipFact does: parent/child turns with it.
                        values[i] = kind.fromOtherEnd(properties.get(i), values[i]);
                    }
                }
                sink.relationship(new WorldSink.RelationshipRow(kind, fromKind, from, toKind, to, key, sourceId, locatorPrefix + rows.line(), values));
                count++;
            }
        }
        sink.endRelationships();
        return count;
    }

    private static EntityKind endpoint(Rows rows, int column, String columnName, String id, IdIndex ids) {
        EntityKind kind = ids.kind(id);
        if (kind == null) {
            throw rows.fail(column, columnName, "no node file has the entity " + masked(id));
        }
        return kind;
    }

    private String spoorId(String id) {
        return id.startsWith("bsn:") ? IdentifierKeys.BSN.ref(id.substring(4), bsnKey).spoorId() : id;
    }

    private String bsnHash(Rows rows, int column, String columnName, String digits) {
        try {
            return Bsn.parse(digits).keyedHash(bsnKey.bytes());
        } catch (InvalidIdentifierException e) {
            throw rows.fail(column, columnName, e.getMessage());
        }
    }

    /** Messages may end up in logs: a BSN is shown masked, like {@link Bsn} does. */
    private static String masked(String id) {
        return id.startsWith("bsn:") ? "bsn:*****" + (id.length() > 8 ? id.substring(id.length() - 4) : "") : id;
    }

    private static String source(Rows rows, int column, Set<String> sources) {
        String sourceId = rows.required(column, "source");
        if (!sources.contains(sourceId)) {
            throw rows.fail(column, "source", "source " + sourceId + " is not in sources.csv");
        }
        return sourceId;
    }

    private static void requireFixed(String name, List<String> header, List<String> fixed) {
        for (int i = 0; i < fixed.size(); i++) {
            if (i >= header.size() || !header.get(i).equals(fixed.get(i))) {
                throw new WorldFormatException(name, 1, i + 1, null, "the header must start with " + String.join(",", fixed)
                        + ", column " + (i + 1) + " is " + (i >= header.size() ? "missing" : "\"" + header.get(i) + "\""));
            }
        }
    }

    private static void checkPropertyName(String name, int index, String column, List<String> seen) {
        if (!PROPERTY_NAME.matcher(column).matches()) {
            throw new WorldFormatException(name, 1, index + 1, null, "\"" + column + "\" is not a property name (letters, digits, _)");
        }
        if (RESERVED.contains(column)) {
            throw new WorldFormatException(name, 1, index + 1, column, "the property name is reserved for the graph writer");
        }
        if (seen.contains(column)) {
            throw new WorldFormatException(name, 1, index + 1, column, "the column occurs twice");
        }
    }

    /** One CSV file, record by record, with the line each record starts on. */
    private static final class Rows implements AutoCloseable {
        private final String name;
        private final CountingStream counted;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final LongConsumer bytesRead;
        private List<String> header;
        private CSVRecord record;
        private long line;
        private long nextLine = 1;
        private long reported;
        private int sinceProgress;

        Rows(Path file, String name, LongConsumer bytesRead) {
            this.name = name;
            this.bytesRead = bytesRead;
            try {
                counted = new CountingStream(Files.newInputStream(file));
                Reader reader = new InputStreamReader(counted, StandardCharsets.UTF_8);
                parser = CSVParser.builder().setReader(reader).setFormat(CSV).get();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            records = parser.iterator();
        }

        List<String> header() {
            if (!advance()) {
                throw new WorldFormatException(name, 1, 0, null, "the file is empty; it needs at least a header row");
            }
            List<String> h = record.toList();
            if (!h.isEmpty() && h.getFirst().startsWith("\uFEFF")) {
                throw new WorldFormatException(name, 1, 1, null, "the file starts with a byte order mark; world files are UTF-8 without BOM");
            }
            header = h;
            return h;
        }

        boolean next() {
            if (!advance()) {
                return false;
            }
            if (record.size() != header.size()) {
                int column = Math.min(record.size(), header.size()) + 1;
                throw new WorldFormatException(name, line, column, header.get(Math.min(column, header.size()) - 1),
                        "the row has " + record.size() + " cells, the header " + header.size()
                                + (record.size() < header.size() ? ": column " + header.get(column - 1) + " is missing" : ""));
            }
            return true;
        }

        private boolean advance() {
            try {
                if (!records.hasNext()) {
                    bytesRead.accept(counted.count - reported);
                    reported = counted.count;
                    return false;
                }
                line = nextLine;
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new WorldFormatException(name, nextLine, 0, null, "not valid RFC 4180 CSV: " + e.getMessage());
            }
            nextLine = parser.getCurrentLineNumber() + 1;
            if (++sinceProgress == PROGRESS_EVERY) {
                sinceProgress = 0;
                bytesRead.accept(counted.count - reported);
                reported = counted.count;
            }
            return true;
        }

        long line() {
            return line;
        }

        String cell(int column) {
            return record.get(column);
        }

        String required(int column, String columnName) {
            String v = record.get(column);
            if (v.isEmpty()) {
                throw fail(column, columnName, "is empty but required");
            }
            return v;
        }

        Object typed(int column, String columnName, ColumnType type, boolean required) {
            String v = record.get(column);
            if (v.isEmpty()) {
                if (required) {
                    throw fail(column, columnName, "is empty but required");
                }
                return null;
            }
            try {
                return type.parse(v);
            } catch (IllegalArgumentException e) {
                throw fail(column, columnName, e.getMessage());
            }
        }

        WorldFormatException fail(int column, String columnName, String problem) {
            return new WorldFormatException(name, line, column + 1, columnName, problem);
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(new java.io.BufferedInputStream(in, 1 << 16));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
