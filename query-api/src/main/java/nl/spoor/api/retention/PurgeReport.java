package nl.spoor.api.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;

import tools.jackson.databind.json.JsonMapper;

/**
 * What one purge did (or, dry run, would do): when, by whom, as of which day, the expired sources and
 * the counts per label and type. Stored as a {@code :PurgeRecord} node (never an {@code :Entity}).
 */
public record PurgeReport(Instant at, String by, LocalDate asOf, boolean dryRun, List<String> sourceIds, Counts counts) {

    /** The record's id: time and day, unique enough for one store (purges are run by hand). */
    public String purgeId() {
        return "purge:" + at.toString() + ":" + asOf;
    }

    /** Counts per label (entities) and relationship type. */
    public static final class Counts {
        public final Map<String, Long> entitiesDeleted = new TreeMap<>();
        public final Map<String, Long> entitiesKept = new TreeMap<>();
        public final Map<String, Long> relationshipsDeleted = new TreeMap<>();
        public final Map<String, Long> relationshipsKept = new TreeMap<>();
        public long assertions;
        public long pages;
        public long sources;
        public long ingestFiles;
        /**
         * Spoor ids of every entity the purge deleted or took facts from (an assertion, a property, a relationship or
         * one of its sources), sorted; not stored in the PurgeRecord (it can be long) but in the consultation log's
         * entry of a command-line purge, so that a data-subject report shows the purge. Empty for a dry run.
         */
        public final java.util.SortedSet<String> entityIds = new java.util.TreeSet<>();

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entitiesDeleted", entitiesDeleted);
            m.put("entitiesKept", entitiesKept);
            m.put("relationshipsDeleted", relationshipsDeleted);
            m.put("relationshipsKept", relationshipsKept);
            m.put("assertions", assertions);
            m.put("pages", pages);
            m.put("sources", sources);
            m.put("ingestFiles", ingestFiles);
            return m;
        }

        @SuppressWarnings("unchecked")
        static Counts of(Map<String, Object> m) {
            Counts c = new Counts();
            ((Map<String, Number>) m.get("entitiesDeleted")).forEach((k, v) -> c.entitiesDeleted.put(k, v.longValue()));
            ((Map<String, Number>) m.get("entitiesKept")).forEach((k, v) -> c.entitiesKept.put(k, v.longValue()));
            ((Map<String, Number>) m.get("relationshipsDeleted")).forEach((k, v) -> c.relationshipsDeleted.put(k, v.longValue()));
            ((Map<String, Number>) m.get("relationshipsKept")).forEach((k, v) -> c.relationshipsKept.put(k, v.longValue()));
            c.assertions = ((Number) m.get("assertions")).longValue();
            c.pages = ((Number) m.get("pages")).longValue();
            c.sources = ((Number) m.get("sources")).longValue();
            c.ingestFiles = ((Number) m.get("ingestFiles")).longValue();
            return c;
        }
    }

    /** One line for the console and the log. */
    public String summary() {
        return String.format("%s as of %s: %d expired sources; entities deleted %s, kept but trimmed %s; relationships deleted %s,"
                        + " kept with fewer sources %s; %d assertions, %d pages, %d ingest records removed",
                dryRun ? "Would purge" : "Purged", asOf, sourceIds.size(), counts.entitiesDeleted, counts.entitiesKept,
                counts.relationshipsDeleted, counts.relationshipsKept, counts.assertions, counts.pages, counts.ingestFiles);
    }

    @SuppressWarnings("unchecked")
    static PurgeReport of(Value v, JsonMapper json) {
        Map<String, Object> p = v.asMap();
        return new PurgeReport(((ZonedDateTime) p.get("at")).toInstant(), (String) p.get("by"), (LocalDate) p.get("asOf"), false,
                (List<String>) p.get("sourceIds"), Counts.of(json.readValue((String) p.get("counts"), Map.class)));
    }
}
