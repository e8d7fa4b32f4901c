package nl.spoor.ingest.world.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.spoor.model.store.StoreStatus;

/**
 * What a load did: the path taken, what the world held, how long each phase took, and the store's
 * counts afterwards.
 *
 * @param reading  reading and checking the files (on the fast path: also writing the importer's files)
 * @param storing  the offline import, or the transactional writes
 * @param importStages how long each stage of the offline importer took ({@code Node import}, {@code Relationship import},
 *                 {@code Relationship linking}, {@code Post processing}); empty on the transactional path
 * @param indexing opening the store after an import: starting the DBMS, schema migrations and index population; zero on the
 *                 transactional path (the indexes are maintained while writing)
 */
public record LoadReport(Path path, String reason, int sources, Map<String, Long> nodesPerLabel, Map<String, Long> relationshipsPerType,
                         List<String> notes, Duration reading, Duration storing, Map<String, Duration> importStages, Duration indexing,
                         StoreStatus store) {

    /** How the world went into the store. */
    public enum Path {
        /** Neo4j's offline importer into an empty embedded database. */
        OFFLINE_IMPORT,
        /** Batched transactions through the GraphWriter. */
        TRANSACTIONAL
    }

    public long nodes() {
        return nodesPerLabel.values().stream().mapToLong(Long::longValue).sum();
    }

    public long relationships() {
        return relationshipsPerType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Nodes stored per second of {@link #storing()}: the world's entities plus its sources. */
    public double nodesPerSecond() {
        return rate(nodes() + sources);
    }

    /** Relationships stored per second of {@link #storing()}: the world's plus one ASSERTS per entity. */
    public double relationshipsPerSecond() {
        return rate(relationships() + nodes());
    }

    private double rate(long count) {
        double seconds = storing.toNanos() / 1e9;
        return seconds <= 0 ? 0 : count / seconds;
    }

    /** The closing summary for a console. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Loaded %,d sources, %,d entity rows and %,d relationship rows (%s).", sources, nodes(), relationships(),
                path == Path.OFFLINE_IMPORT ? "offline import" : "transactional"));
        nodesPerLabel.forEach((k, v) -> lines.add(String.format("  %-20s %,12d", k, v)));
        relationshipsPerType.forEach((k, v) -> lines.add(String.format("  %-20s %,12d", k, v)));
        lines.add(String.format(path == Path.OFFLINE_IMPORT ? "Reading, checking and converting the files: %s" : "Reading and checking the files: %s",
                seconds(reading)));
        if (path == Path.OFFLINE_IMPORT) {
            lines.add(String.format("Import: %s, %,.0f relationships/s and %,.0f nodes/s over the whole import (ASSERTS and sources included)",
                    seconds(storing), relationshipsPerSecond(), nodesPerSecond()));
            importStages.forEach((stage, d) -> lines.add(String.format("  %-22s %s", stage, seconds(d))));
            lines.add(String.format("Constraints and indexes built and populated: %s", seconds(indexing)));
        } else {
            lines.add(String.format("Writing: %s, %,.0f facts/s", seconds(storing), rate(sources + nodes() + relationships())));
        }
        lines.add(String.format("The store now holds %,d nodes and %,d relationships.", store.nodes(), store.relationships()));
        notes.forEach(n -> lines.add("Note: " + n));
        return lines;
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
