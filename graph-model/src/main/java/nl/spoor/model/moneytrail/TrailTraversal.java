package nl.spoor.model.moneytrail;

import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.values.storable.DateValue;
import org.neo4j.values.storable.NumberValue;

import nl.spoor.model.store.KernelReads;

/**
 * Money trails as a depth-first traversal inside Neo4j (DESIGN §5), registered in the embedded store
 * as {@code spoor.trailSearch}. It finds exactly the trails of the Cypher 25 formulation in
 * {@code TrailSearch.forward|backward|between.cypher} (the same hop constraints, the same
 * "reported whole" rule, the same scan limit, the same ranking), but reads each account's transfers once
 * per search ({@link TransfersByDay}) and checks a hop's onward hops in the scan that follows them, with no
 * per-row maps or lists, which is what the 3-hop trace from a hub needs. The time
 * constraints prune during expansion: a hop outside the window or under the fraction is never followed.
 *
 * <p>It ranks the trails itself and yields one page of them: from a hub a search finds well over a
 * thousand trails while a reader sees twenty, and building, sorting and sending every trail to the
 * caller cost three times the search (FinBench SF1, README *Measured*). The first row is a summary
 * ({@code start} null, no hops): how many trails there are and the hubs they end at; then the page.
 *
 * <p>Not available on an external Neo4j server unless Spoor's plugin is installed there; the query API
 * then runs the Cypher form (same results: {@code MoneyTrailsTest} runs both).
 */
public final class TrailTraversal {

    public static final String NAME = "spoor.trailSearch";
    private static final RelationshipType TRANSFER = RelationshipType.withName("TRANSFER");
    private static final Label ENTITY = Label.label("Entity");
    private static final Label ACCOUNT = Label.label("BankAccount");

    @Context
    public Transaction tx;

    /**
     * One row: a trail of the page (its transfers in time order, and why it ends where it does), or the
     * summary row ({@code start} null): {@code total} trails found, {@code hubs} the accounts where trails
     * stop at a hub ({@code account} Spoor id, {@code transfers} its degree), each once, {@code truncated}
     * whether the walk from a hub start stopped once the page was certain ({@link TrailWalk#largestFirst}).
     */
    public static final class Found {
        public String start;
        public List<Relationship> hops;
        public boolean endsAtHub;
        public long endTransfers;
        public boolean cycle;
        public Long total;
        public List<Map<String, Object>> hubs;
        public Boolean truncated;

        Found(String start, List<Relationship> hops, boolean endsAtHub, long endTransfers, boolean cycle, Long total,
                List<Map<String, Object>> hubs, Boolean truncated) {
            this.start = start;
            this.hops = hops;
            this.endsAtHub = endsAtHub;
            this.endTransfers = endTransfers;
            this.cycle = cycle;
            this.total = total;
            this.hubs = hubs;
            this.truncated = truncated;
        }
    }

    @Procedure(name = NAME, mode = Mode.READ)
    @Description("Spoor money trails: mode FORWARD, BACKWARD or BETWEEN from the accounts with these Spoor ids; "
            + "a summary row (total, hubs), then the trails ranked skip..skip+limit.")
    public Stream<Found> trailSearch(@Name("mode") String mode, @Name("accounts") List<String> accounts,
            @Name("targets") List<String> targets, @Name("maxHops") long maxHops, @Name("windowDays") long windowDays,
            @Name("minFraction") double minFraction, @Name("hubCap") long hubCap, @Name("from") LocalDate from,
            @Name("until") LocalDate until, @Name("scanLimit") long scanLimit, @Name("skip") long skip, @Name("limit") long limit,
            @Name(value = "usable", defaultValue = "null") List<String> usable) {
        try (KernelReads reads = KernelReads.of(tx)) {
            Set<Long> targetNodes = new HashSet<>();
            for (String id : targets) {
                Node target = tx.findNode(ENTITY, "spoorId", id);
                if (target != null) {
                    targetNodes.add(KernelReads.id(target));
                }
            }
            TrailWalk search = new TrailWalk(reads, mode, targetNodes, (int) Math.min(maxHops, 6), windowDays, minFraction, hubCap, from,
                    until, scanLimit, usable == null ? null : Set.copyOf(usable));
            List<String> ids = new ArrayList<>();
            List<Long> starts = new ArrayList<>();
            boolean hubStart = false;
            for (String id : accounts) {
                Node start = tx.findNode(ENTITY, "spoorId", id);
                if (start != null && start.hasLabel(ACCOUNT)) {
                    ids.add(id);
                    starts.add(KernelReads.id(start));
                    hubStart |= search.degree(KernelReads.id(start)) > hubCap;
                }
            }
            if (hubStart && !search.between && skip + limit > 0) {
                search.largestFirst(ids, starts, skip + limit);
            } else {
                for (int i = 0; i < starts.size() && search.found.size() < scanLimit; i++) {
                    search.from(ids.get(i), starts.get(i));
                }
            }
            return search.page(skip, limit).stream();
        }
    }

