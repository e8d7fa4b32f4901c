package nl.spoor.ingest.world.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the documents of a world ({@code world/*.csv}, {@code truth.json}) into {@code documents/}
 * with {@code documents/manifest.json}, as ingest/world-format.md describes. The same world, count and
 * seed give byte-identical files: every date, id and random choice comes from the world or the seed.
 */
public final class DocumentRenderer {

    /** Share of each kind in the mix, in the order they are listed (percent). */
    private static final Map<String, Integer> WEIGHTS = new java.util.LinkedHashMap<>();

    static {
        WEIGHTS.put("pv-verkeerscontrole", 10);
        WEIGHTS.put("pv-doorzoeking", 6);
        WEIGHTS.put("bankafschrift", 26);
        WEIGHTS.put("kvk-uittreksel", 10);
        WEIGHTS.put("e-mail", 12);
        WEIGHTS.put("advertentie", 8);
        WEIGHTS.put("huurovereenkomst", 8);
        WEIGHTS.put("loonstrook", 10);
        WEIGHTS.put("scan", 10);
        WEIGHTS.put("overzicht", 4);
        WEIGHTS.put("archief", 4);
    }

    /** The medium world's default: documents about planted cases, the rest about ordinary people. */
    public static final double DEFAULT_CASE_SHARE = 0.3;

    private final double caseShare;
    private final boolean progress;
    /** The kinds to write ({@code bankafschrift}, {@code pv-verkeerscontrole}, …); empty for all. */
    private final java.util.Set<String> only;

    public DocumentRenderer(double caseShare, boolean progress) {
        this(caseShare, progress, java.util.Set.of());
    }

    private DocumentRenderer(double caseShare, boolean progress, java.util.Set<String> only) {
        if (caseShare < 0 || caseShare > 1) {
            throw new IllegalArgumentException("caseShare must be between 0 and 1, not " + caseShare);
        }
        this.caseShare = caseShare;
        this.progress = progress;
        this.only = java.util.Set.copyOf(only);
    }

    /**
     * A renderer of these kinds only (e.g. {@code bankafschrift}), in their usual proportions: many documents of
     * one kind without the cost of the others (scans take most of the time).
     */
    public DocumentRenderer only(java.util.Set<String> kinds) {
        for (String kind : kinds) {
            if (!WEIGHTS.containsKey(kind)) {
                throw new IllegalArgumentException("unknown document kind '" + kind + "'; known: " + WEIGHTS.keySet());
            }
        }
        return new DocumentRenderer(caseShare, progress, kinds);
    }

    /**
     * @param worldDir     the generator's output directory (with {@code world/} and {@code truth.json})
     * @param documentsDir where to write; must be absent or empty
     * @param count        how many documents
     * @param seed         the seed of every random choice
     * @return the manifest entries, in the order written
     */
    public List<RenderedDocument> render(Path worldDir, Path documentsDir, int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, not " + count);
        }
        prepare(documentsDir);
        World world = World.read(worldDir);
        Truth truth = Truth.read(worldDir);

        List<DocumentKind> kinds = kinds(world, truth).stream().filter(k -> only.isEmpty() || only.contains(k.name())).toList();

        List<DocumentKind> available = new ArrayList<>();
        List<List<DocumentKind.Candidate>> all = new ArrayList<>();
        List<List<DocumentKind.Candidate>> aboutCases = new ArrayList<>();
        for (DocumentKind kind : kinds) {
            List<DocumentKind.Candidate> candidates = kind.candidates();
            if (!candidates.isEmpty()) {
                available.add(kind);
                all.add(candidates);
                aboutCases.add(candidates.stream().filter(c -> truth.caseOf(c.about()).isPresent()).toList());
            }
        }
        if (available.isEmpty() && count > 0) {
            throw new WorldFormatException(worldDir.resolve("world"), "has nothing to write documents about");
        }
        int totalWeight = available.stream().mapToInt(k -> WEIGHTS.get(k.name())).sum();

        SplittableRandom plan = new SplittableRandom(seed);
        Map<String, Integer> numbers = new TreeMap<>();
        List<RenderedDocument> manifest = new ArrayList<>(count);
        try (ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("documenten").setInitialMax(count)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build() : null) {
            for (int i = 0; i < count; i++) {
                int k = pickKind(available, plan.nextInt(totalWeight));
                List<DocumentKind.Candidate> pool = !aboutCases.get(k).isEmpty() && plan.nextDouble() < caseShare
                        ? aboutCases.get(k) : all.get(k);
                DocumentKind.Candidate candidate = pool.get(plan.nextInt(pool.size()));
                // Each document draws from its own stream, so one kind's choices do not shift the next ones.
                Draft draft = available.get(k).render(candidate, new SplittableRandom(plan.nextLong()));
                int number = numbers.merge(draft.folder(), 1, Integer::sum);
                String path = draft.folder() + "/" + draft.folder() + "-" + String.format(Locale.ROOT, "%06d", number)
                        + "." + draft.extension();
                write(documentsDir.resolve(path), draft.bytes());
                manifest.add(new RenderedDocument(path, draft.kind(), draft.variant(), draft.format(),
                        sha256(draft.bytes()), truth.caseOf(draft.about()).orElse(null), draft.scan(), draft.mentions()));
                if (bar != null) {
                    bar.step();
                }
            }
        }
        writeManifest(documentsDir.resolve("manifest.json"), manifest);
        return manifest;
    }

    /** Every kind, in the order of {@link #WEIGHTS}. */
    static List<DocumentKind> kinds(World world, Truth truth) {
        Office office = new Office(world, false);
        Office pdfOnly = new Office(world, true);
        BankStatements statements = new BankStatements(world, office.pdf);
        KvkUittreksel kvk = new KvkUittreksel(office);
        Bewonersoverzicht overview = new Bewonersoverzicht(world);
        return List.of(
                new ProcesVerbaal.Verkeerscontrole(office), new ProcesVerbaal.Doorzoeking(office, truth), statements, kvk,
                new EmailMessages(world, statements, kvk), new EscortAds(world), new Huurovereenkomst(office),
                new Loonstrook(office),
                new Scans(List.of(new ProcesVerbaal.Verkeerscontrole(pdfOnly), new ProcesVerbaal.Doorzoeking(pdfOnly, truth),
                        new KvkUittreksel(pdfOnly), new Loonstrook(pdfOnly), new Huurovereenkomst(pdfOnly))),
                overview,
                new Archief(List.of(new ProcesVerbaal.Doorzoeking(office, truth), new EmailMessages(world, statements, kvk),
                        new Huurovereenkomst(office), overview)));
    }

    private static int pickKind(List<DocumentKind> available, int ticket) {
        int sum = 0;
        for (int k = 0; k < available.size(); k++) {
            sum += WEIGHTS.get(available.get(k).name());
            if (ticket < sum) {
                return k;
            }
        }
        throw new IllegalStateException("ticket " + ticket + " beyond the weights");
    }

    private static void prepare(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException(dir + " is not empty; documents are written into an empty "
                                + "directory so that nothing stale mixes in");
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeManifest(Path file, List<RenderedDocument> documents) {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        byte[] json = mapper.writeValueAsBytes(Map.of("documents", documents));
        write(file, json);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
