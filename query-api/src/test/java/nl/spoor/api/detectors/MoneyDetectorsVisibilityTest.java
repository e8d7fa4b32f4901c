package nl.spoor.api.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.moneytrail.TrailLimits;
import nl.spoor.api.visibility.View;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.testing.TestStore;

/**
 * Structuring, ABC transactions and pass-through count only the facts of the sources a request may use (DESIGN §3,
 * §6): a second partner's statement, the tax office's incomes and a police report each add facts that only a
 * purpose entitled to them may have in a result, a score or an explanation.
 */
class MoneyDetectorsVisibilityTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final String POLITIE = "test:politie";
    static final String BD = "test:belastingdienst";
    static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    /** A purpose of the bank's partner only. */
    static final View BANK_ONLY = new View(false, Set.of(MoneyFixture.BANK), true, true, TODAY, "test for bank");
    /** A purpose that may use every source, asked through the restricted form of the queries. */
    static final View EVERY_SOURCE = new View(false, Set.of(MoneyFixture.BANK, POLITIE, BD), true, true, TODAY, "test for all");

    static StructuringDetector structuring;
    static AbcDetector abc;
    static PassThroughDetector passThrough;

    @BeforeAll
    static void fixture() {
        MoneyFixture f = new MoneyFixture().place("GM0363", "Amsterdam").place("GM0479", "Zaanstad");
        // Structuring: three deposits just below €10,000 on the bank's statement, two more on the police's report of
        // another branch; the declared income only in the tax office's source.
        f.person("f", "Fatma Aydın", "F1", "F2")
                .cashDeposit("GM0363", "F1", "9500.00", "2024-10-01").cashDeposit("GM0479", "F2", "9800.00", "2024-10-05")
                .cashDeposit("GM0363", "F1", "9000.00", "2024-10-09")
                .from(POLITIE, "politie").cashDeposit("GM0479", "F1", "9950.00", "2024-10-15").cashDeposit("GM0363", "F2", "9200.00", "2024-10-20")
                .from(BD, "belastingdienst").income("person:f", 2024, "30000.00");
        // ABC: a house sold on twice within months at rising prices; only the police know the last two buyers are brothers.
        f.from(MoneyFixture.BANK).realEstate("realestate:0001", "Woonhuis Kade 1, Zaandam", "250000.00")
                .person("a", "Anton Eerste").person("b", "Bram Tweede").person("c", "Coen Tweede")
                .bought("person:a", "realestate:0001", "2024-01-10", "200000.00").bought("person:b", "realestate:0001", "2024-03-01", "260000.00")
                .bought("person:c", "realestate:0001", "2024-05-01", "340000.00")
                .from(POLITIE, "politie").tie(RelationshipKind.FAMILY_OF, "person:b", "person:c", Map.of("relation", "brother"));
        // ABC: a second house of which only the police know the third sale.
        f.from(MoneyFixture.BANK).realEstate("realestate:0002", "Woonhuis Kade 2, Zaandam", "250000.00")
                .bought("person:a", "realestate:0002", "2024-02-10", "200000.00").bought("person:b", "realestate:0002", "2024-04-01", "260000.00")
                .from(POLITIE, "politie").bought("person:c", "realestate:0002", "2024-06-01", "340000.00");
        // Pass-through: victims pay M1, M1 → M2 on the bank's statements; M2 → M3 and M3's cash withdrawals only on the police's.
        f.from(MoneyFixture.BANK).person("v1", "Vera Oud", "V1").person("v2", "Victor Oud", "V2")
                .person("m1", "Mila de Mol", "M1").person("m2", "Mees Ezel", "M2").person("m3", "Muis Geld", "M3")
                .transfer("V1", "M1", "3000.00", "2024-11-01").transfer("V2", "M1", "2000.00", "2024-11-02")
                .transfer("M1", "M2", "4700.00", "2024-11-04")
                .from(POLITIE, "politie").transfer("M2", "M3", "4500.00", "2024-11-05")
                .cashWithdrawal("M3", "GM0363", "2200.00", "2024-11-06").cashWithdrawal("M3", "GM0363", "2100.00", "2024-11-07");
        f.write(NEO4J.store());
        MoneyDetectors detectors = new MoneyDetectors(NEO4J.store(), new TrailLimits(6, Duration.ofSeconds(60), 5_000, 200));
        Evidence evidence = new Evidence(NEO4J.store());
        structuring = new StructuringDetector(detectors, evidence);
        abc = new AbcDetector(detectors, evidence);
        passThrough = new PassThroughDetector(detectors, evidence);
    }

    static List<String> structuring(Integer minDeposits, View view) {
        return structuring.detect(StructuringDetector.Query.of(null, null, minDeposits, null, null, null, null, null, null, null), null, 20, null, view)
                .edges().stream().map(e -> e.node().subject().spoorId() + " " + e.node().deposits() + " " + e.node().total() + ": "
                        + e.node().indicators().stream().filter(i -> i.name().equals("depositsToIncome")).findFirst().orElseThrow().explanation())
                .toList();
    }

    @Test
    void structuringCountsOnlyTheDepositsAndIncomeOfUsableSources() {
        assertThat(structuring(null, View.internal())).containsExactly(
                "person:f 5 47450.0: the total is 1.6× the declared income of 2024 (€ 30.000,00)");
        assertThat(structuring(null, EVERY_SOURCE)).isEqualTo(structuring(null, View.internal()));
        // The bank's purpose sees three deposits: below the five that make structuring, and no income.
        assertThat(structuring(null, BANK_ONLY)).isEmpty();
        assertThat(structuring(3, BANK_ONLY)).containsExactly("person:f 3 28300.0: no declared income known for the holder");
    }

    static List<String> abc(View view) {
        return abc.detect(AbcDetector.Query.of(null, null, null, null, null, null), null, 20, null, view).edges().stream()
                .map(e -> e.node().subject().spoorId() + ": " + e.node().indicators().stream().filter(i -> i.name().equals("relatedSteps"))
                        .findFirst().orElseThrow().explanation())
                .toList();
    }

    @Test
    void abcTransactionsSeeOnlyTheSalesAndTiesOfUsableSources() {
        assertThat(abc(View.internal())).containsExactly(
                "realestate:0001: 1 of the 2 resales between related parties: Bram Tweede and Coen Tweede: family (brother)",
                "realestate:0002: 1 of the 2 resales between related parties: Bram Tweede and Coen Tweede: family (brother)");
        assertThat(abc(EVERY_SOURCE)).isEqualTo(abc(View.internal()));
        // The bank's purpose knows neither the brothers nor the second house's third sale.
        assertThat(abc(BANK_ONLY)).containsExactly("realestate:0001: 0 of the 2 resales between related parties (none known)");
    }

    static List<String> passThrough(View view) {
        return passThrough.detect(PassThroughDetector.Query.of(null, null, null, null, null, null, null, null, null, null, null), null, 20, null, view)
                .edges().stream().map(e -> e.node().subject().spoorId() + " " + e.node().hops().stream()
                        .map(h -> code(h.account().spoorId()) + "→" + code(h.destination())).toList() + " "
                        + e.node().indicators().stream().filter(i -> i.name().equals("hops")).map(i -> i.explanation() + (i.fired() ? " (fired)" : ""))
                        .findFirst().orElseThrow())
                .toList();
    }

    /** M1 for iban:NL00TEST00000000M1. */
    static String code(String id) {
        return id.replaceFirst("^iban:NL00TEST0*", "");
    }

    @Test
    void passThroughFollowsOnlyTheTransfersOfUsableSources() {
        assertThat(passThrough(View.internal())).containsExactly("iban:NL00TEST00000000M1 [M1→M2, M2→M3, M3→cash] "
                + "3 pass-through accounts in a row, each passing the money on to the next (fired)");
        assertThat(passThrough(EVERY_SOURCE)).isEqualTo(passThrough(View.internal()));
        // The bank's purpose sees M1 pass the victims' money on to M2, and nothing of what M2 did with it: one account,
        // not the chain of at least two.
        assertThat(passThrough(BANK_ONLY)).containsExactly("iban:NL00TEST00000000M1 [M1→M2] "
                + "1 pass-through account, each passing the money on to the next");
    }
}
