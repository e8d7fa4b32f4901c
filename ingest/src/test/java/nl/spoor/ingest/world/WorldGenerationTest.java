package nl.spoor.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation is reproducible and the scales hold what they promise. */
class WorldGenerationTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        new WorldGenerator(Scale.SMALL, 42).generate(a, WorldGenerator.Progress.NONE);
        new WorldGenerator(Scale.SMALL, 42).generate(b, WorldGenerator.Progress.NONE);
        List<Path> filesA = files(a);
        assertThat(filesA).extracting(p -> a.relativize(p).toString()).isEqualTo(files(b).stream().map(p -> b.relativize(p).toString()).toList());
        assertThat(filesA).hasSizeGreaterThan(30);
        for (Path f : filesA) {
            assertThat(Files.mismatch(f, b.resolve(a.relativize(f)))).as(a.relativize(f).toString()).isEqualTo(-1L);
        }
    }

    @Test
    void differentSeedGivesADifferentWorld() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        new WorldGenerator(Scale.parse("300"), 1).generate(a, WorldGenerator.Progress.NONE);
        new WorldGenerator(Scale.parse("300"), 2).generate(b, WorldGenerator.Progress.NONE);
        assertThat(Files.mismatch(a.resolve("world/nodes/Person.csv"), b.resolve("world/nodes/Person.csv"))).isNotEqualTo(-1L);
        assertThat(Files.mismatch(a.resolve("world/relationships/TRANSFER.csv"), b.resolve("world/relationships/TRANSFER.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void smallWorldHasAboutFifteenHundredPersonsAndAtMostFiftyThousandPayments() {
        WorldGenerator.Result r = new WorldGenerator(Scale.SMALL, 7).generate(dir, WorldGenerator.Progress.NONE);
        // 1,500 ordinary persons plus the people of the planted cases: families, workers, victims, mules, payroll employees.
        assertThat(r.rows("world/nodes/Person.csv")).isBetween(1_500L, 2_100L);
        long payments = r.rows("world/relationships/TRANSFER.csv") + r.rows("world/relationships/CASH_WITHDRAWAL.csv")
                + r.rows("world/relationships/CASH_DEPOSIT.csv");
        assertThat(payments).isBetween(15_000L, 50_000L);
    }

    @Test
    void statementsFromTwoYearsBackGivePaymentsOverBothYears() throws IOException {
        Scale twoYears = new Scale("300", 300, java.time.YearMonth.of(2023, 1), 1, 0);
        new WorldGenerator(twoYears, 3).generate(dir, WorldGenerator.Progress.NONE);
        java.util.TreeSet<String> months = new java.util.TreeSet<>();
        try (var reader = Files.newBufferedReader(dir.resolve("world/relationships/TRANSFER.csv"));
             var csv = org.apache.commons.csv.CSVParser.builder().setReader(reader)
                     .setFormat(org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            // Columns by position: from,to,key,source,amount,currency,date,…
            csv.forEach(row -> months.add(row.get(6).substring(0, 7)));
        }
        assertThat(months.first()).isEqualTo("2023-01");
        assertThat(months.last()).isEqualTo("2024-12");
        assertThat(months).hasSize(24);
    }

    @Test
    void scaleIsSmallMediumLargeOrANumberOfPersons() {
        assertThat(Scale.parse("medium").persons()).isEqualTo(20_000);
        assertThat(Scale.parse(" Large ").casesPerVariant()).isEqualTo(10);
        assertThat(Scale.parse("50000")).extracting(Scale::persons, Scale::casesPerVariant).containsExactly(50_000, 3);
        assertThatThrownBy(() -> Scale.parse("huge")).hasMessageContaining("not small, medium, large or a number");
        assertThatThrownBy(() -> Scale.parse("12")).hasMessageContaining("from 100");
    }

    @Test
    void refusesADirectoryThatAlreadyHoldsAWorld() {
        new WorldGenerator(Scale.parse("100"), 1).generate(dir, WorldGenerator.Progress.NONE);
        assertThatThrownBy(() -> new WorldGenerator(Scale.parse("100"), 1).generate(dir, WorldGenerator.Progress.NONE))
                .hasMessageContaining("already holds a world");
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
