package nl.spoor.ingest.world.documents;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The world as the generator wrote it ({@code world/nodes/*.csv}, {@code world/relationships/*.csv}),
 * read only through its files. Rows keep file order; lookups are by id and by relationship end.
 */
final class World {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private final Map<String, List<WorldRow>> nodesByLabel = new TreeMap<>();
    private final Map<String, List<WorldRow>> relationshipsByType = new TreeMap<>();
    private final Map<String, WorldRow> nodeById = new LinkedHashMap<>();
    private final Map<String, String> labelById = new LinkedHashMap<>();
    private final Map<String, Map<String, List<WorldRow>>> outgoing = new TreeMap<>();
    private final Map<String, Map<String, List<WorldRow>>> incoming = new TreeMap<>();

    private World() {
    }

    static World read(Path worldDir) {
        Path nodes = worldDir.resolve("world").resolve("nodes");
        Path relationships = worldDir.resolve("world").resolve("relationships");
        if (!Files.isDirectory(nodes)) {
            throw new WorldFormatException(nodes, "missing: not a world directory written by 'spoor generate'");
        }
        World world = new World();
        for (Path file : csvFiles(nodes)) {
            String label = stripCsv(file);
            List<WorldRow> rows = readRows(worldDir, file, false);
            world.nodesByLabel.put(label, rows);
            for (WorldRow row : rows) {
                if (world.nodeById.putIfAbsent(row.id(), row) != null) {
                    throw new WorldFormatException(worldDir.relativize(file), row.line(), "id",
                            "'" + row.id() + "' is already used by another node");
                }
                world.labelById.put(row.id(), label);
            }
        }
        if (Files.isDirectory(relationships)) {
            for (Path file : csvFiles(relationships)) {
                String type = stripCsv(file);
                List<WorldRow> rows = readRows(worldDir, file, true);
                world.relationshipsByType.put(type, rows);
                for (WorldRow row : rows) {
                    world.outgoing.computeIfAbsent(type, t -> new TreeMap<>())
                            .computeIfAbsent(row.from(), f -> new ArrayList<>()).add(row);
                    world.incoming.computeIfAbsent(type, t -> new TreeMap<>())
                            .computeIfAbsent(row.to(), f -> new ArrayList<>()).add(row);
                }
            }
        }
        return world;
    }

    private static List<Path> csvFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new WorldFormatException(dir, "cannot be listed: " + e.getMessage());
        }
    }

    private static String stripCsv(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".csv".length());
    }

    /**
     * Reads by position, not by header name: relationship files start with {@code from,to,key,source}
     * and some types have properties named {@code from} too (LIVES_AT's period), so names repeat.
     */
    private static List<WorldRow> readRows(Path worldDir, Path file, boolean relationship) {
        Path shown = worldDir.relativize(file);
        List<String> fixed = relationship ? List.of("from", "to", "key", "source") : List.of("id", "source");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<WorldRow> rows = new ArrayList<>();
            List<String> header = null;
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                if (header == null) {
                    header = record.toList();
                    if (header.size() < fixed.size() || !header.subList(0, fixed.size()).equals(fixed)) {
                        throw new WorldFormatException(shown, 1, String.join(",", header),
                                "header must start with " + String.join(",", fixed));
                    }
                    continue;
                }
                if (record.size() != header.size()) {
                    throw new WorldFormatException(shown, line, header.get(Math.min(record.size(), header.size() - 1)),
                            "row has " + record.size() + " cells, the header " + header.size());
                }
                Map<String, String> properties = new LinkedHashMap<>();
                for (int i = fixed.size(); i < header.size(); i++) {
                    String value = record.get(i);
                    if (!value.isEmpty()) {
                        properties.put(header.get(i), value);
                    }
                }
                for (int i = 0; i < fixed.size(); i++) {
                    if (record.get(i).isEmpty()) {
                        throw new WorldFormatException(shown, line, fixed.get(i), "is empty; it is required here");
                    }
                }
                rows.add(relationship
                        ? new WorldRow(shown, line, null, record.get(0), record.get(1), record.get(2), record.get(3),
                                Collections.unmodifiableMap(properties))
                        : new WorldRow(shown, line, record.get(0), null, null, null, record.get(1),
                                Collections.unmodifiableMap(properties)));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new WorldFormatException(shown, "cannot be read as RFC 4180 CSV: " + e.getMessage());
        }
    }

    List<WorldRow> nodes(String label) {
        return nodesByLabel.getOrDefault(label, List.of());
    }

    List<WorldRow> relationships(String type) {
        return relationshipsByType.getOrDefault(type, List.of());
    }

    Optional<WorldRow> node(String id) {
        return Optional.ofNullable(nodeById.get(id));
    }

    /** The node a relationship row points at; a dangling reference is a format error. */
    WorldRow require(String id, WorldRow referrer, String field) {
        WorldRow node = nodeById.get(id);
        if (node == null) {
            throw new WorldFormatException(referrer.file(), referrer.line(), field,
                    "'" + id + "' names no node in world/nodes/*.csv");
        }
        return node;
    }

    /** The label (EntityKind name) of a node id, e.g. {@code Person}. */
    String label(String id) {
        String label = labelById.get(id);
        if (label == null) {
            throw new IllegalArgumentException("no node with id " + id);
        }
        return label;
    }

    List<WorldRow> from(String type, String id) {
        return outgoing.getOrDefault(type, Map.of()).getOrDefault(id, List.of());
    }

    List<WorldRow> to(String type, String id) {
        return incoming.getOrDefault(type, Map.of()).getOrDefault(id, List.of());
    }

    /** The display name of a person, company, organisation or place. */
    String name(String id) {
        WorldRow node = nodeById.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no node with id " + id);
        }
        return node.get("name");
    }

    /** Where a person lives or a company is registered: the latest LIVES_AT / REGISTERED_AT row's address. */
    Optional<WorldRow> addressOf(String id) {
        List<WorldRow> rows = new ArrayList<>(from("LIVES_AT", id));
        rows.addAll(from("REGISTERED_AT", id));
        WorldRow current = null;
        for (WorldRow row : rows) {
            if (!row.has("until")) {
                current = row;
            }
        }
        if (current == null && !rows.isEmpty()) {
            current = rows.getLast();
        }
        return current == null ? Optional.empty() : Optional.of(require(current.to(), current, "to"));
    }

    /** {@code Westzijde 112-A} */
    static String streetLine(WorldRow address) {
        String suffix = address.getOr("suffix", "");
        return address.get("street") + " " + address.get("houseNumber") + (suffix.isEmpty() ? "" : "-" + suffix);
    }

    /** {@code 1506 EK Zaandam} */
    static String postcodeLine(WorldRow address) {
        return address.get("postcode") + " " + address.get("place");
    }

    /** {@code Westzijde 112-A, 1506 EK Zaandam}: the text an address mention carries. */
    static String addressLine(WorldRow address) {
        return streetLine(address) + ", " + postcodeLine(address);
    }

    List<String> accountsOf(String holderId) {
        return from("HOLDS_ACCOUNT", holderId).stream().map(WorldRow::to).toList();
    }

    Optional<String> holderOf(String accountId) {
        List<WorldRow> holders = to("HOLDS_ACCOUNT", accountId);
        return holders.isEmpty() ? Optional.empty() : Optional.of(holders.getFirst().from());
    }

    Optional<String> placeOf(String addressId) {
        List<WorldRow> rows = from("LOCATED_IN", addressId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst().to());
    }
}
