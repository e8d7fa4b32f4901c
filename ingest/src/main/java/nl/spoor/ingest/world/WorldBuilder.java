package nl.spoor.ingest.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * Everything the generator and the planted cases add to the world goes through here: {@link #node} and
 * {@link #link} write one CSV row each, straight to disk, in the columns of {@link WorldFormat}. The
 * builder remembers only each entity's id and kind, so it can refuse a duplicate id, a relationship to an
 * entity that was never added, an endpoint of the wrong kind or an unknown source, each with a message
 * that names the row. {@link #finish} writes {@code truth.json} and {@code manifest.json}.
 */
public final class WorldBuilder implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;
    private final Map<String, Object> header;
    private final Set<String> sources = new HashSet<>();
    private final Map<String, EntityKind> kinds = new HashMap<>();
    private final Map<EntityKind, CsvFile> nodeFiles = new EnumMap<>(EntityKind.class);
    private final Map<RelationshipKind, CsvFile> relationshipFiles = new EnumMap<>(RelationshipKind.class);
    private final CsvFile sourcesFile;
    private final List<TruthCase> truth = new ArrayList<>();
    private boolean finished;

    /**
     * @param root   the output directory; {@code world/} below it must not exist yet
     * @param header what manifest.json and truth.json say first (generator, seed, scale, …), in order
     */
    public WorldBuilder(Path root, Map<String, Object> header, LocalDate receivedAt) {
        this.root = root;
        this.header = header;
        if (Files.exists(root.resolve("world")) || Files.exists(root.resolve("manifest.json"))) {
            throw new IllegalArgumentException("Output directory " + root + " already holds a world; choose an empty directory");
        }
        sourcesFile = new CsvFile(root, "world/sources.csv", WorldFormat.SOURCE_COLUMNS);
        for (Sources.Row s : Sources.all()) {
            sources.add(s.sourceId());
            sourcesFile.row(s.sourceId(), s.kind().name(), s.title(), s.partner(), Sources.LEGAL_BASIS, Sources.CASE_ID,
                    receivedAt + "T00:00:00Z", receivedAt.plusYears(5).toString());
        }
    }

    /** Adds an entity; {@code properties} are named as in world-format.md, absent ones stay empty. Returns {@code id}. */
    public String node(EntityKind kind, String id, String source, Map<String, ?> properties) {
        checkSource(source, id);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A " + kind.label() + " needs an id");
        }
        EntityKind before = kinds.putIfAbsent(id, kind);
        if (before != null) {
            throw new IllegalArgumentException("Entity " + id + " was already added as a " + before.label());
        }
        List<String> columns = WorldFormat.properties(kind);
        String[] row = new String[2 + columns.size()];
        row[0] = id;
        row[1] = source;
        fill(row, 2, columns, properties, kind.label() + " " + id);
        nodeFiles.computeIfAbsent(kind, k -> new CsvFile(root, WorldFormat.nodeFile(k), concat(WorldFormat.NODE_LEAD, WorldFormat.properties(k))))
                .row(row);
        return id;
    }

    /**
     * Adds a relationship. {@code key} tells parallel relationships of one type between the same two
     * entities apart (a transaction reference, a year); {@code null} writes {@link WorldFormat#SINGLE_KEY}.
     */
    public void link(RelationshipKind kind, String from, String to, String key, String source, Map<String, ?> properties) {
        checkEndpoints(kind, from, to);
        checkSource(source, from);
        List<String> columns = WorldFormat.properties(kind);
        String[] row = new String[4 + columns.size()];
        row[0] = from;
        row[1] = to;
        row[2] = key == null ? WorldFormat.SINGLE_KEY : key;
        row[3] = source;
        fill(row, 4, columns, properties, kind + " " + from + " -> " + to);
        relationshipFile(kind).row(row);
    }

    /** A bank transfer, written without building a map: the generator writes millions of these. */
    public void transfer(String fromIban, String toIban, String reference, String source, long cents, LocalDate date,
                         String description, String channel) {
        checkEndpoints(RelationshipKind.TRANSFER, fromIban, toIban);
        checkSource(source, reference);
        if (cents <= 0) {
            throw new IllegalArgumentException("Transfer " + reference + " has a non-positive amount " + Money.format(cents));
        }
        relationshipFile(RelationshipKind.TRANSFER).row(fromIban, toIban, reference, source, Money.format(cents), "EUR",
                date.toString(), description, channel);
    }

    /** Starts a truth.json entry; the case fills it in. Case ids must be unique. */
    public TruthCase truthCase(String caseId, String typology, String variant, boolean planted) {
        if (truth.stream().anyMatch(t -> t.caseId().equals(caseId))) {
            throw new IllegalArgumentException("Case id " + caseId + " is used twice");
        }
        TruthCase c = new TruthCase(caseId, typology, variant, planted);
        truth.add(c);
        return c;
    }

    /** The kind of an entity added before, or null. */
    public EntityKind kindOf(String id) {
        return kinds.get(id);
    }

    public long rows(RelationshipKind kind) {
        CsvFile f = relationshipFiles.get(kind);
        return f == null ? 0 : f.rows();
    }

    public long rows(EntityKind kind) {
        CsvFile f = nodeFiles.get(kind);
        return f == null ? 0 : f.rows();
    }

    /**
     * Closes every CSV file, checks each truth entry names entities that exist, writes truth.json and
     * manifest.json, and returns what the manifest lists (one entry per file, sorted by path).
     */
    public List<WrittenFile> finish() {
        if (finished) {
            throw new IllegalStateException("The world was already finished");
        }
        finished = true;
        // Every node and relationship file exists, even when empty, so readers need not guess.
        for (EntityKind k : WorldFormat.nodeKinds()) {
            nodeFiles.computeIfAbsent(k, x -> new CsvFile(root, WorldFormat.nodeFile(x), concat(WorldFormat.NODE_LEAD, WorldFormat.properties(x))));
        }
        for (RelationshipKind k : WorldFormat.relationshipKinds()) {
            relationshipFile(k);
        }
        List<WrittenFile> files = new ArrayList<>();
        files.add(sourcesFile.summary());
        nodeFiles.values().forEach(f -> files.add(f.summary()));
        relationshipFiles.values().forEach(f -> files.add(f.summary()));
        for (TruthCase c : truth) {
            for (TruthCase.Role r : c.entities()) {
                if (kinds.get(r.id()) != r.kind()) {
                    throw new IllegalStateException("Case " + c.caseId() + " names " + r.id() + " as a " + r.kind().label()
                            + " but the world has " + (kinds.get(r.id()) == null ? "no such entity" : "a " + kinds.get(r.id()).label()));
                }
            }
        }
        files.add(writeJson("truth.json", truthJson()));
        files.sort(Comparator.comparing(WrittenFile::path));
        ObjectNode manifest = headerJson();
        ArrayNode list = manifest.putArray("files");
        for (WrittenFile s : files) {
            ObjectNode f = list.addObject().put("path", s.path());
            if (s.rows() >= 0) {
                f.put("rows", s.rows());
            }
            f.put("bytes", s.bytes()).put("sha256", s.sha256());
        }
        files.add(writeJson("manifest.json", manifest));
        return files;
    }

    @Override
    public void close() {
        sourcesFile.close();
        nodeFiles.values().forEach(CsvFile::close);
        relationshipFiles.values().forEach(CsvFile::close);
    }

    private CsvFile relationshipFile(RelationshipKind kind) {
        return relationshipFiles.computeIfAbsent(kind,
                k -> new CsvFile(root, WorldFormat.relationshipFile(k), concat(WorldFormat.RELATIONSHIP_LEAD, WorldFormat.properties(k))));
    }

    private void checkSource(String source, String row) {
        if (!sources.contains(source)) {
            throw new IllegalArgumentException("Row " + row + " names source '" + source + "', which is not in sources.csv");
        }
    }

    private void checkEndpoints(RelationshipKind kind, String from, String to) {
        WorldFormat.Endpoints allowed = WorldFormat.endpoints(kind);
        check(kind, "from", from, allowed.from());
        check(kind, "to", to, allowed.to());
    }

    private void check(RelationshipKind kind, String end, String id, Set<EntityKind> allowed) {
        EntityKind actual = kinds.get(id);
        if (actual == null) {
            throw new IllegalArgumentException(kind + " " + end + " " + id + ": no such entity was added");
        }
        if (!allowed.contains(actual)) {
            throw new IllegalArgumentException(kind + " " + end + " " + id + " is a " + actual.label() + "; allowed: " + allowed);
        }
    }

    private static void fill(String[] row, int offset, List<String> columns, Map<String, ?> properties, String what) {
        for (String name : properties.keySet()) {
            if (!columns.contains(name)) {
                throw new IllegalArgumentException(what + " has a property '" + name + "' that world-format.md does not list " + columns);
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            row[offset + i] = text(properties.get(columns.get(i)), what, columns.get(i));
        }
    }

    private static String text(Object v, String what, String column) {
        return switch (v) {
            case null -> "";
            case String s -> s;
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case BigDecimal d -> d.toPlainString();
            case Boolean b -> b.toString();
            case LocalDate d -> d.toString();
            case List<?> l -> {
                StringJoiner j = new StringJoiner(";");
                l.forEach(x -> j.add(text(x, what, column)));
                yield j.toString();
            }
            default -> throw new IllegalArgumentException(what + ": property " + column + " has a value of type "
                    + v.getClass().getSimpleName() + "; use String, Integer, Long, BigDecimal, Boolean, LocalDate or a List");
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private ObjectNode headerJson() {
        ObjectNode node = JSON.createObjectNode();
        header.forEach((k, v) -> node.set(k, JSON.valueToTree(v instanceof LocalDate d ? d.toString() : v)));
        return node;
    }

    private ObjectNode truthJson() {
        ObjectNode node = headerJson();
        ArrayNode cases = node.putArray("cases");
        for (TruthCase c : truth) {
            ObjectNode o = cases.addObject();
            o.put("caseId", c.caseId()).put("typology", c.typology()).put("variant", c.variant()).put("planted", c.planted());
            ArrayNode subjects = o.putArray("subjects");
            c.subjects().forEach(subjects::add);
            ArrayNode entities = o.putArray("entities");
            c.entities().forEach(r -> entities.addObject().put("id", r.id()).put("kind", r.kind().label()).put("role", r.role()));
            ArrayNode indicators = o.putArray("indicators");
            c.indicators().forEach(i -> indicators.addObject().put("name", i.name()).put("value", i.value()));
            ObjectNode parameters = o.putObject("parameters");
            c.parameters().forEach((k, v) -> parameters.set(k, JSON.valueToTree(v instanceof LocalDate d ? d.toString() : v)));
            o.put("explanation", c.explanation());
        }
        return node;
    }

    private WrittenFile writeJson(String name, ObjectNode node) {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        byte[] bytes = (JSON.writer().with(pretty).writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(root.resolve(name), bytes);
            return new WrittenFile(name, -1, bytes.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
