package nl.spoor.ingest.world.finbench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.iban4j.CountryCode;

import nl.spoor.ingest.world.WorldFormat;

/**
 * Turns the LDBC Financial Benchmark's "raw" datagen output (pipe-separated CSV, one folder per entity or
 * edge type, times in epoch milliseconds) into a world folder ({@code ingest/world-format.md}) that
 * {@code WorldLoader} loads like a generated one, so the query benchmarks run on FinBench through the
 * same store, schema and queries as on Spoor's own worlds.
 *
 * <p>The mapping, and what it leaves out: persons and companies by name (ids {@code person:fb…},
 * {@code company:fb…}); every account a {@code BankAccount} with a synthetic, valid Dutch IBAN with bank
 * code {@code FINB} numbered in file order (FinBench accounts have no IBAN; the FinBench id is kept in
 * {@code finbenchId}); {@code personOwnAccount}/{@code companyOwnAccount} → {@code HOLDS_ACCOUNT};
 * {@code personInvest}/{@code companyInvest} → {@code OWNS} with the ratio as a percentage;
 * {@code transfer} and {@code withdraw} (both account → account) → {@code TRANSFER}, the millisecond
 * time as the booking date in UTC (Spoor's trails work on booking dates) and kept in {@code description}'s
 * neighbour column {@code finbenchTime}. Loans, deposits, repayments, media and sign-ins have no Spoor
 * kind and are counted, not converted; delete times are ignored (the benchmark reads them only in its
 * write workloads).
 */
public final class FinBenchWorld {

    static final String SOURCE = "finbench:ldbc";
    private static final CSVFormat IN = CSVFormat.DEFAULT.builder().setDelimiter('|').setHeader().setSkipHeaderRecord(true)
            .setQuote(null).get();
    private static final CSVFormat OUT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** What the conversion wrote and skipped, for the command's summary. */
    public record Counts(Map<String, Long> written, Map<String, Long> skipped) {
    }

    private final Consumer<String> progress;

    public FinBenchWorld(Consumer<String> progress) {
        this.progress = progress;
    }

    /**
     * Converts {@code raw} (the datagen's {@code raw} folder, a folder holding it, or a {@code .tar.gz} of
     * it) into a world at {@code out}; a {@code .tar.gz} is unpacked into {@code out/finbench-raw} first.
     */
    public Counts convert(Path raw, Path out) throws IOException {
        Files.createDirectories(out);
        Path unpacked = Files.isDirectory(raw) ? raw : unpack(raw, out.resolve("finbench-raw"));
        Path rawDir = Files.isDirectory(unpacked.resolve("raw")) ? unpacked.resolve("raw") : unpacked;
        for (String required : List.of("person", "company", "account", "transfer")) {
            if (!Files.isDirectory(rawDir.resolve(required))) {
                throw new IllegalArgumentException(raw + ": not FinBench raw output: no folder '" + required + "' in " + rawDir);
            }
        }
        Path world = out.resolve("world");
        Files.createDirectories(world.resolve("nodes"));
        Files.createDirectories(world.resolve("relationships"));
        Map<String, Long> written = new LinkedHashMap<>();
        Map<String, Long> skipped = new LinkedHashMap<>();

        write(world.resolve("sources.csv"), List.of("sourceId", "kind", "title", "partner", "legalBasis", "caseId", "receivedAt", "retainUntil"),
                p -> p.printRecord(SOURCE, "SYNTHETIC", "LDBC FinBench datagen, raw stage", "ldbc-finbench",
                        "benchmark data (Apache-2.0), no personal data", "BENCH-FINBENCH", "2026-12-04T00:00:00Z", "2099-12-31"));

        written.put("Person", write(world.resolve("nodes/Person.csv"), List.of("id", "source", "name", "gender", "birthDate"),
                p -> rows(rawDir, "person", r -> p.printRecord("person:fb" + r.get("id"), SOURCE, r.get("name"),
                        r.get("gender"), date(r.get("birthday"))))));
        written.put("Company", write(world.resolve("nodes/Company.csv"), List.of("id", "source", "name", "sbiDescription", "startDate"),
                p -> rows(rawDir, "company", r -> p.printRecord("company:fb" + r.get("id"), SOURCE, r.get("name"),
                        r.get("business"), date(r.get("createTime"))))));

        Map<String, String> accounts = new HashMap<>();
        written.put("BankAccount", write(world.resolve("nodes/BankAccount.csv"),
                List.of("id", "source", "iban", "bankCode", "currency", "openedDate", "finbenchId", "accountType"),
                p -> rows(rawDir, "account", r -> {
                    String iban = iban(accounts.size() + 1);
                    accounts.put(r.get("id"), iban);
                    p.printRecord("iban:" + iban, SOURCE, iban, "FINB", "EUR", date(r.get("createTime")), r.get("id"), r.get("type"));
                })));

        List<String> rel = List.of("from", "to", "key", "source");
        written.put("HOLDS_ACCOUNT", write(world.resolve("relationships/HOLDS_ACCOUNT.csv"), plus(rel, "from"), p -> {
            rows(rawDir, "personOwnAccount", r -> p.printRecord("person:fb" + r.get("personId"), account(accounts, r.get("accountId")), "-",
                    SOURCE, date(r.get("createTime"))));
            rows(rawDir, "companyOwnAccount", r -> p.printRecord("company:fb" + r.get("companyId"), account(accounts, r.get("accountId")), "-",
                    SOURCE, date(r.get("createTime"))));
        }));
        written.put("OWNS", write(world.resolve("relationships/OWNS.csv"), plus(rel, "share", "from"), p -> {
            Map<String, Boolean> seen = new HashMap<>();
            rows(rawDir, "personInvest", r -> invest(p, seen, "person:fb" + r.get("investorId"), r));
            rows(rawDir, "companyInvest", r -> invest(p, seen, "company:fb" + r.get("investorId"), r));
        }));
        written.put("TRANSFER", write(world.resolve("relationships/TRANSFER.csv"),
                plus(rel, "amount", "currency", "date", "description", "channel", "finbenchTime"), p -> {
                    for (String edge : List.of("transfer", "withdraw")) {
                        long[] line = {1};
                        rows(rawDir, edge, r -> {
                            line[0]++;
                            p.printRecord(account(accounts, r.get("fromId")), account(accounts, r.get("toId")),
                                    edge.charAt(0) + r.get("createTime") + "-" + r.get("multiplicityId") + "-" + line[0], SOURCE,
                                    String.format(Locale.ROOT, "%.2f", Double.parseDouble(r.get("amount"))), "EUR", date(r.get("createTime")),
                                    edge.equals("transfer") ? r.get("comment") : "withdraw " + r.get("comment"),
                                    edge.equals("transfer") ? r.get("payType") : "withdraw", r.get("createTime"));
                        });
                    }
                }));
        for (String other : List.of("loan", "deposit", "repay", "loantransfer", "medium", "signIn", "personApplyLoan",
                "companyApplyLoan", "personGuarantee", "companyGuarantee")) {
            if (Files.isDirectory(rawDir.resolve(other))) {
                long[] n = {0};
                rows(rawDir, other, r -> n[0]++);
                skipped.put(other, n[0]);
            }
        }
        Files.writeString(out.resolve("manifest.json"), "{\n  \"generator\": \"" + WorldFormat.GENERATOR + "\",\n  \"dataset\": \"LDBC FinBench raw ("
                + raw.getFileName() + ")\"\n}\n");
        Files.writeString(out.resolve("truth.json"), "{\n  \"cases\": []\n}\n");
        progress.accept("FinBench converted: " + written + "; not converted (no Spoor kind): " + skipped);
        return new Counts(written, skipped);
    }