    /** A trail as the walk keeps it: the transfers in the order walked (from the start), its rank keys. */
    private static final class Walked {
        final String start;
        final TransfersByDay[] of;
        final int[] at;
        final double rankAmount;
        final long rankDay;
        final long end;
        final boolean endsAtHub;
        final long endTransfers;
        final boolean cycle;
        private String[] keys;

        Walked(String start, TransfersByDay[] of, int[] at, double rankAmount, long rankDay, long end, boolean endsAtHub, long endTransfers,
                boolean cycle) {
            this.start = start;
            this.of = of;
            this.at = at;
            this.rankAmount = rankAmount;
            this.rankDay = rankDay;
            this.end = end;
            this.endsAtHub = endsAtHub;
            this.endTransfers = endTransfers;
            this.cycle = cycle;
        }

        int length() {
            return at.length;
        }
    }

    /** One start's first hops, largest amount first: {@link #advance} moves to the next, then {@code transfers[index]} is it. */
    private abstract static class FirstHops {
        final int start;
        TransfersByDay transfers;
        int index;

        FirstHops(int start) {
            this.start = start;
        }

        abstract boolean advance();

        double amount() {
            return transfers.amounts[index];
        }
    }

    /** The depth-first walk of one search; not thread-safe (one per call). */
    private static final class TrailWalk {
        final KernelReads reads;
        final TransfersByDay.Tokens tokens;
        final int accountLabel;
        final boolean backward;
        final boolean between;
        final Set<Long> targets;
        final int maxHops;
        final long windowDays;
        final double minFraction;
        final long hubCap;
        final long fromDay;
        final long untilDay;
        final long scanLimit;
        final List<Walked> found = new ArrayList<>();
        final TransfersByDay[] pathOf = new TransfersByDay[6];
        final int[] pathAt = new int[6];
        int depth;
        double rankAmount;
        long rankDay;
        // The accounts the trail left (forward) or reached (backward) so far: never left/reached twice (at most 7).
        final long[] via = new long[8];
        int vias;
        final Map<Long, TransfersByDay> byDay = new HashMap<>();
        final Map<Long, Long> degrees = new HashMap<>();
        final Map<Long, Boolean> accounts = new HashMap<>();
        /** The sources the asking request may use (a transfer counts when one of its sourceIds is one), or null for all. */
        final Set<String> usable;
        String startId;
        boolean truncated;

        TrailWalk(KernelReads reads, String mode, Set<Long> targets, int maxHops, long windowDays, double minFraction, long hubCap,
                LocalDate from, LocalDate until, long scanLimit, Set<String> usable) {
            this.reads = reads;
            this.tokens = TransfersByDay.Tokens.of(reads);
            this.accountLabel = reads.label(ACCOUNT.name());
            this.usable = usable;
            this.backward = mode.equals("BACKWARD");
            this.between = mode.equals("BETWEEN");
            if (!backward && !between && !mode.equals("FORWARD")) {
                throw new IllegalArgumentException("mode must be FORWARD, BACKWARD or BETWEEN, not " + mode);
            }
            this.targets = targets;
            this.maxHops = maxHops;
            this.windowDays = windowDays;
            this.minFraction = minFraction;
            this.hubCap = hubCap;
            this.fromDay = from.toEpochDay();
            this.untilDay = until.toEpochDay();
            this.scanLimit = scanLimit;
        }

