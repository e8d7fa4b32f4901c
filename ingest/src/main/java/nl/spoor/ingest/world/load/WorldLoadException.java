package nl.spoor.ingest.world.load;

/** Loading a world failed for a reason other than its files (the store, the importer, the disk). */
public final class WorldLoadException extends RuntimeException {

    public WorldLoadException(String message) {
        super(message);
    }

    public WorldLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
