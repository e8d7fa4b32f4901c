package nl.spoor.ingest.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files named, and the regular files under the folders named, in a stable order. Archives are files: Tika opens them. */
final class InputFiles {

    private InputFiles() {
    }

    static List<Path> walk(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new IllegalArgumentException("No such file or folder: " + input);
            }
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read folder " + input, e);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
