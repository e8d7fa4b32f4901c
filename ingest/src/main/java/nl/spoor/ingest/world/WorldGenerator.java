package nl.spoor.ingest.world;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a synthetic Noord-Holland (world-format.md) from a seed and a {@link Scale}: places and public
 * bodies, the population with its firms, income, homes and cars, the planted cases, then the bank
 * statements, streamed. One {@link SplittableRandom} drives everything in a fixed order, so the same seed
 * and scale give byte-identical files.
 */
public final class WorldGenerator {

    /** Told how far generation is; {@code phase} changes a few times, {@code done} counts up to {@code total}. */
    public interface Progress {
        void phase(String phase, long total);

        void step();

        Progress NONE = new Progress() {
            @Override
            public void phase(String phase, long total) {
            }

            @Override
            public void step() {
            }
        };
    }

    /** What was written: the manifest's list of files. */
    public record Result(Scale scale, long seed, List<WrittenFile> files) {
        public long bytes() {
            return files.stream().mapToLong(WrittenFile::bytes).sum();
        }

        public long rows(String path) {
            return files.stream().filter(f -> f.path().equals(path)).mapToLong(WrittenFile::rows).sum();
        }
    }

    private final Scale scale;
    private final long seed;
    private final List<PlantedCase> cases;

    public WorldGenerator(Scale scale, long seed) {
        this(scale, seed, PlantedCases.ALL);
    }

    public WorldGenerator(Scale scale, long seed, List<PlantedCase> cases) {
        this.scale = scale;
        this.seed = seed;
        this.cases = List.copyOf(cases);
    }

    public Result generate(Path out, Progress progress) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("generator", WorldFormat.GENERATOR);
        header.put("seed", seed);
        header.put("scale", scale.name());
        header.put("persons", scale.persons());
        header.put("registersFrom", Population.REGISTER_FROM.toString());
        header.put("registersUntil", Population.REGISTER_UNTIL.toString());
        header.put("statementsFrom", scale.statementsFrom().atDay(1).toString());
        header.put("statementsUntil", Scale.STATEMENTS_UNTIL.atEndOfMonth().toString());
        SplittableRandom random = new SplittableRandom(seed);
        try (WorldBuilder world = new WorldBuilder(out, header, Sources.receivedAt(Population.REGISTER_UNTIL))) {
            Population population = new Population(world, random.split());
            progress.phase("Bevolking", scale.persons() / 2 + scale.persons() / 2);
            population.placesAndPublicBodies();
            population.generate(scale.persons(), progress::step);
            progress.phase("Casussen", (long) cases.size() * scale.casesPerVariant());
            CaseContext context = new CaseContext(population, random.split(), scale.casesPerVariant(), scale.statementsFrom());
            for (PlantedCase c : cases) {
                for (int n = 1; n <= scale.casesPerVariant(); n++) {
                    c.plant(context, n);
                    progress.step();
                }
            }
            long months = scale.statementsFrom().until(Scale.STATEMENTS_UNTIL, java.time.temporal.ChronoUnit.MONTHS) + 1;
            progress.phase("Betalingen", months * population.households.size());
            new Payments(population, random.split()).generate(scale.statementsFrom(), Scale.STATEMENTS_UNTIL, progress::step);
            return new Result(scale, seed, world.finish());
        }
    }
}
