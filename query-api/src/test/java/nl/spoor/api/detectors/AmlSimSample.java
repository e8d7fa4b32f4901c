package nl.spoor.api.detectors;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import me.tongfei.progressbar.ProgressBar;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * One IBM AMLSim sample (../shared/data/amlsim, read in place, never copied) loaded through the
 * GraphWriter as ingest loads statements: every node a BankAccount {@code amlsim:<sample>:<nodeid>},
 * every transaction a TRANSFER (key = its line, so repeated identical transactions stay apart) dated
 * {@link #DAY_ZERO} + the day step, all under one Source whose case is {@code amlsim-<sample>}, so a
 * detector can be scoped to one sample with {@code case}. The labels ({@code isFraud}) stay in memory.
 */
final class AmlSimSample {

    /** Day step 1 is 2019-01-01. */
    static final LocalDate DAY_ZERO = LocalDate.of(2018, 12, 31);

    final String name;
    final String caseId;
    /** Spoor id of every account → its isFraud label. */
    final Map<String, Boolean> fraud = new LinkedHashMap<>();
    /** Spoor id → fraudStep (-1: the account never made its laundering transfer in the simulation). */
    final Map<String, Integer> fraudStep = new HashMap<>();
    int transfers;

    private AmlSimSample(String name) {
        this.name = name;
        this.caseId = "amlsim-" + name;
    }

    /** ../shared/data/amlsim as seen from the clone (CI has shared/ beside it), looked up from the working directory upwards. */
    static Path folder() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/amlsim");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/data/amlsim beside the clone or above " + Path.of("").toAbsolutePath()
                + ": the AMLSim samples are read from ../shared/data/amlsim (never copied into the repository)");
    }

    static AmlSimSample load(SpoorStore store, String name) throws IOException {
        Path tgz = folder().resolve(name + ".tgz");
        AmlSimSample s = new AmlSimSample(name);
        Map<String, List<CSVRecord>> files = records(tgz);
        List<CSVRecord> nodes = files.get("nodes.csv");
        List<CSVRecord> txs = files.get("transactions.csv");
        if (nodes == null || txs == null) {
            throw new IllegalArgumentException(tgz + ": holds no " + (nodes == null ? "nodes.csv" : "transactions.csv"));
        }
        Source source = new Source("amlsim:" + name, SourceKind.INTERCHANGE, "amlsim:" + name, name + ".tgz", "ibm-amlsim",
                "test data (Apache-2.0)", s.caseId, Instant.parse("2026-12-01T00:00:00Z"), LocalDate.of(2099, 12, 31), "AmlSimSample", "1");
        GraphWriter writer = new GraphWriter(store.driver(), store.database());
        try (ProgressBar bar = new ProgressBar("AMLSim " + name, nodes.size() + txs.size())) {
            WriteBatch batch = new WriteBatch().source(source);
            for (CSVRecord r : nodes) {
                String id = s.account(field(tgz, "nodes.csv", r, "nodeid"));
                String label = field(tgz, "nodes.csv", r, "isFraud");
                if (!label.equals("0") && !label.equals("1")) {
                    throw bad(tgz, "nodes.csv", r, "isFraud", "\"" + label + "\" is not 0 or 1");
                }
                s.fraud.put(id, label.equals("1"));
                s.fraudStep.put(id, (int) number(tgz, "nodes.csv", r, "fraudStep"));
                batch.entity(new EntityFact(new EntityRef(EntityKind.BANK_ACCOUNT, id), Map.of("name", "AMLSim " + name + " account "
                        + r.get("nodeid")), locator(source, "nodes.csv", r)));
            }
            writer.write(batch);
            bar.stepBy(nodes.size());
            batch = new WriteBatch().source(source);
            for (CSVRecord r : txs) {
                String from = s.account(field(tgz, "transactions.csv", r, "sourceNodeId"));
                String to = s.account(field(tgz, "transactions.csv", r, "targetNodeId"));
                for (String id : List.of(from, to)) {
                    if (!s.fraud.containsKey(id)) {
                        throw bad(tgz, "transactions.csv", r, id.equals(from) ? "sourceNodeId" : "targetNodeId", "no node " + id + " in nodes.csv");
                    }
                }
                long step = (long) number(tgz, "transactions.csv", r, "time");
                number(tgz, "transactions.csv", r, "value");
                BigDecimal amount = new BigDecimal(field(tgz, "transactions.csv", r, "value"));
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("amount", amount);
                p.put("date", DAY_ZERO.plusDays(step));
                p.put("description", "AMLSim step " + step);
                batch.relationship(new RelationshipFact(RelationshipKind.TRANSFER, new EntityRef(EntityKind.BANK_ACCOUNT, from),
                        new EntityRef(EntityKind.BANK_ACCOUNT, to), "line:" + (r.getRecordNumber() + 1), p, locator(source, "transactions.csv", r)));
                s.transfers++;
                if (batch.relationships().size() == 20_000) {
                    writer.write(batch);
                    bar.stepBy(20_000);
                    batch = new WriteBatch().source(source);
                }
            }
            writer.write(batch);
            bar.stepTo(nodes.size() + txs.size());
        }
        return s;
    }

    private String account(String nodeId) {
        return "amlsim:" + name + ":" + nodeId;
    }

    /** The records of nodes.csv and transactions.csv in the sample's tgz, by file name. */
    static Map<String, List<CSVRecord>> records(Path tgz) throws IOException {
        Map<String, List<CSVRecord>> out = new HashMap<>();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tgz)));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                String file = Path.of(e.getName()).getFileName().toString();
                if (file.equals("nodes.csv") || file.equals("transactions.csv")) {
                    // Not closed: closing the parser would close the archive stream.
                    var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                            .parse(new InputStreamReader(tar, StandardCharsets.UTF_8));
                    out.put(file, new ArrayList<>(parser.getRecords()));
                }
            }
        }
        return out;
    }

    private static Evidence locator(Source source, String file, CSVRecord r) {
        return new Evidence(source.sourceId(), file + ":" + (r.getRecordNumber() + 1), null, null, null, 1.0, null);
    }

    private static String field(Path tgz, String file, CSVRecord r, String name) {
        if (!r.isMapped(name) || !r.isSet(name) || r.get(name).isBlank()) {
            throw bad(tgz, file, r, name, "is missing");
        }
        return r.get(name).strip();
    }

    private static double number(Path tgz, String file, CSVRecord r, String name) {
        String v = field(tgz, file, r, name);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw bad(tgz, file, r, name, "\"" + v + "\" is not a number");
        }
    }

    private static IllegalArgumentException bad(Path tgz, String file, CSVRecord r, String field, String what) {
        return new IllegalArgumentException(tgz.getFileName() + "!" + file + ", line " + (r.getRecordNumber() + 1) + ", field " + field + ": " + what);
    }
}
