package nl.spoor.api.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;

/**
 * The consultation log in the store (DESIGN §6): append-only, hash-chained, shared by every API process
 * on the store. There is no update or delete here, nor anywhere else in Spoor; no GraphQL mutation
 * reaches it, and the retention purge leaves it alone (it has its own labels, never {@code :Entity}).
 *
 * <p>Appends from all processes are serialised by a write lock on the one {@code (:ConsultationLogHead)}
 * node, taken in the same transaction that reads the head, creates the entries and moves the head, so the
 * chain never forks; a uniqueness constraint on {@code seq} is the second guard. Within one process,
 * concurrent appends share a commit ({@link #append}).
 *
 * <p>For other features: {@link #about(String)} answers "who consulted this entity" (the data-subject
 * report), {@link #find} the auditors' questions.
 */
public final class ConsultationLog implements AutoCloseable {

    static final String HEAD = "consultations";

    private final Driver driver;
    private final SessionConfig session;
    private final LogKey key;

    public ConsultationLog(Driver driver, String database, LogKey key) {
        this.driver = driver;
        this.session = SessionConfig.forDatabase(database);
        this.key = key;
        this.appender = new BoltAppender(driver, session);
    }

    /** Where the server on the embedded store of {@code settings} keeps the log's journal: in {@code $SPOOR_HOME}, beside the store. */
    public static java.nio.file.Path journal(nl.spoor.model.store.StoreSettings settings) {
        return settings.home().resolve("consultation-journal");
    }

    /**
     * The log of a process that opened {@code store} itself: ready to append, and on an embedded store written in process
     * through the journal in {@code journal}, after storing what a stopped server left there (so a tool run after a crash,
     * `audit verify` or a subject report, sees every answered request). Close it when done.
     */
    public static ConsultationLog forStore(nl.spoor.model.store.SpoorStore store, LogKey key, java.nio.file.Path journal) {
        ConsultationLog log = new ConsultationLog(store.driver(), store.database(), key).openForAppending();
        store.inProcess().ifPresent(db -> log.appendingInProcess(db).journaledIn(journal));
        return log;
    }

    /**
     * Makes the head of an empty log, for a server about to append. A log with entries but no head was
     * tampered with: the server then refuses to start rather than begin a second chain.
     */
    public ConsultationLog openForAppending() {
        try (var s = driver.session(session)) {
            s.executeWrite(tx -> {
                boolean headless = tx.run("OPTIONAL MATCH (h:ConsultationLogHead {log: $log}) RETURN h IS NULL AS none", Map.of("log", HEAD))
                        .single().get("none").asBoolean();
                if (headless) {
                    long entries = tx.run("MATCH (c:Consultation) RETURN count(c) AS n").single().get("n").asLong();
                    if (entries > 0) {
                        throw new IllegalStateException("The consultation log has " + entries + " entries but its head node (:ConsultationLogHead) "
                                + "is missing: the log was tampered with. Run ./spoor audit verify and restore the store from a backup.");
                    }
                    tx.run("MERGE (h:ConsultationLogHead {log: $log}) ON CREATE SET h.seq = 0, h.hash = $genesis",
                            Map.of("log", HEAD, "genesis", Consultation.GENESIS)).consume();
                }
                return null;
            });
        }
        return this;
    }

    /** Who asked what and why, before it is chained. */
    public record Request(Instant at, String channel, String user, List<String> roles, String organisation, String purpose,
                          String legalBasis, String requestId, String operationType, String operationName, String document,
                          String variables, List<String> fields, Consultation.Outcome outcome, String reason, List<String> returnedIds) {

        Consultation unchained() {
            return new Consultation(0, at, channel, user, roles.stream().sorted().toList(), organisation, purpose, legalBasis, requestId,
                    operationType, operationName, document == null ? "" : LogKey.sha256(document), variables, fields, outcome,
                    reason, returnedIds, "", "");
        }
    }

