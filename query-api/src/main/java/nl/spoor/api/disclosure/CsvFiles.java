package nl.spoor.api.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.driver.Value;

/**
 * Plain CSV, for spreadsheets and tools without a graph format: {@code entities.csv} (id, kind, label,
 * sources, then one column per property) and {@code relationships.csv} (from, type, key, to, sources, then
 * one column per property), in one ZIP so that the disclosure names one file and one SHA-256. Columns are
 * read in a first pass. RFC 4180, UTF-8, comma-separated.
 */
final class CsvFiles {

    private CsvFiles() {
    }

    static void write(ScopedGraph graph, OutputStream out, ExportContents contents) {
        TreeSet<String> nodeKeys = new TreeSet<>();
        TreeSet<String> edgeKeys = new TreeSet<>();
        graph.forEachEntity(e -> nodeKeys.addAll(e.properties().keySet()));
        graph.forEachRelationship(r -> edgeKeys.addAll(r.properties().keySet()));
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("entities.csv"));
            CSVPrinter entities = new CSVPrinter(w, CSVFormat.RFC4180);
            entities.printRecord(header(List.of("id", "kind", "label", "sources"), nodeKeys));
            graph.forEachEntity(e -> {
                List<String> row = new ArrayList<>(List.of(e.spoorId(), e.kind(), e.caption(), String.join("; ", e.sourceIds())));
                nodeKeys.forEach(k -> row.add(cell(e.properties().get(k))));
                print(entities, row);
                contents.entity(e.spoorId(), e.sourceIds());
            });
            entities.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("relationships.csv"));
            CSVPrinter relationships = new CSVPrinter(w, CSVFormat.RFC4180);
            relationships.printRecord(header(List.of("from", "type", "key", "to", "sources"), edgeKeys));
            graph.forEachRelationship(r -> {
                List<String> row = new ArrayList<>(List.of(r.from(), r.type(), r.key(), r.to(), String.join("; ", r.sourceIds())));
                edgeKeys.forEach(k -> row.add(cell(r.properties().get(k))));
                print(relationships, row);
                contents.relationship(r.from(), r.to(), r.sourceIds());
            });
            relationships.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(List<String> fixed, TreeSet<String> keys) {
        List<String> h = new ArrayList<>(fixed);
        h.addAll(keys);
        return h;
    }

    private static String cell(Value v) {
        return v == null ? "" : ScopedGraph.text(v);
    }

    static void print(CSVPrinter printer, List<String> row) {
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