        void from(String id, long node) {
            startId = id;
            via[vias++] = node;
            expand(node, Long.MIN_VALUE, 0);
            vias--;
        }

        /**
         * The hub policy: from a start with more than {@code hubCap} transfers (a supermarket, an employer; on the large
         * world 241,000 trails from one) the first hops of all starts are walked largest first, and the walk stops at the
         * first smaller amount once {@code needed} (skip + limit) trails are found. Trails rank first by that hop's amount,
         * so every trail not walked ranks below every trail walked: the page is exactly the page of the whole search. What
         * is lost is the count: {@code total} and the hubs are those of the trails walked, which are exactly the trails
         * whose ranking hop carries at least the amount of the page's last trail (the Cypher form trims to the same), and
         * {@code truncated} says so.
         */
        void largestFirst(List<String> ids, List<Long> starts, long needed) {
            PriorityQueue<FirstHops> next = new PriorityQueue<>(Comparator.comparingDouble(FirstHops::amount).reversed()
                    .thenComparingInt(h -> h.start));
            for (int s = 0; s < starts.size(); s++) {
                FirstHops hops = byAmount(s, ids.get(s), starts.get(s));
                if (hops.advance()) {
                    next.add(hops);
                }
            }
            double group = Double.NaN;
            while (!next.isEmpty()) {
                FirstHops hops = next.poll();
                TransfersByDay t = hops.transfers;
                int i = hops.index;
                if (isAccount(t.others[i])) {
                    if (t.amounts[i] != group) {
                        if (found.size() >= needed) {
                            truncated = true;
                            return;
                        }
                        group = t.amounts[i];
                    }
                    if (found.size() >= scanLimit) {
                        return;
                    }
                    startId = ids.get(hops.start);
                    via[vias++] = starts.get(hops.start);
                    rankAmount = t.amounts[i];
                    rankDay = t.days[i];
                    pathOf[depth] = t;
                    pathAt[depth++] = i;
                    visit(t.others[i], rankDay, rankAmount);
                    depth--;
                    vias--;
                }
                if (hops.advance()) {
                    next.add(hops);
                }
            }
        }

        /**
         * The first hops of start {@code s} in the period, largest amount first: from the amount index of schema V17 when
         * the start's transfers in the search's direction are marked for it (a busy account: only the hops the page needs
         * are read), else from all its transfers, read and sorted.
         */
        private FirstHops byAmount(int s, String id, long start) {
            String flag = backward ? "transfersInByAmount" : "transfersOutByAmount";
            if (Boolean.TRUE.equals(reads.node(start).getProperty(flag, null))) {
                KernelReads.Descending index = reads.descending(backward ? "transfer_into_hub" : "transfer_out_of_hub", id, tokens.keys(usable));
                if (index != null) {
                    return new IndexedFirstHops(s, start, index);
                }
            }
            TransfersByDay t = transfers(start);
            List<Integer> inPeriod = new ArrayList<>();
            for (int i = t.firstOnOrAfter(fromDay); i < t.days.length && t.days[i] <= untilDay; i++) {
                if (t.amounts[i] > 0) {
                    inPeriod.add(i);
                }
            }
            inPeriod.sort(Comparator.<Integer>comparingDouble(i -> t.amounts[i]).reversed());
            return new FirstHops(s) {
                int at = -1;

                @Override
                boolean advance() {
                    if (++at >= inPeriod.size()) {
                        return false;
                    }
                    transfers = t;
                    index = inPeriod.get(at);
                    return true;
                }
            };
        }

        /** The first hops of a start read from an amount index: those in the period, with an amount above 0, on a usable source. */
        private final class IndexedFirstHops extends FirstHops {
            final long account;
            final KernelReads.Descending entries;

            IndexedFirstHops(int start, long account, KernelReads.Descending entries) {
                super(start);
                this.account = account;
                this.entries = entries;
            }

