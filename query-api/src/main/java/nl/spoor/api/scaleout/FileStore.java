package nl.spoor.api.scaleout;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where api and worker processes share the uploaded documents ({@code SPOOR_FILES}): a folder every
 * process mounts at the same path ({@link FolderFileStore}, the default) or an S3-compatible bucket
 * ({@link S3FileStore}, {@code SPOOR_FILES=s3://bucket/prefix}). A file is named by a key, a relative
 * path with {@code /} between its parts ({@code uploads/<job>/files/<name>}), the same in both; the queue
 * entry carries the key, and the graph keeps the file's {@link #location}.
 */
public interface FileStore extends AutoCloseable {

    /** Stores the file under the key, replacing what was there. */
    void put(String key, Path source);

    /** Copies the file under the key to {@code target}; {@link Missing} if there is none. */
    void get(String key, Path target);

    boolean exists(String key);

    /** Removes the file under the key; nothing happens if there is none. */
    void delete(String key);

    /**
     * The stable name of the file under the key, which the graph keeps as the document's path: the
     * file's absolute path in a folder, {@code s3://bucket/prefix/key} in a bucket.
     */
    String location(String key);

    /** The file's path on this machine if the store is a folder, so it can be read where it lies. */
    Optional<Path> localPath(String key);

    /**
     * The file under the key, readable on this machine: in a folder the file itself; from a bucket a
     * copy in {@code workDir} (in a folder of its own, under the key's last name so the document keeps
     * its title), removed by {@link Fetched#close}.
     */
    Fetched fetch(String key, Path workDir);

    /** What this store is, for log lines: the folder or the bucket and endpoint. */
    String describe();

    @Override
    void close();

    /**
     * A file ready to read at {@code path}, known as {@code location}; {@code close} removes a
     * temporary copy (never the file in a folder store).
     */
    record Fetched(Path path, String location, Runnable cleanup) implements AutoCloseable {
        @Override
        public void close() {
            cleanup.run();
        }
    }

    /** No file under a key: named by its location. */
    final class Missing extends RuntimeException {
        public Missing(String location) {
            super("No file " + location + " in the file store (SPOOR_FILES)");
        }
    }

    /**
     * Refuses a key that could leave the store or name nothing: empty, absolute, with a backslash,
     * with an empty, {@code .} or {@code ..} part. Keys come from the api; one that is not like this was
     * written to the queue by someone else.
     */
    static String checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("A file store key must not be empty");
        }
        if (key.startsWith("/") || key.indexOf('\\') >= 0 || key.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("File store key \"" + key + "\" must be a relative path with / between its parts");
        }
        for (String part : key.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("File store key \"" + key + "\" has an empty, . or .. part");
            }
        }
        return key;
    }

    /** The last part of a key: the file's name. */
    static String name(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
