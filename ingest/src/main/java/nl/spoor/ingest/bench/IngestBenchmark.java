package nl.spoor.ingest.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.spoor.ingest.extract.Extractor;
import nl.spoor.ingest.pipeline.ExtractorRelease;
import nl.spoor.ingest.pipeline.IngestLimits;
import nl.spoor.ingest.pipeline.IngestOptions;
import nl.spoor.ingest.pipeline.IngestPipeline;
import nl.spoor.ingest.pipeline.IngestProgress;
import nl.spoor.ingest.pipeline.IngestReport;
import nl.spoor.ingest.pipeline.TikaBaseline;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;

/**
 * {@code spoor bench ingest}: the whole pipeline ({@link IngestPipeline}: hash, claim, detect, Tika, OCR,
 * extract, resolve, batched write with provenance) beside raw Tika ({@link TikaBaseline}: the pipeline's
 * own Tika set-up parsing the same files to text, nothing else), with the same number of threads, in
 * this process. After a warm-up on one file of each format, each round runs both sides over the corpus
 * one format at a time (so each format has its own rate), alternating which side goes first; the
 * pipeline writes into an empty store each round, after {@link IngestPipeline#warmUp} has had that store
 * plan its statements (untimed, and its duration printed: a long-running process pays it once, as Tika's
 * side pays its own warm-up once). Reports the median per format and in total.
 */
public final class IngestBenchmark {

    /** Where the pipeline writes: an empty store for each round. */
    public interface Stores {
        SpoorStore empty();

        void release(SpoorStore store);

        /** A fresh embedded store per round in a folder of its own under {@code folder}, deleted after the round. */
        static Stores embedded(Path folder) {
            return new Stores() {
                private final AtomicInteger n = new AtomicInteger();

                @Override
                public SpoorStore empty() {
                    Path home = folder.resolve("round-" + n.incrementAndGet());
                    return SpoorStore.open(new StoreSettings(home, Optional.empty(), "neo4j", null, "neo4j", 0, "512m"));
                }

                @Override
                public void release(SpoorStore store) {
                    store.close();
                    delete(folder.resolve("round-" + n.get()));
                }
            };
        }
    }

    public record Settings(int workers, int rounds, boolean ocr) {
        public Settings {
            if (workers < 1 || rounds < 1) {
                throw new IllegalArgumentException("--workers and --rounds must be at least 1, got " + workers + " and " + rounds);
            }
        }
    }

    /** One side's pass over the corpus: nanoseconds per format, the files it finished and those it refused, with why. */
    record Pass(Map<String, Long> nanos, Set<Path> finished, Map<Path, String> refused) {
        long total() {
            return nanos.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final BenchCorpus corpus;
    private final Settings settings;
    private final Stores stores;
    private final BsnKey bsnKey;
    private final Extractor extractor;
    private final PrintStream out;
    private final Map<String, Set<String>> mediaTypes = new ConcurrentHashMap<>();
    private ProgressBar bar;
    /** How long each round's {@link IngestPipeline#warmUp} took (not timed in the rates). */
    private final List<Long> warmUps = new ArrayList<>();
    private Pass lastRaw;
    private Pass lastPipeline;

    public IngestBenchmark(BenchCorpus corpus, Settings settings, Stores stores, BsnKey bsnKey, Extractor extractor, PrintStream out) {
        this.corpus = corpus;
        this.settings = settings;
        this.stores = stores;
        this.bsnKey = bsnKey;
        this.extractor = extractor;
        this.out = out;
    }

    public BenchReport run() {
        out.printf("spoor bench ingest: %,d files, %.1f MB in %d formats; %d workers, OCR %s, %d rounds after a warm-up%n", corpus.files(),
                corpus.bytes() / 1e6, corpus.formats().size(), settings.workers(), settings.ocr() ? "on" : "off", settings.rounds());
        TikaBaseline tika = new TikaBaseline(settings.ocr());
        ExecutorService threads = Executors.newFixedThreadPool(settings.workers(), Thread.ofPlatform().name("bench-tika-", 0).daemon().factory());
        BenchCorpus warm = corpus.firstOfEach();
        List<Pass> raw = new ArrayList<>();
        List<Pass> pipeline = new ArrayList<>();
        try (ProgressBar progress = new ProgressBarBuilder().setTaskName("bench").setInitialMax(2L * (warm.files() + (long) settings.rounds() * corpus.files()))
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(out)).setMaxRenderedLength(110)
                .setUnit(" files", 1).build()) {
            bar = progress;
            bar.setExtraMessage(" warm-up");
            raw(tika, threads, warm);
            pipeline(warm);
            for (int r = 1; r <= settings.rounds(); r++) {
                bar.setExtraMessage(" round " + r);
                if (r % 2 == 1) {
                    raw.add(raw(tika, threads, corpus));
                    pipeline.add(pipeline(corpus));
                } else {
                    pipeline.add(pipeline(corpus));
                    raw.add(raw(tika, threads, corpus));
                }
                double t = raw.getLast().total() / 1e9;
                double p = pipeline.getLast().total() / 1e9;
                bar.pause();
                out.printf("%nround %d: raw Tika %.1f s, pipeline %.1f s, ratio %.2f%n", r, t, p, t / p);
                bar.resume();
            }
        } finally {
            threads.shutdownNow();
        }
        lastRaw = raw.getLast();
        lastPipeline = pipeline.getLast();
        BenchReport report = report(raw, pipeline);
        report.lines().forEach(out::println);
        out.printf("the pipeline's statements were planned before each round's timing (a new store each round): %s s%n",
                String.join(", ", warmUps.subList(1, warmUps.size()).stream().map(n -> String.format(java.util.Locale.ROOT, "%.1f", n / 1e9)).toList()));
        problems("raw Tika could not parse", lastRaw.refused());
        problems("the pipeline quarantined or failed", lastPipeline.refused());
        return report;
    }

