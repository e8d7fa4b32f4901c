package nl.spoor.ingest.world.load;

/**
 * A world file that does not follow {@code ingest/world-format.md}: names the file (relative to the
 * world directory's parent, e.g. {@code world/nodes/Person.csv}), the line, the column and what is wrong.
 * Thrown before anything is written to the store.
 */
public final class WorldFormatException extends RuntimeException {

    private final String file;
    private final long line;
    private final int column;

    /**
     * @param line   1-based line of the file (the header is line 1), 0 for the file as a whole
     * @param column 1-based column, 0 when the problem is not in one column
     */
    public WorldFormatException(String file, long line, int column, String columnName, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + (column > 0 ? ", column " + column + (columnName == null ? "" : " (" + columnName + ")") : "")
                + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }
}
