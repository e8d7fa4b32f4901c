package nl.spoor.ingest.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run did. Documents count every file ingested, attachments and archive entries included;
 * {@code inputFiles} the files named or found in the folders given. {@code statements} counts the
 * documents also imported as bank statements; {@code statementErrors} the documents that look like
 * one but could not be read as one (their text is ingested all the same), register extracts included;
 * {@code registers} the documents imported as register extracts (KvK, RDW, BRP, Kadaster).
 */
public record IngestReport(long inputFiles, long documents, long skipped, long needsOcr, long mentions,
                           long entityFacts, long relationshipFacts, long nodesCreated, long relationshipsCreated,
                           List<Problem> quarantined, List<Problem> failed, Duration elapsed, long statements,
                           List<Problem> statementErrors, long registers) {

    /** A file that was not ingested, and why. */
    public record Problem(String path, String reason) {
    }

    public double filesPerSecond() {
        return inputFiles / Math.max(0.001, elapsed.toMillis() / 1000.0);
    }

    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%d files in %.1f s (%.1f files/s): %d documents ingested (attachments and archive entries included), %d already ingested",
                inputFiles, elapsed.toMillis() / 1000.0, filesPerSecond(), documents, skipped));
        lines.add(String.format("%d mentions: %d entity facts and %d relationship facts; %d nodes and %d relationships new in the store",
                mentions, entityFacts, relationshipFacts, nodesCreated, relationshipsCreated));
        if (statements > 0 || !statementErrors.isEmpty()) {
            lines.add(statements + " bank statements imported (accounts, transfers, cash), " + statementErrors.size()
                    + " that could not be read as one (their text is ingested)");
        }
        if (registers > 0) {
            lines.add(registers + " register extracts imported (KvK, RDW, BRP, Kadaster)");
        }
        statementErrors.forEach(p -> lines.add("  statement or register extract not read " + p.path() + ": " + p.reason()));
        if (needsOcr > 0) {
            lines.add(needsOcr + " documents need OCR (images not read): marked needsOcr");
        }
        lines.add(quarantined.size() + " quarantined, " + failed.size() + " failed");
        quarantined.forEach(p -> lines.add("  quarantined " + p.path() + ": " + p.reason()));
        failed.forEach(p -> lines.add("  failed " + p.path() + ": " + p.reason()));
        return lines;
    }
}
