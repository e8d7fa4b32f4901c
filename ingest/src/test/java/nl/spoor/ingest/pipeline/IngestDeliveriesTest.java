package nl.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.ingest.world.Scale;
import nl.spoor.ingest.world.WorldGenerator;
import nl.spoor.ingest.world.documents.DocumentRenderer;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.testing.GraphDump;
import nl.spoor.model.testing.TestStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Source per delivery (DESIGN §3, §6): the same file delivered under another case, partner or
 * legal basis keeps that delivery's provenance beside the first one's, without doubling a fact; the
 * same delivery again changes nothing.
 */
class IngestDeliveriesTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @TempDir
    static Path world;

    private static final BsnKey BSN_KEY = BsnKey.of(new byte[32]);
    private static final IngestOptions POLITIE = new IngestOptions("RIEC-NH-2025-017", "politie-nh", "WGS art. 2.3", LocalDate.parse("2030-12-31"),
            Instant.parse("2025-03-01T09:00:00Z"), 2, IngestLimits.defaults(), false);
    private static final IngestOptions FIOD = POLITIE.withDelivery("FIT-2025-044", "fiod", "AWR art. 43c", LocalDate.parse("2028-06-30"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode manifest;

    @TempDir
    Path work;

    @BeforeAll
    static void generate() throws IOException {
        new WorldGenerator(Scale.SMALL, 7).generate(world, WorldGenerator.Progress.NONE);
        new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).render(world, world.resolve("documents"), 40, 7);
        manifest = JSON.readTree(world.resolve("documents/manifest.json").toFile());
    }

    @BeforeEach
    void empty() {
        STORE.clear();
    }

    private static IngestReport ingest(IngestOptions delivery, Path in) {
        return new IngestPipeline(STORE.store(), BSN_KEY, new RuleExtractor(), new ExtractorRelease("RuleExtractor", "test"), delivery,
                IngestProgress.silent()).run(List.of(in));
    }

    /** A proces-verbaal (PDF), a mail with its attachment and a bank statement (CSV). */
    private Path delivery() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        for (String[] fe : new String[][] {{"pv/", ".pdf"}, {"mail/", ".eml"}, {"bank/", ".csv"}}) {
            List<JsonNode> all = new ArrayList<>();
            manifest.get("documents").forEach(all::add);
            String path = all.stream().map(d -> d.get("path").asString()).filter(p -> p.startsWith(fe[0]) && p.endsWith(fe[1]))
                    .filter(p -> !fe[0].equals("mail/") || all.stream().anyMatch(d -> d.get("path").asString().equals(p)
                            && d.get("variant").asString().equals("met-bijlage"))).findFirst().orElseThrow();
            Path file = world.resolve("documents").resolve(path);
            Files.copy(file, in.resolve(file.getFileName()));
        }
        return in;
    }

    /** The facts themselves: entities, relationships and pages, without who asserted them and the status records. */
    private static List<String> facts() {
        return GraphDump.of(STORE.store(), "sourceIds", "evidence").stream()
                .filter(l -> !l.startsWith("node [Source]") && !l.startsWith("node [IngestFile]") && !l.contains("-[ASSERTS]->")).toList();
    }

    @Test
    void theSameFileUnderAnotherCaseIsOneDocumentWithASourcePerDeliveryAssertingEveryFact() throws IOException {
        Path in = delivery();
        IngestReport first = ingest(POLITIE, in);
        List<String> factsOfOne = facts();

        IngestReport second = ingest(FIOD, in);

        assertThat(first.documents()).isEqualTo(4); // the mail's attachment is a document of its own
        assertThat(second.documents()).isEqualTo(4);
        assertThat(second.skipped()).isZero();
        assertThat(second.statements()).isEqualTo(first.statements()).isPositive();
        assertThat(facts()).as("no fact doubled, none changed").isEqualTo(factsOfOne);
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (d:Document) RETURN count(d)")).isEqualTo(4);
        // Two Sources per document, each its delivery with its own retention.
        assertThat(IngestedGraph.strings(STORE.store(), """
                MATCH (d:Document)<-[:ASSERTS {locator: 'document'}]-(s:Source {documentId: d.sha256})
                WITH d, collect(s.caseId + ' ' + s.partner + ' ' + s.legalBasis + ' ' + toString(s.retainUntil)) AS sources
                RETURN toString(size(sources)) + ' ' + reduce(t = '', x IN sources | t + '|' + x)""", Map.of()))
                .hasSize(4).allSatisfy(line -> assertThat(line.split("\\|")).containsExactlyInAnyOrder("2 ",
                        "RIEC-NH-2025-017 politie-nh WGS art. 2.3 2030-12-31", "FIT-2025-044 fiod AWR art. 43c 2028-06-30"));
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (s:Source) RETURN count(s)")).isEqualTo(8);
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (s:Source) RETURN s.sourceId", Map.of()))
                .containsExactlyInAnyOrderElementsOf(IngestedGraph.strings(STORE.store(), "MATCH (s:Source) RETURN DISTINCT s.documentId", Map.of()).stream()
                        .flatMap(sha -> java.util.stream.Stream.of(POLITIE.sourceId(sha), FIOD.sourceId(sha))).toList());

        // Every entity fact the first delivery asserts, the second asserts too, at the same place in the document.
        Map<String, TreeSet<String>> asserted = new TreeMap<>();
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            s.run("MATCH (s:Source)-[a:ASSERTS]->(e) RETURN s.caseId AS c, s.documentId + ' ' + a.locator + ' ' + e.spoorId AS fact")
                    .forEachRemaining(r -> asserted.computeIfAbsent(r.get("c").asString(), k -> new TreeSet<>()).add(r.get("fact").asString()));
            assertThat(asserted.get("FIT-2025-044")).isEqualTo(asserted.get("RIEC-NH-2025-017")).hasSizeGreaterThan(20);
            // Every relationship fact likewise: its evidence entries per source are the same for both deliveries.
            Map<String, String> caseOf = new TreeMap<>();
            s.run("MATCH (s:Source) RETURN s.sourceId AS id, s.caseId AS c").forEachRemaining(r -> caseOf.put(r.get("id").asString(), r.get("c").asString()));
            List<String> relationships = s.run("MATCH ()-[r]->() WHERE r.evidence IS NOT NULL AND type(r) <> 'POSSIBLY_SAME_AS' "
                    + "RETURN type(r) AS t, r.sourceIds AS ids, r.evidence AS evidence").list(r -> {
                        Map<String, TreeSet<String>> byCase = new TreeMap<>();
                        for (String e : r.get("evidence").asList(v -> v.asString())) {
                            Map<String, Object> entry = new TreeMap<>(JSON.readValue(e, Map.class));
                            String c = caseOf.get((String) entry.remove("source"));
                            byCase.computeIfAbsent(c, k -> new TreeSet<>()).add(entry.toString());
                        }
                        // A relationship stated by several documents has a source per document and delivery.
                        List<String> cases = r.get("ids").asList(v -> caseOf.get(v.asString()));
                        assertThat(cases).containsOnly("RIEC-NH-2025-017", "FIT-2025-044")
                                .filteredOn("FIT-2025-044"::equals).hasSize(cases.size() / 2).isNotEmpty();
                        assertThat(byCase.get("FIT-2025-044")).as(r.get("t").asString()).isEqualTo(byCase.get("RIEC-NH-2025-017"));
                        return r.get("t").asString();
                    });
            assertThat(relationships).contains("MENTIONS", "EMBEDDED_IN", "TRANSFER");
        }
        // Per file, one status record per delivery: the file is listed under each case.
        IngestFiles files = new IngestFiles(STORE.store());
        assertThat(files.all()).hasSize(8).allSatisfy(f -> assertThat(f.status()).isEqualTo(IngestFileStatus.DONE));
        try (var list = Files.list(in)) {
            for (Path file : list.toList()) {
                String sha = IngestPipeline.sha256(Files.readAllBytes(file));
                assertThat(files.deliveries(sha)).extracting(f -> f.caseId() + " " + f.partner() + " " + f.sourceId() + " " + f.documents())
                        .containsExactly("FIT-2025-044 fiod " + FIOD.sourceId(sha) + " " + (file.toString().endsWith(".eml") ? 2 : 1),
                                "RIEC-NH-2025-017 politie-nh " + POLITIE.sourceId(sha) + " " + (file.toString().endsWith(".eml") ? 2 : 1));
            }
        }
        assertThat(files.page(List.of(), "FIT-2025-044", null, 10)).extracting(f -> Path.of(f.path().replaceAll("!/.*", "")).getFileName().toString())
                .hasSize(4).containsAll(Arrays.stream(in.toFile().list()).toList());
    }

    @Test
    void theSameDeliveryAgainChangesNothing() throws IOException {
        Path in = delivery();
        ingest(POLITIE, in);
        ingest(FIOD, in);
        List<String> before = IngestedGraph.dump(STORE.store());

        IngestReport politieAgain = ingest(POLITIE, in);
        IngestReport fiodAgain = ingest(FIOD.withWorkers(1), in);

        for (IngestReport again : List.of(politieAgain, fiodAgain)) {
            assertThat(again.documents()).isZero();
            assertThat(again.skipped()).isEqualTo(3);
            assertThat(again.nodesCreated() + again.relationshipsCreated() + again.entityFacts() + again.relationshipFacts()).isZero();
        }
        assertThat(IngestedGraph.dump(STORE.store())).isEqualTo(before);
        assertThat(new IngestFiles(STORE.store()).all()).extracting(IngestFileStatus::attempts).containsOnly(1L);
    }

    @Test
    void aFileQuarantinedInOneDeliveryIsQuarantinedInTheNextWithTheSameReasonWithoutBeingReadAgain() throws IOException {
        Path in = delivery();
        byte[] pdf = Files.readAllBytes(Files.list(in).filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow());
        Path broken = Files.createDirectories(work.resolve("kapot"));
        Files.write(broken.resolve("afgebroken.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        ingest(POLITIE, broken);

        IngestReport second = ingest(FIOD, broken);

        assertThat(second.quarantined()).isEmpty();
        assertThat(second.skipped()).isEqualTo(1);
        String sha = IngestPipeline.sha256(Files.readAllBytes(broken.resolve("afgebroken.pdf")));
        List<IngestFileStatus> deliveries = new IngestFiles(STORE.store()).deliveries(sha);
        assertThat(deliveries).extracting(IngestFileStatus::caseId).containsExactly("FIT-2025-044", "RIEC-NH-2025-017");
        assertThat(deliveries).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(IngestFileStatus.QUARANTINED);
            assertThat(f.error()).startsWith("corrupt or truncated (application/pdf)").isEqualTo(deliveries.getFirst().error());
        });
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (n) WHERE NOT n:IngestFile AND NOT n:SchemaMigration RETURN count(n)")).isZero();
    }
}
