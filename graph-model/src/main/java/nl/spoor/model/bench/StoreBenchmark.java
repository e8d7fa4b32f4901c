package nl.spoor.model.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.neo4j.driver.Query;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * {@code spoor bench store}: {@link GraphWriter} (MERGE by Spoor id, provenance on every fact) against
 * plain {@code UNWIND … CREATE} of the same elements with the same chunk size, each into its own fresh
 * embedded store with the same schema, in this process, rounds alternating which goes first. Elements
 * are the data's nodes and relationships; the writer's provenance (ASSERTS relationships, source lists)
 * comes on top and is part of its cost, not of its count.
 *
 * <p>Besides wall-clock rates it prints elements per CPU-second of this process (both stores and the
 * driver live in it, and only one writer runs at a time) and the load average: on a shared machine the
 * wall-clock figures fall with the load, the CPU figures much less.
 */
public final class StoreBenchmark {

    private static final int SOURCES = 10;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private final int accounts;
    private final int rounds;
    private final int chunk;
    private final PrintStream out;

    public StoreBenchmark(int accounts, int rounds, int chunk, PrintStream out) {
        if (accounts < 100 || rounds < 1 || chunk < 1) {
            throw new IllegalArgumentException("--entities must be ≥ 100, --rounds and --chunk ≥ 1");
        }
        this.accounts = accounts;
        this.rounds = rounds;
        this.chunk = chunk;
        this.out = out;
    }

