package nl.spoor.api.moneytrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.moneytrail.TrailQuery.Direction;
import nl.spoor.model.testing.TestStore;

/**
 * From a start with more than 1,000 transfers out (in), the traversal reads its first hops from the amount index of
 * schema V17, largest first, and stops once the page is certain: the page is the one the Cypher form finds reading
 * every transfer, with the period and a second start account taken into account.
 */
class HubStartByAmountTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final TrailLimits LIMITS = new TrailLimits(6, Duration.ofSeconds(60), 20_000, 200);

    /**
     * A payroll account pays 1,100 staff accounts €1,001–€2,100 (staff i gets 1,000 + i on day i % 365 of 2024), and each
     * of them pays a shop €500 + i the next day. Beside the payroll a small account Q of the same firm paid €2,093.50.
     */
    @BeforeAll
    static void fixture() {
        TrailFixture f = new TrailFixture().holder("firm", "Glashelder B.V.", "PAY", "Q");
        LocalDate jan1 = LocalDate.of(2024, 1, 1);
        for (int i = 1; i <= 1_100; i++) {
            LocalDate day = jan1.plusDays(i % 365);
            f.transfer("PAY", "S" + i, "pay-" + i, (1_000 + i) + ".00", day.toString());
            f.transfer("S" + i, "SHOP", "shop-" + i, (500 + i) + ".00", day.plusDays(1).toString());
        }
        f.transfer("Q", "S7", "q-s7", "2093.50", "2024-06-01");
        f.write(NEO4J.store());
    }

    static List<String> firstHops(TrailSearch.Engine engine, Direction d, List<String> starts, String from, String until, int limit) {
        TrailQuery q = TrailQuery.of(d, 1, 7, 0.5, 250, from, until, LIMITS);
        TrailSearch.Page page = new TrailSearch(NEO4J.store(), LIMITS, engine).trails(starts, q, 0, limit);
        assertThat(page.truncated()).as("the walk stopped once the page was certain").isTrue();
        return page.trails().stream().map(t -> t.hops().getFirst().key()).toList();
    }

    @Test
    void marksThePayrollOutAndTheShopIn() {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            assertThat(s.run("""
                    MATCH (a:BankAccount) WHERE a.transfersOutByAmount OR a.transfersInByAmount
                    RETURN collect(a.iban + ' ' + coalesce(a.transfersOutByAmount, '-') + ' ' + coalesce(a.transfersInByAmount, '-')) AS x""")
                    .single().get("x").asList()).containsExactlyInAnyOrder(TrailFixture.iban("PAY") + " true -", TrailFixture.iban("SHOP") + " - true");
        }
    }

    @Test
    void readsTheLargestPaymentsOfTheHubInThePeriodFirst() {
        // Staff 1,095–1,100 were paid in the first week of January, before the period: the largest in it is staff 1,094 (Dec 30).
        for (TrailSearch.Engine e : TrailSearch.Engine.values()) {
            assertThat(firstHops(e, Direction.FORWARD, TrailFixture.codes("PAY"), "2024-03-01", "2024-12-31", 4)).as(e.name())
                    .containsExactly("pay-1094", "pay-1093", "pay-1092", "pay-1091");
        }
        // With no period every payment counts.
        assertThat(firstHops(TrailSearch.Engine.TRAVERSAL, Direction.FORWARD, TrailFixture.codes("PAY"), null, null, 3))
                .containsExactly("pay-1100", "pay-1099", "pay-1098");
    }

    @Test
    void mergesTheHubsPaymentsWithThoseOfAnotherStartAccount() {
        for (TrailSearch.Engine e : TrailSearch.Engine.values()) {
            assertThat(firstHops(e, Direction.FORWARD, TrailFixture.codes("PAY", "Q"), "2024-03-01", "2024-12-31", 3)).as(e.name())
                    .containsExactly("pay-1094", "q-s7", "pay-1093");
        }
    }

    @Test
    void readsTheLargestPaymentsIntoAHubBackward() {
        // Backward from the shop the hop walked first is the last: the staff's payments into it, largest first, in the period.
        for (TrailSearch.Engine e : TrailSearch.Engine.values()) {
            assertThat(firstHops(e, Direction.BACKWARD, TrailFixture.codes("SHOP"), "2024-03-01", "2024-12-31", 3)).as(e.name())
                    .containsExactly("shop-1094", "shop-1093", "shop-1092");
        }
    }
}
