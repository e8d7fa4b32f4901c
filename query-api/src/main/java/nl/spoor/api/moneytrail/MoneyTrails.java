package nl.spoor.api.moneytrail;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

import nl.spoor.api.visibility.View;

import nl.spoor.api.entity.EntityViews.Assertion;
import nl.spoor.api.entity.Provenance;
import nl.spoor.api.graphql.PageInfo;
import nl.spoor.api.graphql.Pages;
import nl.spoor.api.moneytrail.TrailSearch.Found;
import nl.spoor.api.moneytrail.TrailSearch.Hop;
import nl.spoor.api.moneytrail.TrailViews.CappedHub;
import nl.spoor.api.moneytrail.TrailViews.MoneyTrailResult;
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
        return moneyTrail(from, q, first, after, View.internal());
    }

    /** The trails {@code view} may see: from an entity it sees, over transfers of usable sources. */
    MoneyTrailResult moneyTrail(String from, TrailQuery q, Integer first, String after, View view) {
        Pages page = page(first, after);
        // One read transaction; on the traversal engine one query: start accounts, search, the page's accounts and sources.
        return search.inTransaction(tx -> {
            TrailSearch.Started found = search.from(tx, startAccounts, "from", from, q, page.offset(), page.size(), view);
            return result(tx, found.page(), found.accounts(), List.of(), from, q, page);
        });
    }

    /** Forward trails from the accounts of {@code a} to those of {@code b}; {@code q} must be FORWARD. */
    MoneyTrailResult flowsBetween(String a, String b, TrailQuery q, Integer first, String after) {
        return flowsBetween(a, b, q, first, after, View.internal());
    }

    MoneyTrailResult flowsBetween(String a, String b, TrailQuery q, Integer first, String after, View view) {
        Pages page = page(first, after);
        return search.inTransaction(tx -> {
            List<String> from = startAccounts.of(tx, "a", a, view);
            List<String> to = startAccounts.of(tx, "b", b, view);
            TrailSearch.Page found = from.isEmpty() || to.isEmpty() ? TrailSearch.Page.EMPTY
                    : search.between(tx, from, to, q, page.offset(), page.size(), view);
            return result(tx, found, from, to, a, q, page);
        });
    }

    private MoneyTrailResult result(TransactionContext tx, TrailSearch.Page found, List<String> starts, List<String> targets, String of, TrailQuery q, Pages page) {
        // The search ranked and paged the trails; the hubs come from all of them.
        List<Found> onPage = found.trails();
        Map<String, Long> hubs = found.hubs();
        Set<String> accountIds = new LinkedHashSet<>(starts);
        accountIds.addAll(targets);
        accountIds.addAll(hubs.keySet());
        for (Found f : onPage) {
            for (Hop h : f.hops()) {
                accountIds.add(h.from());
                accountIds.add(h.to());
            }
        }
        // The search read them in its own query; without a search (no start or target accounts) only the accounts are read.
        TrailDetails.Details read = found.details() != null ? found.details() : details.read(tx, accountIds);
        Map<String, TrailAccount> accounts = new java.util.HashMap<>();
        accountIds.forEach(id -> accounts.put(id, read.account(id)));
        Map<String, Map<String, Object>> sources = read.sources();

        List<TrailEdge> edges = new ArrayList<>();
        for (int i = 0; i < onPage.size(); i++) {
            Found f = onPage.get(i);
            edges.add(new TrailEdge(page.cursor(i), trail(f, end(f, q, !targets.isEmpty()), accounts, sources, q)));
        }
        List<CappedHub> capped = hubs.entrySet().stream().map(e -> new CappedHub(accounts.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(CappedHub::transfers).reversed().thenComparing(h -> h.account().spoorId())).toList();
        List<TrailAccount> startViews = starts.stream().map(accounts::get).toList();
        List<TrailAccount> targetViews = targets.stream().map(accounts::get).toList();
        // Truncated, trails beyond those counted exist (a later page walks further).
        boolean more = found.truncated() || page.hasNext(found.total());
        TrailConnection connection = new TrailConnection(edges, new PageInfo(more, edges.isEmpty() ? null : edges.getLast().cursor()), found.total());
        // Truncated, the page is full and its last trail has the smallest ranking hop walked.
        Double walkedDownTo = found.truncated() && !onPage.isEmpty() ? rankingHop(onPage.getLast(), q).amount() : null;
        String explanation = Explanations.search(found.total(), startViews, starts.size() == 1 && starts.getFirst().equals(of) ? "" : " of " + of,
                targetViews, capped.size(), q, walkedDownTo);
        return new MoneyTrailResult(startViews, targetViews, q.describe(), connection, capped, found.truncated(), walkedDownTo, explanation);
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

    /** The hop trails rank by: the first forward, the last (the one into the start) backward. */
    private static Hop rankingHop(Found f, TrailQuery q) {
        return q.direction() == TrailQuery.Direction.FORWARD ? f.hops().getFirst() : f.hops().getLast();
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

    private Pages page(Integer first, String after) {
        return Pages.of(first, after, limits.maxPage(), "trail", "trails", "SPOOR_TRAIL_MAX_PAGE");
    }
}