    /** Runs the benchmark and returns the median rates. */
    public Result run() throws IOException {
        Path tmp = Files.createTempDirectory("spoor-bench-store-");
        try (SpoorStore plain = open(tmp.resolve("plain")); SpoorStore spoor = open(tmp.resolve("spoor"))) {
            DataSet warm = DataSet.generate("warm-", Math.max(100, accounts / 10), 7);
            out.printf("spoor bench store: %,d elements per round (%,d nodes, %,d relationships), %d sources, chunk %,d, %d rounds + warm-up%n",
                    warm.scale(accounts).elements(), warm.scale(accounts).nodes(), warm.scale(accounts).relationships(), SOURCES, chunk, rounds);
            plainCreate(plain, warm);
            graphWriter(spoor, warm);
            List<Rate> plainRates = new ArrayList<>();
            List<Rate> spoorRates = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                DataSet data = DataSet.generate("r" + r + "-", accounts, r);
                Rate p;
                Rate s;
                if (r % 2 == 1) {
                    p = plainCreate(plain, data);
                    s = graphWriter(spoor, data);
                } else {
                    s = graphWriter(spoor, data);
                    p = plainCreate(plain, data);
                }
                plainRates.add(p);
                spoorRates.add(s);
                out.printf("round %d: plain UNWIND…CREATE %,9.0f elements/s   GraphWriter with provenance %,9.0f elements/s   ratio %.2f"
                                + "   | per CPU-second %,9.0f and %,9.0f, ratio %.2f | load average %.1f%n",
                        r, p.wall(), s.wall(), s.wall() / p.wall(), p.cpu(), s.cpu(), s.cpu() / p.cpu(), OS.getSystemLoadAverage());
            }
            Result result = new Result(median(plainRates, Rate::wall), median(spoorRates, Rate::wall),
                    median(plainRates, Rate::cpu), median(spoorRates, Rate::cpu));
            out.printf("median:  plain UNWIND…CREATE %,9.0f elements/s   GraphWriter with provenance %,9.0f elements/s   ratio %.2f (GraphWriter time = %.2f× CREATE time)%n",
                    result.plainCreate(), result.graphWriter(), result.ratio(), 1 / result.ratio());
            out.printf("median per CPU-second of this process: plain %,9.0f   GraphWriter %,9.0f   ratio %.2f   (%d cores, load average now %.1f)%n",
                    result.plainCreateCpu(), result.graphWriterCpu(), result.graphWriterCpu() / result.plainCreateCpu(),
                    OS.getAvailableProcessors(), OS.getSystemLoadAverage());
            // Each round pairs both writers on the same data at about the same load: on a busy machine the
            // median of these ratios is steadier than the ratio of the two medians.
            List<Rate> ratios = new ArrayList<>();
            for (int i = 0; i < plainRates.size(); i++) {
                ratios.add(new Rate(spoorRates.get(i).wall() / plainRates.get(i).wall(), spoorRates.get(i).cpu() / plainRates.get(i).cpu()));
            }
            out.printf("median of the per-round ratios: %.2f (wall clock), %.2f (per CPU-second)%n", median(ratios, Rate::wall), median(ratios, Rate::cpu));
            out.println("targets: GraphWriter ≥ 50,000 elements/s and within 2× of plain CREATE (ratio ≥ 0.50)");
            return result;
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static SpoorStore open(Path home) {
        return SpoorStore.open(new StoreSettings(home, Optional.empty(), "neo4j", null, "neo4j", 0, "1g"));
    }

    private Rate plainCreate(SpoorStore store, DataSet data) {
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        long nodesDone;
        try (var session = store.driver().session(store.sessionConfig())) {
            for (var group : data.nodesByKind().entrySet()) {
                String cypher = "UNWIND $rows AS row CREATE (n:Entity:" + group.getKey().label() + ") SET n = row";
                for (var part : chunks(group.getValue())) {
                    session.executeWriteWithoutResult(tx -> tx.run(new Query(cypher, Map.of("rows", part))).consume());
                }
            }
            nodesDone = System.nanoTime();
            for (var group : data.relationshipsByShape().entrySet()) {
                String[] shape = group.getKey().split("/");
                String cypher = "UNWIND $rows AS row MATCH (a:Entity:" + shape[1] + " {spoorId: row.from}) USING INDEX a:Entity(spoorId) MATCH (b:Entity:" + shape[2]
                        + " {spoorId: row.to}) USING INDEX b:Entity(spoorId) CREATE (a)-[r:" + shape[0] + "]->(b) SET r = row.props";
                for (var part : chunks(group.getValue())) {
                    session.executeWriteWithoutResult(tx -> tx.run(new Query(cypher, Map.of("rows", part))).consume());
                }
            }
        }
        phases("plain", data, start, nodesDone, System.nanoTime());
        return Rate.of(data, start, cpu);
    }

    private void phases(String who, DataSet data, long start, long nodesDone, long end) {
        if (System.getenv("SPOOR_BENCH_PHASES") != null) {
            out.printf("    %-7s nodes %,9.0f/s  relationships %,9.0f/s%n", who,
                    data.nodes() / ((nodesDone - start) / 1e9), data.relationships() / ((end - nodesDone) / 1e9));
        }
    }

    private Rate graphWriter(SpoorStore store, DataSet data) {
        GraphWriter writer = new GraphWriter(store.driver(), store.database(), chunk);
        // One batch of all sources, as a bulk import of many statements hands it over: the writer then
        // fills its chunks like plain CREATE does. Entities (with sources) first, then relationships.
        WriteBatch entities = new WriteBatch();
        WriteBatch relationships = new WriteBatch();
        for (WriteBatch b : data.batches()) {
            b.sources().forEach(entities::source);
            b.entities().forEach(entities::entity);
            b.relationships().forEach(relationships::relationship);
        }
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        writer.write(entities);
        long nodesDone = System.nanoTime();
        writer.write(relationships);
        phases("writer", data, start, nodesDone, System.nanoTime());
        return Rate.of(data, start, cpu);
    }

    private <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += chunk) {
            result.add(rows.subList(i, Math.min(rows.size(), i + chunk)));
        }
        return result;
    }

    private static double median(List<Rate> rates, java.util.function.ToDoubleFunction<Rate> which) {
        List<Double> sorted = rates.stream().map(which::applyAsDouble).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Elements per wall-clock second and per CPU-second of this process, of one run. */
    private record Rate(double wall, double cpu) {
        static Rate of(DataSet data, long startNanos, long startCpuNanos) {
            return new Rate(data.elements() / ((System.nanoTime() - startNanos) / 1e9),
                    data.elements() / ((OS.getProcessCpuTime() - startCpuNanos) / 1e9));
        }
    }

    /** Median elements per second (wall clock, and per CPU-second of this process) of both writers. */
    public record Result(double plainCreate, double graphWriter, double plainCreateCpu, double graphWriterCpu) {
        public double ratio() {
            return graphWriter / plainCreate;
        }
    }

    /**
     * A deterministic slice of a financial world: persons and companies holding accounts, directors,
     * vehicles and transfers, spread over {@value #SOURCES} sources (as if from ten bank statements and
     * register extracts). Each fact comes from one source.
     */
    record DataSet(List<WriteBatch> batches, Map<EntityKind, List<Map<String, Object>>> nodesByKind,
                   Map<String, List<Map<String, Object>>> relationshipsByShape, long nodes, long relationships) {

        long elements() {
            return nodes + relationships;
        }

        DataSet scale(int accounts) {
            double f = accounts / (double) nodesByKind.get(EntityKind.BANK_ACCOUNT).size();
            return new DataSet(List.of(), Map.of(), Map.of(), Math.round(nodes * f), Math.round(relationships * f));
        }

        static DataSet generate(String prefix, int accounts, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            List<WriteBatch> batches = new ArrayList<>();
            List<WriteBatch> relBatches = new ArrayList<>();
            List<Source> sources = new ArrayList<>();
            for (int s = 0; s < SOURCES; s++) {
                Source source = new Source("bench:" + prefix + s, SourceKind.BANK_STATEMENT, "sha256:bench" + prefix + s, "afschrift-" + s + ".csv",
                        "bench-partner", "WGS art. 2.3", "BENCH-1", Instant.parse("2025-01-01T00:00:00Z"), LocalDate.parse("2030-01-01"), "bench", "1");
                sources.add(source);
                batches.add(new WriteBatch().source(source));
                relBatches.add(new WriteBatch());
            }
            Map<EntityKind, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
            Map<String, List<Map<String, Object>>> rels = new LinkedHashMap<>();
            int persons = accounts / 2;
            int companies = accounts / 10;
            int vehicles = accounts / 10;
            long nodeCount = 0;
            long relCount = 0;
            EntityRef[] accountRefs = new EntityRef[accounts];
            for (int i = 0; i < accounts; i++) {
                String iban = iban(prefix.hashCode() & 0xffff, i);
                accountRefs[i] = new EntityRef(EntityKind.BANK_ACCOUNT, "iban:" + prefix + iban);
                nodeCount += node(batches, nodes, i, accountRefs[i], Map.of("iban", prefix + iban, "bankCode", "INGB"));
            }
            EntityRef[] personRefs = new EntityRef[persons];
            for (int i = 0; i < persons; i++) {
                personRefs[i] = new EntityRef(EntityKind.PERSON, "person:" + prefix + i);
                nodeCount += node(batches, nodes, i, personRefs[i], Map.of("name", "Persoon " + i, "birthDate", LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28)));
            }
            EntityRef[] companyRefs = new EntityRef[companies];
            for (int i = 0; i < companies; i++) {
                String kvk = String.format("%08d", 10_000_000 + i);
                companyRefs[i] = new EntityRef(EntityKind.COMPANY, "kvk:" + prefix + kvk);
                nodeCount += node(batches, nodes, i, companyRefs[i], Map.of("name", "Bedrijf " + i + " B.V.", "kvkNummer", prefix + kvk, "sbiCode", "81.22"));
            }
            for (int i = 0; i < vehicles; i++) {
                EntityRef v = new EntityRef(EntityKind.VEHICLE, "kenteken:" + prefix + i);
                nodeCount += node(batches, nodes, i, v, Map.of("kenteken", prefix + "V" + i, "make", "Volkswagen", "catalogueValue", 30_000.0 + i));
                relCount += rel(relBatches, prefix, rels, i, RelationshipKind.REGISTERED_OWNER, personRefs[random.nextInt(persons)], v, "2020-01-01", Map.of());
            }
            for (int i = 0; i < accounts; i++) {
                EntityRef holder = i % 5 == 0 ? companyRefs[(i / 5) % companies] : personRefs[i % persons];
                relCount += rel(relBatches, prefix, rels, i, RelationshipKind.HOLDS_ACCOUNT, holder, accountRefs[i], "", Map.of());
            }
            for (int i = 0; i < companies; i++) {
                relCount += rel(relBatches, prefix, rels, i, RelationshipKind.DIRECTOR_OF, personRefs[random.nextInt(persons)], companyRefs[i], "", Map.of("role", "bestuurder"));
            }
            for (int i = 0; i < 2 * accounts; i++) {
                int a = random.nextInt(accounts);
                int b = random.nextInt(accounts);
                relCount += rel(relBatches, prefix, rels, i, RelationshipKind.TRANSFER, accountRefs[a], accountRefs[b], "tx-" + i,
                        Map.of("amount", (double) (1 + random.nextInt(1_000_000)) / 100, "currency", "EUR", "date", LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366))));
            }
            // Entities of every source first, then relationships: a relationship may join entities of two sources.
            List<WriteBatch> all = new ArrayList<>(batches);
            all.addAll(relBatches);
            return new DataSet(all, nodes, rels, nodeCount, relCount);
        }

        private static int node(List<WriteBatch> batches, Map<EntityKind, List<Map<String, Object>>> nodes, int i, EntityRef ref, Map<String, Object> props) {
            int s = i % SOURCES;
            batches.get(s).entity(new EntityFact(ref, props, Evidence.row("bench:" + sourceSuffix(batches, s), i)));
            Map<String, Object> row = new LinkedHashMap<>(props);
            row.put("spoorId", ref.spoorId());
            nodes.computeIfAbsent(ref.kind(), k -> new ArrayList<>()).add(row);
            return 1;
        }

        private static int rel(List<WriteBatch> batches, String prefix, Map<String, List<Map<String, Object>>> rels, int i, RelationshipKind kind,
                               EntityRef from, EntityRef to, String key, Map<String, Object> props) {
            int s = i % SOURCES;
            batches.get(s).relationship(new RelationshipFact(kind, from, to, key, props, Evidence.row("bench:" + prefix + s, i)));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("from", from.spoorId());
            row.put("to", to.spoorId());
            Map<String, Object> p = new LinkedHashMap<>(props);
            p.put("key", key);
            row.put("props", p);
            rels.computeIfAbsent(kind.name() + "/" + from.kind().label() + "/" + to.kind().label(), k -> new ArrayList<>()).add(row);
            return 1;
        }

        private static String sourceSuffix(List<WriteBatch> batches, int s) {
            return batches.get(s).sources().getFirst().sourceId().substring("bench:".length());
        }

        /** A valid Dutch IBAN (ISO 7064 mod 97-10) for account i of a run. */
        static String iban(int run, int i) {
            String bban = "INGB" + String.format("%010d", (long) run * 10_000_000L + i);
            StringBuilder digits = new StringBuilder();
            for (char c : (bban + "NL00").toCharArray()) {
                digits.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : Character.toString(c));
            }
            int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
            return "NL" + String.format("%02d", check) + bban;
        }
    }
}
