package nl.spoor.model.moneytrail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.procedure.Description;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

/**
 * {@code spoor.bestWindow(moves, windowDays, minCounterparties)}: of an account's transfers one way, the window of
 * {@code windowDays} days (both ends included) starting on the day of one of them with the most distinct
 * counterparties, then the largest total, then the earliest start; null when no window has {@code minCounterparties}.
 * The fan-in and fan-out detectors asked this in Cypher by trying every start day against every transfer, O(n²) per
 * account, which on a world of ten million transfers did not finish; here one pass over the transfers sorted by day
 * with a window sliding over them, O(n log n). The answer is the Cypher form's: the window's transfers in the order
 * given, its counterparties in order of first appearance there, its total summed in that order (so the same float).
 *
 * <p>Each move is a map with {@code date} (a date), {@code amount} (a number) and {@code other} (the counterparty,
 * compared by identity), and may carry more; the window's moves are returned as given.
 */
public final class BestWindow {

    public static final String NAME = "spoor.bestWindow";

    @UserFunction(name = NAME)
    @Description("spoor.bestWindow(moves, windowDays, minCounterparties) - the window starting on a move's day with the most distinct "
            + "counterparties (then the largest total, then the earliest start): {wFrom, inWindow, others, total}, or null when none has "
            + "minCounterparties. Moves: maps with date, amount and other.")
    public Map<String, Object> bestWindow(@Name("moves") List<Map<String, Object>> moves, @Name("windowDays") Long windowDays,
                                          @Name("minCounterparties") Long minCounterparties) {
        if (moves == null || moves.isEmpty() || windowDays == null || minCounterparties == null) {
            return null;
        }
        int n = moves.size();
        LocalDate[] day = new LocalDate[n];
        BigDecimal[] amount = new BigDecimal[n];
        Object[] other = new Object[n];
        for (int i = 0; i < n; i++) {
            Map<String, Object> m = moves.get(i);
            day[i] = (LocalDate) m.get("date");
            // Exact, so that two windows compare by their true totals whatever the order of adding.
            amount[i] = new BigDecimal(((Number) m.get("amount")).doubleValue());
            other[i] = m.get("other");
        }
        List<Integer> byDay = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byDay.add(i);
        }
        byDay.sort(Comparator.comparing(i -> day[i]));

        Map<Object, Integer> inWindow = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        LocalDate bestFrom = null;
        int bestDistinct = -1;
        BigDecimal bestTotal = null;
        int end = 0;
        for (int start = 0; start < n; start++) {
            LocalDate from = day[byDay.get(start)];
            if (start > 0) {
                // The move leaving the window (its start moved past it).
                int out = byDay.get(start - 1);
                total = total.subtract(amount[out]);
                inWindow.merge(other[out], -1, Integer::sum);
                if (inWindow.get(other[out]) == 0) {
                    inWindow.remove(other[out]);
                }
                if (day[out].equals(from)) {
                    continue; // the same start day as the previous one: the same window
                }
            }
            LocalDate until = from.plusDays(windowDays);
            while (end < n && !day[byDay.get(end)].isAfter(until)) {
                int in = byDay.get(end++);
                total = total.add(amount[in]);
                inWindow.merge(other[in], 1, Integer::sum);
            }
            int distinct = inWindow.size();
            if (distinct >= minCounterparties && (distinct > bestDistinct || distinct == bestDistinct && total.compareTo(bestTotal) > 0)) {
                bestFrom = from;
                bestDistinct = distinct;
                bestTotal = total;
            }
        }
        if (bestFrom == null) {
            return null;
        }
        LocalDate bestUntil = bestFrom.plusDays(windowDays);
        List<Map<String, Object>> window = new ArrayList<>();
        Set<Object> others = new LinkedHashSet<>();
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            if (!day[i].isBefore(bestFrom) && !day[i].isAfter(bestUntil)) {
                window.add(moves.get(i));
                others.add(other[i]);
                sum += ((Number) moves.get(i).get("amount")).doubleValue();
            }
        }
        Map<String, Object> best = new LinkedHashMap<>();
        best.put("wFrom", bestFrom);
        best.put("inWindow", window);
        best.put("others", new ArrayList<>(others));
        best.put("total", sum);
        return best;
    }
}
