package nl.spoor.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.model.testing.TestStore;

/**
 * The chain of the consultation log on a real store: it verifies when untouched, and each way of
 * tampering with the stored log through Cypher is named by the verifier at the first entry it breaks.
 * Each test starts from an empty log of its own.
 */
class ConsultationChainTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final LogKey KEY = LogKey.of(HexFormat.of().parseHex("11".repeat(32)));

    ConsultationLog log;

    @BeforeEach
    void emptyLog() {
        cypher("MATCH (n) WHERE n:Consultation OR n:ConsultationLogHead OR n:ConsultationQuery DETACH DELETE n");
        log = new ConsultationLog(NEO4J.store().driver(), NEO4J.store().database(), KEY).openForAppending();
    }

    static ConsultationLog.Request request(String user, String purpose, String document, List<String> returned) {
        return new ConsultationLog.Request(Instant.parse("2026-12-05T03:00:00.123Z"), "graphql", user, List.of("tif", "analist"), "belastingdienst",
                purpose, "WGS art. 2.3", "req-" + user, "query", "", document, "{}", List.of("entity {\"spoorId\":\"kvk:1\"}"),
                Consultation.Outcome.ANSWERED, "", returned);
    }

    List<Consultation> appendFive() {
        List<Consultation> entries = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            entries.add(log.append(request("user" + i, "CASE-" + i, "{ entity(spoorId: \"kvk:" + i + "\") { caption } }", List.of("kvk:" + i))));
        }
        return entries;
    }

    ChainVerifier.Verification verify() {
        return new ChainVerifier(log).verify(Map.of(), n -> { });
    }

    @Test
    void chainsEntriesInOrderAndVerifiesAnUntouchedLog() {
        List<Consultation> entries = appendFive();
        assertThat(entries).extracting(Consultation::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(entries.getFirst().previousHash()).isEqualTo(Consultation.GENESIS);
        for (int i = 1; i < 5; i++) {
            assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
        }
        assertThat(entries.getFirst().roles()).containsExactly("analist", "tif");
        ChainVerifier.Verification v = verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.head()).isEqualTo(new ConsultationLog.Head(5, entries.getLast().hash()));
        assertThat(log.find(ConsultationLog.Filter.ALL, 0, 10)).containsExactlyElementsOf(entries);
        assertThat(log.document(entries.get(2).queryHash())).contains("{ entity(spoorId: \"kvk:3\") { caption } }");
    }

    @Test
    void detectsAnEditedEntry() {
        appendFive();
        cypher("MATCH (c:Consultation {seq: 3}) SET c.user = 'someone-else'");
        ChainVerifier.Verification v = verify();
        assertThat(v.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(3);
            assertThat(b.problem()).startsWith("was edited: its contents do not give its hash").contains("by someone-else");
        });
        assertThat(v.entries()).isEqualTo(2);
    }

    @Test
    void detectsAnEntryWhoseReturnedIdsWereRemoved() {
        appendFive();
        cypher("MATCH (c:Consultation {seq: 4}) SET c.returnedIds = []");
        assertThat(verify().firstBreak()).hasValueSatisfying(b -> assertThat(b.toString()).startsWith("entry 4: was edited"));
    }

    @Test
    void detectsADeletedEntry() {
        appendFive();
        cypher("MATCH (c:Consultation {seq: 2}) DETACH DELETE c");
        assertThat(verify().firstBreak()).hasValueSatisfying(b ->
                assertThat(b.toString()).isEqualTo("entry 2: is missing: entry 3 follows entry 1 (deleted)"));
    }

    @Test
    void detectsADeletedEntryWhoseFollowersWereRenumbered() {
        appendFive();
        cypher("MATCH (c:Consultation {seq: 2}) DETACH DELETE c");
        cypher("MATCH (c:Consultation) WHERE c.seq > 2 SET c.seq = c.seq - 1");
        cypher("MATCH (h:ConsultationLogHead) SET h.seq = 4");
        assertThat(verify().firstBreak()).hasValueSatisfying(b ->
                assertThat(b.toString()).startsWith("entry 2: does not follow entry 1: its previous hash"));
    }

    @Test
    void detectsReorderedEntries() {
        appendFive();
        cypher("MATCH (a:Consultation {seq: 3}), (b:Consultation {seq: 4}) SET a.seq = -4 SET b.seq = 3");
        cypher("MATCH (a:Consultation {seq: -4}) SET a.seq = 4");
        assertThat(verify().firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(3);
            assertThat(b.problem()).startsWith("does not follow entry 2").endsWith("(entries reordered, or one inserted or replaced)");
        });
    }

    @Test
    void detectsRemovedLastEntriesByTheHeadAndByAnAnchorWhenTheHeadWasSetBack() {
        List<Consultation> entries = appendFive();
        cypher("MATCH (c:Consultation) WHERE c.seq >= 4 DETACH DELETE c");
        assertThat(verify().firstBreak()).hasValueSatisfying(b -> assertThat(b.toString())
                .isEqualTo("entry 3: is the last entry, but the head says the log has 5 entries ending in hash " + entries.get(4).hash()
                        + " (entries at the end were removed)"));
        cypher("MATCH (h:ConsultationLogHead) SET h.seq = 3, h.hash = '" + entries.get(2).hash() + "'");
        assertThat(verify().intact()).as("without an anchor, a tail cut with the head set back is invisible").isTrue();
        var anchored = new ChainVerifier(log).verify(Map.of(5L, entries.get(4).hash()), n -> { });
        assertThat(anchored.firstBreak()).hasValueSatisfying(b -> assertThat(b.toString()).startsWith("entry 5: is missing: the log ends at entry 3"));
    }

    @Test
    void detectsAnEditedQueryText() {
        List<Consultation> entries = appendFive();
        cypher("MATCH (q:ConsultationQuery {sha256: '" + entries.get(1).queryHash() + "'}) SET q.text = '{ storeStatus { mode } }'");
        assertThat(verify().firstBreak()).hasValueSatisfying(b -> assertThat(b.toString())
                .isEqualTo("entry 2: its query text (SHA-256 " + entries.get(1).queryHash() + ") was edited"));
    }

    @Test
    void aChainWrittenWithAnotherKeyDoesNotVerify() {
        appendFive();
        ConsultationLog otherKey = new ConsultationLog(NEO4J.store().driver(), NEO4J.store().database(), LogKey.of(HexFormat.of().parseHex("22".repeat(32))));
        assertThat(new ChainVerifier(otherKey).verify(Map.of(), n -> { }).firstBreak())
                .hasValueSatisfying(b -> assertThat(b.toString()).startsWith("entry 1: was edited"));
    }

    @Test
    void refusesToStartASecondChainWhenTheHeadIsGone() {
        appendFive();
        cypher("MATCH (h:ConsultationLogHead) DELETE h");
        assertThatThrownBy(log::openForAppending).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The consultation log has 5 entries but its head node (:ConsultationLogHead) is missing");
    }

    @Test
    void keepsOneChainUnderConcurrentAppendsFromTwoWriters() throws Exception {
        // Two logs, as two API processes would have, appending at once from two threads each.
        // One writer through Bolt, the other straight into the database, as a server on the embedded store writes.
        ConsultationLog other = new ConsultationLog(NEO4J.store().driver(), NEO4J.store().database(), KEY)
                .appendingInProcess(NEO4J.store().inProcess().orElseThrow());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            ConsultationLog writer = t % 2 == 0 ? log : other;
            String user = "writer" + t;
            done.add(pool.submit((Callable<Void>) () -> {
                for (int i = 0; i < 25; i++) {
                    writer.append(request(user, "CASE-1", "{ storeStatus { mode } }", List.of()));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        ChainVerifier.Verification v = verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(100);
        assertThat(log.count(new ConsultationLog.Filter("writer3", null, null, null, null))).isEqualTo(25);
    }

    @Test
    void chainsOnTheStoredHeadWhenAnotherProcessAppendedMeanwhile() {
        ConsultationLog other = new ConsultationLog(NEO4J.store().driver(), NEO4J.store().database(), KEY).openForAppending()
                .appendingInProcess(NEO4J.store().inProcess().orElseThrow());
        List<Consultation> entries = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            // Alternating writers: each finds the head moved by the other since its own last append.
            entries.add((i % 2 == 1 ? log : other).append(request("user" + i, "CASE-1", "{ x }", List.of())));
        }
        assertThat(entries).extracting(Consultation::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        for (int i = 1; i < 6; i++) {
            assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
        }
        assertThat(verify().intact()).isTrue();
        assertThat(log.head()).isEqualTo(new ConsultationLog.Head(6, entries.getLast().hash()));
    }

    @Test
    void commitsTheEntriesOfRequestsThatFinishTogetherInOneTransaction() throws Exception {
        List<Integer> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        log.measuredBy((entries, nanos) -> {
            batches.add(entries);
            if (batches.size() == 1) {
                // While the first entry's commit is still being reported, three more requests finish and queue up.
                for (int t = 1; t <= 3; t++) {
                    String user = "late" + t;
                    pool.submit(() -> log.append(request(user, "CASE-2", "{ y }", List.of("kvk:" + user))));
                }
                while (log.queuedEntries() < 3) {
                    Thread.onSpinWait();
                }
            }
        });
        Consultation first = log.append(request("first", "CASE-1", "{ x }", List.of()));
        pool.shutdown();
        assertThat(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(first.seq()).isEqualTo(1);
        assertThat(batches).containsExactly(1, 3);
        assertThat(log.find(ConsultationLog.Filter.ALL, 0, 10)).extracting(Consultation::seq, Consultation::purpose).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "CASE-1"), org.assertj.core.groups.Tuple.tuple(2L, "CASE-2"),
                org.assertj.core.groups.Tuple.tuple(3L, "CASE-2"), org.assertj.core.groups.Tuple.tuple(4L, "CASE-2"));
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void findsWhoConsultedAnEntityAndFiltersByUserPurposeAndPeriod() {
        appendFive();
        log.append(request("user1", "CASE-9", "{ x }", List.of("kvk:3", "kvk:7")));
        assertThat(log.about("kvk:3")).extracting(Consultation::seq, Consultation::user).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "user3"), org.assertj.core.groups.Tuple.tuple(6L, "user1"));
        assertThat(log.find(new ConsultationLog.Filter("user1", "CASE-9", null, null, null), 0, 10)).extracting(Consultation::seq).containsExactly(6L);
        assertThat(log.count(new ConsultationLog.Filter(null, null, null, Instant.parse("2026-12-05T03:00:00.123Z"),
                Instant.parse("2026-12-05T03:00:00.124Z")))).isEqualTo(6);
        assertThat(log.count(new ConsultationLog.Filter(null, null, null, Instant.parse("2026-12-05T03:00:00.124Z"), null))).isZero();
    }

    static void cypher(String statement) {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            s.run(statement).consume();
        }
    }
}
