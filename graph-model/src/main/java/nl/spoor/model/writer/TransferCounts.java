package nl.spoor.model.writer;

import nl.spoor.model.cypher.CypherResource;

/**
 * The per-account transfer counts of schema V11: {@code transfersIn} and {@code transfersOut} on a {@code BankAccount}
 * are the numbers of {@code TRANSFER} relationships into and out of it (every date, every source; a transfer from
 * an account to itself counts on both). The {@link GraphWriter} recounts the accounts of every transfer it writes;
 * whatever else adds or deletes transfers runs {@link #RECOUNT} in the same transaction. The money detectors start
 * from these counts through their indexes instead of a degree lookup on every account.
 *
 * <p>Schema V12 adds {@code sendersIn} and {@code receiversOut}: the distinct other accounts that paid into and were
 * paid from it, counting only counterparties with at most 2,000 transfers in and out (so every one with at most
 * {@link #COUNTERPARTY_HUB_CAP} transfers counts: in + out counts a transfer to itself twice); none on an account over
 * that sum itself. The writer also counts again every account that exchanged transfers with one it made a hub, and the
 * purge every account that did so with one it brought back under the sum, so the counts do not depend on the order of
 * writes. Between two counts a counterparty can only gain transfers (concurrent writers), so a stored count is never
 * below the number of counterparties with at most {@code hubCap} transfers, for any {@code hubCap} up to
 * {@link #COUNTERPARTY_HUB_CAP}: "at least 5 receivers that are no hub" starts from an index seek.
 *
 * <p>Schema V13 adds {@code payersIn}: the distinct persons holding those counterparties that paid in. Besides a
 * transfer, a new holding of a paying account counts its receivers again (the writer's {@code HOLDS_ACCOUNT} statements,
 * {@link #RECOUNT_PAYERS} after the purge deletes holdings), so the count is never below the persons paying through
 * accounts with at most {@link #COUNTERPARTY_HUB_CAP} transfers: "persons whose accounts receive from at least 4
 * persons" starts from an index seek.
 *
 * <p>Schema V15 adds {@code othersIn}: the total of the transfers and cash deposits into the account that are not its own
 * money as the pass-through detector reads it (from an account of one of its holders, or of their employers or benefit
 * payers), none on a hub. A new holding, employment or benefit counts again the accounts whose own money it changes; a
 * cash deposit counts its account as a transfer does; {@link #RECOUNT_OTHERS} after the purge deletes any of them. An
 * account passes on only what others paid in: "others paid in at least minAmount" starts from an index seek.
 *
 * <p>Schema V17 marks a busy account's transfers: on an account with more than {@link #BY_AMOUNT_OVER} transfers out,
 * every one of them carries its Spoor id in {@code outOfHub} and the account has {@code transfersOutByAmount}; likewise
 * {@code intoHub} and {@code transfersInByAmount} for transfers in. The writer marks all of them once when a chunk takes
 * the account over, then each transfer it writes; {@link #RECOUNT} marks whatever a recounted account's transfers lack.
 * A mark stays when the account drops under (its transfers all keep theirs). From the composite indexes on (mark,
 * {@code amount}) the money-trail traversal reads a hub start's transfers largest first.
 */
public final class TransferCounts {

    /**
     * The properties of accounts and transfers (V17's marks). Bookkeeping, never shown or exported as an entity's or a
     * relationship's properties: they count the transfers and holdings of every source, also those a view may not use,
     * and an import recounts them from its own facts.
     */
    public static final java.util.Set<String> PROPERTIES = java.util.Set.of("transfersIn", "transfersOut", "sendersIn", "receiversOut", "payersIn",
            "othersIn", "transfersOutByAmount", "transfersInByAmount", "outOfHub", "intoHub");

    /** An account with more than this many transfers out (in) has them marked for the amount indexes of V17. */
    public static final int BY_AMOUNT_OVER = 1_000;

    /** The largest hub cap for which {@code sendersIn} and {@code receiversOut} bound the counterparties that are no hub. */
    public static final int COUNTERPARTY_HUB_CAP = 1_000;

    /**
     * Recounts the accounts whose Spoor ids are {@code $ids} (other entities are left alone), and the counterparty counts
     * of every account that stopped being a hub by it; returns {@code recounted}.
     */
    public static final String RECOUNT = withCounterpartyCounts(CypherResource.load(TransferCounts.class, "recount-transfers.cypher"));

    /**
     * Counts again the payers of every account paid by the accounts whose Spoor ids are {@code $ids} (other entities are
     * left alone), after their holdings changed outside the GraphWriter; returns {@code held}.
     */
    public static final String RECOUNT_PAYERS = withPayersOfHeld(CypherResource.load(TransferCounts.class, "recount-payers.cypher"));

    /**
     * Counts again what others paid into the accounts held by the entities whose Spoor ids are {@code $holders}, and into
     * those of whom the entities with ids {@code $payers} employ or pay benefits, after holdings, employments or benefits
     * were deleted outside the GraphWriter; returns {@code found}.
     */
    public static final String RECOUNT_OTHERS = withOthersOf(CypherResource.load(TransferCounts.class, "recount-others.cypher"));

    private TransferCounts() {
    }

    /** {@code cypher} with its {@code {{OTHERS_OF}}} line replaced by {@code others-of.cypher}, counting as V12, V13 and V15. */
    static String withOthersOf(String cypher) {
        return withCounterpartyCounts(replaceLine(cypher, "{{OTHERS_OF}}", CypherResource.load(TransferCounts.class, "others-of.cypher")));
    }

    /** {@code cypher} with its {@code {{PAYERS_OF_HELD}}} line replaced by {@code payers-of-held.cypher}, counting as V12 and V13. */
    static String withPayersOfHeld(String cypher) {
        return withCounterpartyCounts(replaceLine(cypher, "{{PAYERS_OF_HELD}}", CypherResource.load(TransferCounts.class, "payers-of-held.cypher")));
    }

    /** {@code cypher} with its {@code {{COUNT_COUNTERPARTIES}}} line replaced by the V12 counting of {@code count-counterparties.cypher}. */
    static String withCounterpartyCounts(String cypher) {
        return replaceLine(cypher, "{{COUNT_COUNTERPARTIES}}", CypherResource.load(TransferCounts.class, "count-counterparties.cypher"));
    }

    private static String replaceLine(String cypher, String marker, String with) {
        if (!cypher.contains(marker)) {
            throw new IllegalStateException("no " + marker + " line in the statement to put the counting in");
        }
        String counting = with.lines().filter(l -> !l.strip().startsWith("//")).collect(java.util.stream.Collectors.joining("\n  "));
        return cypher.replace(marker, counting);
    }
}
