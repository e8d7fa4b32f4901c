package nl.spoor.ingest.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import nl.spoor.model.identifiers.Iban;
import nl.spoor.model.identifiers.Kenteken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extraction quality against a generated world's {@code documents/manifest.json}, per type.
 *
 * <p>Scoring, per document, on distinct (type, normalised value) pairs: a pair the manifest lists for
 * that document is a true positive; a listed pair not found is a false negative. The manifest lists
 * only what the renderer put in on purpose, so a found pair it does not list is a false positive only
 * if it is not an entity of that type anywhere in the world files (a bank's name on a statement, the
 * municipality of an address: correct, counted as {@code unlisted}); a police officer's name or a
 * misread value is not in the world and counts against precision. A manifest text that is not the
 * identifier it stands for (the bare account number of an ABN AMRO export stands for an IBAN) cannot be
 * extracted from text and is counted as {@code notInText}, not as a miss. Scanned documents are scored
 * only when OCR is asked for. Containers (mail with attachments, mailboxes, ZIPs) are scored on their
 * text and that of everything inside, as the manifest lists the entities of both. MONEY and DATE have
 * no truth in the manifest and are not scored. Scores are kept over all documents and per format.
 */
public final class ManifestEvaluation {

    /** Counts for one type. */
    public record Score(MentionType type, int truePositives, int falsePositives, int falseNegatives, int unlisted,
            List<String> falsePositiveExamples, List<String> falseNegativeExamples) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The scores over all documents and per format ({@link #formatOf}), the documents read and the
     * manifest texts that cannot be found as text.
     */
    public record Report(Map<MentionType, Score> scores, Map<String, Map<MentionType, Score>> byFormat,
                         Map<String, Integer> documentsByFormat, int documents, int notInText) {

        public String table() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d documents; %d manifest texts not extractable as text%n", documents, notInText));
            s.append(String.format(Locale.ROOT, "%-13s %5s %5s %5s %8s %9s %7s %6s%n", "type", "tp", "fp", "fn", "unlisted", "precision", "recall", "f1"));
            scores.values().forEach(c -> s.append(String.format(Locale.ROOT, "%-13s %5d %5d %5d %8d %9.3f %7.3f %6.3f%n", c.type(),
                    c.truePositives(), c.falsePositives(), c.falseNegatives(), c.unlisted(), c.precision(), c.recall(), c.f1())));
            return s.toString();
        }

        /** One line per format: its documents, then precision/recall (identifiers) or F1 (names, addresses) per type. */
        public String formatTable() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-9s %4s", "format", "docs"));
            for (MentionType t : scores.keySet()) {
                s.append(String.format(Locale.ROOT, " %13s", t.name().toLowerCase(Locale.ROOT)));
            }
            s.append(String.format(Locale.ROOT, "%n"));
            byFormat.forEach((format, types) -> {
                s.append(String.format(Locale.ROOT, "%-9s %4d", format, documentsByFormat.get(format)));
                for (MentionType t : scores.keySet()) {
                    Score c = types.get(t);
                    s.append(c == null ? String.format(Locale.ROOT, " %13s", "-")
                            : String.format(Locale.ROOT, " %5.3f/%5.3f%s", c.precision(), c.recall(),
                            c.truePositives() + c.falseNegatives() < 10 ? "*" : " "));
                }
                s.append(String.format(Locale.ROOT, "%n"));
            });
            return s.append("precision/recall; * fewer than 10 listed\n").toString();
        }
    }

    /**
     * A document's format for the report: its file extension ({@code pdf}, {@code docx}, {@code msg},
     * {@code mbox}, {@code zip}, …), and for scans {@code scan-} and the image's ({@code scan-png},
     * {@code scan-pdf} for an image-only PDF).
     */
    public static String formatOf(String kind, String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return "scan".equals(kind) ? "scan-" + extension : extension;
    }

    private record Pair(MentionType type, String value) {
    }

    /** Types the manifest can list; amounts and dates it never lists, so they are not scored. */
    private static final Set<MentionType> SCORED = java.util.EnumSet.complementOf(java.util.EnumSet.of(MentionType.MONEY, MentionType.DATE));

    private final Extractor extractor;

    public ManifestEvaluation(Extractor extractor) {
        this(extractor, false);
    }

