package nl.spoor.ingest.ftm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import nl.spoor.ingest.ftm.FtmMapping.EntityMapping;
import nl.spoor.ingest.ftm.FtmMapping.LinkMapping;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.store.SpoorStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code spoor export ftm}: the graph, or one case's facts, as FtM JSON lines, streamed. First one FtM
 * {@code Document} per Spoor source (title, {@code publisher} = the partner, {@code retrievedAt}, {@code
 * contentHash}), then every entity, then every relationship; each line names its sources in {@code proof}.
 * What FtM cannot say travels in the line's {@code spoor} object, which FtM tools ignore: the Spoor kind
 * and id, Spoor properties without an FtM property (typed), each source's evidence (locator, page,
 * offsets, confidence, snippet, the values it asserted), a relationship's key, and a source's legal
 * basis, case and retention. A BSN never leaves the store; its keyed hash does, with the key's
 * fingerprint, and is taken up only by a store with the same key.
 */
public final class FtmExport {

    /** What the export wrote. */
    public record Report(long sources, long entities, long relationships, Map<String, Long> perSchema) {
        public String summary() {
            return String.format("Exported %,d sources, %,d entities and %,d relationships as FtM lines: %s", sources, entities, relationships, perSchema);
        }
    }

    /**
     * What an export may disclose when the asking purpose may not see everything (the API's view, README "Who sees
     * what"): only facts of {@code sources}; ids as {@code shownId} gives them (a BSN-keyed id as its alias); no BSN
     * hash unless {@code bsnHashes}; the persons of {@code masked} (Spoor id → label such as "minderjarige") with no
     * properties or evidence and none of their ties to entities of the {@code locating} kinds; every text through
     * {@code text} (their names replaced). {@link #everything()} is the store as it is, for the command line.
     */
    public record Disclosed(Set<String> sources, java.util.function.UnaryOperator<String> shownId, boolean bsnHashes,
                            Map<String, String> masked, Set<String> locating, java.util.function.UnaryOperator<String> text) {

        public static Disclosed everything() {
            return new Disclosed(null, id -> id, true, Map.of(), Set.of(), t -> t);
        }

        boolean all() {
            return sources == null && bsnHashes && masked.isEmpty();
        }
    }

    private final SpoorStore store;
    private final String bsnFingerprint;
    private final LoadProgress progress;
    private Disclosed disclosed = Disclosed.everything();

    public FtmExport(SpoorStore store, BsnKey bsnKey, LoadProgress progress) {
        this.store = store;
        this.bsnFingerprint = FtmEntities.fingerprint(bsnKey);
        this.progress = progress;
    }

    /** @param caseId only the facts of this case's sources, or null for the whole graph */
    public Report run(Writer out, String caseId) {
        return run(out, caseId, Disclosed.everything());
    }

