package nl.spoor.api.scaleout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests: S3Proxy (Apache-2.0, {@code org.gaul:s3proxy}, a Jetty S3
 * front on jclouds, here storing objects in a folder), started from its self-contained jar, which the
 * build copies to {@code target/s3proxy/s3proxy.jar}, as a separate JVM on a free port of 127.0.0.1.
 * It checks AWS v2/v4 signatures with the key pair below.
 */
final class S3ProxyServer implements AutoCloseable {

    static final String ACCESS_KEY = "spoor-test-access";
    static final String SECRET_KEY = "spoor-test-secret-0123456789";
    static final Path JAR = Path.of(System.getProperty("spoor.s3proxy.jar", "target/s3proxy/s3proxy.jar"));

    private final Process process;
    private final URI endpoint;

    private S3ProxyServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static S3ProxyServer start(Path folder) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No S3 test server at " + JAR.toAbsolutePath() + ": the build copies it there "
                    + "(maven-dependency-plugin, process-test-resources); run the tests through Maven");
        }
        Files.createDirectories(folder.resolve("objects"));
        int port = RedisServerProcess.freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        Path properties = folder.resolve("s3proxy.properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem-nio2",
                // The backend's own sign-in, which a folder ignores but S3Proxy requires.
                "jclouds.identity=local",
                "jclouds.credential=local",
                "jclouds.filesystem.basedir=" + folder.resolve("objects"), ""));
        Path log = folder.resolve("s3proxy.log");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", JAR.toAbsolutePath().toString(), "--properties", properties.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        S3ProxyServer server = new S3ProxyServer(p, endpoint);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return server;
            } catch (IOException notYet) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    server.close();
                    throw new IllegalStateException("S3Proxy did not start on port " + port + ":\n" + Files.readString(log));
                }
                Thread.sleep(50);
            }
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /** The settings a Spoor process gets to use the bucket under this prefix. */
    Map<String, String> environment(String bucket, String prefix) {
        return Map.of("SPOOR_FILES", "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix), "SPOOR_S3_ENDPOINT", endpoint.toString(),
                "SPOOR_S3_ACCESS_KEY", ACCESS_KEY, "SPOOR_S3_SECRET_KEY", SECRET_KEY);
    }

    /** A client of the test's own, to make buckets and look inside them as an operator would. */
    S3Client client() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).endpointOverride(endpoint).forcePathStyle(true)
                .region(Region.US_EAST_1)
                // As S3FileStore: S3Proxy answers the SDK's default trailing checksums with 501 Not Implemented.
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY))).build();
    }

    void createBucket(String bucket) {
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public void close() {
        SpoorProcesses.stop(process, java.time.Duration.ofSeconds(10));
    }
}