    /**
     * Appends one entry at the end of the chain and returns it as stored, once it is committed.
     *
     * <p>Group commit: requests that finish while another request's entries are being committed queue up,
     * and the next of them to get the writer lock commits every queued entry in one transaction (in queue
     * order), so concurrent requests share one commit and no request waits for more than two. Each caller
     * still returns only after its own entry is committed.
     *
     * <p>A server on the embedded store writes straight into the database through Neo4j's Java API
     * ({@link #appendingInProcess}); otherwise through Bolt, one auto-commit statement per batch: this process
     * remembers the head it last wrote and the statement checks it under the head's write lock; when another
     * process appended meanwhile, the entries are chained again on the head read under that same lock, in one
     * transaction.
     */
    public Consultation append(Request request) {
        Pending pending = durable(request);
        if (journal != null) {
            awaitStored(pending);
        }
        return pending.stored;
    }

    /**
     * Records one entry and returns once it is durable: with a journal ({@link #journaledIn}) once it is forced to the
     * journal, which the store then applies in order a moment later; otherwise once it is committed, as {@link #append}.
     * For what answers a request (an answer may leave now: a crash cannot lose its entry); whoever needs the
     * entry's place in the chain uses {@link #append}.
     */
    public void record(Request request) {
        durable(request);
    }

    private Pending durable(Request request) {
        Pending pending = new Pending(request.unchained().withMillis(), request.document() == null ? "" : request.document());
        if (journal != null) {
            awaitRoom();
        }
        queued.add(pending);
        writer.lock();
        try {
            while (!pending.durable()) {
                List<Pending> batch = new ArrayList<>();
                for (Pending p; batch.size() < MAX_BATCH && (p = queued.poll()) != null; ) {
                    batch.add(p);
                }
                if (journal != null) {
                    journal(batch);
                } else {
                    commit(batch);
                }
            }
        } finally {
            writer.unlock();
        }
        if (pending.failure != null) {
            throw pending.failure;
        }
        return pending;
    }

    /** How many entries wait for a commit now. */
    int queuedEntries() {
        return queued.size();
    }

    /** Most entries committed in one transaction. */
    static final int MAX_BATCH = 256;

    /** An entry waiting to be chained and committed. Written under {@link #writer} (and by the applier), read by its caller. */
    private static final class Pending {
        final Consultation entry;
        final String document;
        volatile Consultation stored;
        volatile RuntimeException failure;
        /** Where its journal line ends, once it is in the journal. */
        volatile ConsultationJournal.Position end;

        Pending(Consultation entry, String document) {
            this.entry = entry;
            this.document = document;
        }

        boolean durable() {
            return stored != null || failure != null || end != null;
        }
    }

    private final ConcurrentLinkedQueue<Pending> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();
    /** The head this process last committed; null when unknown (then the first statement only reads it, under its lock). */
    private Head lastWritten;

    private void commit(List<Pending> batch) {
        long started = System.nanoTime();
        try {
            store(batch, null);
        } catch (RuntimeException e) {
            batch.forEach(p -> p.failure = e);
        } finally {
            if (metrics != null) {
                metrics.record(batch.size(), System.nanoTime() - started);
            }
        }
    }

