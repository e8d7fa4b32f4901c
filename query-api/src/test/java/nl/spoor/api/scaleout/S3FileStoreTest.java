package nl.spoor.api.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The file store contract on a bucket of a real S3-compatible server (S3Proxy in its own JVM, signed
 * requests, objects in a folder), and how a wrong setting is named.
 */
class S3FileStoreTest extends FileStoreContract {

    private static final String BUCKET = "spoor-dossiers";
    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static S3ProxyServer server;
    private String prefix;

    @BeforeAll
    static void startServer() throws Exception {
        Path base = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        server = S3ProxyServer.start(Files.createTempDirectory(base, "spoor-s3-"));
        server.createBucket(BUCKET);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static S3FileStore.Settings settings(Map<String, String> env) {
        return S3FileStore.Settings.fromEnvironment(env::get);
    }

    @Override
    protected FileStore newStore() {
        // Each test its own prefix: a fresh, empty store in the same bucket.
        prefix = "riec-noord/test-" + PREFIXES.incrementAndGet();
        return S3FileStore.open(settings(server.environment(BUCKET, prefix)));
    }

    @Override
    protected String expectedLocation(String key) {
        return "s3://" + BUCKET + "/" + prefix + "/" + key;
    }

    @Override
    protected boolean fetchCopies() {
        return true;
    }

    @Test
    void storesAnObjectUnderThePrefixThatOtherS3ClientsSee() throws Exception {
        Path f = Files.writeString(work.resolve("a.txt"), "zichtbaar");
        store.put("uploads/job-9/files/a.txt", f);
        try (S3Client s3 = server.client()) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(prefix + "/uploads/job-9/files/a.txt")).asUtf8String()).isEqualTo("zichtbaar");
        }
    }

    @Test
    void aMissingBucketIsRefusedNamingSpoorFiles() {
        assertThatThrownBy(() -> S3FileStore.open(settings(server.environment("bestaat-niet", "x"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SPOOR_FILES names bucket \"bestaat-niet\", which SPOOR_S3_ENDPOINT " + server.endpoint()
                        + " does not have: create it, or correct SPOOR_FILES");
    }

    @Test
    void aBucketRemovedWhileInUseIsNamed() throws Exception {
        server.createBucket("kort-leven");
        try (FileStore shortLived = S3FileStore.open(settings(server.environment("kort-leven", "")))) {
            try (S3Client s3 = server.client()) {
                s3.deleteBucket(b -> b.bucket("kort-leven"));
            }
            String expected = "SPOOR_FILES names bucket \"kort-leven\", which SPOOR_S3_ENDPOINT " + server.endpoint()
                    + " does not have: create it, or correct SPOOR_FILES";
            assertThatThrownBy(() -> shortLived.exists("uploads/a.txt")).isInstanceOf(IllegalStateException.class).hasMessage(expected);
            Path f = Files.writeString(work.resolve("a.txt"), "a");
            assertThatThrownBy(() -> shortLived.put("uploads/a.txt", f)).isInstanceOf(IllegalStateException.class).hasMessage(expected);
        }
    }

    @Test
    void refusedCredentialsAreNamed() {
        Map<String, String> env = new HashMap<>(server.environment(BUCKET, ""));
        env.put("SPOOR_S3_SECRET_KEY", "fout-geheim");
        assertThatThrownBy(() -> S3FileStore.open(settings(env)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The S3 file store (SPOOR_S3_ENDPOINT " + server.endpoint() + ") refused access to bucket " + BUCKET
                        + " with SPOOR_S3_ACCESS_KEY " + S3ProxyServer.ACCESS_KEY + ": check SPOOR_S3_ACCESS_KEY / SPOOR_S3_SECRET_KEY")
                .hasMessageNotContaining("fout-geheim");
    }

    @Test
    void anEndpointNobodyAnswersIsNamed() throws Exception {
        Map<String, String> env = new HashMap<>(server.environment(BUCKET, ""));
        String nobody = "http://127.0.0.1:" + RedisServerProcess.freePort();
        env.put("SPOOR_S3_ENDPOINT", nobody);
        assertThatThrownBy(() -> S3FileStore.open(settings(env)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The S3 file store (SPOOR_S3_ENDPOINT " + nobody + ") cannot be reached for bucket " + BUCKET
                        + ": check SPOOR_S3_ENDPOINT and SPOOR_S3_REGION");
    }

    @Test
    void badSettingsAreNamedBeforeAnythingIsTried() {
        assertThatThrownBy(() -> settings(Map.of("SPOOR_FILES", "s3://Hoofdletters_Niet")))
                .hasMessage("SPOOR_FILES \"s3://Hoofdletters_Niet\" must be s3://bucket or s3://bucket/prefix with a bucket name of "
                        + "3 to 63 lower-case letters, digits, dots and hyphens; got bucket \"Hoofdletters_Niet\"");
        assertThatThrownBy(() -> settings(Map.of("SPOOR_FILES", "s3://spoor/a/../b")))
                .hasMessageStartingWith("SPOOR_FILES \"s3://spoor/a/../b\" has a bad prefix");
        assertThatThrownBy(() -> settings(Map.of("SPOOR_FILES", "s3://spoor", "SPOOR_S3_ACCESS_KEY", "alleen-de-sleutel")))
                .hasMessageStartingWith("SPOOR_S3_ACCESS_KEY and SPOOR_S3_SECRET_KEY go together");
        assertThatThrownBy(() -> settings(Map.of("SPOOR_FILES", "s3://spoor", "SPOOR_S3_ENDPOINT", "minio:9000")))
                .hasMessage("SPOOR_S3_ENDPOINT must be http://host:port or https://host:port, got \"minio:9000\"");
        assertThatThrownBy(() -> settings(Map.of("SPOOR_FILES", "s3://spoor", "SPOOR_S3_PATH_STYLE", "ja")))
                .hasMessage("SPOOR_S3_PATH_STYLE must be true or false, got \"ja\"");
    }

    @Test
    void anEndpointMeansPathStyleAndUsEast1UnlessSaidOtherwise() {
        S3FileStore.Settings minio = settings(Map.of("SPOOR_FILES", "s3://spoor/dossiers/", "SPOOR_S3_ENDPOINT", "http://minio:9000"));
        assertThat(minio.bucket()).isEqualTo("spoor");
        assertThat(minio.prefix()).isEqualTo("dossiers");
        assertThat(minio.pathStyle()).isTrue();
        assertThat(minio.region()).isEqualTo("us-east-1");
        assertThat(minio.accessKey()).isNull();
        S3FileStore.Settings aws = settings(Map.of("SPOOR_FILES", "s3://spoor", "SPOOR_S3_REGION", "eu-central-1"));
        assertThat(aws.prefix()).isEmpty();
        assertThat(aws.pathStyle()).isFalse();
        assertThat(aws.region()).isEqualTo("eu-central-1");
        assertThat(aws.endpoint()).isNull();
        S3FileStore.Settings secret = settings(Map.of("SPOOR_FILES", "s3://spoor", "SPOOR_S3_ACCESS_KEY", "a", "SPOOR_S3_SECRET_KEY", "geheim"));
        assertThat(secret.toString()).doesNotContain("geheim");
    }
}
