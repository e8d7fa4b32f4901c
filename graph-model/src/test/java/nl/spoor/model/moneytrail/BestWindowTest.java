package nl.spoor.model.moneytrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Value;

import nl.spoor.model.testing.TestStore;

/**
 * {@code spoor.bestWindow} gives exactly what the fan-in and fan-out detectors' Cypher gave before it (every start day
 * tried against every transfer), on hand-made cases and on a thousand random accounts.
 */
class BestWindowTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    /** The detectors' former Cypher form of the best window, as it was in FanInOutDetector.cypher. */
    static final String CYPHER_FORM = """
            CALL () {
              UNWIND $moves AS m
              WITH DISTINCT m.date AS wFrom
              WITH wFrom, [m IN $moves WHERE m.date >= wFrom AND m.date <= wFrom + duration({days: $windowDays})] AS inWindow
              WITH wFrom, inWindow, COLLECT { UNWIND inWindow AS m RETURN DISTINCT m.other AS other } AS others
              WHERE size(others) >= $min
              WITH wFrom, inWindow, others, reduce(s = 0.0, m IN inWindow | s + m.amount) AS total
              RETURN wFrom, inWindow, others, total
              ORDER BY size(others) DESC, total DESC, wFrom
              LIMIT 1
            }
            RETURN {wFrom: wFrom, inWindow: [m IN inWindow | m.id], others: others, total: total} AS best""";
    static final String FUNCTION = """
            WITH spoor.bestWindow($moves, $windowDays, $min) AS b
            RETURN CASE WHEN b IS NULL THEN null ELSE {wFrom: b.wFrom, inWindow: [m IN b.inWindow | m.id], others: b.others, total: b.total} END AS best""";

    static Map<String, Object> move(String id, String date, double amount, String other) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("date", LocalDate.parse(date));
        m.put("amount", amount);
        m.put("other", other);
        return m;
    }

    static Object best(String query, List<Map<String, Object>> moves, int windowDays, int min) {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            List<Value> rows = s.run(query, Map.of("moves", moves, "windowDays", windowDays, "min", min)).list(r -> r.get("best"));
            return rows.isEmpty() || rows.getFirst().isNull() ? null : rows.getFirst().asObject();
        }
    }

    @Test
    void findsTheWindowWithMostCounterpartiesThenTheLargestTotalThenTheEarliest() {
        List<Map<String, Object>> moves = List.of(
                move("t1", "2024-03-01", 100, "a"), move("t2", "2024-03-03", 200, "b"), move("t3", "2024-03-05", 300, "a"),
                move("t4", "2024-03-09", 50, "c"), move("t5", "2024-03-10", 400, "d"), move("t6", "2024-03-20", 900, "e"));
        // 3–10 March (7 days): b, a, c, d; 1–8 March: a, b, a (two counterparties).
        assertThat(best(FUNCTION, moves, 7, 3)).isEqualTo(Map.of("wFrom", LocalDate.parse("2024-03-03"), "inWindow", List.of("t2", "t3", "t4", "t5"),
                "others", List.of("b", "a", "c", "d"), "total", 950.0));
        assertThat(best(FUNCTION, moves, 7, 5)).isNull();
        // Equal counterparties (one each): the largest total; equal totals: the earliest start.
        assertThat(((Map<?, ?>) best(FUNCTION, moves, 0, 1)).get("wFrom")).isEqualTo(LocalDate.parse("2024-03-20"));
        List<Map<String, Object>> equal = List.of(move("x1", "2024-05-02", 10, "p"), move("x2", "2024-05-01", 10, "q"));
        assertThat(((Map<?, ?>) best(FUNCTION, equal, 0, 1)).get("wFrom")).isEqualTo(LocalDate.parse("2024-05-01"));
        assertThat(best(FUNCTION, List.of(), 7, 1)).isNull();
    }

    @Test
    void answersAsTheCypherFormOnAThousandRandomAccounts() {
        Random random = new Random(20261206);
        for (int account = 0; account < 1000; account++) {
            int n = 1 + random.nextInt(40);
            List<Map<String, Object>> moves = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // Amounts in cents, as money is; a few counterparties and days, so that windows and ties recur.
                moves.add(move("t" + i, LocalDate.parse("2024-01-01").plusDays(random.nextInt(45)).toString(),
                        (1 + random.nextInt(500_000)) / 100.0 * (random.nextInt(10) == 0 ? 0 : 1) + random.nextInt(3) * 1000,
                        "o" + random.nextInt(1 + random.nextInt(12))));
            }
            int windowDays = random.nextInt(15);
            int min = 1 + random.nextInt(6);
            assertThat(best(FUNCTION, moves, windowDays, min)).as("account %d: %s, %d days, at least %d", account, moves, windowDays, min)
                    .isEqualTo(best(CYPHER_FORM, moves, windowDays, min));
        }
    }
}
