package nl.spoor.api.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.util.FileSystemUtils;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The file store as an S3-compatible bucket ({@code SPOOR_FILES=s3://bucket/prefix}): AWS S3 itself,
 * or MinIO, Ceph RGW, Garage, S3Proxy and the like through {@code SPOOR_S3_ENDPOINT} with path-style
 * addressing. The api puts each uploaded file in the bucket; a worker copies the object to a temporary
 * file under its own work folder, ingests it and removes the copy; the graph keeps
 * {@code s3://bucket/prefix/key}. Client: the AWS SDK for Java v2 with the JDK's HttpURLConnection
 * (no Netty or Apache HTTP next to Neo4j's Netty).
 */
public final class S3FileStore implements FileStore {

    private final Settings settings;
    private final S3Client s3;

    private S3FileStore(Settings settings, S3Client s3) {
        this.settings = settings;
        this.s3 = s3;
    }

    /**
     * Where the bucket is and how to sign in to it.
     *
     * @param bucket    the bucket of {@code SPOOR_FILES=s3://bucket/prefix}
     * @param prefix    the folder in the bucket (no leading or trailing {@code /}; empty for the bucket's root)
     * @param endpoint  {@code SPOOR_S3_ENDPOINT}: the server of an S3-compatible store; null for AWS S3
     * @param region    {@code SPOOR_S3_REGION}; null takes the SDK's default chain (AWS_REGION, the profile),
     *                  or {@code us-east-1} with an endpoint (what MinIO and most compatible stores expect)
     * @param accessKey {@code SPOOR_S3_ACCESS_KEY}, with {@code secretKey}; both null take the SDK's default
     *                  credentials chain (AWS_ACCESS_KEY_ID…, the profile, an instance or pod role)
     * @param pathStyle {@code SPOOR_S3_PATH_STYLE}: {@code http://host/bucket/key} rather than
     *                  {@code http://bucket.host/key}; by default on with an endpoint, off for AWS
     */
    public record Settings(String bucket, String prefix, URI endpoint, String region, String accessKey, String secretKey,
                           boolean pathStyle) {

        /** S3's bucket naming rules (3 to 63 of a-z, 0-9, dot and hyphen, starting and ending with a letter or digit). */
        private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

        @Override
        public String toString() {
            // Never the secret in a log line or an error.
            return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix) + (endpoint == null ? "" : " at " + endpoint);
        }

        static boolean names(String files) {
            return files != null && files.strip().regionMatches(true, 0, "s3://", 0, 5);
        }

        /** The settings of {@code SPOOR_FILES=s3://…} and the {@code SPOOR_S3_*} variables; a bad one is named. */
        public static Settings fromEnvironment(Function<String, String> env) {
            String files = env.apply("SPOOR_FILES").strip();
            String rest = files.substring("s3://".length());
            int slash = rest.indexOf('/');
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("^/+|/+$", "");
            if (!BUCKET.matcher(bucket).matches()) {
                throw new IllegalArgumentException("SPOOR_FILES \"" + files + "\" must be s3://bucket or s3://bucket/prefix with a bucket name of "
                        + "3 to 63 lower-case letters, digits, dots and hyphens; got bucket \"" + bucket + "\"");
            }
            if (!prefix.isEmpty()) {
                try {
                    FileStore.checkKey(prefix);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("SPOOR_FILES \"" + files + "\" has a bad prefix: " + e.getMessage());
                }
            }
            URI endpoint = null;
            String e = blankToNull(env.apply("SPOOR_S3_ENDPOINT"));
            if (e != null) {
                try {
                    endpoint = URI.create(e);
                } catch (IllegalArgumentException bad) {
                    endpoint = null;
                }
                if (endpoint == null || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme())) || endpoint.getHost() == null) {
                    throw new IllegalArgumentException("SPOOR_S3_ENDPOINT must be http://host:port or https://host:port, got \"" + e + "\"");
                }
            }
            String access = blankToNull(env.apply("SPOOR_S3_ACCESS_KEY"));
            String secret = blankToNull(env.apply("SPOOR_S3_SECRET_KEY"));
            if ((access == null) != (secret == null)) {
                throw new IllegalArgumentException("SPOOR_S3_ACCESS_KEY and SPOOR_S3_SECRET_KEY go together: set both, or neither to use the "
                        + "AWS SDK's default credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance or pod role)");
            }
            String style = blankToNull(env.apply("SPOOR_S3_PATH_STYLE"));
            boolean pathStyle = endpoint != null;
            if (style != null) {
                if (!style.equalsIgnoreCase("true") && !style.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("SPOOR_S3_PATH_STYLE must be true or false, got \"" + style + "\"");
                }
                pathStyle = Boolean.parseBoolean(style);
            }
            String region = blankToNull(env.apply("SPOOR_S3_REGION"));
            return new Settings(bucket, prefix, endpoint, region == null && endpoint != null ? "us-east-1" : region, access, secret, pathStyle);
        }

        private static String blankToNull(String v) {
            return v == null || v.isBlank() ? null : v.strip();
        }

        String where() {
            return endpoint == null ? "AWS S3" + (region == null ? "" : " (" + region + ")") : "SPOOR_S3_ENDPOINT " + endpoint;
        }
    }

    /**
     * Connects and checks that the bucket is there and the credentials may use it, naming the setting
     * that is wrong otherwise: a worker that cannot read the store must not start taking files.
     */
    public static S3FileStore open(Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(settings.pathStyle())
                // Checksums only where S3 requires them: many S3-compatible stores refuse the SDK's
                // default trailing CRC checksums (aws-chunked uploads); TLS and the content hash the
                // pipeline computes guard the bytes.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        if (settings.region() != null) {
            builder.region(Region.of(settings.region()));
        }
        AwsCredentialsProvider credentials = settings.accessKey() == null ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        builder.credentialsProvider(credentials);
        S3Client s3;
        try {
            s3 = builder.build();
        } catch (SdkClientException e) {
            throw new IllegalArgumentException("The S3 file store " + settings + " cannot be set up (set SPOOR_S3_REGION?): " + e.getMessage(), e);
        }
        S3FileStore store = new S3FileStore(settings, s3);
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
        } catch (RuntimeException e) {
            s3.close();
            throw store.explain(e, "bucket " + settings.bucket());
        }
        return store;
    }

    public Settings settings() {
        return settings;
    }

    private String objectKey(String key) {
        FileStore.checkKey(key);
        return settings.prefix().isEmpty() ? key : settings.prefix() + "/" + key;
    }

    @Override
    public void put(String key, Path source) {
        String object = objectKey(key);
        try {
            s3.putObject(r -> r.bucket(settings.bucket()).key(object), RequestBody.fromFile(source));
        } catch (RuntimeException e) {
            throw explain(e, location(key));
        }
    }

    @Override
    public void get(String key, Path target) {
        String object = objectKey(key);
        try {
            Files.deleteIfExists(target);
            s3.getObject(r -> r.bucket(settings.bucket()).key(object), ResponseTransformer.toFile(target));
        } catch (NoSuchKeyException e) {
            throw new Missing(location(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // The fetch's folder is removed as a whole.
            }
            throw explain(e, location(key));
        }
    }

    @Override
    public boolean exists(String key) {
        String object = objectKey(key);
        try {
            s3.headObject(r -> r.bucket(settings.bucket()).key(object));
            return true;
        } catch (S3Exception e) {
            // HEAD has no body, so a missing object and a missing bucket are the same bare 404 (the SDK
            // calls both NoSuchKey): told apart by asking for the bucket.
            if (e.statusCode() == 404) {
                if (!(e instanceof NoSuchBucketException) && bucketExists()) {
                    return false;
                }
                throw explain(e, "bucket " + settings.bucket());
            }
            throw explain(e, location(key));
        } catch (RuntimeException e) {
            throw explain(e, location(key));
        }
    }

    private boolean bucketExists() {
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void delete(String key) {
        String object = objectKey(key);
        try {
            s3.deleteObject(r -> r.bucket(settings.bucket()).key(object));
        } catch (RuntimeException e) {
            throw explain(e, location(key));
        }
    }

    @Override
    public String location(String key) {
        return "s3://" + settings.bucket() + "/" + objectKey(key);
    }

    @Override
    public Optional<Path> localPath(String key) {
        return Optional.empty();
    }

    @Override
    public Fetched fetch(String key, Path workDir) {
        Path folder;
        try {
            folder = Files.createDirectories(workDir.resolve(UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a work folder under " + workDir + ": " + e.getMessage(), e);
        }
        Runnable remove = () -> {
            try {
                FileSystemUtils.deleteRecursively(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the temporary copy " + folder + ": " + e.getMessage(), e);
            }
        };
        Path copy = folder.resolve(FileStore.name(key));
        try {
            get(key, copy);
        } catch (RuntimeException e) {
            remove.run();
            throw e;
        }
        return new Fetched(copy, location(key), remove);
    }

    @Override
    public String describe() {
        return settings.toString();
    }

    /** An SDK failure as a sentence naming the setting to look at. */
    private RuntimeException explain(RuntimeException e, String what) {
        if (e instanceof Missing || e instanceof IllegalArgumentException) {
            return e;
        }
        if (e instanceof NoSuchBucketException || (e instanceof S3Exception s && s.statusCode() == 404 && what.startsWith("bucket "))) {
            return missingBucket(e);
        }
        if (e instanceof S3Exception s && (s.statusCode() == 403 || s.statusCode() == 401)) {
            return new IllegalStateException("The S3 file store (" + settings.where() + ") refused access to " + what + " with "
                    + (settings.accessKey() == null ? "the AWS SDK's default credentials" : "SPOOR_S3_ACCESS_KEY " + settings.accessKey())
                    + ": check SPOOR_S3_ACCESS_KEY / SPOOR_S3_SECRET_KEY and the bucket's policy (" + s.statusCode() + " "
                    + firstLine(s.awsErrorDetails() == null ? s.getMessage() : s.awsErrorDetails().errorCode()) + ")", e);
        }
        if (e instanceof SdkClientException c) {
            // A server may answer a missing bucket before it has read an upload's body and close the connection: the
            // client then sees a failed write, not the 404. Ask for the bucket itself before blaming the connection.
            if (bucketMissing()) {
                return missingBucket(e);
            }
            return new IllegalStateException("The S3 file store (" + settings.where() + ") cannot be reached for " + what
                    + ": check SPOOR_S3_ENDPOINT and SPOOR_S3_REGION (" + firstLine(c.getMessage()) + ")", e);
        }
        if (e instanceof SdkException) {
            return new IllegalStateException("The S3 file store (" + settings.where() + ") failed on " + what + ": " + firstLine(e.getMessage()), e);
        }
        return e;
    }

    private IllegalStateException missingBucket(RuntimeException e) {
        return new IllegalStateException("SPOOR_FILES names bucket \"" + settings.bucket() + "\", which " + settings.where()
                + " does not have: create it, or correct SPOOR_FILES", e);
    }

    /** Whether the store answers that the bucket does not exist; false when it cannot be asked either. */
    private boolean bucketMissing() {
        try {
            s3.headBucket(r -> r.bucket(settings.bucket()));
            return false;
        } catch (NoSuchBucketException missing) {
            return true;
        } catch (S3Exception other) {
            return other.statusCode() == 404;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
        s3.close();
    }
}
