package nl.spoor.model.moneytrail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

/**
 * Money trails as a depth-first traversal inside Neo4j (DESIGN §5), registered in the embedded store
 * as {@code spoor.trailSearch}. It finds exactly the trails of the Cypher 25 formulation in
 * {@code TrailSearch.forward|backward|between.cypher} (the same hop constraints, the same
 * "reported whole" rule, the same scan limit), but walks each account's transfers once per visit with
 * no per-row maps or lists, which is what the 3-hop trace from a hub needs: on FinBench SF1 the Cypher
 * form spends its time building the allReduce state of every candidate hop. The time constraints prune
 * during expansion: a hop outside the window or under the fraction is never followed.
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

    /** One trail: its transfers in time order (earliest first), and why it ends where it does. */
    public static final class Found {
        public String start;
        public List<Relationship> hops;
        public boolean endsAtHub;
        public long endTransfers;
        public boolean cycle;

        Found(String start, List<Relationship> hops, boolean endsAtHub, long endTransfers, boolean cycle) {
            this.start = start;
            this.hops = hops;
            this.endsAtHub = endsAtHub;
            this.endTransfers = endTransfers;
            this.cycle = cycle;
        }
    }

    @Procedure(name = NAME, mode = Mode.READ)
    @Description("Spoor money trails: mode FORWARD, BACKWARD or BETWEEN from the accounts with these Spoor ids.")
    public Stream<Found> trailSearch(@Name("mode") String mode, @Name("accounts") List<String> accounts,
            @Name("targets") List<String> targets, @Name("maxHops") long maxHops, @Name("windowDays") long windowDays,
            @Name("minFraction") double minFraction, @Name("hubCap") long hubCap, @Name("from") LocalDate from,
            @Name("until") LocalDate until, @Name("scanLimit") long scanLimit) {
        Search search = new Search(mode, Set.copyOf(targets), (int) Math.min(maxHops, 6), windowDays, minFraction, hubCap, from, until, scanLimit);
        for (String id : accounts) {
            Node start = tx.findNode(ENTITY, "spoorId", id);
            if (start != null && start.hasLabel(ACCOUNT) && search.found.size() < scanLimit) {
                search.from(id, start);
            }
        }
        return search.found.stream();
    }

    private static final class Search {
        final boolean backward;
        final boolean between;
        final Set<String> targets;
        final int maxHops;
        final long windowDays;
        final double minFraction;
        final long hubCap;
        final LocalDate from;
        final LocalDate until;
        final long scanLimit;
        final List<Found> found = new ArrayList<>();
        final List<Relationship> path = new ArrayList<>();
        // The accounts the trail left (forward) or reached (backward) so far: never left/reached twice.
        final Set<Node> via = new HashSet<>();
        String startId;
        Node start;

        Search(String mode, Set<String> targets, int maxHops, long windowDays, double minFraction, long hubCap, LocalDate from,
                LocalDate until, long scanLimit) {
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
            this.from = from;
            this.until = until;
            this.scanLimit = scanLimit;
        }

        void from(String id, Node node) {
            startId = id;
            start = node;
            expand(node, null, null);
        }

        /** Follows every hop that may come after {@code prev} (null: the first hop) from {@code at}. */
        private void expand(Node at, LocalDate prevDate, Double prevAmount) {
            if (path.size() >= maxHops || found.size() >= scanLimit) {
                return;
            }
            if (via.contains(at)) {
                return;
            }
            if (at != start) {
                if (at.getDegree(TRANSFER, Direction.BOTH) > hubCap) {
                    return;
                }
                if (between && targets.contains(spoorId(at))) {
                    return;
                }
            }
            via.add(at);
            for (Relationship r : at.getRelationships(backward ? Direction.INCOMING : Direction.OUTGOING, TRANSFER)) {
                if (found.size() >= scanLimit) {
                    break;
                }
                // The date first: after the first hop the window rejects most transfers, so their amount is never read.
                LocalDate date = date(r);
                if (date == null || date.isBefore(from) || date.isAfter(until) || prevDate != null && !inWindow(date, prevDate)) {
                    continue;
                }
                Double amount = amount(r);
                if (amount == null || amount <= 0 || prevDate != null && !carries(amount, prevAmount)) {
                    continue;
                }
                Node next = r.getOtherNode(at);
                if (!next.hasLabel(ACCOUNT)) {
                    continue;
                }
                path.add(r);
                report(next, date, amount);
                expand(next, date, amount);
                path.removeLast();
            }
            via.remove(at);
        }

        /** Whether a hop on {@code date} may follow (forward) or precede (backward) the previous one in time. */
        private boolean inWindow(LocalDate date, LocalDate prevDate) {
            return backward ? !date.isAfter(prevDate) && !date.isBefore(prevDate.minusDays(windowDays))
                    : !date.isBefore(prevDate) && !date.isAfter(prevDate.plusDays(windowDays));
        }

        /** Whether a hop of {@code amount} carries enough of the previous one on (backward: brings enough of it in). */
        private boolean carries(double amount, double prevAmount) {
            return backward ? prevAmount >= minFraction * amount : amount >= minFraction * prevAmount;
        }

        /** Reports the trail as it stands if it ends here: the rules of the Cypher form. */
        private void report(Node end, LocalDate date, double amount) {
            if (between) {
                if (targets.contains(spoorId(end))) {
                    found.add(new Found(startId, List.copyOf(path), false, 0, false));
                }
                return;
            }
            long endTransfers = end.getDegree(TRANSFER, Direction.BOTH);
            boolean cycle = via.contains(end);
            if (path.size() == maxHops || endTransfers > hubCap || cycle || !hasOnwardHop(end, date, amount)) {
                List<Relationship> hops = new ArrayList<>(path);
                if (backward) {
                    java.util.Collections.reverse(hops);
                }
                found.add(new Found(startId, hops, endTransfers > hubCap, endTransfers, cycle));
            }
        }

        private boolean hasOnwardHop(Node end, LocalDate date, double amount) {
            for (Relationship n : end.getRelationships(backward ? Direction.INCOMING : Direction.OUTGOING, TRANSFER)) {
                LocalDate d = date(n);
                Double a = amount(n);
                if (d == null || a == null) {
                    continue;
                }
                boolean ok = backward
                        ? !d.isAfter(date) && !d.isBefore(date.minusDays(windowDays)) && !d.isBefore(from) && amount >= minFraction * a
                        : !d.isBefore(date) && !d.isAfter(date.plusDays(windowDays)) && !d.isAfter(until) && a >= minFraction * amount;
                if (ok && n.getOtherNode(end).hasLabel(ACCOUNT)) {
                    return true;
                }
            }
            return false;
        }

        private static LocalDate date(Relationship r) {
            return r.getProperty("date", null) instanceof LocalDate d ? d : null;
        }

        private static Double amount(Relationship r) {
            return r.getProperty("amount", null) instanceof Number n ? n.doubleValue() : null;
        }

        private static String spoorId(Node n) {
            return (String) n.getProperty("spoorId", null);
        }
    }
}
