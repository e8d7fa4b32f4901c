package nl.spoor.api.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/ against the normal build, without a Docker engine: the image's build stage runs the Maven
 * command of {@code ./spoor build}, copies the artefacts that build makes, starts the JVM with the build's
 * flags; the compose files use the Neo4j release Spoor embeds, publish on loopback only and take every
 * secret from {@code .env}, which git ignores and {@code .env.example} documents.
 */
class DockerImageTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }

    /** The instructions of one stage of the Dockerfile (continuation lines joined), from its FROM up to the next. */
    static List<String> stage(String dockerfile, String name) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.lines().toList()) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            current.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!line.endsWith("\\")) {
                instructions.add(current.toString().strip().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        List<String> stage = new ArrayList<>();
        boolean in = false;
        for (String i : instructions) {
            if (i.startsWith("FROM ")) {
                in = i.endsWith(" AS " + name);
            }
            if (in) {
                stage.add(i);
            }
        }
        assertThat(stage).as("stage " + name).isNotEmpty();
        return stage;
    }

    /** The arguments after {@code mvn} in a shell line, Maven's quiet flag left out (it changes the log, not the build). */
    static List<String> mavenArguments(String line) {
        Matcher m = Pattern.compile("\\bmvn ((?:[-\\w.=:]+ ?)+)").matcher(line);
        assertThat(m.find()).as("a mvn command in: " + line).isTrue();
        return Arrays.stream(m.group(1).strip().split(" ")).filter(a -> !a.equals("-q")).toList();
    }

    @Test
    void buildStageRunsTheMavenCommandOfSpoorBuild() throws IOException {
        List<String> build = stage(read("docker/Dockerfile"), "build");
        String run = build.stream().filter(i -> i.startsWith("RUN ") && i.contains("mvn ")).findFirst().orElseThrow();
        String spoorBuild = read("spoor").lines().filter(l -> l.matches(".*\\bmvn -.*\\binstall\\b.*")).findFirst().orElseThrow();
        assertThat(mavenArguments(run)).isEqualTo(mavenArguments(spoorBuild)).containsExactly("-B", "install", "-DskipTests");
        assertThat(build).contains("WORKDIR /src", "COPY . .", "COPY --from=node /usr/local/bin/node /usr/local/bin/node");
        // The ui module's build runs the machine's npm: the build stage brings node and npm before Maven runs.
        assertThat(build.indexOf("COPY --from=node /usr/local/bin/node /usr/local/bin/node")).isLessThan(build.indexOf(run));
        assertThat(build.getFirst()).matches("FROM maven:[\\d.]+-eclipse-temurin-25 AS build");
    }

    @Test
    void runtimeCopiesTheArtefactsTheBuildMakes() throws IOException {
        List<String> runtime = stage(read("docker/Dockerfile"), "spoor");
        assertThat(runtime.stream().filter(i -> i.startsWith("COPY --from=build")).toList()).containsExactly(
                "COPY --from=build /src/query-api/target/spoor.jar /opt/spoor/spoor.jar",
                "COPY --from=build /src/neo4j-plugin/target/spoor-neo4j-plugin.jar /opt/spoor/neo4j-plugin/spoor-neo4j-plugin.jar");
        assertThat(read("query-api/pom.xml")).contains("<finalName>spoor</finalName>");
        assertThat(read("neo4j-plugin/pom.xml")).contains("<finalName>spoor-neo4j-plugin</finalName>");
        assertThat(read("pom.xml")).contains("<module>neo4j-plugin</module>", "<module>query-api</module>");
    }

    @Test
    void runtimeIsAJre25WithoutRootWithRoleAndHealthCheck() throws IOException {
        List<String> runtime = stage(read("docker/Dockerfile"), "spoor");
        assertThat(runtime.getFirst()).matches("FROM eclipse-temurin:25\\.\\d+\\.\\d+_\\d+-jre-noble AS spoor");
        assertThat(runtime).contains("USER spoor", "ENTRYPOINT [\"spoor\"]", "CMD [\"serve\"]");
        assertThat(runtime.stream().filter(i -> i.startsWith("ENV ")).findFirst().orElseThrow())
                .contains("SPOOR_ROLE=all", "SPOOR_MANAGEMENT_PORT=9464", "SPOOR_WORKER_PORT=8081");
        assertThat(runtime.stream().filter(i -> i.startsWith("HEALTHCHECK ")).findFirst().orElseThrow())
                .contains("/actuator/health", "${SPOOR_MANAGEMENT_PORT}", "${SPOOR_WORKER_PORT}/health");
    }

    @Test
    void imageStartsTheJvmWithTheFlagsOfTheBuild() throws IOException {
        Matcher pom = Pattern.compile("<spoor.jvm.flags>(.*)</spoor.jvm.flags>").matcher(read("pom.xml"));
        assertThat(pom.find()).isTrue();
        String java = read("docker/spoor.sh").lines().filter(l -> l.startsWith("exec java ")).findFirst().orElseThrow();
        assertThat(java.substring("exec java ".length()).replace(" \\", "").strip()).isEqualTo(pom.group(1).strip());
    }

    @Test
    void composeRunsTheNeo4jReleaseSpoorEmbeds() throws IOException {
        Matcher version = Pattern.compile("<neo4j.version>(.*)</neo4j.version>").matcher(read("pom.xml"));
        assertThat(version.find()).isTrue();
        assertThat(images("docker/compose.yaml")).contains("neo4j:" + version.group(1) + "-community").anyMatch(i -> i.matches("redis:7\\.\\d+\\.\\d+"));
        assertThat(images("docker/compose.cluster.yaml")).containsOnly("neo4j:" + version.group(1) + "-enterprise");
    }

    @Test
    void composePublishesOnLoopbackOnly() throws IOException {
        for (String file : List.of("docker/compose.yaml", "docker/compose.cluster.yaml")) {
            for (Map<String, Object> service : services(file).values()) {
                @SuppressWarnings("unchecked")
                List<String> ports = (List<String>) service.getOrDefault("ports", List.of());
                assertThat(ports).allMatch(p -> p.startsWith("127.0.0.1:"));
            }
        }
        assertThat(services("docker/compose.yaml").get("api").get("ports").toString()).contains("127.0.0.1:");
    }

    @Test
    void everySecretComesFromAGitIgnoredEnvFileThatTheExampleDocuments() throws IOException {
        TreeSet<String> used = new TreeSet<>();
        for (String file : List.of("docker/compose.yaml", "docker/compose.cluster.yaml")) {
            Matcher m = Pattern.compile("(?<!\\$)\\$\\{([A-Z0-9_]+)").matcher(read(file).replaceAll("(?m)^\\s*#.*$", ""));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        TreeSet<String> documented = new TreeSet<>();
        read("docker/.env.example").lines().map(l -> l.replaceFirst("^# ?", "")).filter(l -> l.matches("[A-Z0-9_]+=.*"))
                .forEach(l -> documented.add(l.substring(0, l.indexOf('='))));
        assertThat(documented).containsAll(used).contains("NEO4J_PASSWORD", "REDIS_PASSWORD", "SPOOR_BSN_KEY");
        assertThat(read("docker/.gitignore").lines()).contains(".env");
        assertThat(read(".dockerignore").lines()).contains("docker/.env", ".git", "**/target");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services(String file) throws IOException {
        Map<String, Object> compose = new Yaml().load(read(file));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    private static List<String> images(String file) throws IOException {
        return services(file).values().stream().map(s -> (String) s.get("image")).filter(i -> i != null && !i.startsWith("spoor:")).toList();
    }
}
