package nl.spoor.ingest.world.documents;

import java.nio.file.Path;

/** A world file that does not follow world-format.md, with the file, line and field at fault. */
public final class WorldFormatException extends RuntimeException {

    public WorldFormatException(Path file, long line, String field, String problem) {
        super(file + ":" + line + ": field '" + field + "' " + problem);
    }

    public WorldFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
