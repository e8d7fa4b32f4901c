package nl.spoor.api.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.model.testing.TestStore;

/** The warm-up's own behaviour, with families of its own: what EXPLAIN leaves in Neo4j's cache, failures, the switch. */
class PlanWarmUpTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    private static final String TRANSFERS = """
            CYPHER 25
            MATCH (a:BankAccount) WHERE $accounts IS NULL OR a.spoorId IN $accounts
            MATCH (a)-[t:TRANSFER]->{1,3}(b:BankAccount)
            RETURN count(*) AS trails""";

    /** A family that runs TRANSFERS with the form's accounts, as a query class would. */
    private static QueryPlans.Family transfers(String name) {
        return new QueryPlans.Family(name, f -> run(PlanWarmUp.cypher(TRANSFERS + " // " + name), accounts(f.accounts())));
    }

    private static Map<String, Object> accounts(List<String> accounts) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("accounts", accounts);
        return p;
    }

    private static void run(String cypher, Map<String, Object> params) {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            s.executeRead(tx -> tx.run(cypher, params).list());
        }
    }

    private static PlanWarmUp warmUp(boolean enabled, QueryPlans.Family... families) {
        return new PlanWarmUp(NEO4J.store(), List.of(() -> List.of(families)), enabled);
    }

    @Test
    void theRealRunOfAStatementTheWarmUpExplainedIsAPlanCacheHitInEveryForm() {
        PlanCacheProbe.clear(NEO4J.store());
        PlanWarmUp.Outcome outcome = warmUp(true, transfers("trails")).warm();
        assertThat(outcome.failures()).isEmpty();
        // Two views by an unscoped form and two scope sizes.
        assertThat(outcome.planned()).isEqualTo(6);

        String text = TRANSFERS + " // trails";
        for (List<String> accounts : java.util.Arrays.asList(null, List.of("x", "y", "z"), PlanWarmUp.placeholders(40))) {
            PlanCacheProbe probe = PlanCacheProbe.of(NEO4J.store());
            run(text, accounts(accounts));
            assertThat(probe.misses()).as("misses of the real run with accounts %s", accounts).isZero();
            assertThat(probe.hits()).as("hits of the real run with accounts %s", accounts).isEqualTo(1);
        }
        // A length the warm-up did not stand for (one account: its own order of magnitude) is planned at its first run.
        PlanCacheProbe probe = PlanCacheProbe.of(NEO4J.store());
        run(text, accounts(List.of("x")));
        assertThat(probe.misses()).isEqualTo(1);
    }

    @Test
    void aQueryThatStartsWithACommentIsPlannedUnderTheKeyOfItsRealRun() {
        // After EXPLAIN Neo4j skips a leading comment, without it the comment is part of the plan's key.
        String documented = "// Accounts, documented as the resources are.\n// A second line.\nMATCH (a:BankAccount) WHERE a.spoorId IN $accounts RETURN a";
        PlanCacheProbe.clear(NEO4J.store());
        PlanWarmUp.Outcome outcome = warmUp(true, new QueryPlans.Family("documented",
                f -> run(PlanWarmUp.cypher(documented), accounts(List.of("x", "y"))))).warm();
        assertThat(outcome.texts()).first().asString().startsWith("MATCH (a:BankAccount)");

        PlanCacheProbe probe = PlanCacheProbe.of(NEO4J.store());
        run(PlanWarmUp.cypher(documented), accounts(List.of("x", "y")));
        assertThat(probe.planned()).isEmpty();
        assertThat(probe.hits()).isEqualTo(1);
    }

    @Test
    void withoutTheWarmUpTheFirstRealRunIsPlanned() {
        PlanCacheProbe.clear(NEO4J.store());
        PlanCacheProbe probe = PlanCacheProbe.of(NEO4J.store());
        run(TRANSFERS + " // cold", accounts(null));
        assertThat(probe.misses()).isEqualTo(1);
        assertThat(probe.hits()).isZero();
    }

    @Test
    void aStatementThatFailsToPlanIsReportedWithItsFamilyAndTheOthersArePlannedStill() {
        PlanCacheProbe.clear(NEO4J.store());
        QueryPlans.Family broken = new QueryPlans.Family("broken", f -> run(PlanWarmUp.cypher("MATCH (n:BankAccount RETURN n"), Map.of()));
        PlanWarmUp.Outcome outcome = warmUp(true, transfers("before"), broken, transfers("after")).warm();

        assertThat(outcome.failures()).hasSize(6).allSatisfy(f -> assertThat(f).startsWith("broken ("));
        assertThat(outcome.texts()).filteredOn(t -> t.endsWith("// before")).hasSize(6);
        assertThat(outcome.texts()).filteredOn(t -> t.endsWith("// after")).hasSize(6);
        PlanCacheProbe probe = PlanCacheProbe.of(NEO4J.store());
        run(TRANSFERS + " // after", accounts(null));
        assertThat(probe.misses()).isZero();
    }

    @Test
    void switchedOffItPlansNothingAndSwitchedOnItPlansInTheBackground() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        QueryPlans.Family counted = new QueryPlans.Family("counted", f -> calls.incrementAndGet());

        PlanWarmUp off = warmUp(false, counted);
        off.start();
        Thread.sleep(500);
        assertThat(off.last()).isNull();
        assertThat(calls).hasValue(0);

        PlanWarmUp on = warmUp(true, counted);
        on.start();
        for (int i = 0; i < 600 && on.last() == null; i++) {
            Thread.sleep(100);
        }
        assertThat(on.last()).isNotNull();
        assertThat(calls).hasValue(6);
    }
}
