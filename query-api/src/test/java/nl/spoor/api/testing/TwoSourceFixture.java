package nl.spoor.api.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * A hand-built store of two deliveries written through the GraphWriter: {@link #OLD} (FIOD, kept until
 * 2024-12-31) and {@link #LIVE} (politie, kept until 2030-03-01).
 * <ul>
 * <li>only OLD: Gerrit Geheim, his account A1, his directorship of Glashelder, the transfers A1→A2 and A1→A4,
 * a document naming him (with a page of text);</li>
 * <li>both: Jan Blijft (OLD also gave his birth date and an alias), his directorship of Glashelder, the transfer A3→A4;</li>
 * <li>only LIVE: Glashelder B.V., the accounts A2, A3, A4, Jan's account A2, the transfer A2→A3.</li>
 * </ul>
 */
public final class TwoSourceFixture {

    public static final String OLD = "test:fiod-2019";
    public static final String LIVE = "test:politie-2025";
    public static final String A1 = "NL02ABNA0123456789", A2 = "NL91ABNA0417164300", A3 = "NL20INGB0001234567", A4 = "NL39RABO0300065264";
    public static final String DOC = "doc:sha256:geheim";

    private final WriteBatch batch = new WriteBatch().source(source(OLD, "fiod", "FIOD-2019-3", "2024-12-31"))
            .source(source(LIVE, "politie-nh", "RIEC-NH-2025-017", "2030-03-01"));
    private int row = 1;

    public static Source source(String id, String partner, String caseId, String retainUntil) {
        return new Source(id, SourceKind.DOCUMENT, "sha256:" + id, id + ".pdf", partner, "WGS art. 2.3", caseId,
                Instant.parse("2019-03-01T09:00:00Z"), LocalDate.parse(retainUntil), "test-extractor", "1.0");
    }

    public static void write(SpoorStore store) {
        TwoSourceFixture f = new TwoSourceFixture();
        EntityRef gerrit = f.entity(OLD, EntityKind.PERSON, "person:gerrit", "name", "Gerrit Geheim");
        EntityRef jan = f.entity(OLD, EntityKind.PERSON, "person:jan", "name", "Jan Blijft", "birthDate", LocalDate.parse("1970-05-01"), "aliases", "Jantje");
        f.entity(LIVE, EntityKind.PERSON, "person:jan", "name", "Jan Blijft");
        EntityRef firm = f.entity(LIVE, EntityKind.COMPANY, "kvk:11111111", "name", "Glashelder B.V.", "kvkNummer", "11111111");
        EntityRef a1 = f.entity(OLD, EntityKind.BANK_ACCOUNT, "iban:" + A1, "iban", A1);
        EntityRef a2 = f.entity(LIVE, EntityKind.BANK_ACCOUNT, "iban:" + A2, "iban", A2);
        EntityRef a3 = f.entity(LIVE, EntityKind.BANK_ACCOUNT, "iban:" + A3, "iban", A3);
        EntityRef a4 = f.entity(LIVE, EntityKind.BANK_ACCOUNT, "iban:" + A4, "iban", A4);
        EntityRef doc = f.entity(OLD, EntityKind.DOCUMENT, DOC, "title", "proces-verbaal Geheim.pdf");
        f.link(OLD, gerrit, RelationshipKind.DIRECTOR_OF, firm, null);
        f.link(OLD, jan, RelationshipKind.DIRECTOR_OF, firm, null);
        f.link(LIVE, jan, RelationshipKind.DIRECTOR_OF, firm, null);
        f.link(OLD, gerrit, RelationshipKind.HOLDS_ACCOUNT, a1, null);
        f.link(LIVE, jan, RelationshipKind.HOLDS_ACCOUNT, a2, null);
        f.link(OLD, doc, RelationshipKind.MENTIONS, gerrit, "p1:0");
        f.link(OLD, a1, RelationshipKind.TRANSFER, a2, "t1", "date", LocalDate.parse("2024-03-01"), "amount", 9000.0);
        f.link(LIVE, a2, RelationshipKind.TRANSFER, a3, "t2", "date", LocalDate.parse("2024-03-02"), "amount", 8800.0);
        f.link(OLD, a3, RelationshipKind.TRANSFER, a4, "t3", "date", LocalDate.parse("2024-03-03"), "amount", 8500.0);
        f.link(LIVE, a3, RelationshipKind.TRANSFER, a4, "t3", "date", LocalDate.parse("2024-03-03"), "amount", 8500.0);
        f.link(OLD, a1, RelationshipKind.TRANSFER, a4, "t4", "date", LocalDate.parse("2024-03-04"), "amount", 4000.0);
        new GraphWriter(store.driver(), store.database()).write(f.batch);
        try (var s = store.driver().session(store.sessionConfig())) {
            s.run("""
                    MATCH (d:Document {spoorId: $doc})
                    CREATE (d)-[:HAS_PAGE]->(:Page {pageId: 'geheim:1:0', sha256: 'geheim', number: 1, part: 0, start: 0,
                                                   text: 'Gerrit Geheim kocht een villa in Bloemendaal', dates: []})""", Map.of("doc", DOC)).consume();
            s.run("CREATE (:IngestFile {sourceId: $old, sha256: 'geheim', status: 'done'})", Map.of("old", OLD)).consume();
        }
    }

    private EntityRef entity(String source, EntityKind kind, String id, Object... props) {
        EntityRef ref = new EntityRef(kind, id);
        batch.entity(new EntityFact(ref, map(props), Evidence.row(source, row++)));
        return ref;
    }

    private void link(String source, EntityRef from, RelationshipKind kind, EntityRef to, String key, Object... props) {
        batch.relationship(new RelationshipFact(kind, from, to, key, map(props), Evidence.row(source, row++)));
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
