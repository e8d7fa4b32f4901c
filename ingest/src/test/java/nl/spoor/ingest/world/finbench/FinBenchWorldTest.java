package nl.spoor.ingest.world.finbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.ingest.world.load.WorldLoader;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;

/**
 * LDBC FinBench SF0.1 (../shared/data/finbench, the datagen's raw output) converted to a world and
 * loaded as a generated world is: every account, transfer and withdrawal, holder and investment arrives.
 */
class FinBenchWorldTest {

    static final Path SF01 = Path.of("..", "..", "shared", "data", "finbench", "sf0.1-raw.tar.gz").toAbsolutePath().normalize();

    @TempDir
    static Path tmp;
    static FinBenchWorld.Counts counts;
    static StoreSettings settings;

    @BeforeAll
    static void convertAndLoad() throws Exception {
        assertThat(SF01).as("LDBC FinBench SF0.1 beside the clone (../shared/data/finbench)").exists();
        counts = new FinBenchWorld(m -> { }).convert(SF01, tmp.resolve("world"));
        settings = new StoreSettings(tmp.resolve("home"), Optional.empty(), "neo4j", null, "neo4j", 0, "256m");
        new WorldLoader(settings, BsnKey.of(HexFormat.of().parseHex("00".repeat(32))), LoadProgress.silent()).load(tmp.resolve("world"));
    }

    @Test
    void convertsEveryAccountTransferWithdrawalHolderAndInvestment() {
        assertThat(counts.written()).containsExactlyInAnyOrderEntriesOf(Map.of("Person", 1_000L, "Company", 1_000L, "BankAccount", 4_408L,
                "HOLDS_ACCOUNT", 2_201L + 2_207L, "OWNS", 2_941L + 3_034L, "TRANSFER", 16_100L + 33_115L));
        assertThat(counts.skipped()).containsKeys("loan", "deposit", "repay", "signIn", "medium");
    }

    @Test
    void loadsThemAsAccountsAndTransfersWithBookingDatesAndValidIbans() {
        try (SpoorStore store = SpoorStore.open(settings); var s = store.driver().session(store.sessionConfig())) {
            assertThat(s.run("MATCH (a:BankAccount) RETURN count(a) AS n").single().get("n").asLong()).isEqualTo(4_408L);
            assertThat(s.run("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS n").single().get("n").asLong()).isEqualTo(49_215L);
            // The first transfer of the first file: account 1 to account 2 in file order, 2021-11-15 16:49 UTC.
            var first = s.run("MATCH (a:BankAccount {iban: $a})-[t:TRANSFER]->(b:BankAccount {iban: $b}) "
                    + "RETURN t.amount AS amount, t.date AS date, a.finbenchId AS fa ORDER BY t.date LIMIT 1",
                    Map.of("a", FinBenchWorld.iban(1), "b", FinBenchWorld.iban(2))).single();
            assertThat(first.get("amount").asDouble()).isEqualTo(8_581_508.92);
            assertThat(first.get("date").asLocalDate()).hasToString("2021-11-15");
            assertThat(first.get("fa").asString()).isEqualTo("4728498133762310144");
            assertThat(s.run("MATCH (p:Person)-[:HOLDS_ACCOUNT]->(a:BankAccount) RETURN count(*) AS n").single().get("n").asLong()).isEqualTo(2_201L);
        }
        assertThat(List.of(FinBenchWorld.iban(1), FinBenchWorld.iban(4_408))).allSatisfy(i -> assertThat(org.iban4j.IbanUtil.isValid(i)).isTrue());
    }

    @Test
    void refusesAFolderThatIsNotFinBench() throws Exception {
        Path notFinBench = Files.createDirectories(tmp.resolve("elsewhere"));
        assertThatThrownBy(() -> new FinBenchWorld(m -> { }).convert(notFinBench, tmp.resolve("out")))
                .hasMessageContaining("not FinBench raw output: no folder 'person'");
    }
}
