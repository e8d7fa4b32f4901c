package nl.spoor.ingest.ftm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import nl.spoor.ingest.ftm.FtmReader.FtmLine;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;
import nl.spoor.model.writer.WriteResult;
import tools.jackson.databind.JsonNode;

/**
 * {@code spoor import ftm}: FtM JSON lines into the graph. Every file is one delivery (a {@link Source} of
 * kind INTERCHANGE with the case, partner, basis and retention given), every fact's evidence its line.
 * A file Spoor exported carries its own sources and evidence (the {@code spoor} extension); they are
 * restored under this delivery: same document, title, extractor, locators, snippets; the partner, basis,
 * case and dates of this delivery.
 *
 * <p>All files are read and checked before anything is written: one bad line (not JSON, no id or schema,
 * a link to an id no line defines) refuses the whole import, and every bad line is reported with its
 * file, line and field. So a refused import leaves the store as it was, and importing again after a
 * fix gives the graph of one clean import. References resolve within the files of one import.
 */
public final class FtmImport {

    /** The delivery: what the files were received for and until when they may be kept. */
    public record Delivery(String caseId, String partner, String legalBasis, LocalDate retainUntil, Instant receivedAt, String dataset) {
        public Delivery {
            Objects.requireNonNull(caseId, "case");
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(legalBasis, "basis");
            Objects.requireNonNull(retainUntil, "retainUntil");
            Objects.requireNonNull(receivedAt, "receivedAt");
            dataset = dataset == null || dataset.isBlank() ? caseId : dataset;
        }
    }

    static final String EXTRACTOR = "spoor-ftm";
    static final String EXTRACTOR_VERSION = "1";
    private static final int CHUNK = 10_000;

    private final GraphWriter writer;
    private final FtmEntities entities;
    private final Delivery delivery;
    private final LoadProgress progress;

    public FtmImport(GraphWriter writer, BsnKey bsnKey, Delivery delivery, LoadProgress progress) {
        this.writer = writer;
        this.entities = new FtmEntities(bsnKey);
        this.delivery = delivery;
        this.progress = progress;
    }

