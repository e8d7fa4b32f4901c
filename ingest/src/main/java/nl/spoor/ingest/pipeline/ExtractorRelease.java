package nl.spoor.ingest.pipeline;

/** The name and version of the extractor written into every document's provenance. */
public record ExtractorRelease(String name, String version) {
    public ExtractorRelease {
        if (name == null || name.isBlank() || version == null || version.isBlank()) {
            throw new IllegalArgumentException("An extractor needs a name and a version for provenance");
        }
    }
}
