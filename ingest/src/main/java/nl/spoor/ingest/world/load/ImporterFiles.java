package nl.spoor.ingest.world.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Source;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a world as the offline importer's CSV files, in exactly the shape the GraphWriter gives the
 * same facts (write-entities.cypher, write-relationships.cypher, write-sources.cypher): nodes
 * {@code :Entity:<Label> {spoorId, …}}, {@code (:Source)-[:ASSERTS {locator, confidence, asserted}]->}
 * every node, and on every relationship {@code key}, {@code sourceIds} and {@code evidence}.
 *
 * <p>Streams row by row. Only symmetric kinds are held in memory (few: family ties), because a pair given
 * in both directions is one relationship in the store, merged as the GraphWriter merges it.
 */
final class ImporterFiles implements WorldSink {

    /** Separates array elements; cannot occur in a checked source id nor in JSON (escaped there). */
    static final char ARRAY_DELIMITER = '\u001F';
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();

    private final Path dir;
    private final List<String> arguments = new ArrayList<>();
    private final Map<String, String> escapedSources = new LinkedHashMap<>();
    private Csv asserts;
    private Csv current;
    private Shape shape;
    private RelationshipKind symmetricKind;
    private final List<RelationshipRow> symmetricRows = new ArrayList<>();
    private boolean multiline;
    private int fileNumber;

    ImporterFiles(Path dir) {
        this.dir = dir;
    }

    /** The importer's --nodes and --relationships arguments for the files written. */
    List<String> arguments() {
        return List.copyOf(arguments);
    }

    /** Whether a text value spans lines, which the importer must be told (it then reads slower). */
    boolean multiline() {
        return multiline;
    }

    @Override
    public void sources(List<Source> sources) {
        Path file = file("sources");
        try (Csv csv = new Csv(file)) {
            csv.header("sourceId:ID(Source)", "kind", "documentId", "title", "partner", "legalBasis", "caseId", "receivedAt:datetime",
                    "retainUntil:date", "extractor", "extractorVersion");
            for (Source s : sources) {
                csv.text(s.sourceId()).text(s.kind().name()).text(s.documentId()).text(s.title()).text(s.partner()).text(s.legalBasis())
                        .text(s.caseId()).raw(s.receivedAt().toString()).raw(s.retainUntil().toString()).text(s.extractor())
                        .text(s.extractorVersion()).end();
                StringBuilder escaped = new StringBuilder();
                ESCAPE.quoteAsString(s.sourceId(), escaped);
                escapedSources.put(s.sourceId(), escaped.toString());
            }
        }
        arguments.add("--nodes=Source=" + file);
        Path assertsFile = file("asserts");
        asserts = new Csv(assertsFile);
        asserts.header(":START_ID(Source)", ":END_ID(Entity)", "locator", "confidence:double", "asserted");
        arguments.add("--relationships=ASSERTS=" + assertsFile);
    }

    @Override
    public void beginNodes(EntityKind kind, Shape shape) {
        this.shape = shape;
        Path file = file("nodes-" + shape.name());
        current = new Csv(file);
        List<String> header = new ArrayList<>();
        header.add("spoorId:ID(Entity)");
        for (int i = 0; i < shape.properties().size(); i++) {
            header.add(shape.properties().get(i) + shape.types().get(i).importerSuffix());
        }
        current.header(header.toArray(String[]::new));
        arguments.add("--nodes=Entity:" + kind.label() + "=" + file);
    }

    @Override
    public void node(NodeRow row) {
        current.text(row.spoorId());
        Map<String, Object> asserted = new TreeMap<>();
        Object[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            value(current, shape.types().get(i), values[i]);
            if (values[i] != null) {
                // As GraphWriter.entityRow does: JSON of the asserted values, dates as text.
                asserted.put(shape.properties().get(i), values[i] instanceof LocalDate d ? d.toString() : values[i]);
            }
        }
        current.end();
        asserts.text(row.sourceId()).text(row.spoorId()).text(row.locator()).raw("1.0").text(JSON.writeValueAsString(asserted)).end();
    }

    @Override
    public void endNodes() {
        current.close();
    }

    @Override
    public void beginRelationships(RelationshipKind kind, Shape shape) {
        this.shape = shape;
        Path file = file("rel-" + shape.name());
        current = new Csv(file);
        List<String> header = new ArrayList<>(List.of(":START_ID(Entity)", ":END_ID(Entity)", "key", "sourceIds:string[]", "evidence:string[]"));
        for (int i = 0; i < shape.properties().size(); i++) {
            header.add(shape.properties().get(i) + shape.types().get(i).importerSuffix());
        }
        current.header(header.toArray(String[]::new));
        arguments.add("--relationships=" + kind.name() + "=" + file);
        symmetricKind = kind.symmetric() ? kind : null;
    }

