package nl.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.testing.TestStore;

/**
 * Issue 4: every file of Apache Tika's own test documents (the {@code test-documents/} of the
 * {@code tests} jars of the Tika parser modules, the same release as the runtime) goes through the
 * real pipeline, with the Dutch rule extractor, and ends ingested or quarantined with a reason: no
 * crash, no file left queued or missing, no hang past the per-document limit. Tika's corpus is
 * full of the hostile input investigators also receive: truncated and encrypted files, zip bombs,
 * odd encodings, formats nobody reads.
 *
 * <p>The jars come from Maven (managed in the root pom); their paths arrive in
 * {@code spoor.tika.testJars} (spoor-ingest's pom), or from the classpath when run from an IDE.
 * {@code -Dspoor.tika.corpus.ocr=true} runs it with OCR (Tesseract, Dutch), which takes longer.
 */
class TikaCorpusIngestTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    private static final Duration PER_DOCUMENT = Duration.ofSeconds(60);
    private static final int WORKERS = 2;

    @TempDir
    Path work;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyTikaTestDocumentIsIngestedOrQuarantinedWithAReason() throws IOException {
        Path corpus = Files.createDirectories(work.resolve("tika"));
        Map<String, Integer> perJar = new TreeMap<>();
        for (Path jar : testJars()) {
            perJar.put(jar.getFileName().toString(), unpackTestDocuments(jar, corpus));
        }
        List<Path> inputs = InputFiles.walk(List.of(corpus));
        assertThat(inputs).as("Tika test documents").hasSizeGreaterThan(500);
        Map<Path, String> shaOf = new LinkedHashMap<>();
        for (Path p : inputs) {
            shaOf.put(p, IngestPipeline.sha256(Files.readAllBytes(p)));
        }
        boolean ocr = Boolean.getBoolean("spoor.tika.corpus.ocr");
        IngestOptions options = new IngestOptions("tika-corpus", "apache-tika", "test", LocalDate.parse("2030-12-31"),
                Instant.parse("2025-03-01T09:00:00Z"), WORKERS, IngestLimits.defaults().withPerDocument(PER_DOCUMENT), ocr);

        long started = System.nanoTime();
        IngestReport report = new IngestPipeline(STORE.store(), BsnKey.of(new byte[32]), new RuleExtractor(),
                new ExtractorRelease("RuleExtractor", "test"), options, IngestProgress.silent()).run(List.of(corpus));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        Map<String, IngestFileStatus> status = new IngestFiles(STORE.store()).all().stream()
                .collect(Collectors.toMap(IngestFileStatus::sha256, Function.identity()));
        print(perJar, inputs, shaOf, status, report, took, ocr);

        // Every file has a record, and it is final: done, or quarantined / failed with its reason.
        assertThat(inputs).allSatisfy(p -> assertThat(status.get(shaOf.get(p))).as("status of %s", corpus.relativize(p)).isNotNull());
        assertThat(status.values()).allSatisfy(f -> {
            assertThat(f.status()).as(f.path()).isIn(IngestFileStatus.DONE, IngestFileStatus.QUARANTINED, IngestFileStatus.FAILED);
            if (!f.status().equals(IngestFileStatus.DONE)) {
                assertThat(f.error()).as("reason for %s", f.path()).isNotBlank();
            }
        });
        assertThat(report.inputFiles()).isEqualTo(inputs.size());
        // Ordinary input that once was quarantined: mails whose text part is empty.
        for (String ordinary : List.of("testRFC822_eml", "testUserDefinedCharset.mhtml")) {
            Path file = inputs.stream().filter(p -> p.getFileName().toString().equals(ordinary)).findFirst().orElseThrow();
            assertThat(status.get(shaOf.get(file)).status()).as(ordinary).isEqualTo(IngestFileStatus.DONE);
        }
        // No hang: with every parse cut off at its limit, the run cannot take longer than that for all files.
        assertThat(took).isLessThanOrEqualTo(PER_DOCUMENT.multipliedBy(inputs.size()).dividedBy(WORKERS));
    }

    private static void print(Map<String, Integer> perJar, List<Path> inputs, Map<Path, String> shaOf, Map<String, IngestFileStatus> status,
                              IngestReport report, Duration took, boolean ocr) {
        List<String> out = new ArrayList<>();
        out.add("Tika corpus: " + inputs.size() + " files (" + shaOf.values().stream().distinct().count() + " distinct) from " + perJar.size()
                + " tests jars, OCR " + (ocr ? "on" : "off") + ", " + WORKERS + " workers, " + PER_DOCUMENT.toSeconds() + " s per document");
        perJar.forEach((jar, n) -> out.add("  " + jar + ": " + n));
        out.add(String.format("took %.1f s", took.toMillis() / 1000.0));
        out.addAll(report.summary().subList(0, Math.min(3, report.summary().size())));
        Map<String, Long> topLevel = shaOf.values().stream().distinct().map(s -> status.containsKey(s) ? status.get(s).status() : "missing")
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        Map<String, Long> all = status.values().stream().collect(Collectors.groupingBy(IngestFileStatus::status, TreeMap::new, Collectors.counting()));
        out.add("outcomes, distinct input files: " + topLevel);
        out.add("outcomes, with attachments and archive entries: " + all);
        out.add("top reasons:");
        status.values().stream().filter(f -> f.error() != null).collect(Collectors.groupingBy(f -> bucket(f.error()), Collectors.counting()))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(25).forEach(e -> out.add(String.format("  %4d  %s", e.getValue(), e.getKey())));
        out.add("not ingested:");
        status.values().stream().filter(f -> !f.status().equals(IngestFileStatus.DONE)).sorted(Comparator.comparing(IngestFileStatus::path))
                .forEach(f -> out.add("  " + f.status() + " " + f.path().replaceAll("^.*/tika/", "") + ": " + abbreviate(f.error())));
        out.forEach(System.out::println);
    }

    /** A reason without its file-specific detail, for counting. */
    private static String bucket(String reason) {
        String failed = "the parser failed on this file: ";
        if (reason.startsWith(failed)) {
            return failed + reason.substring(failed.length()).replaceAll("[:\\s].*", "");
        }
        int colon = reason.indexOf(": ");
        return abbreviate(colon < 0 ? reason : reason.substring(0, colon));
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }

    /** The tests jars of Tika's parser modules: from the build, or from the classpath in an IDE. */
    static List<Path> testJars() {
        String given = System.getProperty("spoor.tika.testJars", "");
        String paths = given.isBlank() || given.startsWith("${") ? System.getProperty("java.class.path") : given;
        List<Path> jars = Arrays.stream(paths.split(File.pathSeparator))
                .filter(p -> p.replace('\\', '/').contains("/org/apache/tika/") && p.endsWith("-tests.jar")).map(Path::of).sorted().toList();
        assertThat(jars).as("Tika's tests jars (spoor.tika.testJars or the classpath)").isNotEmpty();
        return jars;
    }

    /** Unpacks the jar's test-documents/ into {@code into}/module/, and returns how many files. */
    private static int unpackTestDocuments(Path jar, Path into) throws IOException {
        Path root = into.resolve(jar.getFileName().toString().replaceAll("^tika-parser-|-\\d.*$", ""));
        int n = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                if (e.isDirectory() || !e.getName().startsWith("test-documents/")) {
                    continue;
                }
                Path target = root.resolve(e.getName().substring("test-documents/".length())).normalize();
                if (!target.startsWith(root)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, target);
                }
                n++;
            }
        }
        return n;
    }
}
