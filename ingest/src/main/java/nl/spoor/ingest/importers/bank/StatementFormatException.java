package nl.spoor.ingest.importers.bank;

import java.nio.file.Path;

/**
 * A statement that cannot be read: an unknown layout, a malformed line, an invalid IBAN, a truncated
 * message. Says which file, where ({@code line 17}, {@code entry 3}) and which field, so the sender can
 * be asked for a good copy. Thrown before any fact is produced: a statement is imported whole or not at all.
 */
public final class StatementFormatException extends RuntimeException {

    private final transient Path file;
    private final String where;
    private final String field;

    public StatementFormatException(Path file, String where, String field, String problem) {
        this(file, where, field, problem, null);
    }

    public StatementFormatException(Path file, String where, String field, String problem, Throwable cause) {
        super(file + (where == null ? "" : ", " + where) + (field == null ? "" : ", field " + field) + ": " + problem, cause);
        this.file = file;
        this.where = where;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    /** {@code line 17}, {@code entry 3}, or null when the problem is the file as a whole. */
    public String where() {
        return where;
    }

    /** The field (column, tag, element) at fault, or null. */
    public String field() {
        return field;
    }
}
