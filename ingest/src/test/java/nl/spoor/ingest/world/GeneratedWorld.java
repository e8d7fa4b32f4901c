package nl.spoor.ingest.world;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a generated world back as the loader would: through the files only. */
final class GeneratedWorld {

    final Path root;

    GeneratedWorld(Path root) {
        this.root = root;
    }

    static GeneratedWorld small(Path dir, long seed) {
        new WorldGenerator(Scale.SMALL, seed).generate(dir, WorldGenerator.Progress.NONE);
        return new GeneratedWorld(dir);
    }

    /** Rows of a file as lists of cells, header excluded; the header is checked against {@code header}. */
    void rows(String path, List<String> header, Consumer<List<String>> row) {
        try (Reader r = Files.newBufferedReader(root.resolve(path), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180).get()) {
            boolean first = true;
            for (CSVRecord rec : p) {
                List<String> cells = rec.toList();
                if (first) {
                    if (!cells.equals(header)) {
                        throw new AssertionError(path + " header " + cells + " is not " + header);
                    }
                    first = false;
                } else {
                    row.accept(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<List<String>> rows(String path, List<String> header) {
        List<List<String>> all = new ArrayList<>();
        rows(path, header, all::add);
        return all;
    }

    /** Rows as maps by column name; the lead columns of relationships get the names {@code _from,_to,_key,_source}. */
    List<Map<String, String>> records(String path, List<String> lead, List<String> properties) {
        List<String> header = new ArrayList<>(lead);
        header.addAll(properties);
        List<Map<String, String>> out = new ArrayList<>();
        rows(path, header, cells -> {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                m.put(i < lead.size() && lead == WorldFormat.RELATIONSHIP_LEAD ? "_" + header.get(i) : header.get(i), cells.get(i));
            }
            out.add(m);
        });
        return out;
    }

    JsonNode truth() {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(root.resolve("truth.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
