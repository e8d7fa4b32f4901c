package nl.spoor.ingest.world.documents;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of {@code documents/manifest.json}.
 *
 * @param path     relative to {@code documents/}, e.g. {@code pv/pv-000001.pdf}
 * @param kind     {@code proces-verbaal}, {@code bankafschrift}, {@code kvk-uittreksel}, {@code e-mail},
 *                 {@code advertentie}, {@code huurovereenkomst}, {@code loonstrook}, {@code scan}, {@code overzicht}
 *                 (a spreadsheet), {@code archief} (a ZIP of other documents)
 * @param variant  the layout within the kind, e.g. {@code verkeerscontrole}, {@code ing-csv}, {@code mt940}
 * @param format   the media type Tika detects for the file
 * @param sha256   hex digest of the file's bytes
 * @param caseId   the planted case the document is about, or null
 * @param scan     for scanned pages: resolution and size; absent for other documents
 * @param entities every entity a reader should find, with the text as written
 */
public record RenderedDocument(String path, String kind, String variant, String format, String sha256, String caseId,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Scan scan, List<Mention> entities) {

    /**
     * @param dpi    the resolution of the image
     * @param width  image width in pixels
     * @param height image height in pixels
     * @param pages  number of pages (TIFF may hold several)
     */
    public record Scan(int dpi, int width, int height, int pages) {
    }
}
