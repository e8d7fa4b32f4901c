package nl.spoor.ingest.importers.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;

import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.documents.RegisterExtracts;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.GraphWriter;

/**
 * The world's registers rendered as KvK, RDW, BRP and Kadaster extracts ({@link RegisterExtracts}) and
 * imported: the graph holds exactly the world's register facts about those entities, property by property,
 * relationship by relationship, and nothing else but the few values registers give and the world does not model.
 */
class RegisterWorldImportTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @TempDir
    static Path world;

    private static final BsnKey KEY = BsnKey.of(new byte[32]);
    private static final Set<String> NUMBERS = Set.of("houseNumber", "sideCode", "catalogueValue", "wozValue", "wozYear", "purchasePrice", "share");
    /** The world's properties a register carries, per label (btwId and permit are no KvK facts; addressType, province no register's). */
    private static final Map<String, List<String>> CARRIED = Map.of(
            "Person", List.of("name", "givenNames", "initials", "tussenvoegsel", "surname", "gender", "birthDate", "birthPlace", "nationality"),
            "Company", List.of("name", "legalForm", "kvkNummer", "rsin", "sbiCode", "sbiDescription", "startDate", "endDate"),
            "Address", List.of("addressKey", "street", "houseNumber", "suffix", "postcode", "place"),
            "Place", List.of("name", "cbsCode"),
            "Vehicle", List.of("kenteken", "sideCode", "make", "model", "catalogueValue", "firstRegistration"),
            "RealEstate", List.of("name", "wozValue", "wozYear", "purchasePrice", "purchaseDate", "propertyType"));

    static List<Path> extracts;
    static final Map<String, Map<String, String>> nodes = new HashMap<>();
    static final Map<String, String> labels = new HashMap<>();

    @BeforeAll
    static void renderAndImport() throws IOException {
        new WorldGenerator(Scale.SMALL, 7).generate(world, WorldGenerator.Progress.NONE);
        extracts = RegisterExtracts.render(world, world.resolve("registers"), 11);
        for (String label : CARRIED.keySet()) {
            for (Map<String, String> row : rows(world.resolve("world/nodes/" + label + ".csv"))) {
                nodes.put(row.get("id"), row);
                labels.put(row.get("id"), label);
            }
        }
        RegisterImport run = new RegisterImport(new RegisterImporter(KEY), new GraphWriter(STORE.store().driver(), STORE.store().database()));
        // BRP first: its names are composed from naamgebruik, and a node keeps the first value written.
        List<Path> order = new ArrayList<>(extracts);
        order.sort((a, b) -> Boolean.compare(!a.getFileName().toString().startsWith("brp"), !b.getFileName().toString().startsWith("brp")));
        for (Path file : order) {
            String register = file.getFileName().toString().substring(0, file.getFileName().toString().indexOf('-'));
            run.run(register, List.of(file), new RegisterImport.Delivery("RIEC-NH-2025-017", register, "WGS art. 2.3",
                    LocalDate.of(2030, 1, 1), Instant.parse("2025-03-01T09:00:00Z")), RegisterImport.Progress.NONE);
        }
    }

    @Test
    void everyRenderedExtractIsRecognisedByItsHeader() {
        RegisterImporter importer = new RegisterImporter(KEY);
        assertThat(extracts).extracting(f -> importer.detect(f).orElseThrow()).containsExactly(RegisterFormat.KVK_INSCHRIJVINGEN,
                RegisterFormat.KVK_FUNCTIONARISSEN, RegisterFormat.KVK_AANDEELHOUDERS, RegisterFormat.RDW, RegisterFormat.BRP, RegisterFormat.KADASTER);
    }

    @Test
    void theSameWorldAndSeedGiveTheSameExtracts() throws IOException {
        List<Path> again = RegisterExtracts.render(world, world.resolve("again"), 11);
        for (int i = 0; i < again.size(); i++) {
            assertThat(Files.readAllBytes(again.get(i))).as(again.get(i).toString()).isEqualTo(Files.readAllBytes(extracts.get(i)));
        }
    }

    @Test
    void theImportHoldsExactlyTheWorldsRegisterRelationships() throws IOException {
        Set<String> expected = new TreeSet<>();
        Set<String> brpAddresses = new HashSet<>();
        for (Map<String, String> r : relationships("LIVES_AT")) {
            if (r.get("source").equals("synthetic:brp") && r.get("from").startsWith("bsn:")) {
                expected.add(rel("LIVES_AT", r, "from", "until"));
                brpAddresses.add(r.get("to"));
            }
        }
        for (Map<String, String> r : relationships("LOCATED_IN")) {
            if (brpAddresses.contains(r.get("from"))) {
                expected.add(rel("LOCATED_IN", r));
            }
        }
        relationships("REGISTERED_AT").forEach(r -> expected.add(rel("REGISTERED_AT", r, "from", "until")));
        for (String type : List.of("DIRECTOR_OF", "OWNS", "REGISTERED_OWNER", "OWNS_PROPERTY")) {
            for (Map<String, String> r : relationships(type)) {
                if (!identified(r.get("from"))) {
                    continue;
                }
                switch (type) {
                    case "DIRECTOR_OF" -> expected.add(rel(type, r, "from", "until", "role"));
                    case "OWNS" -> expected.add(rel(type, r, "share", "from"));
                    case "REGISTERED_OWNER" -> expected.add(rel(type, r, "from", "until"));
                    default -> {
                        expected.add(rel(type, r, "from", "purchasePrice"));
                        Map<String, String> located = relationships("LOCATED_AT").stream().filter(l -> l.get("from").equals(r.get("to")))
                                .findFirst().orElseThrow();
                        expected.add(rel("LOCATED_AT", located));
                    }
                }
            }
        }

        Set<String> stored = new TreeSet<>();
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            s.run("MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.spoorId AS a, b.spoorId AS b, properties(r) AS p").forEachRemaining(rec -> {
                Map<String, String> p = new TreeMap<>();
                rec.get("p").asMap(Value::asObject).forEach((k, v) -> p.put(k, text(k, v)));
                assertThat(p.remove("sourceIds")).as(rec.toString()).startsWith("[register:").doesNotContain(",");
                assertThat(p.remove("evidence")).as(rec.toString()).contains("\"locator\":\"line:");
                String type = rec.get("type").asString();
                if (type.equals("REGISTERED_AT")) {
                    assertThat(p.remove("vestigingsnummer")).matches("\\d{12}");
                }
                if (type.equals("OWNS_PROPERTY")) {
                    assertThat(p.remove("share")).isEqualTo("100");
                }
                String key = p.remove("key");
                stored.add(type + " " + rec.get("a").asString() + " -> " + rec.get("b").asString() + " " + key + " " + p);
            });
        }
        assertThat(expected).hasSizeGreaterThan(3_000);
        assertThat(difference(stored, expected)).as("stored but not in the world").isEmpty();
        assertThat(difference(expected, stored)).as("in the world but not stored").isEmpty();
    }

    @Test
    void theImportHoldsExactlyTheWorldsRegisterPropertiesOfThoseEntities() throws IOException {
        Set<String> brpAddresses = new HashSet<>();
        relationships("LIVES_AT").stream().filter(r -> r.get("source").equals("synthetic:brp") && r.get("from").startsWith("bsn:"))
                .forEach(r -> brpAddresses.add(r.get("to")));
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> stored = new TreeMap<>();
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            s.run("MATCH (n:Entity) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.spoorId AS id, properties(n) AS p").forEachRemaining(rec -> {
                String label = rec.get("label").asString();
                Map<String, String> p = new TreeMap<>();
                rec.get("p").asMap(Value::asObject).forEach((k, v) -> p.put(k, text(k, v)));
                String id = p.remove("spoorId");
                switch (label) {
                    case "Vehicle" -> assertThat(p.remove("vehicleType")).isEqualTo("Personenauto");
                    case "RealEstate" -> assertThat(p.remove("kadastraleAanduiding")).isEqualTo(id.substring("kadaster:".length())
                            .replaceFirst("-A0001$", " A0001").replace('-', ' '));
                    default -> { }
                }
                stored.put(label + " " + id, p.toString());
            });
        }
        for (String spoorId : stored.keySet()) {
            String worldId = worldId(spoorId.substring(spoorId.indexOf(' ') + 1));
            Map<String, String> row = nodes.get(worldId);
            assertThat(row).as(spoorId).isNotNull();
            String label = labels.get(worldId);
            Map<String, String> p = new TreeMap<>();
            for (String column : CARRIED.get(label)) {
                if (!row.get(column).isEmpty()) {
                    p.put(column, NUMBERS.contains(column) ? new BigDecimal(row.get(column)).stripTrailingZeros().toPlainString() : row.get(column));
                }
            }
            if (label.equals("Person")) {
                p.put("bsnHash", IdentifierKeys.BSN.storedValue(row.get("bsn"), KEY));
            }
            if (label.equals("Address") && brpAddresses.contains(worldId)) {
                p.put("municipality", row.get("municipality"));
                p.put("municipalityCode", row.get("municipalityCode"));
            }
            expected.put(label + " " + spoorId.substring(spoorId.indexOf(' ') + 1), p.toString());
        }
        assertThat(stored).hasSizeGreaterThan(3_000);
        assertThat(difference(stored.entrySet(), expected.entrySet())).as("stored otherwise than in the world").isEmpty();
        // Every identified person and every company of the world is there.
        assertThat(stored.keySet().stream().filter(k -> k.startsWith("Company ")).count())
                .isEqualTo(labels.values().stream().filter("Company"::equals).count());
        assertThat(stored.keySet().stream().filter(k -> k.startsWith("Person ")).count())
                .isEqualTo(labels.keySet().stream().filter(id -> id.startsWith("bsn:")).count());
        assertThat(stored.toString()).doesNotContainPattern("\\b\\d{9}\\b(?<!rsin=\\d{9})");
    }

    /** What {@code a} holds that {@code b} does not, at most 10 of them, for a readable failure. */
    private static <T> List<T> difference(java.util.Collection<T> a, java.util.Collection<T> b) {
        return a.stream().filter(x -> !b.contains(x)).limit(10).toList();
    }

    // ---- the world's rows and ids in the store's terms

    private static boolean identified(String id) {
        return id.startsWith("bsn:") || id.startsWith("kvk:");
    }

    /** A world id as the store has it: BSNs hashed, real estate by the kadastrale aanduiding the renderer gave it. */
    private static String spoorId(String worldId) {
        if (worldId.startsWith("bsn:")) {
            return IdentifierKeys.BSN.ref(worldId.substring(4), KEY).spoorId();
        }
        if (worldId.startsWith("realestate:")) {
            String aanduiding = RegisterExtracts.kadastraleAanduiding(worldId, nodes.get(worldId).get("propertyType"));
            return "kadaster:" + aanduiding.replaceFirst(" A 1$", "-A0001").replace(' ', '-');
        }
        return worldId;
    }

    private static final Map<String, String> BACK = new HashMap<>();

    private static String worldId(String spoorId) {
        if (BACK.isEmpty()) {
            nodes.keySet().forEach(id -> BACK.put(spoorId(id), id));
        }
        return BACK.getOrDefault(spoorId, spoorId);
    }

    private static String rel(String type, Map<String, String> r, String... columns) {
        Map<String, String> p = new TreeMap<>();
        for (String c : columns) {
            String v = r.get("p:" + c);
            if (v != null && !v.isEmpty()) {
                p.put(c, NUMBERS.contains(c) ? new BigDecimal(v).stripTrailingZeros().toPlainString() : v);
            }
        }
        String key = r.get("key").equals("-") ? "" : r.get("key");
        return type + " " + spoorId(r.get("from")) + " -> " + spoorId(r.get("to")) + " " + key + " " + p;
    }

    private static String text(String name, Object v) {
        if (v instanceof Number n && NUMBERS.contains(name)) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }

    private static final Map<String, List<Map<String, String>>> RELATIONSHIPS = new HashMap<>();

    /** A relationship file's rows: from, to, key, source, and the properties as {@code p:<name>}. */
    private static List<Map<String, String>> relationships(String type) throws IOException {
        if (!RELATIONSHIPS.containsKey(type)) {
            List<Map<String, String>> list = new ArrayList<>();
            try (Reader r = Files.newBufferedReader(world.resolve("world/relationships/" + type + ".csv"), StandardCharsets.UTF_8);
                 CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
                List<String> header = null;
                for (CSVRecord rec : p) {
                    if (header == null) {
                        header = rec.toList();
                        continue;
                    }
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        m.put(i < 4 ? header.get(i) : "p:" + header.get(i), rec.get(i));
                    }
                    list.add(m);
                }
            }
            RELATIONSHIPS.put(type, list);
        }
        return RELATIONSHIPS.get(type);
    }

    private static List<Map<String, String>> rows(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }
}
