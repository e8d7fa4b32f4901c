package nl.spoor.ingest.world.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a generated world: {@code world/sources.csv}, {@code world/nodes/*.csv} and
 * {@code world/relationships/*.csv}, in name order. Accepts the generator's output directory or its
 * {@code world} folder.
 */
record WorldFiles(Path world, String displayPrefix, Path sources, List<Path> nodes, List<Path> relationships) {

    static WorldFiles locate(Path dir) {
        Path world;
        String prefix;
        if (Files.isRegularFile(dir.resolve("world").resolve("sources.csv"))) {
            world = dir.resolve("world");
            prefix = "world/";
        } else if (Files.isRegularFile(dir.resolve("sources.csv"))) {
            world = dir;
            prefix = dir.getFileName() + "/";
        } else {
            throw new WorldFormatException(dir.toString(), 0, 0, null,
                    "not a generated world: neither " + dir.resolve("world/sources.csv") + " nor " + dir.resolve("sources.csv") + " exists");
        }
        return new WorldFiles(world, prefix, world.resolve("sources.csv"), csvFiles(world.resolve("nodes")), csvFiles(world.resolve("relationships")));
    }

    /** The path inside the world folder, as locators use it: {@code nodes/Person.csv}. */
    String relative(Path file) {
        return world.relativize(file).toString().replace('\\', '/');
    }

    /** The path shown in messages: {@code world/nodes/Person.csv}. */
    String display(Path file) {
        return displayPrefix + relative(file);
    }

    long totalBytes() {
        long total = size(sources);
        for (Path p : nodes) {
            total += size(p);
        }
        for (Path p : relationships) {
            total += size(p);
        }
        return total;
    }

    /** The label or type a file is named after: {@code Person} for {@code Person.csv}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".csv".length());
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + p, e);
        }
    }

    private static List<Path> csvFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
