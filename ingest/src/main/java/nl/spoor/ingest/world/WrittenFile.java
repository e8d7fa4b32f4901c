package nl.spoor.ingest.world;

/** One file of a generated world as manifest.json lists it; {@code rows} is -1 for JSON files. */
public record WrittenFile(String path, long rows, long bytes, String sha256) {
}
