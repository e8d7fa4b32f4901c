package nl.spoor.model.moneytrail;

import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.Set;

import org.neo4j.graphdb.Direction;
import org.neo4j.values.storable.DateValue;
import org.neo4j.values.storable.NumberValue;
import org.neo4j.values.storable.TextArray;
import org.neo4j.values.storable.Value;

import nl.spoor.model.store.KernelReads;

/**
 * One account's transfers in one direction, read once and sorted by booking day, so that a trail search
 * that reaches the account again (from a hub, many first hops lead to the same busy accounts, each
 * time on another day) finds the transfers inside its window by binary search instead of reading every
 * transfer's properties again. Only transfers with a date and an amount are kept: no trail rule looks at
 * any other. Whether the other end is a {@code BankAccount} is checked by the walk, and only for the
 * transfers it considers (most transfers of a busy account lie outside every window).
 *
 * <p>Read through {@link KernelReads}: one relationship record and the first property record per transfer
 * (date and amount are a transfer's first properties), ids instead of entities.
 */
final class TransfersByDay {

    final long account;
    final long[] days;
    final double[] amounts;
    final long[] transfers;
    final long[] others;

    private TransfersByDay(long account, long[] days, double[] amounts, long[] transfers, long[] others) {
        this.account = account;
        this.days = days;
        this.amounts = amounts;
        this.transfers = transfers;
        this.others = others;
    }

    /** The tokens a search reads transfers with. */
    record Tokens(int transfer, int date, int amount, int sourceIds) {
        static Tokens of(KernelReads reads) {
            return new Tokens(reads.relationshipType("TRANSFER"), reads.propertyKey("date"), reads.propertyKey("amount"),
                    reads.propertyKey("sourceIds"));
        }

        /** The keys read of each transfer: date and amount, and its sources when only {@code usable} ones count (not null). */
        int[] keys(Set<String> usable) {
            return usable == null ? new int[] {date, amount} : new int[] {date, amount, sourceIds};
        }
    }

    /** {@code usable}: the sources a transfer must rest on one of (source partitioning), or null for every transfer. */
    static TransfersByDay of(KernelReads reads, Tokens tokens, long account, Direction direction, Set<String> usable) {
        Collected c = new Collected();
        reads.relationships(account, tokens.transfer(), direction, tokens.keys(usable), (relationship, other, values) -> {
            if (!(values[0] instanceof DateValue d) || !(values[1] instanceof NumberValue a)) {
                return;
            }
            if (usable != null && !restsOn(values[2], usable)) {
                return;
            }
            c.add(d.getLong(ChronoField.EPOCH_DAY), a.doubleValue(), relationship, other, account);
        });
        int n = c.n;
        long[] sorted = Arrays.copyOf(c.keys, n);
        Arrays.sort(sorted);
        long[] days = new long[n];
        double[] sortedAmounts = new double[n];
        long[] sortedTransfers = new long[n];
        long[] sortedOthers = new long[n];
        for (int i = 0; i < n; i++) {
            int at = (int) (sorted[i] & 0xFFFFFF);
            days[i] = sorted[i] >> 24;
            sortedAmounts[i] = c.amounts[at];
            sortedTransfers[i] = c.transfers[at];
            sortedOthers[i] = c.others[at];
        }
        return new TransfersByDay(account, days, sortedAmounts, sortedTransfers, sortedOthers);
    }

    /** The transfers as read, in read order; keys: day in the high bits, read order in the low 24 (sorting them sorts by day, stably). */
    private static final class Collected {
        int n;
        long[] keys = new long[16];
        double[] amounts = new double[16];
        long[] transfers = new long[16];
        long[] others = new long[16];

        void add(long day, double amount, long transfer, long other, long account) {
            if (n == 1 << 24) {
                throw new IllegalStateException("An account with more than 16,777,216 transfers: node " + account);
            }
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, n * 2);
                amounts = Arrays.copyOf(amounts, n * 2);
                transfers = Arrays.copyOf(transfers, n * 2);
                others = Arrays.copyOf(others, n * 2);
            }
            keys[n] = day << 24 | n;
            amounts[n] = amount;
            transfers[n] = transfer;
            others[n] = other;
            n++;
        }
    }

    /** One transfer on its own: a first hop read from an amount index ({@code TrailTraversal}'s hub start). */
    static TransfersByDay single(long account, long day, double amount, long transfer, long other) {
        return new TransfersByDay(account, new long[] {day}, new double[] {amount}, new long[] {transfer}, new long[] {other});
    }

    /** Whether a transfer with these {@code sourceIds} rests on one of the {@code usable} sources. */
    static boolean restsOn(Value sourceIds, Set<String> usable) {
        if (sourceIds instanceof TextArray ids) {
            for (int i = 0; i < ids.actualSize(); i++) {
                if (usable.contains(ids.stringValue(i).stringValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index of the first transfer on or after {@code day}. */
    int firstOnOrAfter(long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
