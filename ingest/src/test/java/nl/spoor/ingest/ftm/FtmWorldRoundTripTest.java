package nl.spoor.ingest.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.ingest.world.load.WorldLoader;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.testing.GraphDump;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.GraphWriter;

/**
 * The generated small world, with every entity kind and relationship type the world has (places,
 * phones, e-mail addresses, ads, real estate, cash deposits, declared income, …), loaded, exported as FtM
 * and imported into an empty store: the same graph, but for the delivery (see
 * {@link FtmRoundTripTest#spoorGraphExportedAndImportedIntoAnEmptyStoreIsTheSameGraph}).
 */
class FtmWorldRoundTripTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @TempDir
    Path tmp;

    @Test
    void generatedWorldExportedAndImportedIntoAnEmptyStoreIsTheSameGraph() throws IOException {
        Path world = tmp.resolve("world");
        new WorldGenerator(Scale.SMALL, 11).generate(world, WorldGenerator.Progress.NONE);
        StoreSettings settings = new StoreSettings(tmp.resolve("home"), Optional.empty(), "neo4j", null, "neo4j", 0, "256m");
        new WorldLoader(settings, FtmRoundTripTest.KEY, LoadProgress.silent()).load(world);
        String[] delivered = {"partner", "legalBasis", "caseId", "receivedAt", "retainUntil"};
        Path file = tmp.resolve("world.ftm.jsonl");
        List<String> original;
        FtmExport.Report exported;
        try (SpoorStore store = SpoorStore.open(settings); Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            original = GraphDump.of(store, delivered);
            exported = new FtmExport(store, FtmRoundTripTest.KEY, LoadProgress.silent()).run(out, null);
        }
        assertThat(exported.perSchema()).containsKeys("Person", "Company", "Organization", "Address", "BankAccount", "Vehicle", "RealEstate",
                "UserAccount", "Document", "Directorship", "Ownership", "Employment", "Family", "Succession", "Payment", "UnknownLink");

        FtmImportReport report = new FtmImport(new GraphWriter(STORE.store().driver(), STORE.store().database()), FtmRoundTripTest.KEY,
                new FtmImport.Delivery("RIEC-NH-2025-099", "fiod", "WGS art. 2.3", LocalDate.parse("2031-01-01"), Instant.parse("2025-06-01T10:00:00Z"), null),
                LoadProgress.silent()).run(List.of(file));
        assertThat(report.badLines()).isEmpty();
        assertThat(report.unknownSchemata()).isEmpty();
        assertThat(report.keptProperties()).isEmpty();
        assertThat(report.entities()).isEqualTo(exported.entities());
        assertThat(report.relationships()).isEqualTo(exported.relationships());
        Pattern restored = Pattern.compile("ftm:[0-9a-f]{20}:");
        List<String> again = GraphDump.of(STORE.store(), delivered).stream().filter(l -> !l.contains("kind=STRING \"INTERCHANGE\""))
                .map(l -> restored.matcher(l).replaceAll("")).sorted().toList();
        assertThat(again).hasSameSizeAs(original);
        assertThat(again).containsExactlyElementsOf(original);
    }
}
