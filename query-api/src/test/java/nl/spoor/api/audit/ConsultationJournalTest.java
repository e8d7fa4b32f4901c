package nl.spoor.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.model.testing.TestStore;

/**
 * The consultation log written ahead into a journal (the server on the embedded store): what was journaled
 * reaches the chain once and in order, also after the process stopped between the two, and a journal that was
 * altered is refused before anything of it is stored.
 */
class ConsultationJournalTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final LogKey KEY = ConsultationChainTest.KEY;

    @TempDir
    Path folder;

    final List<ConsultationLog> opened = new ArrayList<>();

    @BeforeEach
    void emptyLog() {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            s.run("MATCH (n) WHERE n:Consultation OR n:ConsultationLogHead OR n:ConsultationQuery DETACH DELETE n").consume();
        }
    }

    @AfterEach
    void closeLogs() {
        opened.forEach(ConsultationLog::close);
    }

    ConsultationLog journaled() {
        return journaled(ConsultationLog.APPLY_GATHER);
    }

    ConsultationLog journaled(Duration gathering) {
        ConsultationLog log = new ConsultationLog(NEO4J.store().driver(), NEO4J.store().database(), KEY).openForAppending()
                .appendingInProcess(NEO4J.store().inProcess().orElseThrow()).gatheringFor(gathering).journaledIn(folder);
        opened.add(log);
        return log;
    }

    /** A log reading the store through Bolt, without a journal of its own: what another process would see. */
    static ConsultationLog reader() {
        return new ConsultationLog(NEO4J.store().driver(), NEO4J.store().database(), KEY);
    }

    static ConsultationLog.Request request(String user) {
        return ConsultationChainTest.request(user, "CASE-1", "{ entity(spoorId: \"kvk:1\") { caption } }", List.of("kvk:" + user));
    }

    /** Journals entries of {@code users} into a new file in {@code dir}, as a process would that stopped before storing them. */
    static void journalOnly(Path dir, long appliedFile, String... users) {
        ConsultationJournal journal = ConsultationJournal.open(dir, KEY);
        journal.begin(appliedFile);
        List<Consultation> entries = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (String user : users) {
            ConsultationLog.Request r = request(user);
            entries.add(r.unchained().withMillis());
            documents.add(r.document());
        }
        journal.write(entries, documents);
        journal.close();
    }

    List<Path> journalFiles() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    static String storedJournalPosition() {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            return s.run("MATCH (h:ConsultationLogHead) RETURN h.journal AS j").single().get("j").asString(null);
        }
    }

    ChainVerifier.Verification verify() {
        return new ChainVerifier(reader()).verify(Map.of(), n -> { });
    }

    @Test
    void readersSeeEveryRecordedEntryChainedInTheStore() throws IOException {
        ConsultationLog log = journaled();
        for (String user : List.of("anna", "bert", "cees")) {
            log.record(request(user));
        }
        assertThat(log.find(ConsultationLog.Filter.ALL, 0, 10)).extracting(Consultation::seq, Consultation::user).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "anna"), org.assertj.core.groups.Tuple.tuple(2L, "bert"),
                org.assertj.core.groups.Tuple.tuple(3L, "cees"));
        Consultation fourth = log.append(request("dirk"));
        assertThat(fourth.seq()).isEqualTo(4);
        assertThat(log.head()).isEqualTo(new ConsultationLog.Head(4, fourth.hash()));
        assertThat(verify().intact()).isTrue();
        // The head says how far the journal is applied: the end of the fourth line of the one file begun.
        assertThat(journalFiles()).extracting(p -> p.getFileName().toString()).containsExactly("consultations-000001.journal");
        assertThat(storedJournalPosition()).isEqualTo("1:" + Files.size(folder.resolve("consultations-000001.journal")));
    }

    @Test
    void storesTheEntriesOfManyRequestsInOneTransactionOnceSomeoneReads() {
        ConsultationLog log = journaled(Duration.ofMinutes(5));
        for (String user : List.of("anna", "bert", "cees", "dirk", "eva")) {
            log.record(request(user)); // durable in the journal; the store has not taken it yet
        }
        assertThat(reader().count(ConsultationLog.Filter.ALL)).isZero();
        assertThat(log.appliedTransactions()).isZero();

        assertThat(log.find(ConsultationLog.Filter.ALL, 0, 10)).extracting(Consultation::seq, Consultation::user).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "anna"), org.assertj.core.groups.Tuple.tuple(2L, "bert"),
                org.assertj.core.groups.Tuple.tuple(3L, "cees"), org.assertj.core.groups.Tuple.tuple(4L, "dirk"),
                org.assertj.core.groups.Tuple.tuple(5L, "eva"));
        assertThat(log.appliedTransactions()).isEqualTo(1);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void storesGatheredEntriesWithoutAReaderOnceTheyHaveGatheredLongEnough() throws InterruptedException {
        ConsultationLog log = journaled(Duration.ofMillis(200));
        log.record(request("anna"));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (reader().count(ConsultationLog.Filter.ALL) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(reader().find(ConsultationLog.Filter.ALL, 0, 10)).extracting(Consultation::user).containsExactly("anna");
        assertThat(log.appliedTransactions()).isEqualTo(1);
    }

    @Test
    void storesWhatGatheredWhenTheLogCloses() {
        ConsultationLog log = journaled(Duration.ofMinutes(5));
        log.record(request("anna"));
        log.record(request("bert"));
        log.close();
        opened.remove(log);
        assertThat(reader().find(ConsultationLog.Filter.ALL, 0, 10)).extracting(Consultation::user).containsExactly("anna", "bert");
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void storesAtTheNextStartWhatAStoppedProcessJournaledButDidNotStore() throws IOException {
        journalOnly(folder, 0, "anna", "bert", "cees");
        long written = Files.size(folder.resolve("consultations-000001.journal"));

        ConsultationLog log = journaled();

        assertThat(reader().find(ConsultationLog.Filter.ALL, 0, 10)).extracting(Consultation::seq, Consultation::user).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "anna"), org.assertj.core.groups.Tuple.tuple(2L, "bert"),
                org.assertj.core.groups.Tuple.tuple(3L, "cees"));
        assertThat(reader().document(request("anna").unchained().queryHash())).contains(request("anna").document());
        assertThat(storedJournalPosition()).isEqualTo("1:" + written);
        // The applied file is gone; the server writes on in the next one.
        assertThat(journalFiles()).extracting(p -> p.getFileName().toString()).containsExactly("consultations-000002.journal");
        log.record(request("dirk"));
        assertThat(log.count(ConsultationLog.Filter.ALL)).isEqualTo(4);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aToolThatOpensTheStoreStoresWhatAStoppedServerLeftInTheJournal() {
        journalOnly(folder, 0, "anna", "bert");
        try (ConsultationLog tool = ConsultationLog.forStore(NEO4J.store(), KEY, folder)) {
            assertThat(tool.find(ConsultationLog.Filter.ALL, 0, 10)).extracting(Consultation::user).containsExactly("anna", "bert");
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void storesOnlyOnceWhatWasStoredBeforeTheStop() throws IOException {
        ConsultationLog first = journaled();
        first.record(request("anna"));
        first.record(request("bert"));
        first.close();
        opened.remove(first);
        // Two more lines in the same file that the stopped process journaled but did not store (made apart, then added).
        Path other = Files.createTempDirectory(folder.getParent(), "other-journal");
        journalOnly(other, 0, "cees", "dirk");
        Files.write(folder.resolve("consultations-000001.journal"), Files.readAllBytes(other.resolve("consultations-000001.journal")),
                StandardOpenOption.APPEND);

        journaled();

        assertThat(reader().find(ConsultationLog.Filter.ALL, 0, 10)).extracting(Consultation::seq, Consultation::user).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "anna"), org.assertj.core.groups.Tuple.tuple(2L, "bert"),
                org.assertj.core.groups.Tuple.tuple(3L, "cees"), org.assertj.core.groups.Tuple.tuple(4L, "dirk"));
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void leavesOutALastLineCutShortAndStoresTheCompleteOnes() throws IOException {
        journalOnly(folder, 0, "anna", "bert", "cees");
        Path file = folder.resolve("consultations-000001.journal");
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.truncate(c.size() - 40); // the process stopped while writing the third line: it was never acknowledged
        }

        journaled();

        assertThat(reader().find(ConsultationLog.Filter.ALL, 0, 10)).extracting(Consultation::user).containsExactly("anna", "bert");
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void refusesAnAlteredJournalNamingFileAndLineAndStoresNothingOfIt() throws IOException {
        journalOnly(folder, 0, "anna", "bert", "cees");
        Path file = folder.resolve("consultations-000001.journal");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("\"user\":\"bert\"", "\"user\":\"berT\""), StandardCharsets.UTF_8);

        assertThatThrownBy(this::journaled).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("line 2").hasMessageContaining("HMAC does not match");

        assertThat(reader().count(ConsultationLog.Filter.ALL)).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("berT"); // kept for the investigation
    }

    @Test
    void keepsOneChainWhileAnotherProcessAppendsThroughBolt() throws Exception {
        ConsultationLog journaled = journaled();
        ConsultationLog bolt = reader().openForAppending();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            ConsultationLog writer = t % 2 == 0 ? journaled : bolt;
            String user = "writer" + t;
            done.add(pool.submit((Callable<Void>) () -> {
                for (int i = 0; i < 25; i++) {
                    writer.record(request(user));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        journaled.awaitApplied();
        ChainVerifier.Verification v = verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(100);
        assertThat(journaled.count(new ConsultationLog.Filter("writer2", null, null, null, null))).isEqualTo(25);
    }
}
