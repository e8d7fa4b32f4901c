package nl.spoor.api.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Walks the consultation log from its first entry and names the first place where it is not what was
 * appended: a missing entry (a gap in the sequence), an entry out of place (its previous-hash is not the
 * hash of the entry before it: reordered, or inserted), an edited entry (its contents no longer give its
 * hash), a query text that changed or vanished, or a head that does not point at the last entry.
 *
 * <p>What it cannot see from the store alone: the last entries removed and the head set back to an
 * earlier entry by someone who recorded that entry's hash. Against that, {@link Verification#head()} is
 * printed to be kept elsewhere, and an anchor kept earlier ({@code seq:hash}) is checked here.
 */
public final class ChainVerifier {

    static final int BATCH = 5_000;

    private final ConsultationLog log;

    public ChainVerifier(ConsultationLog log) {
        this.log = log;
    }

    /** What is wrong at one entry. */
    public record Break(long seq, String problem) {
        @Override
        public String toString() {
            return "entry " + seq + ": " + problem;
        }
    }

    /** The outcome: entries checked, the first break if any, and the head as stored. */
    public record Verification(long entries, Optional<Break> firstBreak, ConsultationLog.Head head) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** How many entries there are, for a progress bar. */
    public long size() {
        log.awaitApplied();
        try (var s = log.driver().session(log.session())) {
            return s.run("MATCH (c:Consultation) RETURN count(c) AS n").single().get("n").asLong();
        }
    }

    /**
     * Checks the whole chain, reporting each checked entry to {@code progress}.
     *
     * @param anchors entries known from outside (an earlier {@code verify}'s head), seq to hash; each must still be there unchanged
     */
    public Verification verify(Map<Long, String> anchors, LongConsumer progress) {
        ConsultationLog.Head head = log.head();
        long previousSeq = 0;
        String previousHash = Consultation.GENESIS;
        long checked = 0;
        Map<String, Long> queries = new java.util.LinkedHashMap<>(); // query hash -> first entry that ran it
        try (var s = log.driver().session(log.session())) {
            while (true) {
                long after = previousSeq;
                List<Consultation> batch = s.executeRead(tx -> tx.run("MATCH (c:Consultation) WHERE c.seq > $after RETURN c ORDER BY c.seq LIMIT $n",
                        Map.of("after", after, "n", BATCH)).list(r -> Consultation.of(r.get("c").asNode())));
                for (Consultation c : batch) {
                    Optional<Break> wrong = check(c, previousSeq, previousHash, anchors);
                    if (wrong.isPresent()) {
                        return new Verification(checked, wrong, head);
                    }
                    if (!c.queryHash().isEmpty()) {
                        queries.putIfAbsent(c.queryHash(), c.seq());
                    }
                    previousSeq = c.seq();
                    previousHash = c.hash();
                    progress.accept(++checked);
                }
                if (batch.size() < BATCH) {
                    break;
                }
            }
            Optional<Break> wrongQuery = checkQueries(s, queries);
            if (wrongQuery.isPresent()) {
                return new Verification(checked, wrongQuery, head);
            }
        }
        for (Map.Entry<Long, String> anchor : anchors.entrySet()) {
            if (anchor.getKey() > previousSeq) {
                return new Verification(checked, Optional.of(new Break(anchor.getKey(), "is missing: the log ends at entry " + previousSeq
                        + ", but this entry was anchored with hash " + anchor.getValue() + " (entries at the end were removed)")), head);
            }
        }
        if (head.seq() < 0) {
            return new Verification(checked, Optional.of(new Break(previousSeq, "the log's head node (:ConsultationLogHead) is missing")), head);
        }
        if (head.seq() != previousSeq || !head.hash().equals(previousHash)) {
            String problem = head.seq() > previousSeq
                    ? "is the last entry, but the head says the log has " + head.seq() + " entries ending in hash " + head.hash()
                            + " (entries at the end were removed)"
                    : "is the last entry, but the head says the log has " + head.seq() + " entries ending in hash " + head.hash()
                            + " (the head was changed)";
            return new Verification(checked, Optional.of(new Break(previousSeq, problem)), head);
        }
        return new Verification(checked, Optional.empty(), head);
    }

    private Optional<Break> check(Consultation c, long previousSeq, String previousHash, Map<Long, String> anchors) {
        if (c.seq() != previousSeq + 1) {
            long missing = previousSeq + 1;
            return Optional.of(new Break(missing, "is missing: entry " + c.seq() + " follows entry " + previousSeq + " (deleted)"));
        }
        if (!c.previousHash().equals(previousHash)) {
            return Optional.of(new Break(c.seq(), "does not follow entry " + previousSeq + ": its previous hash " + c.previousHash()
                    + " is not that entry's hash " + previousHash + " (entries reordered, or one inserted or replaced)"));
        }
        String expected = c.chained(c.seq(), c.previousHash(), log.key()).hash();
        if (!expected.equals(c.hash())) {
            return Optional.of(new Break(c.seq(), "was edited: its contents do not give its hash " + c.hash()
                    + " (by " + (c.user().isEmpty() ? "no signed-in user" : c.user()) + " at " + c.at() + " as it now reads)"));
        }
        String anchored = anchors.get(c.seq());
        if (anchored != null && !anchored.equals(c.hash())) {
            return Optional.of(new Break(c.seq(), "has hash " + c.hash() + ", not the anchored " + anchored + " (the log was rewritten from here)"));
        }
        return Optional.empty();
    }

    private static Optional<Break> checkQueries(org.neo4j.driver.Session s, Map<String, Long> firstUse) {
        Map<String, String> texts = new java.util.HashMap<>();
        s.executeRead(tx -> tx.run("MATCH (q:ConsultationQuery) RETURN q.sha256 AS h, q.text AS t").list())
                .forEach(r -> texts.put(r.get("h").asString(""), r.get("t").asString(null)));
        for (var use : firstUse.entrySet()) {
            String text = texts.get(use.getKey());
            if (!texts.containsKey(use.getKey())) {
                return Optional.of(new Break(use.getValue(), "its query text (SHA-256 " + use.getKey() + ") is missing (deleted)"));
            }
            if (text == null || !LogKey.sha256(text).equals(use.getKey())) {
                return Optional.of(new Break(use.getValue(), "its query text (SHA-256 " + use.getKey() + ") was edited"));
            }
        }
        return Optional.empty();
    }
}