    /** @param ocr also score scanned documents, read with Tesseract in Dutch (skipped where it is not installed) */
    public ManifestEvaluation(Extractor extractor, boolean ocr) {
        this.extractor = extractor;
        this.ocr = ocr;
    }

    private final boolean ocr;

    /** Scores the extractor on every document of the world in {@code worldDir} (scans only with OCR). */
    public Report evaluate(Path worldDir) throws IOException {
        return evaluate(worldDir.resolve("documents/manifest.json"), worldDir.resolve("documents"),
                worldEntities(worldDir.resolve("world/nodes")));
    }

    /**
     * Scores the extractor on the documents a manifest of the same form lists (paths relative to
     * {@code documents}), for a corpus that is no generated world: every found value the manifest does
     * not list counts against precision.
     */
    public Report evaluate(Path manifestFile, Path documentsDir) throws IOException {
        return evaluate(manifestFile, documentsDir, Map.of());
    }

    private Report evaluate(Path manifestFile, Path documentsDir, Map<MentionType, Set<String>> world) throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(manifestFile.toFile());
        Map<MentionType, int[]> counts = new EnumMap<>(MentionType.class);
        Map<String, Map<MentionType, int[]>> formatCounts = new java.util.TreeMap<>();
        Map<String, Integer> documentsByFormat = new java.util.TreeMap<>();
        Map<MentionType, List<String>> fpExamples = new EnumMap<>(MentionType.class);
        Map<MentionType, List<String>> fnExamples = new EnumMap<>(MentionType.class);
        int documents = 0;
        int notInText = 0;
        for (JsonNode doc : manifest.get("documents")) {
            if ("scan".equals(doc.get("kind").asString()) && !ocr) {
                continue;
            }
            documents++;
            String path = doc.get("path").asString();
            String format = formatOf(doc.get("kind").asString(), path);
            documentsByFormat.merge(format, 1, Integer::sum);
            Map<MentionType, int[]> perFormat = formatCounts.computeIfAbsent(format, f -> new EnumMap<>(MentionType.class));
            Set<Pair> gold = new LinkedHashSet<>();
            for (JsonNode e : doc.get("entities")) {
                Pair pair = gold(e.get("id").asString(), e.get("kind").asString(), e.get("text").asString());
                if (pair == null && e.get("kind").asString().equals("BankAccount")) {
                    notInText++;
                } else if (pair != null) {
                    gold.add(pair);
                }
            }
            Set<Pair> found = new LinkedHashSet<>();
            for (Mention m : extractor.mentions(PageText.of(documentsDir.resolve(path), ocr))) {
                found.add(new Pair(m.type(), m.value()));
            }
            for (Pair g : gold) {
                int outcome = found.contains(g) ? 0 : 2;
                count(counts, perFormat, g.type(), outcome);
                if (outcome == 2) {
                    example(fnExamples, g, path);
                }
            }
            for (Pair f : found) {
                if (gold.contains(f) || !SCORED.contains(f.type())) {
                    continue;
                }
                boolean unlisted = world.getOrDefault(f.type(), Set.of()).contains(f.value());
                count(counts, perFormat, f.type(), unlisted ? 3 : 1);
                if (!unlisted) {
                    example(fpExamples, f, path);
                }
            }
        }
        Map<String, Map<MentionType, Score>> byFormat = new java.util.TreeMap<>();
        formatCounts.forEach((format, c) -> byFormat.put(format, scores(c, Map.of(), Map.of())));
        return new Report(scores(counts, fpExamples, fnExamples), byFormat, documentsByFormat, documents, notInText);
    }

    /** outcome: 0 true positive, 1 false positive, 2 false negative, 3 unlisted */
    private static void count(Map<MentionType, int[]> all, Map<MentionType, int[]> perFormat, MentionType type, int outcome) {
        all.computeIfAbsent(type, t -> new int[4])[outcome]++;
        perFormat.computeIfAbsent(type, t -> new int[4])[outcome]++;
    }

    private static Map<MentionType, Score> scores(Map<MentionType, int[]> counts, Map<MentionType, List<String>> fp,
                                                  Map<MentionType, List<String>> fn) {
        Map<MentionType, Score> scores = new EnumMap<>(MentionType.class);
        counts.forEach((type, c) -> scores.put(type, new Score(type, c[0], c[1], c[2], c[3],
                fp.getOrDefault(type, List.of()), fn.getOrDefault(type, List.of()))));
        return scores;
    }

    private static void example(Map<MentionType, List<String>> examples, Pair pair, String path) {
        List<String> list = examples.computeIfAbsent(pair.type(), t -> new ArrayList<>());
        if (list.size() < 15) {
            list.add(pair.value() + " (" + path + ")");
        }
    }

    /** What the manifest says is in the text, in the extractor's normal form; null for what has no type or no text form. */
    private static Pair gold(String id, String kind, String text) {
        String written = Rules.oneLine(text);
        return switch (kind) {
            case "Person" -> written.matches("[0-9]{9}") ? new Pair(MentionType.BSN, written) : new Pair(MentionType.PERSON, written);
            case "Company" -> written.matches("[0-9]{8}") ? new Pair(MentionType.KVK, written)
                    : written.matches("[0-9]{9}") ? new Pair(MentionType.RSIN, written) : new Pair(MentionType.ORGANIZATION, written);
            case "Organization" -> new Pair(MentionType.ORGANIZATION, written);
            case "Address" -> new Pair(MentionType.ADDRESS, written.replaceAll("\\b([1-9][0-9]{3}) ([A-Z]{2})\\b", "$1$2"));
            case "BankAccount" -> Iban.tryParse(written).map(i -> new Pair(MentionType.IBAN, i.value())).orElse(null);
            case "Vehicle" -> Kenteken.tryParse(written).map(k -> new Pair(MentionType.VEHICLE, k.value())).orElse(null);
            case "Phone" -> new Pair(MentionType.PHONE, id.substring("phone:".length()));
            case "Email" -> new Pair(MentionType.EMAIL, written.toLowerCase(Locale.ROOT));
            case "Place" -> new Pair(MentionType.LOCATION, written);
            default -> null;
        };
    }

    /** Every value of every type the world files hold, to tell a correct unlisted mention from a wrong one. */
    private static Map<MentionType, Set<String>> worldEntities(Path nodes) throws IOException {
        Map<MentionType, Set<String>> world = new EnumMap<>(MentionType.class);
        Function<MentionType, Set<String>> of = t -> world.computeIfAbsent(t, x -> new HashSet<>());
        read(nodes.resolve("Person.csv"), r -> {
            of.apply(MentionType.PERSON).add(r.get("name"));
            if (r.get("id").startsWith("bsn:")) {
                of.apply(MentionType.BSN).add(r.get("id").substring(4));
            }
            of.apply(MentionType.LOCATION).add(r.get("birthPlace"));
        });
        read(nodes.resolve("Company.csv"), r -> {
            of.apply(MentionType.ORGANIZATION).add(r.get("name"));
            of.apply(MentionType.KVK).add(r.get("kvkNummer"));
            of.apply(MentionType.RSIN).add(r.get("rsin"));
            of.apply(MentionType.VAT).add(r.get("btwId"));
        });
        read(nodes.resolve("Organization.csv"), r -> of.apply(MentionType.ORGANIZATION).add(r.get("name")));
        read(nodes.resolve("Address.csv"), r -> {
            of.apply(MentionType.ADDRESS).add(r.get("street") + " " + r.get("houseNumber") + (r.get("suffix").isEmpty() ? "" : "-" + r.get("suffix")) + ", " + r.get("postcode") + " " + r.get("place"));
            of.apply(MentionType.LOCATION).add(r.get("place"));
            of.apply(MentionType.LOCATION).add(r.get("municipality"));
        });
        read(nodes.resolve("Place.csv"), r -> of.apply(MentionType.LOCATION).add(r.get("name")));
        read(nodes.resolve("BankAccount.csv"), r -> of.apply(MentionType.IBAN).add(r.get("iban")));
        read(nodes.resolve("Vehicle.csv"), r -> of.apply(MentionType.VEHICLE).add(r.get("kenteken")));
        read(nodes.resolve("Phone.csv"), r -> of.apply(MentionType.PHONE).add(r.get("e164")));
        read(nodes.resolve("Email.csv"), r -> of.apply(MentionType.EMAIL).add(r.get("address")));
        return world;
    }

    private static void read(Path csv, java.util.function.Consumer<CSVRecord> row) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                row.accept(r);
            }
        }
    }
}
