package nl.spoor.ingest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files {@code spoor bench ingest} measures, by format: every regular file under the folder
 * (the generator's {@code manifest.json} is its answer sheet, not a document), grouped by extension so
 * that MT940 ({@code .sta}) and the ABN AMRO export ({@code .txt}) stay apart although Tika calls both
 * text. Stable order.
 */
public record BenchCorpus(List<Format> formats) {

    /** The files of one format and their size in bytes. */
    public record Format(String name, List<Path> files, long bytes) {
    }

    /** The generator writes this next to the documents; it is not one of them. */
    static final String MANIFEST = "manifest.json";

    public static BenchCorpus of(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No such folder: " + folder);
        }
        Map<String, List<Path>> byFormat = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(p -> !(p.getParent().equals(folder) && p.getFileName().toString().equals(MANIFEST)))
                    .map(p -> p.toAbsolutePath().normalize()).sorted()
                    .forEach(p -> byFormat.computeIfAbsent(extension(p), k -> new ArrayList<>()).add(p));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read folder " + folder, e);
        }
        if (byFormat.isEmpty()) {
            throw new IllegalArgumentException("No files to measure in " + folder);
        }
        List<Format> formats = new ArrayList<>();
        byFormat.forEach((name, files) -> formats.add(new Format(name, List.copyOf(files), files.stream().mapToLong(BenchCorpus::size).sum())));
        return new BenchCorpus(List.copyOf(formats));
    }

    public int files() {
        return formats.stream().mapToInt(f -> f.files().size()).sum();
    }

    public long bytes() {
        return formats.stream().mapToLong(Format::bytes).sum();
    }

    /** One file of each format: enough to load every parser before the measured rounds. */
    BenchCorpus firstOfEach() {
        return new BenchCorpus(formats.stream().map(f -> new Format(f.name(), List.of(f.files().getFirst()), size(f.files().getFirst()))).toList());
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "(none)" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
