package nl.spoor.ingest.importers.register;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A register extract as its header and rows, each row with the line it starts on. Registers deliver
 * semicolon-separated files (Excel's Dutch default) and sometimes comma-separated ones; the header row
 * says which. A BOM is dropped before this (see {@link RegisterImporter}).
 */
record RegisterTable(Path file, RegisterFormat format, Map<String, Integer> columns, List<RegisterRow> rows) {

    /** The first line's cells, normalised, split at whichever of {@code ;} and {@code ,} it holds more of. */
    static List<String> header(String head) {
        String first = head.lines().findFirst().orElse("");
        char delimiter = delimiter(first);
        List<String> cells = new ArrayList<>();
        for (String cell : first.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
            cells.add(RegisterFormat.normal(cell));
        }
        return cells;
    }

    private static char delimiter(String firstLine) {
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons >= commas ? ';' : ',';
    }

    /**
     * @param masked the columns whose values never go into a snippet (BSNs)
     */
    static RegisterTable parse(Path file, RegisterFormat format, String text, Set<String> masked) {
        char delimiter = delimiter(text.lines().findFirst().orElse(""));
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(csv).get()) {
            Map<String, Integer> columns = new HashMap<>();
            List<RegisterRow> rows = new ArrayList<>();
            List<String> header = null;
            int nextLine = 1;
            for (CSVRecord r : parser) {
                int line = nextLine;
                nextLine = (int) parser.getCurrentLineNumber() + 1;
                if (header == null) {
                    header = r.toList();
                    for (int i = 0; i < header.size(); i++) {
                        String name = RegisterFormat.normal(header.get(i));
                        if (columns.putIfAbsent(name, i) != null) {
                            throw new RegisterFormatException(file, line, header.get(i).strip(), "the column occurs twice in the header");
                        }
                    }
                    for (String required : format.required()) {
                        if (!columns.containsKey(RegisterFormat.normal(required))) {
                            throw new RegisterFormatException(file, 1, required, "the header lacks this column");
                        }
                    }
                    continue;
                }
                if (r.size() != header.size()) {
                    throw new RegisterFormatException(file, line, null, "has " + r.size() + " cells, the header has " + header.size()
                            + " (is a " + delimiter + " missing or a value not quoted?)");
                }
                rows.add(new RegisterRow(file, line, columns, r.toList(), delimiter, masked));
            }
            if (header == null) {
                throw new RegisterFormatException(file, 0, null, "is empty");
            }
            return new RegisterTable(file, format, columns, rows);
        } catch (IOException | UncheckedIOException e) {
            throw new RegisterFormatException(file, 0, null, "is not readable as CSV: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new RegisterFormatException(file, 0, null, "is not valid CSV: " + e.getMessage(), e);
        }
    }
}
