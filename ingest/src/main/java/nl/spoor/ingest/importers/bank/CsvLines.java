package nl.spoor.ingest.importers.bank;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A bank's export as a table: a header row naming the columns, then one movement per row. From a CSV
 * file ({@code unit} "line") or a spreadsheet's sheet ({@code unit} "row", see {@link SpreadsheetStatements}).
 */
record CsvLines(Path file, Map<String, Integer> columns, List<Row> rows, String unit) {

    /** One data line or row; {@code line} is 1-based in the file or sheet (the header is 1). */
    record Row(int line, List<String> cells, String raw) {
    }

    CsvLines(Path file, Map<String, Integer> columns, List<Row> rows) {
        this(file, columns, rows, "line");
    }

    /** For errors: {@code line 17}, {@code row 17}. */
    String where(Row row) {
        return unit + " " + row.line();
    }

    /** For evidence: {@code line:17}, {@code row:17}. */
    String locator(Row row) {
        return unit + ":" + row.line();
    }

    static CsvLines parse(Path file, String text, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> raw = StatementReader.lines(text);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<String, Integer> columns = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            int width = -1;
            for (CSVRecord r : parser) {
                // Bank exports never wrap a value over lines, so the record number is the line number.
                int line = (int) r.getRecordNumber();
                if (width < 0) {
                    width = r.size();
                    for (int i = 0; i < r.size(); i++) {
                        columns.put(r.get(i).strip(), i);
                    }
                } else if (r.size() != width) {
                    throw new StatementFormatException(file, "line " + line, null,
                            "has " + r.size() + " columns, the header has " + width);
                } else {
                    rows.add(new Row(line, r.toList(), line <= raw.size() ? raw.get(line - 1) : ""));
                }
            }
            return new CsvLines(file, columns, rows);
        } catch (IOException | UncheckedIOException e) {
            throw new StatementFormatException(file, null, null, "is not readable as CSV: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new StatementFormatException(file, null, null, "is not valid CSV: " + e.getMessage(), e);
        }
    }

    /** The cell of a named column; the header must have it. */
    String cell(Row row, String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new StatementFormatException(file, unit + " 1", column, "column is missing from the header");
        }
        return row.cells().get(i);
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The first line's cells, quotes and spaces removed, for recognising a layout by its header. */
    static List<String> header(String head, char delimiter) {
        String first = head.lines().findFirst().orElse("");
        List<String> cells = new ArrayList<>();
        for (String cell : first.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
            cells.add(cell.strip().replaceAll("^\"|\"$", ""));
        }
        return cells;
    }
}
