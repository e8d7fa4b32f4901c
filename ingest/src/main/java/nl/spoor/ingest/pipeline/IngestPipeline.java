package nl.spoor.ingest.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import nl.spoor.ingest.extract.Extractor;
import nl.spoor.ingest.importers.bank.BankStatementImporter;
import nl.spoor.ingest.importers.bank.StatementFormatException;
import nl.spoor.ingest.importers.register.RegisterFormatException;
import nl.spoor.ingest.importers.register.RegisterImporter;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreTransactions;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.WriteBatch;
import nl.spoor.model.writer.WriteResult;

/**
 * {@code spoor ingest}: files, folders and archives into the graph, every fact traced to its page.
 *
 * <p>Stages: a feeder lists the input files into a bounded queue; N workers each hash a file, claim
 * it ({@link IngestFiles}: skipped when done before), detect and parse it with Tika (OCR included,
 * within the time limit), follow its attachments and archive entries as documents of their own,
 * extract and resolve; their results go through a second bounded queue to one writer, which writes
 * the facts of several documents per {@link GraphWriter} batch and then marks them done. The bounded
 * queues are the back-pressure: a slow store slows the workers, a slow parse the feeder.
 *
 * <p>A document whose content is a bank statement ({@link BankStatementImporter#detect(byte[])}) is
 * also imported as one: its accounts, transfers and cash movements go into the document's facts, under
 * the document's Source of this delivery, and are written and marked done with them. A statement that cannot
 * be read (a wrong IBAN, balances that do not add up) is not bad input as a file: its text is ingested
 * as any document's, nothing of the statement is written, and the reason is kept on its
 * {@link IngestFileStatus#statementError()} and in the report. A register extract (KvK, RDW, BRP,
 * Kadaster/WOZ, {@link RegisterImporter}) is routed the same way, under a source of kind {@code REGISTER}. Ingesting it again skips it like any
 * done file; a corrected statement has another content hash and is ingested as a new document.
 *
 * <p>A Source is one delivery of one document ({@link IngestOptions#sourceId}: content hash, partner,
 * case, legal basis); the {@code Document} is one per content hash. A file is skipped only when this
 * same delivery of it is done. Delivered again under another partner, case or basis it is read and
 * extracted again under that delivery's Source: the facts meet the ones already stored (nothing is
 * doubled) and each gets the new Source's ASSERTS or evidence beside the first one's. Extracting
 * again, rather than copying the first delivery's assertions, keeps every delivery's provenance as
 * exact as the first's (its own title, path and extractor version) and independent of it: when the
 * first delivery's retention ends and it is purged, the second still carries every fact it supports.
 *
 * <p>Bad input (corrupt, encrypted, empty, over a limit) is quarantined with its reason and the run
 * goes on. A file is marked done only after its facts are written, and the writes are idempotent,
 * so a killed run restarted gives the same graph as one clean run.
 */
public final class IngestPipeline {

    private static final int FACTS_PER_WRITE = 5_000;

    private final SpoorStore store;
    /** In process on an embedded store: the pipeline's tens of small statements per document without Bolt round trips. */
    private final StoreTransactions transactions;
    private final GraphWriter writer;
    private final IngestFiles files;
    private final DocumentParser parser;
    private final DocumentFacts facts;
    private final PossiblySameAs sameAs;
    private final BankStatementImporter statements = new BankStatementImporter();
    private final RegisterImporter registers;
    private final IngestOptions options;
    private final IngestProgress progress;
    private final boolean ocrAvailable;
    private int crashAfterDocuments = -1;

    public IngestPipeline(SpoorStore store, BsnKey bsnKey, Extractor extractor, ExtractorRelease release, IngestOptions options,
                          IngestProgress progress) {
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = StoreTransactions.of(store);
        this.writer = new GraphWriter(transactions);
        this.files = new IngestFiles(store, transactions);
        this.sameAs = new PossiblySameAs(store, transactions);
        this.options = options;
        this.progress = progress;
        this.ocrAvailable = options.ocr() && DocumentParser.tesseractAvailable();
        this.parser = new DocumentParser(ocrAvailable, options.limits());
        this.facts = new DocumentFacts(extractor, release, new MentionResolver(bsnKey), options);
        this.registers = new RegisterImporter(bsnKey);
    }

    public IngestFiles files() {
        return files;
    }

