package nl.spoor.api.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.testing.SignedIn;
import nl.spoor.model.store.SpoorStore;

/**
 * The warm-up as the server runs it: started when the server is up, over every query family, and what a user's first
 * request then finds in Neo4j's plan cache. An empty store: every request runs only its first statements, no page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "SPOOR_PLAN_WARMUP=true")
class PlanWarmUpServerTest {

    static final Path HOME = nl.spoor.api.testing.ServerHome.temporary("spoor-warm-up-test-");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("SPOOR_HOME", HOME::toString);
    }

    @AfterAll
    static void removeRunFile() throws Exception {
        Files.deleteIfExists(HOME.resolve("run/server.properties"));
    }

    /**
     * The query resources the warm-up leaves out, and why. A new resource fails the coverage test until it is warmed
     * (a {@link QueryPlans} calls its code) or named here.
     */
    static final Map<String, String> NOT_WARMED = Map.of(
            "moneytrail/TrailBenchmark.naive.cypher", "the benchmark's naive variant, not served by the API",
            "moneytrail/TrailBenchmark.starts.cypher", "the benchmark's choice of start accounts, not served by the API",
            "moneytrail/TrailSearch.forward.cypher", "the Cypher engine's (a server without Spoor's plugin); this store has the traversal",
            "moneytrail/TrailSearch.backward.cypher", "the Cypher engine's (a server without Spoor's plugin); this store has the traversal",
            "moneytrail/TrailSearch.between.cypher", "the Cypher engine's (a server without Spoor's plugin); this store has the traversal",
            "network/Subgraph.ring.cypher", "network analysis: its lists grow ring by ring from what the last ring found",
            "network/Subgraph.locations.cypher", "network analysis of the entities a user picked",
            "network/Subgraph.links.cypher", "network analysis: the links among what the rings found");

    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlanWarmUp warmUp;

    @Autowired
    SpoorStore store;

    private PlanWarmUp.Outcome finished() throws InterruptedException {
        for (int i = 0; i < 3000 && warmUp.last() == null; i++) {
            Thread.sleep(100);
        }
        assertThat(warmUp.last()).as("the warm-up finished within 5 minutes").isNotNull();
        return warmUp.last();
    }

    @Test
    void plansEveryQueryResourceOfTheApiWithoutAFailureOnceTheServerIsUp() throws Exception {
        PlanWarmUp.Outcome outcome = finished();
        assertThat(outcome.failures()).isEmpty();

        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:nl/spoor/api/**/*.cypher");
        assertThat(resources).hasSizeGreaterThan(40);
        List<String> unwarmed = new ArrayList<>();
        List<String> warmedButListed = new ArrayList<>();
        for (Resource r : resources) {
            String url = r.getURL().toString();
            String name = url.substring(url.lastIndexOf("nl/spoor/api/") + "nl/spoor/api/".length());
            List<String> lines = lines(r.getContentAsString(StandardCharsets.UTF_8));
            String line = lines.getFirst();
            boolean warmed = outcome.texts().stream().anyMatch(t -> lines.stream().allMatch(t::contains));
            if (!warmed && !NOT_WARMED.containsKey(name)) {
                unwarmed.add(name + " (" + line + ")");
            }
            if (warmed && NOT_WARMED.containsKey(name)) {
                warmedButListed.add(name);
            }
        }
        assertThat(unwarmed).as("query resources no QueryPlans plans").isEmpty();
        assertThat(warmedButListed).as("warmed, yet listed as not warmed").isEmpty();
    }

    /**
     * The lines of a query that are no comment and have nothing filled in by its code ({{marks}}, PathSearch's MAX_HOPS): each
     * is in every text made of it.
     */
    private static List<String> lines(String cypher) {
        return cypher.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//") && !l.contains("{{") && !l.contains("MAX_HOPS"))
                .toList();
    }

    /** A request of every family with the API's defaults, as a user asks it first. */
    static final Map<String, String> FIRST_QUESTIONS = new LinkedHashMap<>();

    static {
        FIRST_QUESTIONS.put("fanIn", "{ fanIn { __typename } }");
        FIRST_QUESTIONS.put("fanOut", "{ fanOut { __typename } }");
        FIRST_QUESTIONS.put("cycles", "{ cycles { __typename } }");
        FIRST_QUESTIONS.put("passThrough", "{ passThrough { __typename } }");
        FIRST_QUESTIONS.put("structuring", "{ structuring { __typename } }");
        FIRST_QUESTIONS.put("abcTransactions", "{ abcTransactions { __typename } }");
        FIRST_QUESTIONS.put("unusualWealth", "{ unusualWealth { __typename } }");
        FIRST_QUESTIONS.put("sectorNetworks", "{ sectorNetworks(sbi: \"81.22\") { __typename } }");
        FIRST_QUESTIONS.put("traffickingNetworks", "{ traffickingNetworks { __typename } }");
        FIRST_QUESTIONS.put("moneyTrail", "{ moneyTrail(from: \"iban:NL00WARM0000000001\") { __typename } }");
        FIRST_QUESTIONS.put("search", "{ search(query: \"Jan de Vries\") { __typename } }");
        FIRST_QUESTIONS.put("entity", "{ entity(spoorId: \"iban:NL00WARM0000000001\") { __typename } }");
    }

    @Test
    void aUsersFirstRequestOfEachFamilyIsServedFromThePlanCacheForAnUnrestrictedAndARestrictedView() throws Exception {
        finished();
        SignedIn http = SignedIn.investigator(context, port);
        assertFirstQuestionsArePlanCacheHits(http, "every source");

        // A source of a partner the purpose does not cover: the same user now sees a restricted view (other query texts).
        try (var s = store.driver().session(store.sessionConfig())) {
            s.run("CREATE (:Source {sourceId: 'test:elsewhere', partner: 'elders'})").consume();
        }
        assertFirstQuestionsArePlanCacheHits(http, "restricted");

        // And the probe can tell: with the caches emptied, as after a restart without the warm-up, the same requests are planned.
        PlanCacheProbe.clear(store);
        http.graphql("{ fanIn { __typename } }");
        PlanCacheProbe probe = PlanCacheProbe.of(store);
        http.graphql("{ cycles { __typename } }");
        assertThat(probe.misses()).isGreaterThanOrEqualTo(1);
    }

    private void assertFirstQuestionsArePlanCacheHits(SignedIn http, String view) throws Exception {
        // What every request reads and writes besides its query (the view's sources, the consultation log) is planned by the first.
        http.graphql("{ fanIn { __typename } }");
        for (var q : FIRST_QUESTIONS.entrySet()) {
            PlanCacheProbe probe = PlanCacheProbe.of(store);
            var answer = http.graphql(q.getValue());
            // The query ran: no error, or (a start the store does not hold) the one it gives after looking.
            answer.path("errors").forEach(e -> assertThat(e.path("message").asString()).as(q.getKey()).contains("holds no entity"));
            assertThat(probe.planned()).as("%s (%s view): statements Neo4j had to plan", q.getKey(), view).isEmpty();
            assertThat(probe.misses()).as("%s (%s view): misses (of them stale: %s)", q.getKey(), view, probe.stale()).isZero();
            assertThat(probe.hits()).as("%s (%s view): statements served from the cache", q.getKey(), view).isPositive();
        }
    }
}
