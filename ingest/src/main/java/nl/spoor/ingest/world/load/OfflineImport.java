package nl.spoor.ingest.world.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

import picocli.CommandLine;

/**
 * Runs Neo4j's offline importer ({@code neo4j-admin database import full}) in this process into the
 * database folder the embedded store uses: {@code <home>/data/databases/<database>} under the
 * embedded directory, which {@link nl.spoor.model.store.SpoorStore} opens with the default layout.
 * The DBMS must not be running. On a DBMS that was never started the system database and the
 * credentials are created at the next open as usual; on one that was, the database is replaced
 * ({@code --overwrite-destination}) and the system database keeps users and password.
 *
 * <p>The importer prints a long report with dotted progress lines; this maps its four stages to
 * {@link LoadProgress} and keeps the text for the error message should the import fail.
 */
final class OfflineImport {

    private static final Pattern STAGE = Pattern.compile("^\\((\\d)/(\\d)\\) (.+?)\\s+\\d{4}-\\d{2}-\\d{2} .*");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})% ∆");

    private OfflineImport() {
    }

    /**
     * @param embeddedDirectory {@code $SPOOR_HOME/neo4j}
     * @param overwrite         whether the database exists (empty) and is to be replaced
     * @param maxOffHeapMemory  the importer's --max-off-heap-memory, e.g. {@code 2G} or {@code 50%}; null for its default
     */
    static Map<String, Duration> run(Path embeddedDirectory, String database, ImporterFiles files, Path workDir, boolean overwrite,
                    String maxOffHeapMemory, LoadProgress progress) {
        List<String> args = new ArrayList<>(files.arguments());
        args.add("--array-delimiter=U+001F");
        args.add("--multiline-fields=" + files.multiline());
        args.add("--overwrite-destination=" + overwrite);
        args.add("--bad-tolerance=0");
        args.add("--skip-bad-relationships=false");
        args.add("--skip-duplicate-nodes=false");
        args.add("--report-file=" + workDir.resolve("import.report"));
        args.add("--temp-path=" + workDir.resolve("importer-temp"));
        if (maxOffHeapMemory != null) {
            args.add("--max-off-heap-memory=" + maxOffHeapMemory);
        }
        args.add(database);
        StageOutput output = new StageOutput(progress);
        Path conf;
        try {
            Files.createDirectories(embeddedDirectory);
            // An empty conf folder: the importer takes Neo4j's default layout under the home, as the embedded DBMS does.
            conf = Files.createDirectories(workDir.resolve("conf"));
        } catch (IOException e) {
            throw new WorldLoadException("Cannot prepare the import in " + workDir + ": " + e.getMessage(), e);
        }
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
             DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            ImportCommand.Full command = new ImportCommand.Full(new ExecutionContext(embeddedDirectory, conf, out, out, fs));
            new CommandLine(command).parseArgs(args.toArray(String[]::new));
            Integer code = command.call();
            out.flush();
            if (code != null && code != 0) {
                throw new WorldLoadException("Neo4j's importer stopped with exit code " + code + ":\n" + output.tail());
            }
            output.endStage();
            return output.stages();
        } catch (WorldLoadException e) {
            throw e;
        } catch (Exception e) {
            throw new WorldLoadException("Neo4j's importer failed: " + e.getMessage() + "\n" + output.tail() + report(workDir), e);
        } finally {
            progress.stageDone();
        }
    }

    private static String report(Path workDir) {
        Path report = workDir.resolve("import.report");
        try {
            if (Files.exists(report) && Files.size(report) > 0) {
                String text = Files.readString(report, StandardCharsets.UTF_8);
                return "\nImport report:\n" + (text.length() > 4000 ? text.substring(0, 4000) + " …" : text);
            }
        } catch (IOException ignored) {
            // The report only adds detail to an error already being raised.
        }
        return "";
    }

    /** Reads the importer's lines: stage headers and percentages go to the progress, the rest is kept for errors. */
    private static final class StageOutput extends OutputStream {
        private final LoadProgress progress;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final Deque<String> lastLines = new ArrayDeque<>();
        private final Map<String, Duration> stages = new LinkedHashMap<>();
        private String stage;
        private long stageStart;

        StageOutput(LoadProgress progress) {
            this.progress = progress;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                line(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        private void line(String text) {
            Matcher header = STAGE.matcher(text);
            if (header.matches()) {
                endStage();
                stage = header.group(3);
                stageStart = System.nanoTime();
                progress.stageDone();
                progress.stage("Import " + header.group(1) + "/" + header.group(2) + " " + header.group(3), 100, "%");
                return;
            }
            Matcher percent = PERCENT.matcher(text);
            if (percent.find()) {
                progress.stepTo(Integer.parseInt(percent.group(1)));
                return;
            }
            if (text.startsWith("IMPORT DONE") || text.startsWith("Import starting")) {
                progress.message("Importer: " + text.strip());
            }
            if (!text.startsWith(".") && !text.startsWith("-.")) {
                lastLines.addLast(text);
                if (lastLines.size() > 60) {
                    lastLines.removeFirst();
                }
            }
        }

        void endStage() {
            if (stage != null) {
                stages.put(stage, Duration.ofNanos(System.nanoTime() - stageStart));
                stage = null;
            }
        }

        /** How long each of the importer's stages took, by its name ({@code Node import}, {@code Relationship import}, …). */
        Map<String, Duration> stages() {
            return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        }

        String tail() {
            return String.join("\n", lastLines);
        }
    }
}
