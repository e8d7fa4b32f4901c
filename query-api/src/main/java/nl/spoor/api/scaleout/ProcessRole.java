package nl.spoor.api.scaleout;

import java.util.Locale;

/**
 * What a Spoor process does ({@code SPOOR_ROLE}, or {@code ./spoor serve --role}). One artefact, three roles.
 */
public enum ProcessRole {
    /** API, ingest and (unless SPOOR_NEO4J_URI) the embedded Neo4j in one process, uploads queued in-process: the default. */
    ALL,
    /** GraphQL, UI and uploads only: an upload's files go to the shared file store and one job per file to the queue. */
    API,
    /** Ingest only: takes jobs from the queue, reads the files from the shared file store, writes to Neo4j. No HTTP API. */
    WORKER;

    public static final String VARIABLE = "SPOOR_ROLE";

    /** The role named (any case); blank or null is {@link #ALL}. */
    public static ProcessRole parse(String name) {
        if (name == null || name.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(VARIABLE + " (or --role) must be all, api or worker, got \"" + name + "\"");
        }
    }

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
