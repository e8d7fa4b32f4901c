package nl.spoor.ingest.pipeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.spoor.ingest.extract.Extractor;
import nl.spoor.ingest.extract.Mention;
import nl.spoor.ingest.extract.MentionType;
import nl.spoor.ingest.importers.bank.BankStatementImporter;
import nl.spoor.ingest.importers.bank.Statement;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * Extraction and resolution stages for one parsed document, and the facts they give: the document's
 * {@link Source}, its {@code Document} entity, every resolved entity with its evidence, a
 * {@code MENTIONS} per mention with page and offsets, the relations the text states, and the link
 * to the container it came out of.
 *
 * <p>A document that is a bank statement ({@link BankStatementImporter}) also gives the statement's
 * accounts, transfers and cash movements, under the same {@code doc:sha256:} source with the
 * importer's line or entry locators, in the same batch as the document's other facts. Its own text is
 * then not read for stated transfers: the statement says them exactly.
 *
 * <p>A stated relation is written only between two mentions that resolved to entities of kinds the
 * relationship joins ({@link #fits}), with the phrase's page and offsets as evidence and the sentence
 * around both mentions as snippet. An organisation written with its KvK-nummer right after it
 * ("Glashelder B.V. (KvK 12345678)") resolves to the company of that number, so what the text says
 * about it meets the register.
 */
final class DocumentFacts {

    private static final int SNIPPET = 60;

    /** What one document adds to a write, and how much. */
    record Facts(String sha256, String path, WriteBatch batch, int mentions, int unresolved, boolean statement,
                 String statementError) {
    }

    /** A statement found in the document: read, or why it could not be (null both when it is none). */
    record StatementImport(Statement statement, String error) {
        static final StatementImport NONE = new StatementImport(null, null);
    }

    private static final BankStatementImporter STATEMENTS = new BankStatementImporter();

    private final Extractor extractor;
    private final ExtractorRelease release;
    private final MentionResolver resolver;
    private final IngestOptions options;

    DocumentFacts(Extractor extractor, ExtractorRelease release, MentionResolver resolver, IngestOptions options) {
        this.extractor = extractor;
        this.release = release;
        this.resolver = resolver;
        this.options = options;
    }

    static String sourceId(String sha256) {
        return "doc:sha256:" + sha256;
    }

    static EntityRef documentRef(String sha256) {
        return new EntityRef(EntityKind.DOCUMENT, "document:" + sha256);
    }

    /** @param children the content hashes of the documents taken out of this one that are stored (or written before it) */
    Facts of(String sha256, String path, String title, ParsedDocument doc, List<String> children) {
        return of(sha256, path, title, doc, children, StatementImport.NONE);
    }

    Facts of(String sha256, String path, String title, ParsedDocument doc, List<String> children, StatementImport statement) {
        String sourceId = sourceId(sha256);
        Statement read = statement.statement();
        Source source = new Source(sourceId,
                read != null ? SourceKind.BANK_STATEMENT : doc.mediaType().startsWith("message/") ? SourceKind.EMAIL : SourceKind.DOCUMENT,
                sha256, title, options.partner(), options.legalBasis(), options.caseId(), options.receivedAt(), options.retainUntil(),
                release.name(), release.version());
        WriteBatch batch = new WriteBatch().source(source);
        EntityRef document = documentRef(sha256);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("sha256", sha256);
        props.put("path", path);
        props.put("name", title);
        props.put("mediaType", doc.mediaType());
        props.put("pages", (long) doc.pages().size());
        props.put("needsOcr", doc.needsOcr());
        if (read != null) {
            props.put("statementFormat", read.format().name());
            props.put("statementAccount", read.account().value());
        }
        batch.entity(new EntityFact(document, props, new Evidence(sourceId, "document", null, null, null, 1.0, null)));
        // Written with the container, not the child: a child is written first, its container may not be stored yet.
        for (String child : children) {
            batch.relationship(RelationshipFact.of(RelationshipKind.EMBEDDED_IN, documentRef(child), document, Map.of(),
                    new Evidence(sourceId, "embedded:" + child, null, null, null, 1.0, null)));
        }

        if (read != null) {
            // The importer's facts, under this document's source (already in the batch).
            WriteBatch facts = STATEMENTS.toFacts(read, source);
            facts.entities().forEach(batch::entity);
            facts.relationships().forEach(batch::relationship);
        }

        List<Mention> mentions = extractor.mentions(doc.pages());
        Map<Mention, Mention> kvkOf = kvkNumbers(doc.pages(), mentions);
        Map<Mention, EntityRef> resolved = new HashMap<>();
        int unresolved = 0;
        for (Mention m : mentions) {
            Optional<MentionResolver.Resolved> r = kvkOf.containsKey(m)
                    ? resolver.companyWithKvk(m, kvkOf.get(m)).or(() -> resolver.resolve(m, sha256))
                    : resolver.resolve(m, sha256);
            if (r.isEmpty()) {
                unresolved++;
                continue;
            }
            resolved.put(m, r.get().ref());
            Evidence evidence = Evidence.mention(sourceId, m.page(), m.start(), m.end(), m.confidence(), snippet(doc.pages().get(m.page() - 1), m));
            batch.entity(new EntityFact(r.get().ref(), r.get().properties(), evidence));
            Map<String, Object> where = new LinkedHashMap<>();
            where.put("page", (long) m.page());
            where.put("start", (long) m.start());
            where.put("end", (long) m.end());
            where.put("text", m.text());
            where.put("type", m.type().name());
            where.put("recogniser", m.recogniser());
            batch.relationship(new RelationshipFact(RelationshipKind.MENTIONS, document, r.get().ref(), evidence.locator(), where, evidence));
        }
        for (Extractor.StatedRelation rel : extractor.relations(doc.pages(), mentions)) {
            Optional<RelationshipKind> kind = RelationshipKind.fromType(rel.kind());
            EntityRef from = resolved.get(rel.from());
            EntityRef to = resolved.get(rel.to());
            if (kind.isEmpty() || from == null || to == null || !fits(kind.get(), from.kind(), to.kind()) || from.equals(to)
                    || read != null && kind.get() == RelationshipKind.TRANSFER) {
                continue;
            }
            String locator = "p" + rel.page() + ":" + rel.start();
            String page = doc.pages().get(rel.page() - 1);
            Evidence evidence = new Evidence(sourceId, "rel:" + locator, rel.page(), rel.start(), rel.end(), rel.confidence(),
                    snippet(page, Math.min(rel.start(), Math.min(rel.from().start(), rel.to().start())),
                            Math.max(rel.end(), Math.max(rel.from().end(), rel.to().end()))));
            batch.relationship(new RelationshipFact(kind.get(), from, to, kind.get().multiple() ? locator : "", Map.of("phrase", rel.phrase()), evidence));
        }
        return new Facts(sha256, path, batch, resolved.size(), unresolved, read != null, statement.error());
    }

    private static final Set<EntityKind> PARTIES = Set.of(EntityKind.PERSON, EntityKind.COMPANY, EntityKind.ORGANIZATION);
    private static final Set<EntityKind> ORGANISATIONS = Set.of(EntityKind.COMPANY, EntityKind.ORGANIZATION);

    /** Whether a relationship of this kind may join entities of these kinds; kinds not listed are not taken from text. */
    static boolean fits(RelationshipKind kind, EntityKind from, EntityKind to) {
        return switch (kind) {
            case DIRECTOR_OF -> PARTIES.contains(from) && ORGANISATIONS.contains(to);
            case LIVES_AT -> from == EntityKind.PERSON && to == EntityKind.ADDRESS;
            case REGISTERED_AT -> ORGANISATIONS.contains(from) && to == EntityKind.ADDRESS;
            case REGISTERED_OWNER -> PARTIES.contains(from) && to == EntityKind.VEHICLE;
            case HOLDS_ACCOUNT -> PARTIES.contains(from) && to == EntityKind.BANK_ACCOUNT;
            case TRANSFER -> from == EntityKind.BANK_ACCOUNT && to == EntityKind.BANK_ACCOUNT;
            default -> false;
        };
    }

    /** Up to this many characters between a name and its KvK-nummer, holding the KvK label and nothing else the extractor found. */
    private static final int KVK_GAP = 60;
    private static final Pattern KVK_CUE = Pattern.compile("(?i)k\\.?v\\.?k|kamer van koophandel|handelsregister");

    /** Organisation mentions followed closely by their KvK-nummer ("Glashelder B.V. (KvK 12345678)"), to that number's mention. */
    static Map<Mention, Mention> kvkNumbers(List<String> pages, List<Mention> mentions) {
        Map<Mention, Mention> found = new HashMap<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention org = mentions.get(i);
            Mention next = mentions.get(i + 1);
            if (org.type() != MentionType.ORGANIZATION || next.type() != MentionType.KVK || next.page() != org.page()
                    || next.start() < org.end() || next.start() - org.end() > KVK_GAP) {
                continue;
            }
            String gap = pages.get(org.page() - 1).substring(org.end(), next.start());
            if (KVK_CUE.matcher(gap).find() && !gap.contains("\n\n")) {
                found.put(org, next);
            }
        }
        return found;
    }

    private static String snippet(String page, Mention m) {
        return snippet(page, m.start(), m.end());
    }

    private static String snippet(String page, int start, int end) {
        int from = Math.max(0, start - SNIPPET);
        int to = Math.min(page.length(), end + SNIPPET);
        return page.substring(from, to).replaceAll("\\s+", " ").strip();
    }
}
