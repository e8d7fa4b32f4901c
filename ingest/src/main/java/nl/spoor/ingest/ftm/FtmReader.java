package nl.spoor.ingest.ftm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads FtM JSON lines ({@code {"id", "schema", "properties": {name: [values]}}}, one entity a line,
 * blank lines allowed) into {@link FtmLine}s, collecting every bad line with its file, line and field
 * instead of stopping at the first. Lines with the same id are fragments of one entity, as FtM's own
 * tools write them: their values are merged.
 */
final class FtmReader {

    /** An FtM entity as read, with where it was read and Spoor's extension (null in plain FtM). */
    record FtmLine(Path file, int line, String id, String schema, Map<String, List<String>> properties, List<String> datasets,
                   JsonNode spoor) {

        List<String> values(String property) {
            return properties.getOrDefault(property, List.of());
        }

        String where() {
            return file.getFileName() + ":" + line;
        }
    }

    /** A line that cannot be imported, and why. */
    record BadLine(Path file, int line, String field, String problem) {
        @Override
        public String toString() {
            return file + ":" + line + (field == null ? "" : " (" + field + ")") + ": " + problem;
        }
    }

    private final Map<String, FtmLine> entities = new LinkedHashMap<>();
    private final List<BadLine> bad = new ArrayList<>();
    private long lines;

    /** Reads one file; its entities join those already read. */
    void read(Path file, Runnable perLine) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                perLine.run();
                if (!text.isBlank()) {
                    lines++;
                    line(file, n, text);
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            bad.add(new BadLine(file, 0, null, "not UTF-8 text"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private void line(Path file, int n, String text) {
        JsonNode node;
        try {
            node = FtmValues.JSON.readTree(text);
        } catch (JacksonException e) {
            bad.add(new BadLine(file, n, null, "not JSON: " + e.getOriginalMessage()));
            return;
        }
        if (!node.isObject()) {
            bad.add(new BadLine(file, n, null, "not a JSON object"));
            return;
        }
        String id = text(node, "id");
        String schema = text(node, "schema");
        if (id == null) {
            bad.add(new BadLine(file, n, "id", "missing or not a string; every FtM entity needs an id"));
            return;
        }
        if (schema == null) {
            bad.add(new BadLine(file, n, "schema", "missing or not a string; entity " + id + " needs its FtM schema"));
            return;
        }
        Map<String, List<String>> props = new TreeMap<>();
        JsonNode p = node.get("properties");
        if (p != null && !p.isNull() && !p.isObject()) {
            bad.add(new BadLine(file, n, "properties", "not an object of value lists"));
            return;
        }
        if (p != null && p.isObject()) {
            for (var e : p.properties()) {
                if (!e.getValue().isArray()) {
                    bad.add(new BadLine(file, n, "properties." + e.getKey(), "not a list; every FtM property is a list of values"));
                    return;
                }
                List<String> values = new ArrayList<>();
                for (JsonNode v : e.getValue()) {
                    if (!v.isValueNode() || v.isNull()) {
                        bad.add(new BadLine(file, n, "properties." + e.getKey(), "holds " + v + ", not a value"));
                        return;
                    }
                    values.add(v.asString());
                }
                props.put(e.getKey(), values);
            }
        }
        List<String> datasets = new ArrayList<>();
        if (node.has("datasets") && node.get("datasets").isArray()) {
            node.get("datasets").forEach(d -> datasets.add(d.asString()));
        }
        JsonNode spoor = node.get("spoor");
        FtmLine read = new FtmLine(file, n, id, schema, props, datasets, spoor != null && spoor.isObject() ? spoor : null);
        FtmLine earlier = entities.get(id);
        if (earlier == null) {
            entities.put(id, read);
        } else if (!earlier.schema().equals(schema)) {
            bad.add(new BadLine(file, n, "schema", "entity " + id + " is a " + earlier.schema() + " at " + earlier.where() + " and a " + schema + " here"));
        } else {
            Map<String, List<String>> merged = new TreeMap<>(earlier.properties());
            props.forEach((k, vs) -> {
                List<String> all = new ArrayList<>(merged.getOrDefault(k, List.of()));
                vs.stream().filter(v -> !all.contains(v)).forEach(all::add);
                merged.put(k, all);
            });
            entities.put(id, new FtmLine(earlier.file(), earlier.line(), id, schema, merged, earlier.datasets(),
                    earlier.spoor() != null ? earlier.spoor() : read.spoor()));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() && !v.asString().isBlank() ? v.asString() : null;
    }

    Map<String, FtmLine> entities() {
        return entities;
    }

    List<BadLine> bad() {
        return bad;
    }

    void bad(FtmLine at, String field, String problem) {
        bad.add(new BadLine(at.file(), at.line(), field, problem));
    }

    long lines() {
        return lines;
    }
}
