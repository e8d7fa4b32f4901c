package nl.spoor.api.disclosure;

import java.util.Arrays;
import java.util.Locale;

/** The formats an export can be written in, with the file extension and media type of each. */
public enum ExportFormat {
    /** FollowTheMoney JSON lines with Spoor's provenance ({@code spoor export ftm}). */
    FTM("ftm.jsonl", "application/x-ndjson"),
    /** GraphML for Gephi and yEd. */
    GRAPHML("graphml", "application/graphml+xml"),
    /** entities.csv and relationships.csv in a ZIP. */
    CSV("csv.zip", "application/zip"),
    /** One row per link, for an i2 Analyst's Notebook import specification. */
    I2("i2.csv", "text/csv");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ExportFormat of(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + name + "'; one of "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
