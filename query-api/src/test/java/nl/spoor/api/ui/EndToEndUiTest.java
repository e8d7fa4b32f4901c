package nl.spoor.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.access.Role;
import nl.spoor.api.testing.PlantedWorld;
import nl.spoor.api.testing.SignedIn;
import nl.spoor.ingest.world.documents.DocumentRenderer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The investigator's web app end to end: the Spoor server on a random port over the generated small world
 * (seed 11; the demo's medium world takes minutes to load, too slow for a test), and {@code ui/e2e/scenario.mjs}
 * driving Debian's Chromium through playwright-core: log in as a FIT user, pick the case purpose, upload a proces-verbaal that names a planted FIT person
 * (truth.json and the documents' manifest say which), rank the unusual wealth, search the person, open the
 * profile with the wealth explanation and the document page, expand the network, trace the money two hops, export
 * the network with a disclosure (and check the download against the disclosed SHA-256), the other dashboards,
 * English, and 2,000 nodes in the network explorer with their frame time; then log out and in as a privacy jurist,
 * who sees only the audit screens: the consultation log filtered on the FIT user (her export among them), the
 * disclosure register, the purges (one made here by a beheerder) and the planted person's data-subject report
 * (who consulted the person, and the disclosure that held it). Screenshots of every
 * screen go to {@code target/ui-screenshots}. Skipped without {@code /usr/bin/chromium}, unless {@code CI} is set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("chromiumOrCi")
class EndToEndUiTest {

    static final int SEED = 11;
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path UI = Path.of("").toAbsolutePath().resolveSibling("ui");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static Path world;
    static JsonNode truth;

    static boolean chromiumOrCi() {
        return Files.isExecutable(CHROMIUM) || System.getenv("CI") != null;
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        try {
            Path tmp = Files.createTempDirectory("spoor-e2e-ui-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> PlantedWorld.deleteTree(tmp)));
            world = tmp.resolve("world");
            truth = PlantedWorld.generateAndLoad(SEED, world, tmp.resolve("home"));
            // Processen-verbaal only (no scans to render): one of them names a planted subject, the test uploads it.
            new DocumentRenderer(DocumentRenderer.DEFAULT_CASE_SHARE, false).only(Set.of("pv-verkeerscontrole", "pv-doorzoeking"))
                    .render(world, world.resolve("documents"), 30, SEED);
            registry.add("SPOOR_HOME", () -> tmp.resolve("home").toString());
            registry.add("SPOOR_BSN_KEY", () -> PlantedWorld.KEY_HEX);
            // The build machine is shared: a cold typology query may take longer than the production limits (20 s).
            for (String limit : List.of("GRAPHQL", "WEALTH", "SECTOR", "TRAFFICKING", "NETWORK", "PATHS", "TRAIL", "SEARCH")) {
                registry.add("SPOOR_" + limit + "_TIMEOUT", () -> "120s");
            }
            registry.add("spring.mvc.async.request-timeout", () -> "150s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String PURPOSE = "E2E-FIT";
    static final String POLICE = "politie-nh";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void investigatorFindsAPlantedFitPersonWithSourcesNetworkAndMoneyInTheBrowser() throws Exception {
        assertThat(CHROMIUM).as("CI is set, so Chromium must be installed (.ci/run installs the Debian package chromium)").isExecutable();
        assertThat(UI.resolve("node_modules/playwright-core")).as("the ui module's npm packages (mvn -pl ui package runs npm ci)").isDirectory();

        Subject subject = fitPersonNamedInADocument();
        // A FIT user of a case purpose covering the registers in the store and the police that delivers the document.
        Set<String> partners = new TreeSet<>(SignedIn.partnersInStore(context));
        partners.add(POLICE);
        SignedIn.purpose(context, PURPOSE, partners);
        SignedIn fit = SignedIn.as(context, port, "e2e-fit", Set.of(Role.FIT), PURPOSE);
        // The jurist who audits her, member of the same purpose (a data-subject report is made for a purpose).
        SignedIn jurist = SignedIn.as(context, port, "e2e-jurist", Set.of(Role.PRIVACYJURIST), PURPOSE);
        // A purge for the purges screen: as of 2000 nothing has expired, so it deletes nothing and is recorded.
        JsonNode purge = SignedIn.as(context, port, "e2e-beheerder", Set.of(Role.BEHEERDER), null)
                .graphql("mutation { purge(asOf: \"2000-01-01\") { id sourceIds } }").at("/data/purge");
        assertThat(purge.get("sourceIds").size()).as("nothing in the small world expired before 2000").isZero();
        String name = fit.graphql("{ entity(spoorId: \"" + subject.spoorId() + "\") { caption } }").at("/data/entity/caption").asString();
        Path screenshots = Path.of("target/ui-screenshots").toAbsolutePath();
        // A fresh folder, so the screenshots checked below are this run's.
        if (Files.isDirectory(screenshots)) {
            try (var old = Files.list(screenshots)) {
                for (Path f : old.toList()) {
                    Files.delete(f);
                }
            }
        }
        List<String> command = List.of("node", "e2e/scenario.mjs", "--base-url", "http://127.0.0.1:" + port,
                "--person-name", name, "--person-id", subject.spoorId(),
                "--upload", subject.document().toString(), "--upload-case", subject.caseId(), "--upload-partner", POLICE,
                "--user", fit.username(), "--password", SignedIn.PASSWORD, "--purpose", PURPOSE,
                "--jurist", jurist.username(), "--purge-id", purge.get("id").asString(), "--recipient", "om-haarlem", "--fresh",
                "--screenshots", screenshots.toString(), "--chromium", CHROMIUM.toString());
        System.out.println("e2e: " + String.join(" ", command));
        Process node = new ProcessBuilder(command).directory(UI.toFile()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(line -> System.out.println("e2e: " + line));
        }
        boolean finished = node.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        assertThat(finished).as("the scenario ends within 15 minutes").isTrue();
        assertThat(node.exitValue()).as("ui/e2e/scenario.mjs exit status (its output above says which step failed)").isZero();
        try (var taken = Files.list(screenshots)) {
            assertThat(taken.map(f -> f.getFileName().toString()).sorted().toList()).as("a screenshot of every screen").containsExactly(
                    "01-login.png", "02-purpose.png", "03-ingest-upload.png", "04-unusual-wealth-dashboard.png", "05-search.png", "06-profile.png",
                    "07-source-document-page.png", "08-network.png", "09-money-trail.png", "10-export-disclosure.png",
                    "11-sector-networks.png", "12-trafficking-networks.png", "13-english.png", "14-network-2000-nodes.png",
                    "15-jurist-login.png", "16-audit-consultations.png", "17-disclosure-register.png", "18-purges.png", "19-subject-report.png");
        }
    }

    record Subject(String spoorId, String caseId, Path document) {
    }

    /** A planted unusual-wealth subject that a generated document names, with that document. */
    static Subject fitPersonNamedInADocument() throws IOException {
        JsonNode documents = JSON.readTree(Files.readString(world.resolve("documents/manifest.json"))).get("documents");
        List<String> tried = new ArrayList<>();
        for (JsonNode c : PlantedWorld.cases(truth, "unusualWealth", true)) {
            String subject = PlantedWorld.subjects(c).getFirst();
            tried.add(subject);
            Optional<String> path = stream(documents)
                    .filter(d -> d.get("path").asString().endsWith(".pdf") && stream(d.get("entities")).anyMatch(e -> e.get("id").asString().equals(subject)))
                    .map(d -> d.get("path").asString()).findFirst();
            if (path.isPresent()) {
                return new Subject(PlantedWorld.storeId(subject), c.get("caseId").asString(), world.resolve("documents").resolve(path.get()));
            }
        }
        throw new AssertionError("no PDF of the generated documents names a planted unusual-wealth subject " + tried);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }
}
