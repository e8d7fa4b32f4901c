package nl.spoor.ingest.pipeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.spoor.ingest.extract.Extractor;
import nl.spoor.ingest.extract.Mention;
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
 */
final class DocumentFacts {

    private static final int SNIPPET = 60;

    /** What one document adds to a write, and how much. */
    record Facts(String sha256, String path, WriteBatch batch, int mentions, int unresolved) {
    }

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
        String sourceId = sourceId(sha256);
        WriteBatch batch = new WriteBatch().source(new Source(sourceId,
                doc.mediaType().startsWith("message/") ? SourceKind.EMAIL : SourceKind.DOCUMENT, sha256, title,
                options.partner(), options.legalBasis(), options.caseId(), options.receivedAt(), options.retainUntil(),
                release.name(), release.version()));
        EntityRef document = documentRef(sha256);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("sha256", sha256);
        props.put("path", path);
        props.put("name", title);
        props.put("mediaType", doc.mediaType());
        props.put("pages", (long) doc.pages().size());
        props.put("needsOcr", doc.needsOcr());
        batch.entity(new EntityFact(document, props, new Evidence(sourceId, "document", null, null, null, 1.0, null)));
        // Written with the container, not the child: a child is written first, its container may not be stored yet.
        for (String child : children) {
            batch.relationship(RelationshipFact.of(RelationshipKind.EMBEDDED_IN, documentRef(child), document, Map.of(),
                    new Evidence(sourceId, "embedded:" + child, null, null, null, 1.0, null)));
        }

        List<Mention> mentions = extractor.mentions(doc.pages());
        Map<Mention, EntityRef> resolved = new HashMap<>();
        int unresolved = 0;
        for (Mention m : mentions) {
            Optional<MentionResolver.Resolved> r = resolver.resolve(m, sha256);
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
            if (kind.isEmpty() || from == null || to == null) {
                continue;
            }
            String locator = "p" + rel.page() + ":" + rel.start();
            Evidence evidence = new Evidence(sourceId, "rel:" + locator, rel.page(), rel.start(), rel.end(), rel.confidence(), rel.phrase());
            batch.relationship(new RelationshipFact(kind.get(), from, to, kind.get().multiple() ? locator : "", Map.of("phrase", rel.phrase()), evidence));
        }
        return new Facts(sha256, path, batch, resolved.size(), unresolved);
    }

    private static String snippet(String page, Mention m) {
        int from = Math.max(0, m.start() - SNIPPET);
        int to = Math.min(page.length(), m.end() + SNIPPET);
        return page.substring(from, to).replaceAll("\\s+", " ").strip();
    }
}
