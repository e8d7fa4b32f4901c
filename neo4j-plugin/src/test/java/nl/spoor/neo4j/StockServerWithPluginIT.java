package nl.spoor.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;

import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.testing.Neo4jServerProcess;

/**
 * The packaged plugin in a stock Neo4j server: a separate OS process whose class path holds Neo4j's jars
 * and no Spoor class but the plugin jar in its {@code plugins} folder (as the Neo4j image has it), with
 * procedures allowed only for {@code spoor.*}. Spoor opens it as an external store, so every migration
 * runs, V8 with Spoor's analyzers included, and the money-trail procedure answers.
 */
class StockServerWithPluginIT {

    private static final Path PLUGIN = Path.of(System.getProperty("spoor.plugin.jar", "target/spoor-neo4j-plugin.jar"));

    private static Path home;
    private static Neo4jServerProcess server;
    private static SpoorStore store;

    @BeforeAll
    static void startServerWithPlugin() throws IOException {
        assertThat(PLUGIN).as("the packaged plugin (mvn package builds it)").isRegularFile();
        Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        home = Files.createTempDirectory(tmp, "spoor-plugin-");
        server = Neo4jServerProcess.withPlugins(home.resolve("with-plugin"), List.of(PLUGIN));
        store = SpoorStore.open(StoreSettings.external(server.boltUri(), "neo4j", Neo4jServerProcess.PASSWORD));
    }

    @AfterAll
    static void stop() throws IOException {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void pluginHoldsSpoorsExtensionsAndRelocatedCodecButNoNeo4jOrLucene() throws IOException {
        try (ZipFile jar = new ZipFile(PLUGIN.toFile())) {
            List<String> classes = jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList();
            assertThat(classes).contains("nl/spoor/model/analysis/AnalyzerProviders$Names.class",
                    "nl/spoor/model/moneytrail/TrailTraversal.class", "nl/spoor/model/store/KernelReads.class",
                    "nl/spoor/model/provenance/AssertedProperty.class", "nl/spoor/model/moneytrail/BestWindow.class",
                    "nl/spoor/model/moneytrail/ReadPart.class",
                    "nl/spoor/neo4j/shaded/codec/language/DoubleMetaphone.class");
            assertThat(classes).noneMatch(n -> n.startsWith("org/neo4j/") || n.startsWith("org/apache/lucene/")
                    || n.startsWith("org/apache/commons/codec/")
                    // of the store package only the kernel reads the traversal uses, none of the embedded store itself
                    || n.startsWith("nl/spoor/model/store/") && !n.startsWith("nl/spoor/model/store/KernelReads"));
            String services = new String(jar.getInputStream(jar.getEntry("META-INF/services/org.neo4j.graphdb.schema.AnalyzerProvider"))
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(services.lines().map(String::strip).filter(l -> !l.isEmpty())).containsExactly(
                    "nl.spoor.model.analysis.AnalyzerProviders$Names",
                    "nl.spoor.model.analysis.AnalyzerProviders$NameWords",
                    "nl.spoor.model.analysis.AnalyzerProviders$NameSounds");
        }
    }

    @Test
    void serverClassPathHoldsNoSpoorClassWithoutThePlugin() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : Neo4jServerProcess.neo4jClassPath()) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (URLClassLoader stock = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThat(stock.getResource("org/neo4j/server/CommunityBootstrapper.class")).isNotNull();
            assertThat(stock.getResource("nl/spoor/model/analysis/NameAnalyzer.class")).isNull();
            assertThat(stock.getResource("nl/spoor/model/moneytrail/TrailTraversal.class")).isNull();
        }
    }

    @Test
    void migrationV8CreatesTheSearchIndexesWithSpoorsAnalyzers() {
        assertThat(strings("MATCH (m:SchemaMigration) RETURN m.version AS v ORDER BY v")).contains("8");
        assertThat(strings("SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name IN ['name_search', 'page_search'] "
                + "RETURN name + ' ' + state + ' ' + options.indexConfig.`fulltext.analyzer` AS v ORDER BY v"))
                .containsExactly("name_search ONLINE spoor-name", "page_search ONLINE spoor-name");
        write("CREATE (:Entity:Person {spoorId: 'p-1', name: 'Jan de Vries'})");
        write("CALL db.awaitIndexes(60)");
        // The phonetic analyzer of the plugin: "Frees" sounds like "Vries" (Double Metaphone FRS).
        assertThat(strings("CALL db.index.fulltext.queryNodes('name_search', $q, {analyzer: 'spoor-name-sounds'}) "
                + "YIELD node RETURN node.spoorId AS v", Map.of("q", "Frees"))).containsExactly("p-1");
    }

