package nl.spoor.ingest.pipeline;

import java.time.Duration;

/**
 * What one file may cost before it is quarantined instead of ingested: bad input must never stop a
 * run or exhaust the machine (zip bombs, endless parses, archives within archives).
 *
 * @param maxFileBytes      largest file, or embedded file, read
 * @param perDocument       wall-clock time allowed to detect, parse and OCR one document
 * @param maxDepth          how deep attachments and archive entries are followed (1: a ZIP's entries, not a ZIP inside it)
 * @param maxExpansionRatio how many times its own size a file may unpack to, over all its embedded files together
 * @param maxTextChars      most characters of text taken from one document
 */
public record IngestLimits(long maxFileBytes, Duration perDocument, int maxDepth, int maxExpansionRatio, int maxTextChars) {

    public IngestLimits {
        if (maxFileBytes < 1 || maxDepth < 0 || maxExpansionRatio < 1 || maxTextChars < 1 || perDocument.isNegative() || perDocument.isZero()) {
            throw new IllegalArgumentException("Ingest limits must be positive: " + maxFileBytes + " bytes, " + perDocument + ", depth " + maxDepth
                    + ", ratio " + maxExpansionRatio + ", " + maxTextChars + " characters");
        }
    }

    public static IngestLimits defaults() {
        return new IngestLimits(512L << 20, Duration.ofMinutes(2), 4, 100, 20_000_000);
    }

    public IngestLimits withMaxDepth(int depth) {
        return new IngestLimits(maxFileBytes, perDocument, depth, maxExpansionRatio, maxTextChars);
    }

    public IngestLimits withPerDocument(Duration time) {
        return new IngestLimits(maxFileBytes, time, maxDepth, maxExpansionRatio, maxTextChars);
    }

    public IngestLimits withMaxExpansionRatio(int ratio) {
        return new IngestLimits(maxFileBytes, perDocument, maxDepth, ratio, maxTextChars);
    }

    public IngestLimits withMaxFileBytes(long bytes) {
        return new IngestLimits(bytes, perDocument, maxDepth, maxExpansionRatio, maxTextChars);
    }
}
