package nl.spoor.ingest.pipeline;

/** An attachment or archive entry, taken out of its container to be ingested as a document of its own. */
record EmbeddedFile(String name, byte[] content) {
}
