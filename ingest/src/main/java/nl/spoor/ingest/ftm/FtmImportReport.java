package nl.spoor.ingest.ftm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.spoor.model.writer.WriteResult;

/**
 * What an FtM import did: entities and relationships written, Spoor sources restored from a Spoor
 * export, unknown schemata and kept properties with their counts, and the bad lines that stopped it.
 *
 * @param badLines every bad line with its file, line and field; when there are any, nothing was written
 */
public record FtmImportReport(long lines, long entities, long relationships, long restoredSources, Map<String, Long> unknownSchemata,
                              Map<String, Long> keptProperties, long bsnHashesDropped, List<String> badLines, WriteResult written) {

    public boolean refused() {
        return !badLines.isEmpty();
    }

    /** The closing summary, one line each. */
    public List<String> summary() {
        List<String> out = new ArrayList<>();
        if (refused()) {
            out.add("Refused: " + badLines.size() + " bad line(s); nothing was written. Mend them and import again:");
            badLines.stream().limit(50).forEach(b -> out.add("  " + b));
            if (badLines.size() > 50) {
                out.add("  … and " + (badLines.size() - 50) + " more");
            }
            return out;
        }
        out.add(String.format("Imported %,d FtM lines: %,d entities, %,d relationships (new: %,d nodes, %,d relationships)%s.",
                lines, entities, relationships, written.nodesCreated(), written.relationshipsCreated(),
                restoredSources == 0 ? "" : String.format("; %,d Spoor sources restored under this delivery", restoredSources)));
        if (!unknownSchemata.isEmpty()) {
            out.add("Schemata Spoor does not model, kept whole as FtmEntity nodes: " + counts(unknownSchemata));
        }
        if (!keptProperties.isEmpty()) {
            out.add("FtM values kept as written in the ftm JSON of their node or relationship: " + counts(keptProperties));
        }
        if (bsnHashesDropped > 0) {
            out.add(bsnHashesDropped + " BSN hash(es) made with another BSN key were dropped; those persons are known by their FtM id.");
        }
        return out;
    }

    private static String counts(Map<String, Long> m) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(m).forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(" ×").append(v));
        return b.toString();
    }
}
