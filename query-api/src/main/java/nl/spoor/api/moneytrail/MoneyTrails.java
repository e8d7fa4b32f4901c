package nl.spoor.api.moneytrail;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.Assertion;
import nl.spoor.api.entity.Provenance;
import nl.spoor.api.graphql.OffsetCursors;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.moneytrail.TrailSearch.Found;
import nl.spoor.api.moneytrail.TrailSearch.Hop;
import nl.spoor.api.moneytrail.TrailViews.CappedHub;
import nl.spoor.api.moneytrail.TrailViews.MoneyTrailResult;
import nl.spoor.api.moneytrail.TrailViews.PageInfo;
import nl.spoor.api.moneytrail.TrailViews.Trail;
import nl.spoor.api.moneytrail.TrailViews.TrailAccount;
import nl.spoor.api.moneytrail.TrailViews.TrailConnection;
import nl.spoor.api.moneytrail.TrailViews.TrailEdge;
import nl.spoor.api.moneytrail.TrailViews.TrailEnd;
import nl.spoor.api.moneytrail.TrailViews.TrailHop;

/**
 * {@code moneyTrail} and {@code flowsBetween}: resolves where to start, searches, and turns one page of
 * the trails found into their views with accounts, holders, sources and explanations. Thread-safe.
 */
@Component
public class MoneyTrails {

    private static final String CURSOR_TAG = "trail:";

    private final StartAccounts startAccounts;
    private final TrailSearch search;
    private final TrailDetails details;
    private final TrailLimits limits;

    MoneyTrails(StartAccounts startAccounts, TrailSearch search, TrailDetails details, TrailLimits limits) {
        this.startAccounts = startAccounts;
        this.search = search;
        this.details = details;
        this.limits = limits;
    }

    MoneyTrailResult moneyTrail(String from, TrailQuery q, Integer first, String after) {
        int[] page = page(first, after);
        List<String> accounts = startAccounts.of("from", from);
        List<Found> found = search.trails(accounts, q);
        return result(found, accounts, List.of(), from, q, page);
    }

    /** Forward trails from the accounts of {@code a} to those of {@code b}; {@code q} must be FORWARD. */
    MoneyTrailResult flowsBetween(String a, String b, TrailQuery q, Integer first, String after) {
        int[] page = page(first, after);
        List<String> from = startAccounts.of("a", a);
        List<String> to = startAccounts.of("b", b);
        List<Found> found = from.isEmpty() || to.isEmpty() ? List.of() : search.between(from, to, q);
        return result(found, from, to, a, q, page);
    }

    private MoneyTrailResult result(List<Found> found, List<String> starts, List<String> targets, String of, TrailQuery q, int[] page) {
        int offset = page[0];
        int size = page[1];
        List<Found> onPage = found.subList(Math.min(offset, found.size()), Math.min(offset + size, found.size()));
        Map<Found, TrailEnd> ends = new LinkedHashMap<>();
        Map<String, Long> hubs = new LinkedHashMap<>();
        for (Found f : found) {
            TrailEnd e = end(f, q, !targets.isEmpty());
            ends.put(f, e);
            if (e == TrailEnd.HUB) {
                hubs.put(endAccount(f, q), f.endTransfers());
            }
        }
        Set<String> accountIds = new LinkedHashSet<>(starts);
        accountIds.addAll(targets);
        accountIds.addAll(hubs.keySet());
        Set<String> sourceIds = new LinkedHashSet<>();
        for (Found f : onPage) {
            for (Hop h : f.hops()) {
                accountIds.add(h.from());
                accountIds.add(h.to());
                sourceIds.addAll(h.sourceIds());
            }
        }
        Map<String, TrailAccount> accounts = details.accounts(accountIds);
        Map<String, Map<String, Object>> sources = details.sources(sourceIds);

        List<TrailEdge> edges = new ArrayList<>();
        for (int i = 0; i < onPage.size(); i++) {
            Found f = onPage.get(i);
            edges.add(new TrailEdge(cursor(offset + i), trail(f, ends.get(f), accounts, sources, q)));
        }
        List<CappedHub> capped = hubs.entrySet().stream().map(e -> new CappedHub(accounts.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(CappedHub::transfers).reversed().thenComparing(h -> h.account().spoorId())).toList();
        List<TrailAccount> startViews = starts.stream().map(accounts::get).toList();
        List<TrailAccount> targetViews = targets.stream().map(accounts::get).toList();
        boolean more = offset + size < found.size();
        TrailConnection connection = new TrailConnection(edges, new PageInfo(more, edges.isEmpty() ? null : edges.getLast().cursor()), found.size());
        String explanation = Explanations.search(found.size(), startViews, starts.size() == 1 && starts.getFirst().equals(of) ? "" : " of " + of,
                targetViews, capped.size(), q);
        return new MoneyTrailResult(startViews, targetViews, q.describe(), connection, capped, explanation);
    }

    private static TrailEnd end(Found f, TrailQuery q, boolean between) {
        if (between) {
            return TrailEnd.TARGET;
        }
        if (f.cycle()) {
            return TrailEnd.CYCLE;
        }
        if (f.endsAtHub()) {
            return TrailEnd.HUB;
        }
        return f.hops().size() >= q.maxHops() ? TrailEnd.MAX_HOPS : TrailEnd.NO_ONWARD_HOP;
    }

    /** Where the search stopped: the last account forward, the first one backward. */
    private static String endAccount(Found f, TrailQuery q) {
        return q.direction() == TrailQuery.Direction.FORWARD ? f.hops().getLast().to() : f.hops().getFirst().from();
    }

    private Trail trail(Found f, TrailEnd end, Map<String, TrailAccount> accounts, Map<String, Map<String, Object>> sources, TrailQuery q) {
        List<TrailHop> hops = new ArrayList<>();
        Hop previous = null;
        for (Hop h : f.hops()) {
            List<Assertion> cited = h.evidence().stream().map(json -> Provenance.relationshipAssertion(json, sources)).toList();
            hops.add(new TrailHop(accounts.get(h.from()), accounts.get(h.to()), h.date().toString(), h.amount(), h.currency(), h.description(),
                    h.key(), previous == null ? null : (int) ChronoUnit.DAYS.between(previous.date(), h.date()),
                    previous == null ? null : h.amount() / previous.amount(), cited));
            previous = h;
        }
        double firstAmount = f.hops().getFirst().amount();
        double lastAmount = f.hops().getLast().amount();
        double carried = lastAmount / firstAmount;
        int days = (int) ChronoUnit.DAYS.between(f.hops().getFirst().date(), f.hops().getLast().date());
        TrailAccount endAccount = accounts.get(endAccount(f, q));
        return new Trail(accounts.get(f.start()), endAccount, hops, firstAmount, lastAmount, carried, days, end,
                Explanations.trail(hops, carried, days, end, endAccount, f.endTransfers(), q));
    }

    /** [offset, size] of the page asked for. */
    private int[] page(Integer first, String after) {
        int size = first == null ? 20 : first;
        if (size < 0) {
            throw new IllegalArgumentException("first must be 0 or more, got " + size);
        }
        if (size > limits.maxPage()) {
            throw new QueryRefused(QueryRefused.Limit.PAGE_SIZE, "first " + size + " is more than " + limits.maxPage()
                    + " trails per page (SPOOR_TRAIL_MAX_PAGE); page on with `after`.");
        }
        int offset = OffsetCursors.offsetAfter(CURSOR_TAG, after);
        return new int[] {offset, size};
    }

    private static String cursor(int index) {
        return OffsetCursors.cursor(CURSOR_TAG, index);
    }
}