    /**
     * @param caseId    only the facts of this case's sources, or null for the whole graph
     * @param disclosed what may leave: with a set of sources, only the facts they state, and only entities one of them
     *                  asserts (as in a case, an entity's properties are then what those sources assert)
     */
    public Report run(Writer out, String caseId, Disclosed disclosed) {
        this.disclosed = disclosed;
        Map<String, Long> perSchema = new TreeMap<>();
        long[] counts = new long[3];
        try (var s = store.driver().session(store.sessionConfig())) {
            Set<String> caseSources = new HashSet<>();
            s.run("MATCH (s:Source) WHERE ($case IS NULL OR s.caseId = $case) AND ($sources IS NULL OR s.sourceId IN $sources) "
                    + "RETURN properties(s) AS s ORDER BY s.sourceId", Map.of("case", nullable(caseId), "sources", nullable(disclosed.sources())))
                    .forEachRemaining(r -> {
                        Map<String, Object> src = r.get("s").asMap();
                        caseSources.add((String) src.get("sourceId"));
                        write(out, shown(sourceLine(src)), perSchema);
                        counts[0]++;
                    });
            // Facts of some sources only: of the case's, of the sources the purpose may use, or both.
            boolean some = caseId != null || disclosed.sources() != null;
            long total = s.run("MATCH (n:Entity) RETURN count(n) AS n").single().get("n").asLong()
                    + s.run("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n").single().get("n").asLong();
            progress.stage("exporting", total, "elements");
            Set<String> ends = new HashSet<>();
            if (some) {
                s.run("MATCH (a:Entity)-[r]->(b:Entity) WHERE any(id IN r.sourceIds WHERE id IN $ids) AND " + VISIBLE_ENDS
                        + " RETURN a.spoorId AS a, b.spoorId AS b",
                        Map.of("ids", List.copyOf(caseSources), "sources", nullable(disclosed.sources()))).forEachRemaining(r -> {
                            ends.add(r.get("a").asString());
                            ends.add(r.get("b").asString());
                        });
            }
            s.run("""
                    MATCH (n:Entity)
                    WITH n, [(src:Source)-[a:ASSERTS]->(n) WHERE NOT $some OR src.sourceId IN $ids | {source: src.sourceId, a: properties(a)}] AS asserts
                    WHERE NOT $some OR size(asserts) > 0 OR n.spoorId IN $ends
                    RETURN labels(n) AS labels, properties(n) AS props, asserts ORDER BY n.spoorId""",
                    Map.of("some", some, "ids", List.copyOf(caseSources), "ends", List.copyOf(ends))).forEachRemaining(r -> {
                        ObjectNode line = entityLine(r, some);
                        if (line == null) {
                            return;
                        }
                        write(out, line, perSchema);
                        counts[1]++;
                        progress.stepBy(1);
                    });
            s.run("""
                    MATCH (a:Entity)-[r]->(b:Entity)
                    WHERE (NOT $some OR any(id IN r.sourceIds WHERE id IN $ids)) AND NOT r.key STARTS WITH $stated AND %s
                    RETURN type(r) AS type, a.spoorId AS a, a.ftm AS aFtm, b.spoorId AS b, b.ftm AS bFtm, properties(r) AS props,
                           [l IN labels(a) WHERE l <> 'Entity'][0] AS aKind, [l IN labels(b) WHERE l <> 'Entity'][0] AS bKind
                    ORDER BY a, type, b, props.key""".formatted(VISIBLE_ENDS), Map.of("some", some, "ids", List.copyOf(caseSources),
                    "stated", FtmReferences.KEY_PREFIX, "sources", nullable(disclosed.sources()))).forEachRemaining(r -> {
                        // A masked person's ties to what locates or identifies them stay out, as in every answer of the API.
                        if (disclosed.masked().containsKey(r.get("a").asString()) && disclosed.locating().contains(r.get("bKind").asString())
                                || disclosed.masked().containsKey(r.get("b").asString()) && disclosed.locating().contains(r.get("aKind").asString())) {
                            return;
                        }
                        write(out, relationshipLine(r, some ? caseSources : null), perSchema);
                        counts[2]++;
                        progress.stepBy(1);
                    });
            progress.stageDone();
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Report(counts[0], counts[1], counts[2], perSchema);
    }

    private static Object nullable(Object o) {
        return o == null ? org.neo4j.driver.Values.NULL : o instanceof Set<?> set ? List.copyOf(set) : o;
    }

    /** Cypher: both ends of r are asserted by a disclosed source (any end when every source may be disclosed). */
    private static final String VISIBLE_ENDS = "($sources IS NULL OR (EXISTS { MATCH (x:Source)-[:ASSERTS]->(a) WHERE x.sourceId IN $sources } "
            + "AND EXISTS { MATCH (x:Source)-[:ASSERTS]->(b) WHERE x.sourceId IN $sources }))";

    /** The FtM id of a Spoor source's document. */
    static String sourceDocumentId(String sourceId) {
        return "spoor-source-" + FtmEntities.sha1(sourceId);
    }

    private static ObjectNode sourceLine(Map<String, Object> src) {
        Map<String, List<String>> props = new TreeMap<>();
        if (src.get("title") != null) {
            props.put("title", List.of((String) src.get("title")));
        }
        props.put("publisher", List.of((String) src.get("partner")));
        props.put("retrievedAt", List.of(src.get("receivedAt").toString()));
        if (src.get("documentId") != null) {
            props.put("contentHash", List.of((String) src.get("documentId")));
        }
        ObjectNode source = FtmValues.JSON.createObjectNode();
        new TreeMap<>(src).forEach((k, v) -> source.put(k, v instanceof ZonedDateTime t ? t.toOffsetDateTime().toString() : v.toString()));
        ObjectNode spoor = FtmValues.JSON.createObjectNode();
        spoor.set("source", source);
        return line(sourceDocumentId((String) src.get("sourceId")), "Document", props, spoor);
    }

    private ObjectNode entityLine(Record r, boolean caseOnly) {
        EntityKind kind = r.get("labels").asList(Value::asString).stream().filter(l -> !l.equals("Entity")).map(EntityKind::fromLabel)
                .flatMap(java.util.Optional::stream).findFirst().orElseThrow();
        Map<String, Object> props = new TreeMap<>(r.get("props").asMap());
        String spoorId = (String) props.remove("spoorId");
        JsonNode kept = kept(props.remove(FtmEntities.FTM));
        // Bookkeeping of the store, not facts: the import's writer recounts them from the transfers it writes.
        props.keySet().removeAll(nl.spoor.model.writer.TransferCounts.PROPERTIES);
        List<Map<String, Object>> asserts = r.get("asserts").asList(Value::asMap);
        String label = disclosed.masked().get(spoorId);
        if (label != null) {
            return maskedLine(kind, spoorId, label);
        }
        if (caseOnly) {
            props = caseProperties(kind, props, asserts);
        }
        if (!disclosed.bsnHashes()) {
            props.remove("bsnHash");
        }
        EntityMapping mapping = FtmMapping.entity(kind);
        Map<String, List<String>> ftm = FtmEntities.ftmProperties(mapping, props);
        ftm.putAll(FtmValues.properties(kept == null ? null : kept.get("properties")));
        ObjectNode spoor = FtmValues.JSON.createObjectNode();
        spoor.put("kind", kind.label());
        spoor.put("id", disclosed.shownId().apply(spoorId));
        spoor.set("properties", FtmValues.typedMap(FtmEntities.extensionProperties(mapping.properties(), props, Set.of())));
        if (props.containsKey("bsnHash")) {
            spoor.put("bsnKey", bsnFingerprint);
        }
        ArrayNode evidence = spoor.putArray("evidence");
        List<String> proof = new ArrayList<>();
        asserts.stream().sorted(java.util.Comparator.comparing((Map<String, Object> a) -> (String) a.get("source"))
                .thenComparing(a -> (String) ((Map<?, ?>) a.get("a")).get("locator"))).forEach(a -> {
                    ObjectNode e = evidence.addObject();
                    e.put("source", (String) a.get("source"));
                    new TreeMap<>((Map<String, Object>) a.get("a")).forEach((k, v) -> e.set(k, FtmValues.typed(v)));
                    if (!disclosed.bsnHashes() && e.get("asserted") != null && e.get("asserted").isString()) {
                        ObjectNode stated = (ObjectNode) FtmValues.JSON.readTree(e.get("asserted").asString());
                        stated.remove("bsnHash");
                        e.put("asserted", FtmValues.JSON.writeValueAsString(stated));
                    }
                    proof.add(sourceDocumentId((String) a.get("source")));
                });
        addProof(ftm, proof);
        String id = kept != null ? kept.get("id").asString() : FtmEntities.exportId(disclosed.shownId().apply(spoorId));
        String schema = kept != null ? kept.get("schema").asString() : mapping.schema();
        return shown(line(id, schema, ftm, spoor));
    }

    /** A protected person the purpose may not see: its label for a name, no properties, no evidence. */
    private ObjectNode maskedLine(EntityKind kind, String spoorId, String label) {
        ObjectNode spoor = FtmValues.JSON.createObjectNode();
        spoor.put("kind", kind.label());
        spoor.put("id", disclosed.shownId().apply(spoorId));
        spoor.put("masked", label);
        return line(FtmEntities.exportId(disclosed.shownId().apply(spoorId)), FtmMapping.entity(kind).schema(), Map.of("name", List.of(label)), spoor);
    }

    /** A line with every text as the purpose may see it (masked persons' names replaced, BSN-keyed ids as aliases). */
    private ObjectNode shown(ObjectNode line) {
        return disclosed.all() ? line : (ObjectNode) texts(line);
    }

    private JsonNode texts(JsonNode n) {
        if (n.isString()) {
            return FtmValues.JSON.getNodeFactory().stringNode(disclosed.text().apply(n.asString()));
        }
        if (n instanceof ObjectNode o) {
            for (String name : new ArrayList<>(o.propertyNames())) {
                o.set(name, texts(o.get(name)));
            }
            return o;
        }
        if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, texts(a.get(i)));
            }
            return a;
        }
        return n;
    }

    /** For one case: only the properties that case's sources asserted, with their values; an end entity only its identifiers. */
    private static Map<String, Object> caseProperties(EntityKind kind, Map<String, Object> props, List<Map<String, Object>> asserts) {
        Map<String, Object> result = new TreeMap<>();
        for (IdentifierKeys k : IdentifierKeys.values()) {
            if (k.kind() == kind && props.containsKey(k.property())) {
                result.put(k.property(), props.get(k.property()));
            }
        }
        for (Map<String, Object> a : asserts) {
            Object asserted = ((Map<?, ?>) a.get("a")).get("asserted");
            if (asserted instanceof String json) {
                FtmValues.JSON.readTree(json).properties().forEach(e -> result.putIfAbsent(e.getKey(), FtmValues.likeNode(e.getValue(), props.get(e.getKey()))));
            }
        }
        return result;
    }

    private ObjectNode relationshipLine(Record r, Set<String> caseSources) {
        RelationshipKind kind = RelationshipKind.valueOf(r.get("type").asString());
        Map<String, Object> props = new TreeMap<>(r.get("props").asMap());
        String key = (String) props.remove("key");
        props.remove("sourceIds");
        // Bookkeeping of the store (a busy account's transfers marked for the amount index), not facts.
        props.keySet().removeAll(nl.spoor.model.writer.TransferCounts.PROPERTIES);
        List<String> evidenceJson = props.remove("evidence") instanceof List<?> l ? l.stream().map(Object::toString).toList() : List.of();
        JsonNode kept = kept(props.remove(FtmEntities.FTM));
        LinkMapping mapping = FtmMapping.link(kind, kept == null ? null : kept.get("schema").asString());
        String fromProperty = mapping.from();
        String toProperty = mapping.to();
        if (kept != null && kept.has("ends")) {
            fromProperty = kept.get("ends").get(0).asString();
            toProperty = kept.get("ends").get(1).asString();
        }
        String fromId = ftmId(disclosed.shownId().apply(r.get("a").asString()), r.get("aFtm"));
        String toId = ftmId(disclosed.shownId().apply(r.get("b").asString()), r.get("bFtm"));
        Map<String, Object> shown = props;
        if (kept != null && kept.has("turned")) {
            String swap = fromId;
            fromId = toId;
            toId = swap;
            shown = new TreeMap<>();
            for (var e : props.entrySet()) {
                shown.put(e.getKey(), kind.fromOtherEnd(e.getKey(), e.getValue()));
            }
        }
        Map<String, List<String>> ftm = FtmLinks.ftmProperties(mapping, shown);
        ftm.put(fromProperty, List.of(fromId));
        ftm.put(toProperty, List.of(toId));
        ftm.putAll(FtmValues.properties(kept == null ? null : kept.get("properties")));
        ObjectNode spoor = FtmValues.JSON.createObjectNode();
        spoor.put("type", kind.name());
        if (kind.multiple()) {
            spoor.put("key", key);
        }
        spoor.set("properties", FtmValues.typedMap(FtmEntities.extensionProperties(mapping.properties(), shown, Set.of())));
        ArrayNode evidence = spoor.putArray("evidence");
        Set<String> proof = new LinkedHashSet<>();
        for (String json : evidenceJson) {
            JsonNode e = FtmValues.JSON.readTree(json);
            String source = FtmEntities.text(e, "source");
            if (caseSources == null || caseSources.contains(source)) {
                evidence.add(e);
                proof.add(sourceDocumentId(source));
            }
        }
        addProof(ftm, new ArrayList<>(proof));
        String id = kept != null ? kept.get("id").asString()
                : FtmLinks.exportId(kind, disclosed.shownId().apply(r.get("a").asString()), disclosed.shownId().apply(r.get("b").asString()), key);
        String schema = kept != null ? kept.get("schema").asString() : mapping.schema();
        return shown(line(id, schema, ftm, spoor));
    }

    private static String ftmId(String spoorId, Value ftm) {
        JsonNode kept = ftm.isNull() ? null : FtmValues.JSON.readTree(ftm.asString());
        return kept != null ? kept.get("id").asString() : FtmEntities.exportId(spoorId);
    }

    private static JsonNode kept(Object ftm) {
        return ftm instanceof String s ? FtmValues.JSON.readTree(s) : null;
    }

    private static void addProof(Map<String, List<String>> ftm, List<String> proof) {
        if (proof.isEmpty()) {
            return;
        }
        List<String> all = new ArrayList<>(ftm.getOrDefault("proof", List.of()));
        proof.stream().filter(p -> !all.contains(p)).forEach(all::add);
        ftm.put("proof", all);
    }

    private static ObjectNode line(String id, String schema, Map<String, List<String>> props, ObjectNode spoor) {
        ObjectNode o = FtmValues.JSON.createObjectNode();
        o.put("id", id);
        o.put("schema", schema);
        o.set("properties", FtmValues.JSON.valueToTree(new TreeMap<>(props)));
        o.set("spoor", spoor);
        return o;
    }

    private static void write(Writer out, ObjectNode line, Map<String, Long> perSchema) {
        try {
            out.write(FtmValues.JSON.writeValueAsString(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        perSchema.merge(line.get("schema").asString(), 1L, Long::sum);
    }
}
