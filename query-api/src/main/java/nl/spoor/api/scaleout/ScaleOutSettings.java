package nl.spoor.api.scaleout;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.boot.convert.DurationStyle;

/**
 * What the {@code api} and {@code worker} roles share besides Neo4j: the queue and the file store.
 *
 * @param redisUri   {@code SPOOR_REDIS_URI}, e.g. {@code redis://queue:6379}: the Redis holding the job stream
 * @param files      {@code SPOOR_FILES}: the folder every api and worker mounts at the same path; uploads are
 *                   stored in {@code uploads/} under it and the graph keeps their paths. Null when
 *                   {@code bucket} is set
 * @param bucket     {@code SPOOR_FILES=s3://bucket/prefix} and the {@code SPOOR_S3_*} settings: the file store is an
 *                   S3-compatible bucket instead of a folder; null for a folder
 * @param claimAfter {@code SPOOR_QUEUE_CLAIM_AFTER} (default 60s): a job nobody has touched for this long
 *                   (its worker died) is taken over by another worker; a live worker touches its jobs every
 *                   third of it, so a long document is never taken from a worker still reading it
 * @param batch      {@code SPOOR_QUEUE_BATCH} (default 4): jobs a worker takes at once and ingests in one
 *                   pipeline run (parsed in parallel, written together)
 */
public record ScaleOutSettings(URI redisUri, Path files, S3FileStore.Settings bucket, Duration claimAfter, int batch) {

    public static final String STREAM = "spoor:ingest";
    public static final String GROUP = "workers";

    /** With a folder as the file store. */
    public ScaleOutSettings(URI redisUri, Path files, Duration claimAfter, int batch) {
        this(redisUri, files, null, claimAfter, batch);
    }

    public ScaleOutSettings {
        if ((files == null) == (bucket == null)) {
            throw new IllegalArgumentException("The file store is a folder or a bucket: exactly one of them");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("SPOOR_QUEUE_BATCH must be at least 1, got " + batch);
        }
        if (claimAfter.toMillis() < 300) {
            throw new IllegalArgumentException("SPOOR_QUEUE_CLAIM_AFTER must be at least 300ms, got " + claimAfter);
        }
    }

    /**
     * Reads the settings a role other than {@code all} needs and fails naming every one missing: such a
     * process must not fall back to an embedded store, a private folder or its own BSN key, or its facts
     * would land where nobody else looks, or with identifiers nobody else can match.
     */
    public static ScaleOutSettings fromEnvironment(ProcessRole role, Function<String, String> env) {
        List<String> missing = new ArrayList<>();
        for (String name : List.of("SPOOR_NEO4J_URI", "SPOOR_REDIS_URI", "SPOOR_FILES", "SPOOR_BSN_KEY")) {
            String v = env.apply(name);
            if (v == null || v.isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The " + role.lowerCase() + " role needs " + String.join(", ", missing)
                    + ": api and worker processes share nothing but Neo4j (SPOOR_NEO4J_URI), the queue (SPOOR_REDIS_URI, "
                    + "redis://host:port), the file store (SPOOR_FILES, a folder mounted at the same path everywhere or s3://bucket/prefix) and "
                    + "the BSN key (SPOOR_BSN_KEY, the same 64 hex digits everywhere)");
        }
        URI redis = URI.create(env.apply("SPOOR_REDIS_URI").strip());
        if (!"redis".equals(redis.getScheme()) && !"rediss".equals(redis.getScheme())) {
            throw new IllegalArgumentException("SPOOR_REDIS_URI must start with redis:// or rediss://, got \"" + redis + "\"");
        }
        Duration claimAfter = duration("SPOOR_QUEUE_CLAIM_AFTER", env.apply("SPOOR_QUEUE_CLAIM_AFTER"), "60s");
        int batch = integer("SPOOR_QUEUE_BATCH", env.apply("SPOOR_QUEUE_BATCH"), 4);
        if (S3FileStore.Settings.names(env.apply("SPOOR_FILES"))) {
            return new ScaleOutSettings(redis, null, S3FileStore.Settings.fromEnvironment(env), claimAfter, batch);
        }
        Path files = Path.of(env.apply("SPOOR_FILES").strip()).toAbsolutePath().normalize();
        if (!Files.isDirectory(files)) {
            throw new IllegalArgumentException("SPOOR_FILES " + files + " is not a folder (mount the shared file store there)");
        }
        return new ScaleOutSettings(redis, files, null, claimAfter, batch);
    }

    /** Opens the file store: the folder, or the bucket after checking it is there and may be used. */
    public FileStore openFiles() {
        return bucket != null ? S3FileStore.open(bucket) : new FolderFileStore(files);
    }

    /** A duration as the other SPOOR_* timeouts take it (Spring Boot's notation: 60s, 500ms, 2m). */
    static Duration duration(String name, String raw, String fallback) {
        String v = raw == null || raw.isBlank() ? fallback : raw.strip();
        try {
            return DurationStyle.detectAndParse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be a duration like 60s, 500ms or 2m, got \"" + v + "\"");
        }
    }

    static int integer(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got \"" + raw + "\"");
        }
    }
}