    @Override
    public void relationship(RelationshipRow row) {
        if (symmetricKind != null) {
            symmetricRows.add(new RelationshipRow(row.kind(), row.fromKind(), row.from(), row.toKind(), row.to(), row.key(), row.sourceId(),
                    row.locator(), row.values().clone()));
            return;
        }
        current.text(row.from()).text(row.to()).text(row.key()).text(row.sourceId()).text(evidence(row));
        Object[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            value(current, shape.types().get(i), values[i]);
        }
        current.end();
    }

    @Override
    public void endRelationships() {
        if (symmetricKind != null) {
            writeMerged();
            symmetricKind = null;
        }
        current.close();
    }

    /**
     * Rows naming the same relationship become one, as GraphWriter merges them: in the order of source
     * and locator, the first row's values win, later rows add values it lacks and their provenance.
     */
    private void writeMerged() {
        symmetricRows.sort(Comparator.comparing(RelationshipRow::from).thenComparing(RelationshipRow::to).thenComparing(RelationshipRow::key)
                .thenComparing(RelationshipRow::sourceId).thenComparing(RelationshipRow::locator));
        for (int start = 0; start < symmetricRows.size(); ) {
            RelationshipRow first = symmetricRows.get(start);
            int end = start + 1;
            while (end < symmetricRows.size() && same(first, symmetricRows.get(end))) {
                end++;
            }
            Object[] values = first.values().clone();
            List<String> sourceIds = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            for (int i = start; i < end; i++) {
                RelationshipRow r = symmetricRows.get(i);
                for (int v = 0; v < values.length; v++) {
                    if (values[v] == null) {
                        values[v] = r.values()[v];
                    }
                }
                if (!sourceIds.contains(r.sourceId())) {
                    sourceIds.add(r.sourceId());
                }
                evidence.add(evidence(r));
            }
            current.text(first.from()).text(first.to()).text(first.key())
                    .text(String.join(String.valueOf(ARRAY_DELIMITER), sourceIds)).text(String.join(String.valueOf(ARRAY_DELIMITER), evidence));
            for (int i = 0; i < values.length; i++) {
                value(current, shape.types().get(i), values[i]);
            }
            current.end();
            start = end;
        }
        symmetricRows.clear();
    }

    private static boolean same(RelationshipRow a, RelationshipRow b) {
        return a.from().equals(b.from()) && a.to().equals(b.to()) && a.key().equals(b.key());
    }

    /**
     * GraphWriter.relationshipRow's evidence: Jackson's JSON of {confidence, locator, source} with sorted
     * keys, built here without a map because it is written for every one of millions of rows.
     */
    private String evidence(RelationshipRow row) {
        StringBuilder json = new StringBuilder(96).append("{\"confidence\":1.0,\"locator\":\"");
        ESCAPE.quoteAsString(row.locator(), json);
        return json.append("\",\"source\":\"").append(escapedSources.get(row.sourceId())).append("\"}").toString();
    }

    private void value(Csv csv, ColumnType type, Object value) {
        if (value == null) {
            csv.empty();
        } else if (type == ColumnType.TEXT) {
            String s = (String) value;
            if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                multiline = true;
            }
            csv.text(s);
        } else {
            csv.raw(value.toString());
        }
    }

    private Path file(String name) {
        return dir.resolve(String.format("%03d-%s.csv", fileNumber++, name));
    }

    /** Closes what is still open, after a failure. */
    void abandon() {
        if (current != null) {
            current.close();
        }
        if (asserts != null) {
            asserts.close();
        }
    }

    /** Closes the ASSERTS file once all nodes are written. */
    void finish() {
        asserts.close();
    }

    /** The importer's CSV: every text quoted (so an empty text stays an empty string), other values bare, absent values empty. */
    private static final class Csv implements AutoCloseable {
        private final Path file;
        private final Writer out;
        private boolean first = true;
        private boolean closed;

        Csv(Path file) {
            this.file = file;
            try {
                out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
        }

        void header(String... fields) {
            for (String f : fields) {
                raw(f);
            }
            end();
        }

        Csv text(String s) {
            if (s == null) {
                return empty();
            }
            separator();
            try {
                out.write('"');
                if (s.indexOf('"') < 0) {
                    out.write(s);
                } else {
                    out.write(s.replace("\"", "\"\""));
                }
                out.write('"');
            } catch (IOException e) {
                throw failed(e);
            }
            return this;
        }

        Csv raw(String s) {
            separator();
            try {
                out.write(s);
            } catch (IOException e) {
                throw failed(e);
            }
            return this;
        }

        Csv empty() {
            separator();
            return this;
        }

        void end() {
            try {
                out.write('\n');
            } catch (IOException e) {
                throw failed(e);
            }
            first = true;
        }

        private void separator() {
            if (!first) {
                try {
                    out.write(',');
                } catch (IOException e) {
                    throw failed(e);
                }
            }
            first = false;
        }

        private UncheckedIOException failed(IOException e) {
            return new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }
}
