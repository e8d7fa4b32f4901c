package nl.spoor.api.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import nl.spoor.ingest.extract.Extractor;
import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.ingest.pipeline.ExtractorRelease;
import nl.spoor.ingest.pipeline.IngestLimits;
import nl.spoor.ingest.pipeline.IngestOptions;
import nl.spoor.ingest.pipeline.IngestPipeline;
import nl.spoor.ingest.pipeline.IngestProgress;
import nl.spoor.ingest.pipeline.IngestReport;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingests files, folders and archives: text per page (OCR in Dutch for scans), entities and their mentions,",
                "every fact with its provenance: a Source per delivery (file content + partner + case + basis). The same delivery",
                "again is skipped; the same file for another case, partner or basis adds that delivery's Source to its facts.",
                "A run stopped halfway is finished by running it again. Bad files are quarantined with their reason and the run goes on."})
class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders (walked) and archives (opened).")
    List<Path> paths;

    @Mixin
    DeliveryOptions delivery;

    @Option(names = "--workers", defaultValue = "2", description = "Parallel parse and extract workers (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--no-ocr", description = "Do not OCR images and scanned pages; they are marked needsOcr.")
    boolean noOcr;

    @Option(names = "--max-file-mb", defaultValue = "512", description = "Largest file or embedded file read, in MB (default ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = "--max-seconds", defaultValue = "120", description = "Time allowed per document, in seconds (default ${DEFAULT-VALUE}).")
    long maxSeconds;

    @Option(names = "--max-depth", defaultValue = "4", description = "How deep archives and attachments are opened (default ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--max-expansion", defaultValue = "100", description = "How many times its size an archive may unpack to (default ${DEFAULT-VALUE}).")
    int maxExpansion;

    @Override
    public Integer call() {
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        DeliveryOptions.requireNoServer(settings);
        IngestLimits limits = new IngestLimits(maxFileMb << 20, Duration.ofSeconds(maxSeconds), maxDepth, maxExpansion, IngestLimits.defaults().maxTextChars());
        IngestOptions options = new IngestOptions(delivery.caseId, delivery.partner, delivery.basis, delivery.retainUntil, Instant.now(), workers, limits, !noOcr);
        Extractor extractor = extractor();
        ExtractorRelease release = ExtractorRelease.of(extractor);
        BsnKey bsnKey = BsnKey.load(settings.home(), System.getenv());
        try (SpoorStore store = SpoorStore.open(settings)) {
            IngestReport report = new IngestPipeline(store, bsnKey, extractor, release, options, IngestProgress.console(System.out))
                    .run(paths.stream().map(p -> p.toAbsolutePath().normalize()).toList());
            report.summary().forEach(System.out::println);
            return report.failed().isEmpty() ? 0 : 2;
        }
    }


    /** The Dutch rule extractor; a statistical NER recogniser will join its rules there. */
    static Extractor extractor() {
        return new RuleExtractor();
    }
}