    private static void invest(CSVPrinter p, Map<String, Boolean> seen, String investor, CSVRecord r) throws IOException {
        String company = "company:fb" + r.get("companyId");
        // OWNS occurs once per pair in Spoor; FinBench may repeat a pair: the first investment is kept.
        if (seen.putIfAbsent(investor + ">" + company, true) == null) {
            p.printRecord(investor, company, "-", SOURCE, String.format(Locale.ROOT, "%.2f", 100 * Double.parseDouble(r.get("ratio"))),
                    date(r.get("createTime")));
        }
    }

    static String iban(int n) {
        return new org.iban4j.Iban.Builder().countryCode(CountryCode.NL).bankCode("FINB")
                .accountNumber(String.format(Locale.ROOT, "%010d", n)).build().toString();
    }

    private static String account(Map<String, String> accounts, String finbenchId) {
        String iban = accounts.get(finbenchId);
        if (iban == null) {
            throw new IllegalArgumentException("FinBench edge names account " + finbenchId + ", which the account files do not hold");
        }
        return "iban:" + iban;
    }

    static String date(String epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(epochMillis)), ZoneOffset.UTC).toString();
    }

    private static List<String> plus(List<String> head, String... more) {
        List<String> out = new ArrayList<>(head);
        out.addAll(List.of(more));
        return out;
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(CSVPrinter p) throws IOException;
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(CSVRecord r) throws IOException;
    }

    private long write(Path file, List<String> header, RowWriter rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, OUT)) {
            p.printRecord(header);
            rows.write(p);
            p.flush();
        }
        long n;
        try (Stream<String> lines = Files.lines(file)) {
            n = lines.count() - 1;
        }
        progress.accept(file.getFileName() + ": " + n + " rows");
        return n;
    }

    private static void rows(Path rawDir, String folder, RowConsumer each) throws IOException {
        Path dir = rawDir.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> parts;
        try (Stream<Path> s = Files.list(dir)) {
            parts = s.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        for (Path part : parts) {
            try (Reader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                for (CSVRecord rec : IN.parse(r)) {
                    try {
                        each.accept(rec);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(part + ":" + (rec.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                    }
                }
            }
        }
    }

    private static Path unpack(Path tgz, Path into) throws IOException {
        if (Files.isDirectory(into.resolve("raw"))) {
            return into;
        }
        Files.createDirectories(into);
        try (InputStream in = new GzipCompressorInputStream(Files.newInputStream(tgz)); TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException(tgz + ": entry " + e.getName() + " points outside the folder");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return into;
    }
}