    /**
     * Has Neo4j plan every statement the pipeline sends, before the first file: the writer's (one per
     * relationship type), the page, candidate and status writes, each with no rows and each also after a
     * change in the same transaction (Neo4j caches a plan per query text, parameter types and whether the
     * transaction has changes), in transactions that are rolled back, so nothing is written. A process
     * that ingests into a store pays this once (seconds on a busy machine); without it the first
     * deliveries pay it file by file. {@code spoor bench ingest} calls it before timing each round's empty
     * store, as raw Tika's side is warmed before timing too. Each statement is run as often as Neo4j needs
     * before it compiles the statement's expressions to code, which it does once per statement too.
     */
    public void warmUp() {
        List<org.neo4j.driver.Query> unwinds = new ArrayList<>(GraphWriter.statementsToPlan());
        Map<String, Object> none = GraphWriter.rows(List.of());
        for (String cypher : List.of(DocumentPages.WRITE_PAGES, DocumentPages.WRITE_AMOUNTS, IngestFiles.DONE)) {
            unwinds.add(new org.neo4j.driver.Query(cypher, none));
        }
        // Neo4j compiles a statement once more, with its expressions as generated code, when its cached plan
        // has been reused more than internal.cypher.expression_recompilation_limit (10) times: run each that
        // often here too, or the first deliveries pay that second compilation as well.
        for (int i = 0; i < EXPRESSION_RECOMPILATION_LIMIT + 2; i++) {
            transactions.rolledBack(tx -> {
                unwinds.forEach(q -> tx.run(q).consume());
                sameAs.warmUp(tx);
                // A claim writes: from here on the transaction has changes, and the statements are planned for that case too.
                files.claim(tx, "0".repeat(64), "warm-up", null, options);
                unwinds.forEach(q -> tx.run(q).consume());
                sameAs.warmUp(tx);
                return null;
            });
            // A worker claims in a transaction of its own; an attachment's claim differs from a file's in one
            // parameter's type (text, not null): a plan of its own.
            transactions.rolledBack(tx -> files.claim(tx, "1".repeat(64), "warm-up!/attachment", "0".repeat(64), options));
            for (String parent : java.util.Arrays.asList(null, "0".repeat(64))) {
                transactions.rolledBack(tx -> {
                    files.mark(tx, options, "1".repeat(64), "warm-up", parent, IngestFileStatus.QUARANTINED, "warm-up");
                    return null;
                });
            }
        }
    }

    /** Neo4j's default for {@code internal.cypher.expression_recompilation_limit}. */
    private static final int EXPRESSION_RECOMPILATION_LIMIT = 10;

    /**
     * Test hook standing in for a kill: the writer stops the run with {@link SimulatedCrash} after
     * writing the facts of {@code documents} documents and before marking them done.
     */
    void crashAfter(int documents) {
        this.crashAfterDocuments = documents;
    }

    /** Thrown by the {@link #crashAfter} hook. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash");
        }
    }

    private sealed interface Outcome {
    }

    private record Ingested(DocumentFacts.Facts facts, boolean needsOcr, String parent, boolean topLevel) implements Outcome {
    }

    private record Skipped(String sha256, String path, String before, boolean topLevel) implements Outcome {
    }

    private record Quarantined(String sha256, String path, String parent, String reason, boolean topLevel) implements Outcome {
    }

    /** sha256 null: the file could not even be read, so there is no record to keep. */
    private record Failed(String sha256, String path, String parent, String reason, boolean topLevel) implements Outcome {
    }

    private record WorkerDone() implements Outcome {
    }

    public IngestReport run(List<Path> inputs) {
        return run(inputs, Path::toString);
    }

    /**
     * As {@link #run(List)}, each file known in the graph by the name {@code shownAs} gives it rather than
     * by its path: a worker reads an object of an S3 bucket from a temporary copy, and the graph keeps
     * the object's stable {@code s3://bucket/key}, not the copy's path, which is gone once it is done.
     */
    public IngestReport run(List<Path> inputs, java.util.function.Function<Path, String> shownAs) {
        long started = System.nanoTime();
        List<Path> paths = InputFiles.walk(inputs);
        if (options.ocr() && !ocrAvailable) {
            progress.warning("Tesseract with Dutch (tesseract-ocr-nld) was not found: images and scanned PDF pages are not read; "
                    + "those documents are marked needsOcr. Install it and run again with the same files to read them.");
        }
        progress.started(paths.size());
        int workers = options.workers();
        BlockingQueue<Path> work = new ArrayBlockingQueue<>(workers * 2);
        BlockingQueue<Outcome> results = new ArrayBlockingQueue<>(workers * 8);
        ExecutorService threads = Executors.newFixedThreadPool(workers + 1, Thread.ofPlatform().name("ingest-", 0).daemon().factory());
        // Parses run on their own daemon threads so a parse past its time can be abandoned.
        ExecutorService parses = Executors.newCachedThreadPool(Thread.ofPlatform().name("ingest-parse-", 0).daemon().factory());
        Path end = Path.of("");
        try {
            threads.submit(() -> {
                for (Path p : paths) {
                    work.put(p);
                }
                for (int i = 0; i < workers; i++) {
                    work.put(end);
                }
                return null;
            });
            for (int i = 0; i < workers; i++) {
                threads.submit(() -> {
                    try {
                        for (Path p = work.take(); p != end; p = work.take()) {
                            for (Outcome o : ingestFile(p, shownAs.apply(p), parses)) {
                                results.put(o);
                            }
                        }
                    } finally {
                        results.put(new WorkerDone());
                    }
                    return null;
                });
            }
            return write(results, workers, paths.size(), started);
        } finally {
            threads.shutdownNow();
            parses.shutdownNow();
            progress.finished();
        }
    }

