package nl.spoor.ingest.world.documents;

import java.nio.file.Path;
import java.util.Map;

/**
 * One row of a world CSV file: a node ({@code id} set, {@code from}/{@code to} null) or a relationship.
 * Keeps file and line so that every complaint about a value can name where it came from.
 *
 * @param file       the CSV file, relative to the world directory
 * @param line       1-based line number in that file
 * @param id         node id, or null for a relationship
 * @param from       relationship start, or null for a node
 * @param to         relationship end, or null for a node
 * @param key        relationship key ({@code -} where there is only one), or null for a node
 * @param source     the sources.csv id the row names ({@code synthetic:kvk}, …)
 * @param properties the kind's properties by column name; empty cells are absent
 */
record WorldRow(Path file, long line, String id, String from, String to, String key, String source, Map<String, String> properties) {

    /** A property that must be there. */
    String get(String field) {
        String value = properties.get(field);
        if (value == null) {
            throw new WorldFormatException(file, line, field, "is empty; it is required here");
        }
        return value;
    }

    /** A property that may be missing. */
    String getOr(String field, String fallback) {
        return properties.getOrDefault(field, fallback);
    }

    boolean has(String field) {
        return properties.containsKey(field);
    }

    java.math.BigDecimal amount(String field) {
        String raw = get(field);
        try {
            return new java.math.BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new WorldFormatException(file, line, field, "'" + raw + "' is not an amount like 9850.00");
        }
    }

    java.time.LocalDate date(String field) {
        String raw = get(field);
        try {
            return java.time.LocalDate.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            throw new WorldFormatException(file, line, field, "'" + raw + "' is not a date like 2024-03-12");
        }
    }

    java.util.Optional<java.time.LocalDate> optionalDate(String field) {
        return has(field) ? java.util.Optional.of(date(field)) : java.util.Optional.empty();
    }
}