            @Override
            boolean advance() {
                while (entries.next()) {
                    if (!(entries.value(0) instanceof DateValue d) || !(entries.value(1) instanceof NumberValue a)) {
                        continue;
                    }
                    long day = d.getLong(ChronoField.EPOCH_DAY);
                    double amount = a.doubleValue();
                    if (day < fromDay || day > untilDay || amount <= 0 || usable != null && !TransfersByDay.restsOn(entries.value(2), usable)) {
                        continue;
                    }
                    transfers = TransfersByDay.single(account, day, amount, entries.relationship(), backward ? entries.source() : entries.target());
                    index = 0;
                    return true;
                }
                return false;
            }
        }

        /**
         * Follows every hop that may come after the previous one (on {@code prevDay} of {@code prevAmount};
         * {@code Long.MIN_VALUE}: none yet) from {@code at}, which the caller has put in {@code via}.
         * Returns whether {@code at} has an onward hop by the "reported whole" rule of the Cypher form
         * (found in the same scan that follows the hops).
         */
        private boolean expand(long at, long prevDay, double prevAmount) {
            boolean first = prevDay == Long.MIN_VALUE;
            // Forward the next hop comes in [prev, prev + window], backward in [prev - window, prev].
            long lo = first ? fromDay : backward ? Math.max(fromDay, prevDay - windowDays) : prevDay;
            long hi = first ? untilDay : backward ? prevDay : Math.min(untilDay, prevDay + windowDays);
            // The onward-hop rule of the Cypher form bounds the date only by the window and the period's far end.
            long onLo = backward ? Math.max(fromDay, prevDay - windowDays) : prevDay;
            long onHi = backward ? prevDay : Math.min(untilDay, prevDay + windowDays);
            boolean onward = false;
            TransfersByDay transfers = transfers(at);
            // Forward and backward, after the first hop the two ranges are the same (the window); the first hop has no onward rule.
            long rangeLo = first ? lo : Math.min(lo, onLo);
            long rangeHi = first ? hi : Math.max(hi, onHi);
            for (int i = transfers.firstOnOrAfter(rangeLo); i < transfers.days.length && transfers.days[i] <= rangeHi; i++) {
                if (found.size() >= scanLimit) {
                    break;
                }
                long day = transfers.days[i];
                double amount = transfers.amounts[i];
                boolean carries = first || (backward ? prevAmount >= minFraction * amount : amount >= minFraction * prevAmount);
                boolean follow = day >= lo && day <= hi && amount > 0 && carries;
                boolean counts = !first && !onward && day >= onLo && day <= onHi && carries;
                // Only hops to a BankAccount count; checked last, for the few transfers that pass the rest.
                if ((follow || counts) && !isAccount(transfers.others[i])) {
                    continue;
                }
                onward |= counts;
                if (follow) {
                    if (first) {
                        rankAmount = amount;
                        rankDay = day;
                    }
                    pathOf[depth] = transfers;
                    pathAt[depth++] = i;
                    visit(transfers.others[i], day, amount);
                    depth--;
                }
            }
            return onward;
        }

        /** The trail now ends at {@code end} with a hop on {@code day} of {@code amount}: reports it if it ends here, walks on if it may. */
        private void visit(long end, long day, double amount) {
            if (between) {
                if (targets.contains(end)) {
                    found.add(walked(end, false, 0, false));
                } else if (depth < maxHops && !passed(end) && degree(end) <= hubCap) {
                    via[vias++] = end;
                    expand(end, day, amount);
                    vias--;
                }
                return;
            }
            long endTransfers = degree(end);
            boolean hub = endTransfers > hubCap;
            boolean cycle = passed(end);
            boolean onward = false;
            if (depth < maxHops && !hub && !cycle) {
                via[vias++] = end;
                onward = expand(end, day, amount);
                vias--;
            }
            if (!onward && found.size() < scanLimit) {
                found.add(walked(end, hub, endTransfers, cycle));
            }
        }

        private Walked walked(long end, boolean hub, long endTransfers, boolean cycle) {
            return new Walked(startId, Arrays.copyOf(pathOf, depth), Arrays.copyOf(pathAt, depth), rankAmount, rankDay, end, hub, endTransfers, cycle);
        }

        private boolean passed(long node) {
            for (int i = 0; i < vias; i++) {
                if (via[i] == node) {
                    return true;
                }
            }
            return false;
        }

