package nl.spoor.api.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * Starts Spoor in other OS processes from the artefact this JVM runs: {@code java -jar spoor.jar …}
 * when running from the application jar, otherwise {@code java -cp <this class path>} with the real main
 * class (tests, IDE). Used by the scale-out benchmark and test to start api and worker processes.
 */
public final class SpoorProcesses {

    /** The JVM flags {@code ./spoor} gives Neo4j, Lucene and Netty. */
    private static final List<String> JVM_FLAGS = List.of("--enable-native-access=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "-XX:+UseG1GC");

    private SpoorProcesses() {
    }

    /**
     * {@code spoor <args>} in a new process with these extra environment variables, its output (stdout
     * and stderr) appended to {@code log}.
     */
    public static Process start(Map<String, String> env, Path log, String maxHeap, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.addAll(JVM_FLAGS);
        String classPath = System.getProperty("java.class.path");
        if (isApplicationJar(classPath)) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add("nl.spoor.api.cli.SpoorCommand");
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + String.join(" ", args) + ": " + e.getMessage(), e);
        }
    }

    /** Asks {@code process} to end, and ends it by force when it has not within {@code grace}. */
    public static void stop(Process process, java.time.Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The Spring Boot jar ({@code spoor.jar}): one file whose manifest starts Boot's launcher. */
    private static boolean isApplicationJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            var manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
