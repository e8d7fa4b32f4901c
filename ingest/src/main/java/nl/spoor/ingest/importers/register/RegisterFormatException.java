package nl.spoor.ingest.importers.register;

import java.nio.file.Path;

/**
 * A register extract that cannot be imported: an unknown layout, a row with too few cells, an invalid
 * BSN, an unknown rechtsvorm, a bad date. Names the file, the line and the column, so the register can be
 * asked for a good copy. Thrown while the whole file is checked, before any fact is written: an extract is
 * imported whole or not at all. A BSN never appears in the message (it is masked, as {@code Bsn} does).
 */
public final class RegisterFormatException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final String column;

    public RegisterFormatException(Path file, int line, String column, String problem) {
        this(file, line, column, problem, null);
    }

    public RegisterFormatException(Path file, int line, String column, String problem, Throwable cause) {
        super(file + (line > 0 ? ", line " + line : "") + (column == null ? "" : ", column " + column) + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the file (the header is line 1), or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** The column at fault as the layout names it, or null. */
    public String column() {
        return column;
    }
}