    /** Chains the entries on the head and commits them (with how far the journal is applied, when they came from it). */
    private void store(List<Pending> batch, ConsultationJournal.Position appliedThrough) {
        try {
            List<String> documents = batch.stream().map(p -> p.document).toList();
            List<Consultation> chained = appender.append(lastWritten, head -> chain(batch, head), documents, appliedThrough);
            lastWritten = new Head(chained.getLast().seq(), chained.getLast().hash());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).stored = chained.get(i);
            }
        } catch (RuntimeException e) {
            lastWritten = null;
            throw e;
        }
    }

    // ---- The journal (embedded store): durable before the answer, in the store a moment later --------------------

    /** Most entries in the journal not yet in the store; a request waits beyond that (the store is failing or far behind). */
    static final int MAX_LAG = 10_000;
    /** How long a reader or {@link #append} waits for the store to have every journaled entry. */
    static final java.time.Duration APPLY_WAIT = java.time.Duration.ofSeconds(30);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsultationLog.class);

    private volatile ConsultationJournal journal;
    private final java.util.concurrent.LinkedBlockingQueue<Pending> toApply = new java.util.concurrent.LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicLong journaled = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong applied = new java.util.concurrent.atomic.AtomicLong();
    private final Object appliedMonitor = new Object();
    private volatile RuntimeException applyFailure;
    private volatile boolean closing;
    private Thread applier;
    /** How long journaled entries may gather before the store takes them in one transaction ({@link #gather}). */
    private volatile java.time.Duration gathering = APPLY_GATHER;
    static final java.time.Duration APPLY_GATHER = java.time.Duration.ofMillis(500);
    private final Object gatherMonitor = new Object();
    /** Callers waiting until the store holds journaled entries; while there are any, the applier does not gather. */
    private final java.util.concurrent.atomic.AtomicInteger waitingForStore = new java.util.concurrent.atomic.AtomicInteger();
    /** Transactions the applier committed (for tests of the gathering). */
    private final java.util.concurrent.atomic.AtomicLong appliedTransactions = new java.util.concurrent.atomic.AtomicLong();

    /** How long journaled entries gather before they are stored (default {@link #APPLY_GATHER}); before {@link #journaledIn}. */
    ConsultationLog gatheringFor(java.time.Duration gathering) {
        this.gathering = gathering;
        return this;
    }

    long appliedTransactions() {
        return appliedTransactions.get();
    }

    /**
     * Makes the log write ahead into a journal in {@code directory} (the embedded store's, in this process: call
     * {@link #appendingInProcess} first): {@link #record} returns once its entry is forced to the journal, ~0.3–0.5 ms,
     * instead of after a Neo4j commit, 2–5 ms; one thread applies the journal to the store in order, chaining there
     * as before, many entries a transaction ({@link #gather}: within half a second, at once when someone reads). Every
     * read of this log first waits until the store has what was journaled before it, so readers see every answered
     * request. First, entries a stopped process journaled but did not apply are applied, in order,
     * before this returns (the server answers nothing before that).
     */
    public ConsultationLog journaledIn(java.nio.file.Path directory) {
        if (!(appender instanceof InProcessAppender inProcess)) {
            throw new IllegalStateException("The consultation journal is for a store running in this process: call appendingInProcess first");
        }
        ConsultationJournal j = ConsultationJournal.open(directory, key);
        ConsultationJournal.Position appliedThrough = inProcess.appliedJournal();
        List<ConsultationJournal.Entry> rest = j.unapplied(appliedThrough);
        if (!rest.isEmpty()) {
            LOG.info("Applying {} consultation log entries from the journal in {} that a stopped process wrote but did not store", rest.size(), directory);
            for (int from = 0; from < rest.size(); from += MAX_BATCH) {
                List<Pending> batch = new ArrayList<>();
                for (ConsultationJournal.Entry e : rest.subList(from, Math.min(rest.size(), from + MAX_BATCH))) {
                    Pending p = new Pending(e.consultation(), e.document());
                    p.end = e.end();
                    batch.add(p);
                }
                store(batch, batch.getLast().end);
                appliedThrough = batch.getLast().end;
            }
        }
        j.begin(appliedThrough == null ? 0 : appliedThrough.file());
        this.journal = j;
        applier = Thread.ofPlatform().daemon().name("consultation-journal").start(this::applyJournal);
        return this;
    }

    private void journal(List<Pending> batch) {
        long started = System.nanoTime();
        try {
            List<ConsultationJournal.Position> ends = journal.write(batch.stream().map(p -> p.entry).toList(),
                    batch.stream().map(p -> p.document).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).end = ends.get(i);
            }
            journaled.addAndGet(batch.size());
            toApply.addAll(batch); // under the writer lock: in journal order
            if (toApply.size() >= MAX_BATCH - 1) {
                hurryTheApplier();
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.failure = e);
        } finally {
            if (metrics != null) {
                metrics.record(batch.size(), System.nanoTime() - started);
            }
        }
    }

    /** The applier: journaled entries into the store, in order, a batch per transaction; a failed batch is tried again. */
    private void applyJournal() {
        List<Pending> batch = new ArrayList<>();
        long deletedBefore = 0;
        long backoff = 50;
        while (true) {
            if (batch.isEmpty()) {
                Pending first;
                try {
                    first = toApply.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                if (first == null) {
                    if (closing) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                gather();
                toApply.drainTo(batch, MAX_BATCH - 1);
            }
            try {
                store(batch, batch.getLast().end);
                long file = batch.getLast().end.file();
                if (file > deletedBefore) {
                    journal.deleteBefore(file);
                    deletedBefore = file;
                }
                applied.addAndGet(batch.size());
                appliedTransactions.incrementAndGet();
                batch.clear();
                if (applyFailure != null) {
                    LOG.info("The consultation journal is applied to the store again");
                    applyFailure = null;
                }
                backoff = 50;
                synchronized (appliedMonitor) {
                    appliedMonitor.notifyAll();
                }
            } catch (RuntimeException e) {
                if (applyFailure == null) {
                    LOG.error("The consultation journal cannot be applied to the store ({} entries waiting; they are safe in {}); trying again",
                            journaled.get() - applied.get(), journal.directory(), e);
                }
                applyFailure = e;
                if (closing) {
                    return;
                }
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = Math.min(5_000, backoff * 2);
            }
        }
    }

    /**
     * Lets journaled entries gather before they are stored, so that the store commits many in one transaction instead
     * of one per request: until {@link #gathering} has passed since the first, {@link #MAX_BATCH} are waiting, someone
     * waits for the store ({@link #awaitApplied}: a reader, {@link #append}, a request held by {@link #MAX_LAG}), or the
     * log closes. Each entry is already durable in the journal; what this saves is CPU beside the next requests: on
     * two cores a commit per request (~2 ms, most of it the entry's returned ids) ran while the next answer was being
     * written out, and that was most of what the log still cost an answer (README, *Overhead*).
     */
    private void gather() {
        long until = System.nanoTime() + gathering.toNanos();
        synchronized (gatherMonitor) {
            while (waitingForStore.get() == 0 && !closing && toApply.size() < MAX_BATCH - 1) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    gatherMonitor.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void hurryTheApplier() {
        synchronized (gatherMonitor) {
            gatherMonitor.notifyAll();
        }
    }

    private void awaitStored(Pending pending) {
        awaitApplied(() -> pending.stored != null);
    }

    /** Waits until the store holds every entry journaled before this call; nothing to wait for without a journal. */
    void awaitApplied() {
        if (journal == null) {
            return;
        }
        long target = journaled.get();
        awaitApplied(() -> applied.get() >= target);
    }

    private void awaitRoom() {
        awaitApplied(() -> journaled.get() - applied.get() < MAX_LAG);
    }

    private void awaitApplied(java.util.function.BooleanSupplier done) {
        if (done.getAsBoolean()) {
            return;
        }
        waitingForStore.incrementAndGet();
        try {
            hurryTheApplier();
            awaitAppliedUntil(done);
        } finally {
            waitingForStore.decrementAndGet();
        }
    }

    private void awaitAppliedUntil(java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + APPLY_WAIT.toNanos();
        synchronized (appliedMonitor) {
            while (!done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    RuntimeException cause = applyFailure;
                    throw new IllegalStateException("The consultation log's store has not taken the journaled entries within "
                            + APPLY_WAIT.toSeconds() + " s (" + (journaled.get() - applied.get()) + " waiting in " + journal.directory()
                            + ")" + (cause == null ? "" : ": " + cause.getMessage()), cause);
                }
                try {
                    appliedMonitor.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the consultation log's store", e);
                }
            }
        }
    }

    /**
     * Stops the journal's applier once it has stored what was journaled (at most {@link #APPLY_WAIT}); what is left
     * stays in the journal and is applied at the next start. Without a journal there is nothing to close.
     */
    @Override
    public void close() {
        if (journal == null) {
            return;
        }
        closing = true;
        hurryTheApplier();
        try {
            applier.join(APPLY_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long left = journaled.get() - applied.get();
        if (left > 0) {
            LOG.warn("{} consultation log entries are in the journal {} but not yet in the store; they are applied at the next start",
                    left, journal.directory());
        }
        journal.close();
    }

    /** Where appends are written: through Bolt, or straight into the database when it runs in this JVM. */
    private interface Appender {
        /**
         * Under the head's write lock, chains the entries on the head ({@code chain}) and writes them with the
         * head moved to the last; {@code lastWritten} is the head this process wrote last (null: unknown).
         */
        List<Consultation> append(Head lastWritten, java.util.function.Function<Head, List<Consultation>> chain, List<String> documents,
                                  ConsultationJournal.Position appliedThrough);
    }

    private record BoltAppender(Driver driver, SessionConfig session) implements Appender {
        @Override
        public List<Consultation> append(Head lastWritten, java.util.function.Function<Head, List<Consultation>> chain, List<String> documents,
                                         ConsultationJournal.Position appliedThrough) {
            try (var s = driver.session(session)) {
                if (lastWritten != null) {
                    // The usual case, one round trip: an auto-commit statement on the head this process wrote last.
                    List<Consultation> entries = chain.apply(lastWritten);
                    if (s.run(APPEND, appendParameters(entries, documents, lastWritten)).single().get("current").asBoolean()) {
                        return entries;
                    }
                }
                // First append of this process, or another process appended since: chain on the head read under its
                // lock, which this transaction holds from its first statement to its commit.
                return s.executeWrite(tx -> {
                    var head = tx.run(LOCK_HEAD, Map.of("log", HEAD)).single();
                    Head actual = new Head(head.get("seq").asLong(), head.get("hash").asString());
                    List<Consultation> entries = chain.apply(actual);
                    if (!tx.run(APPEND, appendParameters(entries, documents, actual)).single().get("current").asBoolean()) {
                        throw new IllegalStateException("The consultation log's head moved while its write lock was held");
                    }
                    return entries;
                });
            }
        }
    }

    /**
     * In-process, through Neo4j's Java API: the same nodes and properties as {@link #APPEND} writes, without
     * Bolt round trips or a Cypher plan per request (README, consultation log overhead). The chain's
     * verification reads them back through Bolt, so a difference in what is stored would break it (tested).
     */
    private record InProcessAppender(GraphDatabaseService database) implements Appender {
        private static final Label HEAD_LABEL = Label.label("ConsultationLogHead");
        private static final Label CONSULTATION = Label.label("Consultation");
        private static final Label QUERY = Label.label("ConsultationQuery");

        /** How far this store has applied its journal (head property {@code journal}); null when it never had one. */
        ConsultationJournal.Position appliedJournal() {
            try (Transaction tx = database.beginTx()) {
                Node head = tx.findNode(HEAD_LABEL, "log", HEAD);
                Object position = head == null ? null : head.getProperty("journal", null);
                return position == null ? null : ConsultationJournal.Position.parse((String) position);
            }
        }

        @Override
        public List<Consultation> append(Head lastWritten, java.util.function.Function<Head, List<Consultation>> chain, List<String> documents,
                                         ConsultationJournal.Position appliedThrough) {
            try (Transaction tx = database.beginTx()) {
                Node head = tx.findNode(HEAD_LABEL, "log", HEAD);
                if (head == null) {
                    throw new IllegalStateException("The consultation log's head node (:ConsultationLogHead) is missing");
                }
                tx.acquireWriteLock(head);
                List<Consultation> entries = chain.apply(new Head(((Number) head.getProperty("seq")).longValue(), (String) head.getProperty("hash")));
                for (int i = 0; i < entries.size(); i++) {
                    Node c = tx.createNode(CONSULTATION);
                    entries.get(i).properties().forEach((name, value) -> c.setProperty(name, value instanceof List<?> list
                            ? list.stream().map(String.class::cast).toArray(String[]::new) : value));
                    String queryHash = entries.get(i).queryHash();
                    if (!queryHash.isEmpty() && tx.findNode(QUERY, "sha256", queryHash) == null) {
                        // No race with another writer's: every append holds the head's lock until commit.
                        Node query = tx.createNode(QUERY);
                        query.setProperty("sha256", queryHash);
                        query.setProperty("text", documents.get(i));
                    }
                }
                head.setProperty("seq", entries.getLast().seq());
                head.setProperty("hash", entries.getLast().hash());
                if (appliedThrough != null) {
                    // In the entries' own transaction: after a crash the journal is applied from here, never twice.
                    head.setProperty("journal", appliedThrough.toString());
                }
                tx.commit();
                return entries;
            }
        }
    }

    private volatile Appender appender;

    /**
     * Appends straight into {@code database}, the same database as the driver's, running in this JVM (the
     * embedded store): an answer then waits for the commit but not for Bolt round trips. Reads stay on the driver.
     */
    public ConsultationLog appendingInProcess(GraphDatabaseService database) {
        this.appender = new InProcessAppender(database);
        return this;
    }

    private List<Consultation> chain(List<Pending> batch, Head after) {
        List<Consultation> entries = new ArrayList<>(batch.size());
        long seq = after.seq();
        String hash = after.hash();
        for (Pending p : batch) {
            Consultation c = p.entry.chained(++seq, hash, key);
            entries.add(c);
            hash = c.hash();
        }
        return entries;
    }

    private static Map<String, Object> appendParameters(List<Consultation> entries, List<String> documents, Head expected) {
        List<Map<String, Object>> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            rows.add(Map.of("props", entries.get(i).properties(), "document", documents.get(i)));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("log", HEAD);
        params.put("expectedSeq", expected.seq());
        params.put("expectedHash", expected.hash());
        params.put("seq", entries.getLast().seq());
        params.put("hash", entries.getLast().hash());
        params.put("entries", rows);
        return params;
    }

    /** Takes the head's write lock (SET before reading: held until commit) and reads it. */
    private static final String LOCK_HEAD = "MATCH (h:ConsultationLogHead {log: $log}) SET h.appending = true REMOVE h.appending RETURN h.seq AS seq, h.hash AS hash";

    /**
     * Takes the head's write lock (SET before reading: held until commit, so no other process reads or moves
     * this head meanwhile), and only when the head is the one expected, moves it and creates the entries.
     */
    private static final String APPEND = """
            MATCH (h:ConsultationLogHead {log: $log})
            SET h.appending = true
            WITH h, h.seq AS seq, h.hash AS hash
            WITH h, seq, hash, seq = $expectedSeq AND hash = $expectedHash AS current
            REMOVE h.appending
            WITH h, seq, hash, current
            CALL (h, current) {
              WITH h WHERE current
              SET h.seq = $seq, h.hash = $hash
              WITH h
              UNWIND $entries AS e
              CREATE (c:Consultation) SET c = e.props
              WITH c, e WHERE c.queryHash <> ''
              MERGE (q:ConsultationQuery {sha256: c.queryHash}) ON CREATE SET q.text = e.document
            }
            RETURN current, seq, hash""";

    /** Time and size of each committed batch, for the metrics of a server; not set in tools and tests. */
    public interface AppendMetrics {
        void record(int entries, long nanos);
    }

    private volatile AppendMetrics metrics;

    /** Reports each commit of entries to {@code metrics}. */
    public ConsultationLog measuredBy(AppendMetrics metrics) {
        this.metrics = metrics;
        return this;
    }

    /** What an auditor asks: every condition given must hold; {@code until} is exclusive. */
    public record Filter(String user, String purpose, String subject, Instant since, Instant until) {

        public static final Filter ALL = new Filter(null, null, null, null, null);

        String where() {
            StringBuilder w = new StringBuilder("WHERE true");
            if (user != null) {
                w.append(" AND c.user = $user");
            }
            if (purpose != null) {
                w.append(" AND c.purpose = $purpose");
            }
            if (subject != null) {
                w.append(" AND $subject IN c.returnedIds");
            }
            if (since != null) {
                w.append(" AND c.at >= $since");
            }
            if (until != null) {
                w.append(" AND c.at < $until");
            }
            return w.toString();
        }

        Map<String, Object> params() {
            Map<String, Object> p = new HashMap<>();
            p.put("user", user);
            p.put("purpose", purpose);
            p.put("subject", subject);
            p.put("since", since == null ? null : since.atZone(ZoneOffset.UTC));
            p.put("until", until == null ? null : until.atZone(ZoneOffset.UTC));
            return p;
        }
    }

    /** The entries matching {@code filter}, in log order, from {@code offset}, at most {@code limit}. */
    public List<Consultation> find(Filter filter, int offset, int limit) {
        awaitApplied();
        Map<String, Object> p = filter.params();
        p.put("skip", offset);
        p.put("limit", limit);
        try (var s = driver.session(session)) {
            return s.executeRead(tx -> tx.run("MATCH (c:Consultation) " + filter.where() + " RETURN c ORDER BY c.seq SKIP $skip LIMIT $limit", p)
                    .list(r -> Consultation.of(r.get("c").asNode())));
        }
    }

    /** How many entries match {@code filter}. */
    public long count(Filter filter) {
        awaitApplied();
        try (var s = driver.session(session)) {
            return s.executeRead(tx -> tx.run("MATCH (c:Consultation) " + filter.where() + " RETURN count(c) AS n", filter.params())
                    .single().get("n").asLong());
        }
    }

    /** Every consultation whose answer held the entity {@code spoorId}, in log order: who consulted this person or thing. */
    public List<Consultation> about(String spoorId) {
        return find(new Filter(null, null, spoorId, null, null), 0, Integer.MAX_VALUE);
    }

    /** The query document with this SHA-256, stored once for all entries that ran it. */
    public Optional<String> document(String sha256) {
        awaitApplied();
        try (var s = driver.session(session)) {
            return s.executeRead(tx -> tx.run("MATCH (q:ConsultationQuery {sha256: $h}) RETURN q.text AS t", Map.of("h", sha256)).list())
                    .stream().findFirst().map(r -> r.get("t").asString(null));
        }
    }

    /** The head: how many entries the log has and the last one's hash (anchor it elsewhere to detect truncation). */
    public Head head() {
        awaitApplied();
        try (var s = driver.session(session)) {
            var r = s.executeRead(tx -> tx.run("MATCH (h:ConsultationLogHead {log: $log}) RETURN h.seq AS seq, h.hash AS hash", Map.of("log", HEAD)).list());
            return r.isEmpty() ? new Head(-1, "") : new Head(r.getFirst().get("seq").asLong(-1), r.getFirst().get("hash").asString(""));
        }
    }

    /** The log's head: sequence number and hash of its last entry ({@code 0} and 64 zeros for an empty log; -1 when missing). */
    public record Head(long seq, String hash) {
        @Override
        public String toString() {
            return seq + ":" + hash;
        }
    }

    Driver driver() {
        return driver;
    }

    SessionConfig session() {
        return session;
    }

    LogKey key() {
        return key;
    }
}