    /** Files each side finished in the last round: both must be the whole corpus. */
    Set<Path> rawFinished() {
        return lastRaw.finished();
    }

    Set<Path> pipelineFinished() {
        return lastPipeline.finished();
    }

    private BenchReport report(List<Pass> raw, List<Pass> pipeline) {
        List<BenchReport.Row> rows = new ArrayList<>();
        for (BenchCorpus.Format f : corpus.formats()) {
            rows.add(new BenchReport.Row(f.name(), String.join(", ", mediaTypes.getOrDefault(f.name(), Set.of())), f.files().size(), f.bytes(),
                    median(raw.stream().map(p -> p.nanos().get(f.name())).toList()), median(pipeline.stream().map(p -> p.nanos().get(f.name())).toList())));
        }
        BenchReport.Row total = new BenchReport.Row("total", "", corpus.files(), corpus.bytes(),
                median(raw.stream().map(Pass::total).toList()), median(pipeline.stream().map(Pass::total).toList()));
        return new BenchReport(List.copyOf(rows), total, settings.rounds(), settings.workers(), settings.ocr());
    }

    private void problems(String what, Map<Path, String> refused) {
        if (!refused.isEmpty()) {
            out.println(refused.size() + " files " + what + ":");
            refused.forEach((file, reason) -> out.println("  " + file + ": " + reason));
        }
    }

    // ---- raw Tika: N threads take the files of one format from a shared counter and parse them

    private Pass raw(TikaBaseline tika, ExecutorService threads, BenchCorpus files) {
        Map<String, Long> nanos = new TreeMap<>();
        Set<Path> finished = ConcurrentHashMap.newKeySet();
        Map<Path, String> refused = new ConcurrentHashMap<>();
        for (BenchCorpus.Format f : files.formats()) {
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < settings.workers(); w++) {
                running.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < f.files().size(); i = next.getAndIncrement()) {
                        Path file = f.files().get(i);
                        try {
                            TikaBaseline.Parsed parsed = tika.parse(Files.readAllBytes(file), file.getFileName().toString());
                            mediaTypes.computeIfAbsent(f.name(), k -> new java.util.concurrent.ConcurrentSkipListSet<>()).add(parsed.mediaType());
                            if (parsed.error() != null) {
                                refused.put(file, parsed.mediaType() + ": " + parsed.error());
                            }
                        } catch (IOException e) {
                            refused.put(file, "cannot be read: " + e.getMessage());
                        }
                        finished.add(file);
                        bar.step();
                    }
                }));
            }
            for (Future<?> r : running) {
                try {
                    r.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("raw Tika pass failed: " + e.getCause(), e.getCause());
                }
            }
            nanos.put(f.name(), System.nanoTime() - start);
        }
        return new Pass(nanos, Set.copyOf(finished), Map.copyOf(refused));
    }

    // ---- the pipeline: one run per format into this round's empty store

    private Pass pipeline(BenchCorpus files) {
        Map<String, Long> nanos = new TreeMap<>();
        Set<Path> finished = new TreeSet<>();
        Map<Path, String> refused = new TreeMap<>();
        IngestOptions options = new IngestOptions("bench-ingest", "spoor-bench", "benchmark", LocalDate.now().plusDays(1), Instant.now(),
                settings.workers(), IngestLimits.defaults(), settings.ocr());
        IngestProgress progress = new IngestProgress() {
            @Override
            public void started(long files) {
            }

            @Override
            public void fileFinished() {
                bar.step();
            }

            @Override
            public void documentFinished(Finished document) {
                if (document.topLevel()) {
                    finished.add(Path.of(document.path()));
                    if (document.reason() != null) {
                        refused.put(Path.of(document.path()), document.outcome() + ": " + document.reason());
                    }
                    fileFinished();
                }
            }

            @Override
            public void warning(String text) {
            }

            @Override
            public void finished() {
            }
        };
        SpoorStore store = stores.empty();
        try {
            // Built outside the timing, as a long run builds it once: Tika's parser registry and the Tesseract check.
            IngestPipeline pipeline = new IngestPipeline(store, bsnKey, extractor, ExtractorRelease.of(extractor), options, progress);
            // Neo4j's plan cache belongs to the store, and each round's store is new: its statements are planned
            // before the timing, as a long-running process has them planned after its first delivery (and as
            // raw Tika's side is warm). Otherwise every round would time tens of plannings that a user pays once.
            // -Dspoor.bench.coldPlans=true leaves it out, to measure what the planning costs inside the timing.
            long warming = System.nanoTime();
            if (!Boolean.getBoolean("spoor.bench.coldPlans")) {
                pipeline.warmUp();
            }
            warmUps.add(System.nanoTime() - warming);
            for (BenchCorpus.Format f : files.formats()) {
                long start = System.nanoTime();
                IngestReport report = pipeline.run(f.files());
                nanos.put(f.name(), System.nanoTime() - start);
                if (report.skipped() > 0) {
                    throw new IllegalStateException("the store of this round was not empty: " + report.skipped() + " files skipped as ingested before");
                }
            }
        } finally {
            stores.release(store);
        }
        return new Pass(nanos, Set.copyOf(finished), Map.copyOf(refused));
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return m / 1e9;
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }
}
