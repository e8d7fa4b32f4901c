package nl.spoor.model.moneytrail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;

/**
 * One account's transfers in one direction, read once and sorted by booking day, so that a trail search
 * that reaches the account again (from a hub, many first hops lead to the same busy accounts, each
 * time on another day) finds the transfers inside its window by binary search instead of reading every
 * transfer's properties again. Only transfers with a date, an amount and a {@code BankAccount} at the
 * other end are kept: no trail rule looks at any other.
 */
final class TransfersByDay {

    private static final String[] HOP_PROPERTIES = {"date", "amount"};

    final long[] days;
    final double[] amounts;
    final Relationship[] transfers;
    final Node[] others;

    private TransfersByDay(long[] days, double[] amounts, Relationship[] transfers, Node[] others) {
        this.days = days;
        this.amounts = amounts;
        this.transfers = transfers;
        this.others = others;
    }

    /** {@code usable}: the sources a transfer must rest on one of (source partitioning), or null for every transfer. */
    static TransfersByDay of(Node account, Direction direction, RelationshipType type, Label accountLabel, java.util.Set<String> usable) {
        int n = 0;
        long[] keys = new long[16];
        double[] amounts = new double[16];
        Relationship[] transfers = new Relationship[16];
        Node[] others = new Node[16];
        for (Relationship r : account.getRelationships(direction, type)) {
            Map<String, Object> p = r.getProperties(HOP_PROPERTIES);
            if (!(p.get("date") instanceof LocalDate d) || !(p.get("amount") instanceof Number a)) {
                continue;
            }
            Node other = r.getOtherNode(account);
            if (!other.hasLabel(accountLabel) || usable != null && !restsOn(r, usable)) {
                continue;
            }
            if (n == 1 << 24) {
                throw new IllegalStateException("An account with more than 16,777,216 transfers: " + account.getElementId());
            }
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, n * 2);
                amounts = Arrays.copyOf(amounts, n * 2);
                transfers = Arrays.copyOf(transfers, n * 2);
                others = Arrays.copyOf(others, n * 2);
            }
            // Day in the high bits, read order in the low 24: sorting the keys sorts by day, stable.
            keys[n] = d.toEpochDay() << 24 | n;
            amounts[n] = a.doubleValue();
            transfers[n] = r;
            others[n] = other;
            n++;
        }
        long[] sorted = Arrays.copyOf(keys, n);
        Arrays.sort(sorted);
        long[] days = new long[n];
        double[] sortedAmounts = new double[n];
        Relationship[] sortedTransfers = new Relationship[n];
        Node[] sortedOthers = new Node[n];
        for (int i = 0; i < n; i++) {
            int at = (int) (sorted[i] & 0xFFFFFF);
            days[i] = sorted[i] >> 24;
            sortedAmounts[i] = amounts[at];
            sortedTransfers[i] = transfers[at];
            sortedOthers[i] = others[at];
        }
        return new TransfersByDay(days, sortedAmounts, sortedTransfers, sortedOthers);
    }

    private static boolean restsOn(Relationship r, java.util.Set<String> usable) {
        if (r.getProperty("sourceIds", null) instanceof String[] ids) {
            for (String id : ids) {
                if (usable.contains(id)) {
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
