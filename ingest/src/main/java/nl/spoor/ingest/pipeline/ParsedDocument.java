package nl.spoor.ingest.pipeline;

import java.util.List;

/**
 * What Tika made of one file.
 *
 * @param pages    text per page; one page for formats without pages
 * @param needsOcr the text is (partly) in images that were not read: OCR off or Tesseract missing
 * @param embedded attachments and archive entries, each to be ingested as a document of its own
 */
record ParsedDocument(String mediaType, List<String> pages, boolean needsOcr, List<EmbeddedFile> embedded) {
}
