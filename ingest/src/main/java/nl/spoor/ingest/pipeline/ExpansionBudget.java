package nl.spoor.ingest.pipeline;

/** How many bytes a file and everything embedded in it may still unpack to, shared down the tree. */
final class ExpansionBudget {

    private final int ratio;
    private long remaining;

    ExpansionBudget(long topLevelBytes, int ratio) {
        this.ratio = ratio;
        // Tiny archives get at least a megabyte: a 200-byte ZIP of two short texts is no bomb.
        this.remaining = Math.max(topLevelBytes, 1L << 20) * ratio;
    }

    int ratio() {
        return ratio;
    }

    synchronized long remaining() {
        return remaining;
    }

    synchronized void spend(long bytes) {
        remaining -= bytes;
    }
}