    // ---- worker side: hash, claim, parse, follow embedded files, extract and resolve

    private List<Outcome> ingestFile(Path path, String shown, ExecutorService parses) {
        List<Outcome> out = new ArrayList<>();
        try {
            long size = Files.size(path);
            if (size > options.limits().maxFileBytes()) {
                String sha = sha256(path);
                out.add(new Quarantined(sha, shown, null, "larger than " + options.limits().maxFileBytes() + " bytes (" + size + ")", true));
                return out;
            }
            byte[] content = Files.readAllBytes(path);
            ingest(content, sha256(content), shown, path.getFileName().toString(), null, 0,
                    new ExpansionBudget(content.length, options.limits().maxExpansionRatio()), parses, out, true);
        } catch (IOException e) {
            out.add(new Failed(null, shown, null, "cannot be read: " + e.getMessage(), true));
        }
        return out;
    }

    /**
     * Log lines written while a document is read (by Tika, the readers, the extractor) carry its hash under
     * this MDC key; a document inside another has its own while it is read, then the container's again.
     */
    public static final String DOCUMENT_MDC_KEY = "spoor.document";

    /** @return whether the document is stored, or will be once {@code out} is written (so a container may link to it) */
    private boolean ingest(byte[] content, String sha, String path, String title, String parent, int depth, ExpansionBudget budget,
                        ExecutorService parses, List<Outcome> out, boolean topLevel) {
        String container = org.slf4j.MDC.get(DOCUMENT_MDC_KEY);
        org.slf4j.MDC.put(DOCUMENT_MDC_KEY, sha);
        try {
            return ingestDocument(content, sha, path, title, parent, depth, budget, parses, out, topLevel);
        } finally {
            if (container == null) {
                org.slf4j.MDC.remove(DOCUMENT_MDC_KEY);
            } else {
                org.slf4j.MDC.put(DOCUMENT_MDC_KEY, container);
            }
        }
    }

    private boolean ingestDocument(byte[] content, String sha, String path, String title, String parent, int depth, ExpansionBudget budget,
                        ExecutorService parses, List<Outcome> out, boolean topLevel) {
        try {
            String before = files.claim(sha, path, parent, options);
            if (IngestFileStatus.DONE.equals(before) || IngestFileStatus.QUARANTINED.equals(before)) {
                out.add(new Skipped(sha, path, before, topLevel));
                return IngestFileStatus.DONE.equals(before);
            }
        } catch (RuntimeException e) {
            out.add(new Failed(null, path, parent, "the store could not record it: " + e.getMessage(), topLevel));
            return false;
        }
        if (depth > options.limits().maxDepth()) {
            out.add(new Quarantined(sha, path, parent, "nested deeper than " + options.limits().maxDepth() + " archives or attachments", topLevel));
            return false;
        }
        ParsedDocument doc;
        try {
            doc = parse(content, title, budget, parses);
        } catch (BadInputException e) {
            out.add(new Quarantined(sha, path, parent, e.getMessage(), topLevel));
            return false;
        }
        // Children first: the container is marked done only after everything in it is.
        List<String> children = new ArrayList<>();
        for (EmbeddedFile child : doc.embedded()) {
            String childSha = sha256(child.content());
            if (ingest(child.content(), childSha, path + "!/" + child.name(), child.name(), sha, depth + 1, budget, parses, out, false)) {
                children.add(childSha);
            }
        }
        try {
            out.add(new Ingested(facts.of(sha, path, title, doc, children, statement(content, sha, path, doc)), doc.needsOcr(), parent, topLevel));
            return true;
        } catch (RuntimeException e) {
            out.add(new Failed(sha, path, parent, "extraction failed: " + e, topLevel));
            return false;
        }
    }

