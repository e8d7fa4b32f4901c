package nl.spoor.api.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The default file store: a folder every api and worker mounts at the same path (NFS, SMB, a
 * Kubernetes volume). A worker reads a file where it lies, so the graph keeps its absolute path, as a
 * single process does.
 */
public final class FolderFileStore implements FileStore {

    private final Path root;

    public FolderFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.root)) {
            throw new IllegalArgumentException("SPOOR_FILES " + this.root + " is not a folder (mount the shared file store there)");
        }
    }

    public Path root() {
        return root;
    }

    private Path file(String key) {
        return root.resolve(FileStore.checkKey(key)).normalize();
    }

    @Override
    public void put(String key, Path source) {
        Path target = file(key);
        try {
            Files.createDirectories(target.getParent());
            if (!(Files.exists(target) && Files.isSameFile(source, target))) {
                // Through a temporary name in the same folder: a reader never sees half a file.
                Path part = target.resolveSibling(target.getFileName() + ".part");
                Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + source + " as " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void get(String key, Path target) {
        try {
            Files.copy(file(key), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw new Missing(location(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(file(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + location(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String location(String key) {
        return file(key).toString();
    }

    @Override
    public Optional<Path> localPath(String key) {
        return Optional.of(file(key));
    }

    @Override
    public Fetched fetch(String key, Path workDir) {
        Path file = file(key);
        return new Fetched(file, file.toString(), () -> { });
    }

    @Override
    public String describe() {
        return "folder " + root;
    }

    @Override
    public void close() {
        // Nothing held open.
    }
}
