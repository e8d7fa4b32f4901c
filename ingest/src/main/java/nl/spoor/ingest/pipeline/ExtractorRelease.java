package nl.spoor.ingest.pipeline;

import nl.spoor.ingest.extract.Extractor;

/** The name and version of the extractor written into every document's provenance. */
public record ExtractorRelease(String name, String version) {
    public ExtractorRelease {
        if (name == null || name.isBlank() || version == null || version.isBlank()) {
            throw new IllegalArgumentException("An extractor needs a name and a version for provenance");
        }
    }

    /** The extractor's class name and its jar's version ("development" when run from classes). */
    public static ExtractorRelease of(Extractor extractor) {
        String version = extractor.getClass().getPackage().getImplementationVersion();
        return new ExtractorRelease(extractor.getClass().getSimpleName(), version == null ? "development" : version);
    }
}