    public FtmImportReport run(List<Path> files) {
        FtmReader reader = new FtmReader();
        Map<Path, Source> deliveries = new LinkedHashMap<>();
        long totalLines = 0;
        for (Path f : files) {
            totalLines += lineCount(f);
        }
        progress.stage("reading", totalLines, "lines");
        for (Path f : files) {
            deliveries.put(f, deliverySource(f));
            reader.read(f, () -> progress.stepBy(1));
        }
        progress.stageDone();

        // Spoor sources of an exported file, by their original id, restored under the delivery of their file.
        Map<String, Source> restored = new TreeMap<>();
        Map<String, String> proofIds = new HashMap<>();
        for (FtmLine l : reader.entities().values()) {
            JsonNode s = l.spoor() == null ? null : l.spoor().get("source");
            if (s != null && s.isObject()) {
                try {
                    Source original = source(s);
                    restored.put(original.sourceId(), restore(original, deliveries.get(l.file())));
                    proofIds.put(l.id(), original.sourceId());
                } catch (RuntimeException e) {
                    reader.bad(l, "spoor.source", e.getMessage());
                }
            }
        }

        Map<String, EntityRef> refs = new HashMap<>();
        List<EntityFact> agreeing = new ArrayList<>();
        List<EntityFact> differing = new ArrayList<>();
        Map<String, Long> unknown = new TreeMap<>();
        Map<String, Long> kept = new TreeMap<>();
        long entityCount = 0;
        long dropped = 0;
        for (FtmLine l : reader.entities().values()) {
            if (proofIds.containsKey(l.id()) || FtmMapping.isLink(l.schema())) {
                continue;
            }
            try {
                FtmEntities.Planned p = entities.plan(l, delivery.dataset(), proofIds.keySet());
                refs.put(l.id(), p.ref());
                entityCount++;
                if (p.ref().kind() == EntityKind.FTM_ENTITY) {
                    unknown.merge(l.schema(), 1L, Long::sum);
                } else {
                    p.kept().keySet().forEach(k -> kept.merge(l.schema() + "." + k, 1L, Long::sum));
                }
                dropped += p.bsnDropped() ? 1 : 0;
                entityFacts(l, p, deliveries.get(l.file()), restored, agreeing, differing);
            } catch (RuntimeException e) {
                reader.bad(l, null, e.getMessage());
            }
        }
        List<List<RelationshipFact>> relationshipPasses = new ArrayList<>();
        long relationshipCount = 0;
        for (FtmLine l : reader.entities().values()) {
            EntityRef ref = refs.get(l.id());
            if (ref == null) {
                continue;
            }
            for (FtmReferences.Stated stated : FtmReferences.of(l, ref, refs, reader)) {
                relationshipCount++;
                addToPasses(relationshipPasses, stated.kind(), stated.from(), stated.to(), stated.key(), java.util.Map.of(),
                        evidence(l, deliveries.get(l.file()), restored));
            }
        }
        for (FtmLine l : reader.entities().values()) {
            if (proofIds.containsKey(l.id()) || !FtmMapping.isLink(l.schema())) {
                continue;
            }
            try {
                FtmLinks.Planned p = FtmLinks.plan(l, refs, proofIds.keySet());
                if (p.problem() != null) {
                    reader.bad(l, p.field(), p.problem());
                    continue;
                }
                relationshipCount++;
                p.kept().keySet().forEach(k -> kept.merge(l.schema() + "." + k, 1L, Long::sum));
                addToPasses(relationshipPasses, p.kind(), p.from(), p.to(), p.key(), p.properties(), evidence(l, deliveries.get(l.file()), restored));
            } catch (RuntimeException e) {
                reader.bad(l, null, e.getMessage());
            }
        }
        if (!reader.bad().isEmpty()) {
            List<String> bad = reader.bad().stream().sorted(java.util.Comparator.comparing((FtmReader.BadLine b) -> b.file().toString())
                    .thenComparingInt(FtmReader.BadLine::line)).map(Object::toString).toList();
            return new FtmImportReport(reader.lines(), 0, 0, 0, unknown, kept, dropped, bad, WriteResult.EMPTY);
        }

        WriteBatch sources = new WriteBatch();
        deliveries.values().forEach(sources::source);
        restored.values().forEach(sources::source);
        WriteResult written = writer.write(sources);
        progress.stage("writing entities", agreeing.size() + differing.size(), "facts");
        written = written.plus(writeInChunks(agreeing, List.of()));
        written = written.plus(writeInChunks(differing, List.of()));
        progress.stage("writing relationships", relationshipPasses.stream().mapToLong(List::size).sum(), "facts");
        for (List<RelationshipFact> pass : relationshipPasses) {
            written = written.plus(writeInChunks(List.of(), pass));
        }
        progress.stageDone();
        return new FtmImportReport(reader.lines(), entityCount, relationshipCount, restored.size(), unknown, kept, dropped, List.of(), written);
    }

    /**
     * One entity fact per evidence. A Spoor export's evidence keeps what each source asserted: facts whose
     * values agree with the node are written first, so the node gets exactly the exported values (the
     * first value written wins), and the others only add their own assertion.
     */
    private void entityFacts(FtmLine l, FtmEntities.Planned p, Source file, Map<String, Source> restored,
                             List<EntityFact> agreeing, List<EntityFact> differing) {
        JsonNode evidence = l.spoor() == null ? null : l.spoor().get("evidence");
        if (!restorable(evidence, restored)) {
            agreeing.add(new EntityFact(p.ref(), p.properties(), lineEvidence(l, file)));
            return;
        }
        for (JsonNode e : evidence) {
            Map<String, Object> props = p.properties();
            String asserted = FtmEntities.text(e, "asserted");
            if (asserted != null) {
                props = new TreeMap<>();
                for (var a : FtmValues.JSON.readTree(asserted).properties()) {
                    props.put(a.getKey(), FtmValues.likeNode(a.getValue(), p.properties().get(a.getKey())));
                }
            }
            boolean agrees = props.entrySet().stream().allMatch(a -> Objects.equals(a.getValue(), p.properties().get(a.getKey())));
            (agrees ? agreeing : differing).add(new EntityFact(p.ref(), props, evidence(e, restored)));
        }
    }

    /** One fact per evidence; the i-th evidence of every relationship in pass i, so evidence lists keep their order. */
    private static void addToPasses(List<List<RelationshipFact>> passes, nl.spoor.model.graph.RelationshipKind kind, EntityRef from, EntityRef to,
                                    String key, Map<String, Object> properties, List<Evidence> evidence) {
        for (int i = 0; i < evidence.size(); i++) {
            while (passes.size() <= i) {
                passes.add(new ArrayList<>());
            }
            passes.get(i).add(new RelationshipFact(kind, from, to, key, properties, evidence.get(i)));
        }
    }

