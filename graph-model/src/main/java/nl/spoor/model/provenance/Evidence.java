package nl.spoor.model.provenance;

import java.util.Objects;

/**
 * Where in its source one fact was found.
 *
 * @param sourceId   the {@link Source}
 * @param locator    stable position within the source, unique per fact and source: {@code p3:120} for
 *                   page 3 offset 120, {@code row:17} for a register row; repeating a write with the same
 *                   locator changes nothing
 * @param page       1-based page, or null when the source has no pages
 * @param start      character offset of the mention in the page or document text, or null
 * @param end        exclusive end offset, or null
 * @param confidence 0..1, how sure the extractor is
 * @param snippet    the text around the mention as shown to users, or null
 */
public record Evidence(String sourceId, String locator, Integer page, Integer start, Integer end,
                       double confidence, String snippet) {

    public Evidence {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(locator, "locator");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
        }
        if (start != null && end != null && end < start) {
            throw new IllegalArgumentException("evidence end " + end + " lies before start " + start);
        }
    }

    /** Evidence for a row of a structured source (register, bank statement). */
    public static Evidence row(String sourceId, int row) {
        return new Evidence(sourceId, "row:" + row, null, null, null, 1.0, null);
    }

    /** Evidence for a mention in a paged text. */
    public static Evidence mention(String sourceId, int page, int start, int end, double confidence, String snippet) {
        return new Evidence(sourceId, "p" + page + ":" + start, page, start, end, confidence, snippet);
    }
}