        /** The account's transfers in the search's direction, read once per search. */
        private TransfersByDay transfers(long account) {
            TransfersByDay t = byDay.get(account);
            if (t == null) {
                t = TransfersByDay.of(reads, tokens, account, backward ? Direction.INCOMING : Direction.OUTGOING, usable);
                byDay.put(account, t);
            }
            return t;
        }

        /** The node's transfers in and out, all dates (the hub cap's measure), read once per search. */
        long degree(long node) {
            Long d = degrees.get(node);
            if (d == null) {
                d = (long) reads.node(node).getDegree(TRANSFER, Direction.BOTH);
                degrees.put(node, d);
            }
            return d;
        }

        private boolean isAccount(long node) {
            Boolean a = accounts.get(node);
            if (a == null) {
                a = reads.hasLabel(node, accountLabel);
                accounts.put(node, a);
            }
            return a;
        }

        /** Hop {@code i} of a trail as a relationship of this transaction (forward the account is its start, backward its end). */
        private Relationship hop(Walked w, int i) {
            TransfersByDay t = w.of[i];
            int at = w.at[i];
            return backward ? reads.relationship(t.transfers[at], t.others[at], tokens.transfer(), t.account)
                    : reads.relationship(t.transfers[at], t.account, tokens.transfer(), t.others[at]);
        }

        /** The hops in time order: as walked forward, reversed backward. */
        private List<Relationship> hops(Walked w) {
            Relationship[] hops = new Relationship[w.length()];
            for (int i = 0; i < hops.length; i++) {
                hops[backward ? hops.length - 1 - i : i] = hop(w, i);
            }
            return Arrays.asList(hops);
        }

        /** The transfer keys in time order, read only when two trails tie on everything else. */
        private String[] keys(Walked w) {
            if (w.keys == null) {
                List<Relationship> hops = hops(w);
                w.keys = new String[hops.size()];
                for (int i = 0; i < w.keys.length; i++) {
                    w.keys[i] = (String) hops.get(i).getProperty("key", null);
                }
            }
            return w.keys;
        }

        /** The summary row, then the trails ranked as the Cypher form orders them, {@code skip} to {@code skip + limit}. */
        List<Found> page(long skip, long limit) {
            // FORWARD and BETWEEN rank by the first hop (date ascending), BACKWARD by the last (date descending): the hop walked first.
            Comparator<Walked> byDate = Comparator.comparingLong(w -> w.rankDay);
            Comparator<Walked> rank = Comparator.<Walked>comparingDouble(w -> w.rankAmount).reversed()
                    .thenComparing(Comparator.<Walked>comparingInt(Walked::length).reversed())
                    .thenComparing(backward ? byDate.reversed() : byDate)
                    .thenComparing((a, b) -> compareKeys(keys(a), keys(b)));
            List<Walked> ranked = new ArrayList<>(found);
            ranked.sort(rank);
            Map<Long, Long> hubs = new LinkedHashMap<>();
            for (Walked w : found) {
                if (w.endsAtHub && !w.cycle) {
                    hubs.putIfAbsent(w.end, w.endTransfers);
                }
            }
            List<Map<String, Object>> hubRows = new ArrayList<>();
            hubs.forEach((node, transfers) -> hubRows.add(Map.of("account", spoorId(reads.node(node)), "transfers", transfers)));
            List<Found> rows = new ArrayList<>();
            rows.add(new Found(null, List.of(), false, 0, false, (long) found.size(), hubRows, truncated));
            int fromIndex = (int) Math.min(skip, ranked.size());
            int toIndex = (int) Math.min(skip + limit, ranked.size());
            for (Walked w : ranked.subList(fromIndex, toIndex)) {
                rows.add(new Found(w.start, hops(w), w.endsAtHub, w.endTransfers, w.cycle, null, null, null));
            }
            return rows;
        }

        /** Cypher's order of two lists of strings: element by element, null after any string, a prefix first. */
        private static int compareKeys(String[] a, String[] b) {
            for (int i = 0; i < Math.min(a.length, b.length); i++) {
                int c = Comparator.<String>nullsLast(Comparator.naturalOrder()).compare(a[i], b[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.length, b.length);
        }

        private static String spoorId(Node n) {
            return (String) n.getProperty("spoorId", null);
        }
    }
}