    private List<Evidence> evidence(FtmLine l, Source file, Map<String, Source> restored) {
        JsonNode evidence = l.spoor() == null ? null : l.spoor().get("evidence");
        if (!restorable(evidence, restored)) {
            return List.of(lineEvidence(l, file));
        }
        List<Evidence> list = new ArrayList<>();
        evidence.forEach(e -> list.add(evidence(e, restored)));
        return list;
    }

    private static boolean restorable(JsonNode evidence, Map<String, Source> restored) {
        if (evidence == null || !evidence.isArray() || evidence.isEmpty()) {
            return false;
        }
        for (JsonNode e : evidence) {
            if (!restored.containsKey(FtmEntities.text(e, "source"))) {
                return false;
            }
        }
        return true;
    }

    private static Evidence evidence(JsonNode e, Map<String, Source> restored) {
        return new Evidence(restored.get(FtmEntities.text(e, "source")).sourceId(), FtmEntities.text(e, "locator"), integer(e, "page"),
                integer(e, "start"), integer(e, "end"), e.has("confidence") ? e.get("confidence").asDouble() : 1.0, FtmEntities.text(e, "snippet"));
    }

    private static Integer integer(JsonNode e, String field) {
        return e.has(field) && e.get(field).isNumber() ? e.get(field).asInt() : null;
    }

    private static Evidence lineEvidence(FtmLine l, Source file) {
        return new Evidence(file.sourceId(), "line:" + l.line(), null, null, null, 1.0, null);
    }

    private WriteResult writeInChunks(List<EntityFact> entityFacts, List<RelationshipFact> relationshipFacts) {
        WriteResult result = WriteResult.EMPTY;
        for (int i = 0; i < entityFacts.size(); i += CHUNK) {
            WriteBatch b = new WriteBatch();
            entityFacts.subList(i, Math.min(entityFacts.size(), i + CHUNK)).forEach(b::entity);
            result = result.plus(writer.write(b));
            progress.stepBy(b.entities().size());
        }
        for (int i = 0; i < relationshipFacts.size(); i += CHUNK) {
            WriteBatch b = new WriteBatch();
            relationshipFacts.subList(i, Math.min(relationshipFacts.size(), i + CHUNK)).forEach(b::relationship);
            result = result.plus(writer.write(b));
            progress.stepBy(b.relationships().size());
        }
        return result;
    }

    /** The delivery of one file: its content hash, the partner and the case make its id, so the same file delivered again is the same source. */
    private Source deliverySource(Path file) {
        String sha256 = sha256(file);
        return new Source("ftm:" + deliveryHash(sha256), SourceKind.INTERCHANGE, sha256, file.getFileName().toString(), delivery.partner(),
                delivery.legalBasis(), delivery.caseId(), delivery.receivedAt(), delivery.retainUntil(), EXTRACTOR, EXTRACTOR_VERSION);
    }

    private String deliveryHash(String fileSha256) {
        return FtmEntities.sha1(fileSha256 + "|" + delivery.partner() + "|" + delivery.caseId()).substring(0, 20);
    }

    /** An exported Spoor source under this delivery: its id keeps the original's (prefixed, so sources keep their order). */
    private Source restore(Source original, Source file) {
        return new Source(file.sourceId() + ":" + original.sourceId(), original.kind(), original.documentId(), original.title(), delivery.partner(),
                delivery.legalBasis(), delivery.caseId(), delivery.receivedAt(), delivery.retainUntil(), original.extractor(), original.extractorVersion());
    }

    /** A Spoor source as the export writes it in {@code spoor.source}. */
    static Source source(JsonNode s) {
        return new Source(FtmEntities.text(s, "sourceId"), SourceKind.valueOf(FtmEntities.text(s, "kind")), FtmEntities.text(s, "documentId"),
                FtmEntities.text(s, "title"), FtmEntities.text(s, "partner"), FtmEntities.text(s, "legalBasis"), FtmEntities.text(s, "caseId"),
                OffsetDateTime.parse(FtmEntities.text(s, "receivedAt")).toInstant(), LocalDate.parse(FtmEntities.text(s, "retainUntil")),
                FtmEntities.text(s, "extractor"), FtmEntities.text(s, "extractorVersion"));
    }

    private static long lineCount(Path f) {
        try (var lines = Files.lines(f, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + f, e);
        }
    }

    private static String sha256(Path f) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + f, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
