package nl.spoor.ingest.extract;

/**
 * One thing found in a document's text.
 *
 * @param type       what it is
 * @param text       exactly as written, {@code text.equals(pageText.substring(start, end))}
 * @param value      normalised: IBAN upper case without spaces; VEHICLE upper case without dashes;
 *                   PHONE E.164; BSN, KVK and RSIN digits; MONEY {@code 9850.00 EUR}; DATE
 *                   {@code yyyy-mm-dd}; ADDRESS {@code Street Number[Suffix], 1234AB Place}; names in
 *                   their fullest written form
 * @param page       1-based page (1 for documents without pages)
 * @param start      start offset in the page's text
 * @param end        end offset (exclusive) in the page's text
 * @param confidence 0–1; a validated identifier is 1.0 only when its checksum or library says so
 * @param recogniser which recogniser found it (e.g. {@code rules:iban}, later {@code ner:…}), for provenance
 */
public record Mention(MentionType type, String text, String value, int page, int start, int end, double confidence, String recogniser) {
}
