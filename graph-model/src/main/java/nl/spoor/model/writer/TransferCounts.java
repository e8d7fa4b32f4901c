package nl.spoor.model.writer;

import nl.spoor.model.cypher.CypherResource;

/**
 * The per-account transfer counts of schema V11: {@code transfersIn} and {@code transfersOut} on a {@code BankAccount}
 * are the numbers of {@code TRANSFER} relationships into and out of it (every date, every source; a transfer from
 * an account to itself counts on both). The {@link GraphWriter} recounts the accounts of every transfer it writes;
 * whatever else adds or deletes transfers runs {@link #RECOUNT} in the same transaction. The money detectors start
 * from these counts through their indexes instead of a degree lookup on every account.
 */
public final class TransferCounts {

    /**
     * The two node properties. Bookkeeping, never shown or exported as an entity's properties: they count the
     * transfers of every source, also those a view may not use, and an import recounts them from its own transfers.
     */
    public static final java.util.Set<String> PROPERTIES = java.util.Set.of("transfersIn", "transfersOut");

    /** Recounts the accounts whose Spoor ids are {@code $ids} (other entities are left alone); returns {@code recounted}. */
    public static final String RECOUNT = CypherResource.load(TransferCounts.class, "recount-transfers.cypher");

    private TransferCounts() {
    }
}
