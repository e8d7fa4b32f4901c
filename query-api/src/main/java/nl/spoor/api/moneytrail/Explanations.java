package nl.spoor.api.moneytrail;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.moneytrail.TrailViews.TrailAccount;
import nl.spoor.api.moneytrail.TrailViews.TrailEnd;
import nl.spoor.api.moneytrail.TrailViews.TrailHop;

/** The one-line explanations of trails, in words an investigator can check against the statements. Stateless. */
final class Explanations {

    private Explanations() {
    }

    /**
     * E.g. "3 hops in 3 days: €4,800.00 from NL… (Mule Een) to NL… (Mule Twee) on 2024-10-02, then 96 % 2 days later
     * to NL… (…), then … ; 92 % of the first hop arrives. It ends here: …".
     */
    static String trail(List<TrailHop> hops, double carried, int days, TrailEnd end, TrailAccount endAccount, long endTransfers, TrailQuery q) {
        StringBuilder b = new StringBuilder();
        b.append(hops.size()).append(hops.size() == 1 ? " hop" : " hops").append(" in ").append(days).append(days == 1 ? " day: " : " days: ");
        TrailHop first = hops.getFirst();
        b.append(euros(first.amount(), first.currency())).append(" from ").append(label(first.from())).append(" to ")
                .append(label(first.to())).append(" on ").append(first.date());
        for (TrailHop h : hops.subList(1, hops.size())) {
            b.append(", then ").append(percent(h.fractionOfPrevious())).append(" (").append(euros(h.amount(), h.currency())).append(") ")
                    .append(h.daysAfterPrevious() == 0 ? "the same day" : h.daysAfterPrevious() + (h.daysAfterPrevious() == 1 ? " day later" : " days later"))
                    .append(" to ").append(label(h.to()));
        }
        if (hops.size() > 1) {
            b.append("; ").append(percent(carried)).append(" of the first hop arrives");
        }
        b.append(". ").append(ending(end, endAccount, endTransfers, q));
        return b.toString();
    }

    private static String ending(TrailEnd end, TrailAccount at, long transfers, TrailQuery q) {
        boolean forward = q.direction() == TrailQuery.Direction.FORWARD;
        return switch (end) {
            case TARGET -> "It reaches " + label(at) + ".";
            case CYCLE -> "It comes back to " + label(at) + ", which it passed before (a cycle).";
            case HUB -> "It stops at a hub: " + label(at) + " has " + transfers + " transfers, more than the cap of "
                    + q.hubCap() + ", and is not followed " + (forward ? "further." : "back further.");
            case MAX_HOPS -> "It stops at the maximum of " + q.maxHops() + " hops.";
            case NO_ONWARD_HOP -> forward
                    ? "No transfer from " + label(at) + " carries at least " + percent(q.minFraction()) + " of it on within " + q.windowDays() + " days."
                    : "No transfer into " + label(at) + " in the " + q.windowDays() + " days before brings in enough for it (it carries at least "
                    + percent(q.minFraction()) + " of what came in).";
        };
    }

    /** "NL91ABNA0417164300 (Jan de Vries)", the holders' names in brackets. */
    static String label(TrailAccount a) {
        if (a.holders().isEmpty()) {
            return a.caption();
        }
        return a.caption() + " (" + a.holders().stream().map(EntityRef::caption).collect(Collectors.joining(", ")) + ")";
    }

    /** Whole percents, rounded down so that a hop shown as 50 % did carry at least 50 %. */
    static String percent(double fraction) {
        return (int) Math.floor(fraction * 100 + 1e-9) + " %";
    }

    static String euros(double amount, String currency) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return (currency == null || currency.equals("EUR") ? "€" : currency + " ") + f.format(amount);
    }

    /** The summary line of one search. */
    static String search(int trails, List<TrailAccount> starts, String of, List<TrailAccount> targets, int hubs, TrailQuery q,
                         Double walkedDownTo) {
        StringBuilder b = new StringBuilder();
        b.append(trails).append(trails == 1 ? " trail" : " trails");
        if (walkedDownTo != null) {
            b.append(" (those whose ").append(q.direction() == TrailQuery.Direction.FORWARD ? "first" : "last").append(" hop carries at least ")
                    .append(euros(walkedDownTo, null)).append(")");
        }
        b.append(" from ").append(starts.size())
                .append(starts.size() == 1 ? " account" : " accounts").append(of);
        if (!targets.isEmpty()) {
            b.append(" to ").append(targets.size()).append(targets.size() == 1 ? " account" : " accounts");
        }
        b.append(": ").append(q.describe()).append('.');
        if (hubs > 0) {
            b.append(' ').append(hubs).append(hubs == 1 ? " hub was" : " hubs were").append(" reached and not passed through (see cappedHubs).");
        }
        if (walkedDownTo != null) {
            b.append(" A start account has more than ").append(q.hubCap()).append(" transfers, so its hops were followed largest first until this")
                    .append(" page was certain; smaller ones were not followed and are not counted (a later page follows more of them).");
        }
        return b.toString();
    }
}