    @Test
    void trailSearchFollowsMoneyForwardInTheServer() {
        write("CREATE (a:Entity:BankAccount {spoorId: 'acc-a'}), (b:Entity:BankAccount {spoorId: 'acc-b'}), "
                + "(c:Entity:BankAccount {spoorId: 'acc-c'}), "
                + "(a)-[:TRANSFER {key: 't1', date: date('2026-03-01'), amount: 10000.0}]->(b), "
                + "(b)-[:TRANSFER {key: 't2', date: date('2026-03-02'), amount: 9500.0}]->(c)");
        List<Record> rows;
        try (var s = store.driver().session(store.sessionConfig())) {
            rows = s.run("CALL spoor.trailSearch('FORWARD', ['acc-a'], [], 6, 30, 0.5, 1000, $from, $until, 1000, 0, 20) "
                    + "YIELD start, hops, total RETURN start, [h IN hops | h.key] AS keys, total",
                    Values.parameters("from", LocalDate.parse("2026-01-01"), "until", LocalDate.parse("2026-12-31"))).list();
        }
        assertThat(rows.getFirst().get("start").isNull()).isTrue();
        assertThat(rows.getFirst().get("total").asLong()).isEqualTo(rows.size() - 1L);
        assertThat(rows.stream().skip(1).map(r -> r.get("start").asString() + ":" + r.get("keys").asList(v -> v.asString())))
                .contains("acc-a:[t1, t2]");
    }

    @Test
    void readPartPutsAKeyInTheSamePartInTheServerAsInProcess() {
        try (var s = store.driver().session(store.sessionConfig())) {
            long part = s.run("RETURN spoor.part('iban:NL91ABNA0417164300', 8) AS part").single().get("part").asLong();
            assertThat(part).isEqualTo(new nl.spoor.model.moneytrail.ReadPart().part("iban:NL91ABNA0417164300", 8L));
        }
    }

    @Test
    void assertedReadsAPropertyAsTheUsableSourcesStateItInTheServer() {
        // Jackson 2 comes from the server's own lib, not from the plugin jar.
        write("CREATE (v:Entity:Vehicle {spoorId: 'kenteken:XX999X', catalogueValue: 80000.0, registered: date('2024-05-01')}), "
                + "(:Source {sourceId: 'src:rdw'})-[:ASSERTS {locator: 'row 1', asserted: '{\"catalogueValue\":80000.0,\"registered\":\"2024-05-01\"}'}]->(v), "
                + "(:Source {sourceId: 'src:pv'})-[:ASSERTS {locator: 'p. 2', asserted: '{\"catalogueValue\":20000}'}]->(v)");
        String q = "MATCH (v:Vehicle {spoorId: 'kenteken:XX999X'}) RETURN spoor.asserted(v, 'catalogueValue', $usable) AS value, "
                + "spoor.asserted(v, 'registered', $usable) AS registered";
        try (var s = store.driver().session(store.sessionConfig())) {
            Record rdw = s.run(q, Map.of("usable", List.of("src:rdw"))).single();
            assertThat(rdw.get("value").asDouble()).isEqualTo(80000.0);
            assertThat(rdw.get("registered").asLocalDate()).isEqualTo(LocalDate.parse("2024-05-01"));
            Record pv = s.run(q, Map.of("usable", List.of("src:pv"))).single();
            assertThat(pv.get("value").asDouble()).isEqualTo(20000.0);
            assertThat(pv.get("registered").isNull()).isTrue();
            assertThat(s.run(q, Map.of("usable", List.of())).single().get("value").isNull()).isTrue();
            assertThat(s.run(q, Values.parameters("usable", null)).single().get("value").asDouble()).isEqualTo(80000.0);
        }
    }

    @Test
    void stockServerWithoutThePluginRefusesV8NamingThePlugin() {
        try (Neo4jServerProcess bare = Neo4jServerProcess.withPlugins(home.resolve("without-plugin"), List.of())) {
            assertThatThrownBy(() -> SpoorStore.open(StoreSettings.external(bare.boltUri(), "neo4j", Neo4jServerProcess.PASSWORD)).close())
                    .hasMessageContaining("Schema migration V8")
                    .hasMessageContaining("spoor-neo4j-plugin.jar");
        }
    }

    private static void write(String cypher) {
        try (var s = store.driver().session(store.sessionConfig())) {
            s.run(cypher).consume();
        }
    }

    private static List<String> strings(String cypher) {
        return strings(cypher, Map.of());
    }

    private static List<String> strings(String cypher, Map<String, Object> parameters) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.run(cypher, parameters).list(r -> String.valueOf(r.get("v").asObject()));
        }
    }
}
