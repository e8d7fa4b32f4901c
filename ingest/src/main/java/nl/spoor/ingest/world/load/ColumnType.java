package nl.spoor.ingest.world.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * How a world column is stored: the CSV conventions of {@code world-format.md} on the way in, the
 * Java value the {@link nl.spoor.model.writer.GraphWriter} stores on the transactional path, and the
 * offline importer's header type on the fast path. Both paths must end up with the same Neo4j type.
 */
enum ColumnType {
    /** Text as it is. */
    TEXT(""),
    /** {@code yyyy-MM-dd}, stored as a Neo4j DATE. */
    DATE(":date"),
    /** Euros or percentages with a dot ({@code 9850.00}), stored as FLOAT like the GraphWriter stores amounts. */
    DECIMAL(":double"),
    /** Whole numbers (years, house numbers), stored as INTEGER. */
    INTEGER(":long"),
    /** {@code true} or {@code false}. */
    BOOLEAN(":boolean");

    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d{1,18}");

    private final String importerSuffix;

    ColumnType(String importerSuffix) {
        this.importerSuffix = importerSuffix;
    }

    /** The importer's type suffix for a header field, e.g. {@code :date}. */
    String importerSuffix() {
        return importerSuffix;
    }

    /**
     * The stored value of a non-empty cell.
     *
     * @throws IllegalArgumentException with a sentence saying what the cell should look like
     */
    Object parse(String cell) {
        return switch (this) {
            case TEXT -> cell;
            case DATE -> {
                try {
                    yield LocalDate.parse(cell);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("\"" + cell + "\" is not a date yyyy-MM-dd");
                }
            }
            case DECIMAL -> {
                if (!DECIMAL_TEXT.matcher(cell).matches()) {
                    throw new IllegalArgumentException("\"" + cell + "\" is not a number with a dot for decimals (e.g. 9850.00)");
                }
                yield Double.parseDouble(cell);
            }
            case INTEGER -> {
                if (!INTEGER_TEXT.matcher(cell).matches()) {
                    throw new IllegalArgumentException("\"" + cell + "\" is not a whole number");
                }
                yield Long.parseLong(cell);
            }
            case BOOLEAN -> switch (cell) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("\"" + cell + "\" is not true or false");
            };
        };
    }
}
