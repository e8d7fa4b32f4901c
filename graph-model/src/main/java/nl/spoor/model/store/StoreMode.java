package nl.spoor.model.store;

/** How Spoor reaches Neo4j. Both modes run the same code: every read and write goes through the Bolt driver. */
public enum StoreMode {
    /** Neo4j runs inside the Spoor process, Bolt on loopback. */
    EMBEDDED,
    /** A Neo4j server or cluster elsewhere, named by {@code SPOOR_NEO4J_URI}. */
    EXTERNAL
}