    /** The bank statement or register extract the content is, read; or why it could not be read; or none. */
    private DocumentFacts.StatementImport statement(byte[] content, String sha, String path, ParsedDocument doc) {
        // Tika's first page recognises a PDF afschrift, so a PDF that is none is not opened a second time.
        if (statements.detect(content, doc.pages().isEmpty() ? "" : doc.pages().getFirst()).isEmpty()) {
            if (registers.detect(content).isEmpty()) {
                return DocumentFacts.StatementImport.NONE;
            }
            try {
                return new DocumentFacts.StatementImport(null, registers.read(Path.of(path), content, options.sourceId(sha), sha), null);
            } catch (RegisterFormatException e) {
                return new DocumentFacts.StatementImport(null, null, e.getMessage());
            }
        }
        try {
            return new DocumentFacts.StatementImport(statements.read(Path.of(path), content), null);
        } catch (StatementFormatException e) {
            return new DocumentFacts.StatementImport(null, e.getMessage());
        } catch (RuntimeException e) {
            // A reader tripping over malformed input: still the document's text is worth having.
            return new DocumentFacts.StatementImport(null, "the statement reader failed: " + e);
        }
    }

    private ParsedDocument parse(byte[] content, String title, ExpansionBudget budget, ExecutorService parses) throws BadInputException {
        Future<ParsedDocument> parse = parses.submit(() -> parser.parse(content, title, budget));
        Duration limit = options.limits().perDocument();
        try {
            return parse.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new BadInputException("took longer than " + limit.toSeconds() + " s to parse");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException("the parser failed on this file: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ---- writer side: batched writes, then status

    private IngestReport write(BlockingQueue<Outcome> results, int workers, long inputFiles, long started) {
        long documents = 0, skipped = 0, needsOcr = 0, mentions = 0, statementsRead = 0, registersRead = 0;
        List<IngestReport.Problem> statementErrors = new ArrayList<>();
        WriteResult written = WriteResult.EMPTY;
        List<IngestReport.Problem> quarantined = new ArrayList<>();
        List<IngestReport.Problem> failed = new ArrayList<>();
        List<Ingested> pending = new ArrayList<>();
        int pendingFacts = 0;
        int finishedWorkers = 0;
        try {
            while (finishedWorkers < workers) {
                Outcome o = results.take();
                switch (o) {
                    case WorkerDone d -> finishedWorkers++;
                    case Skipped s -> {
                        skipped++;
                        progress.documentFinished(new IngestProgress.Finished(s.path(), s.sha256(), s.topLevel(),
                                IngestFileStatus.DONE.equals(s.before()) ? IngestProgress.Outcome.ALREADY_INGESTED
                                        : IngestProgress.Outcome.ALREADY_QUARANTINED, null));
                    }
                    case Quarantined q -> {
                        files.quarantine(options, q.sha256(), q.path(), q.parent(), q.reason());
                        quarantined.add(new IngestReport.Problem(q.path(), q.reason()));
                        progress.documentFinished(new IngestProgress.Finished(q.path(), q.sha256(), q.topLevel(),
                                IngestProgress.Outcome.QUARANTINED, q.reason()));
                    }
                    case Failed f -> {
                        if (f.sha256() != null) {
                            files.fail(options, f.sha256(), f.path(), f.parent(), f.reason());
                        }
                        failed.add(new IngestReport.Problem(f.path(), f.reason()));
                        progress.documentFinished(new IngestProgress.Finished(f.path(), f.sha256(), f.topLevel(),
                                IngestProgress.Outcome.FAILED, f.reason()));
                    }
                    case Ingested i -> {
                        pending.add(i);
                        pendingFacts += i.facts().batch().size();
                    }
                }
                if (!pending.isEmpty() && (pendingFacts >= FACTS_PER_WRITE || results.isEmpty() || finishedWorkers == workers)) {
                    Flushed f = flush(pending, failed);
                    written = written.plus(f.result());
                    for (Ingested i : pending) {
                        if (!f.done().contains(i.facts().sha256())) {
                            continue;
                        }
                        documents++;
                        mentions += i.facts().mentions();
                        needsOcr += i.needsOcr() ? 1 : 0;
                        statementsRead += i.facts().statement() ? 1 : 0;
                        registersRead += i.facts().register() ? 1 : 0;
                        if (i.facts().statementError() != null) {
                            statementErrors.add(new IngestReport.Problem(i.facts().path(), i.facts().statementError()));
                        }
                    }
                    progress.written(documents, written);
                    for (Ingested i : pending) {
                        String sha = i.facts().sha256();
                        String refused = f.refused().get(sha);
                        progress.documentFinished(new IngestProgress.Finished(i.facts().path(), sha, i.topLevel(),
                                refused == null ? IngestProgress.Outcome.INGESTED : IngestProgress.Outcome.FAILED, refused));
                    }
                    pending.clear();
                    pendingFacts = 0;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Ingest interrupted; run it again with the same files to finish", e);
        }
        return new IngestReport(inputFiles, documents, skipped, needsOcr, mentions, written.entityFacts(), written.relationshipFacts(),
                written.nodesCreated(), written.relationshipsCreated(), List.copyOf(quarantined), List.copyOf(failed),
                Duration.ofNanos(System.nanoTime() - started), statementsRead, List.copyOf(statementErrors), registersRead);
    }

    private int documentsWritten;

    private static final java.util.Set<nl.spoor.model.graph.EntityKind> NAMED = java.util.EnumSet.of(nl.spoor.model.graph.EntityKind.PERSON,
            nl.spoor.model.graph.EntityKind.COMPANY, nl.spoor.model.graph.EntityKind.ORGANIZATION);

    /** Writes the pending documents' facts together, then marks them done; a batch the store refuses is retried one document at a time. */
    private record Flushed(WriteResult result, java.util.Set<String> done, Map<String, String> refused) {
    }

    private Flushed flush(List<Ingested> pending, List<IngestReport.Problem> failed) {
        WriteBatch batch = new WriteBatch();
        for (Ingested i : pending) {
            WriteBatch b = i.facts().batch();
            b.sources().forEach(batch::source);
            b.entities().forEach(batch::entity);
            b.relationships().forEach(batch::relationship);
        }
        WriteResult result;
        List<String> done = new ArrayList<>();
        Map<String, String> refused = new HashMap<>();
        try {
            result = writer.write(batch);
            pending.forEach(i -> done.add(i.facts().sha256()));
        } catch (RuntimeException whole) {
            result = WriteResult.EMPTY;
            for (Ingested i : pending) {
                try {
                    result = result.plus(writer.write(i.facts().batch()));
                    done.add(i.facts().sha256());
                } catch (RuntimeException e) {
                    String reason = "the store refused its facts: " + e.getMessage();
                    files.fail(options, i.facts().sha256(), i.facts().path(), i.parent(), reason);
                    refused.put(i.facts().sha256(), reason);
                    failed.add(new IngestReport.Problem(i.facts().path(), reason));
                }
            }
        }
        // Page text, stated amounts, name candidates and the done marks: after the facts, in one transaction
        // (a commit per step cost more than the step on small documents), so a run stopped before it commits
        // does all of them again and one stopped after has them all. Pages too large for one statement are
        // written first in transactions of their own (DocumentPages.CHARS_PER_WRITE), as before.
        List<DocumentPages.Pages> pages = pending.stream().filter(i -> done.contains(i.facts().sha256()) && i.facts().pages() != null)
                .map(i -> i.facts().pages()).toList();
        java.util.Set<String> named = new java.util.TreeSet<>();
        pending.stream().filter(i -> done.contains(i.facts().sha256())).flatMap(i -> i.facts().batch().entities().stream())
                .filter(f -> NAMED.contains(f.ref().kind())).forEach(f -> named.add(f.ref().spoorId()));
        documentsWritten += pending.size();
        if (crashAfterDocuments >= 0 && documentsWritten >= crashAfterDocuments) {
            throw new SimulatedCrash();
        }
        Map<String, String> statementErrors = new HashMap<>();
        pending.stream().filter(i -> i.facts().statementError() != null)
                .forEach(i -> statementErrors.put(i.facts().sha256(), i.facts().statementError()));
        java.util.Set<String> needOcr = new java.util.HashSet<>();
        pending.stream().filter(Ingested::needsOcr).forEach(i -> needOcr.add(i.facts().sha256()));
        boolean pagesWritten = transactions.write(tx -> {
            boolean small = DocumentPages.writeSmall(tx, pages);
            if (small) {
                sameAs.refresh(tx, named);
                IngestFiles.done(tx, options, done, statementErrors, needOcr);
            }
            return small;
        });
        if (!pagesWritten) {
            DocumentPages.write(transactions, pages);
            transactions.write(tx -> {
                sameAs.refresh(tx, named);
                IngestFiles.done(tx, options, done, statementErrors, needOcr);
                return null;
            });
        }
        return new Flushed(result, java.util.Set.copyOf(done), refused);
    }

    // ---- content hashes

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    private static String sha256(Path path) throws IOException {
        MessageDigest d = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), d)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
