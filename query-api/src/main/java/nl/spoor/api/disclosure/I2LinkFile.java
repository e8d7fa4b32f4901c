package nl.spoor.api.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.driver.Value;

/**
 * A CSV that i2 Analyst's Notebook imports with one import specification (README, <i>Exports</i>): one row per
 * link, both ends on the row, so the specification maps columns 1-3 to the first entity (identity, type, label),
 * 4-7 to the link (type, date, amount, label) and 8-10 to the second entity; sources last, as a link attribute.
 * A link with a period has its start as date. The link's label is its type with key or amount, as a chart shows it.
 */
final class I2LinkFile {

    static final List<String> COLUMNS = List.of("Entity1 Identity", "Entity1 Type", "Entity1 Label", "Link Type", "Link Date",
            "Link Amount", "Link Label", "Entity2 Identity", "Entity2 Type", "Entity2 Label", "Link Sources");

    private I2LinkFile() {
    }

    static void write(ScopedGraph graph, OutputStream out, ExportContents contents) {
        try {
            OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
            csv.printRecord(COLUMNS);
            graph.forEachRelationship(r -> {
                String date = value(r.properties(), "date", value(r.properties(), "from", ""));
                String amount = value(r.properties(), "amount", "");
                String label = r.type() + (amount.isEmpty() ? "" : " " + amount + " " + value(r.properties(), "currency", "EUR"))
                        + (r.key().isEmpty() || !amount.isEmpty() ? "" : " " + r.key());
                CsvFiles.print(csv, List.of(r.from(), r.fromKind(), r.fromCaption(), r.type(), date, amount, label,
                        r.to(), r.toKind(), r.toCaption(), String.join("; ", r.sourceIds())));
                contents.relationship(r.from(), r.to(), r.sourceIds());
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(Map<String, Value> props, String key, String fallback) {
        Value v = props.get(key);
        return v == null || v.isNull() ? fallback : ScopedGraph.text(v);
    }
}
