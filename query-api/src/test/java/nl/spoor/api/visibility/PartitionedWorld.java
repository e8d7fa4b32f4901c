package nl.spoor.api.visibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.Purpose;
import nl.spoor.api.access.Role;
import nl.spoor.api.access.SpoorUser;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * A hand-built store of two partners: politie-nh (source A) and belastingdienst (source B), a source of
 * politie-nh past its retain-until date (OLD), and a kvk extract delivered for CASE-A (KVK). Jan (with a
 * BSN), Lisa (a minor) and Eva (a victim) are known from A only; Piet from B only; Kees from A and B under
 * two names; Oud from OLD only. Jan's account is in A, Piet's in B and (as a counterparty) in A. Glashelder B.V. is in A and B
 * (its SBI code in B only); Jan and Piet are its directors by A and B.
 */
final class PartitionedWorld {

    static final String A = "src:a";
    static final String B = "src:b";
    static final String OLD = "src:old";
    static final String KVK = "src:kvk";
    static final String BSN = "111222333";
    static final BsnKey KEY = BsnKey.of(new byte[32]);
    static final String BSN_HASH = IdentifierKeys.BSN.storedValue(BSN, KEY);
    static final EntityRef JAN = IdentifierKeys.BSN.ref(BSN, KEY);
    static final EntityRef PIET = new EntityRef(EntityKind.PERSON, "person:piet");
    static final EntityRef KEES = new EntityRef(EntityKind.PERSON, "person:kees");
    static final EntityRef LISA = new EntityRef(EntityKind.PERSON, "person:lisa");
    static final EntityRef EVA = new EntityRef(EntityKind.PERSON, "person:eva");
    static final EntityRef OUD = new EntityRef(EntityKind.PERSON, "person:oud");
    static final EntityRef FIRM = new EntityRef(EntityKind.COMPANY, "kvk:11111111");
    static final EntityRef HOUSE = new EntityRef(EntityKind.ADDRESS, "address:dorpsstraat-1");
    static final EntityRef ACCOUNT_A = new EntityRef(EntityKind.BANK_ACCOUNT, "iban:NL91ABNA0417164300");
    static final EntityRef ACCOUNT_B = new EntityRef(EntityKind.BANK_ACCOUNT, "iban:NL20INGB0001234567");

    static final Purpose CASE_A = new Purpose("CASE-A", Purpose.Kind.CASE, "Onderzoek A", "Wpg art. 8", Set.of("politie-nh"));
    static final Purpose CASE_B = new Purpose("CASE-B", Purpose.Kind.CASE, "Onderzoek B", "AWR art. 43c", Set.of("belastingdienst"));
    static final Purpose CASE_AB = new Purpose("CASE-AB", Purpose.Kind.CASE, "Onderzoek A en B", "WGS art. 2.3",
            Set.of("politie-nh", "belastingdienst", "kvk"));
    static final Purpose SIGNAL_A = new Purpose("SIG-A", Purpose.Kind.SIGNAL, "Signaal A", "WGS art. 2.3", Set.of("politie-nh"));

    private int row = 1;
    private final WriteBatch batch = new WriteBatch();

    private PartitionedWorld() {
    }

    static AccessContext as(Role role, Purpose purpose) {
        return new AccessContext(new SpoorUser(role.code() + "-user", Set.of(role), "politie-nh"), java.util.Optional.of(purpose),
                UUID.randomUUID().toString());
    }

    static void write(GraphWriter writer) {
        PartitionedWorld w = new PartitionedWorld();
        w.batch.source(source(A, "politie-nh", "CASE-A", "2030-01-01"))
                .source(source(B, "belastingdienst", "CASE-B", "2030-01-01"))
                .source(source(OLD, "politie-nh", "CASE-OLD", "2020-01-01"))
                .source(source(KVK, "kvk", "CASE-A", "2030-01-01"));
        w.entity(JAN, A, "name", "Jan de Vries", "bsnHash", BSN_HASH, "birthDate", "1970-02-03");
        w.entity(PIET, B, "name", "Piet Bakker");
        w.entity(KEES, A, "name", "Kees de Vries");
        w.entity(KEES, B, "name", "Cornelis de Vries");
        w.entity(LISA, A, "name", "Lisa de Vries", "birthDate", "2012-05-01");
        w.entity(EVA, A, "name", "Eva Nowak", "victim", true);
        w.entity(OUD, OLD, "name", "Oud de Vries");
        w.entity(FIRM, A, "name", "Glashelder B.V.");
        // Only B places the firm in a sector (window cleaning): the sector networks of A do not hold it.
        w.entity(FIRM, B, "name", "Glashelder B.V.", "sbiCode", "81.22");
        w.entity(HOUSE, A, "name", "Dorpsstraat 1, Zaandam");
        w.entity(ACCOUNT_A, A, "iban", "NL91ABNA0417164300");
        w.entity(ACCOUNT_B, B, "iban", "NL20INGB0001234567");
        // A's statement of Jan's account names the account of the 700 euros it received.
        w.entity(ACCOUNT_B, A, "iban", "NL20INGB0001234567");
        w.link(JAN, RelationshipKind.DIRECTOR_OF, FIRM, A);
        w.link(PIET, RelationshipKind.DIRECTOR_OF, FIRM, B);
        w.link(KEES, RelationshipKind.FAMILY_OF, JAN, A, "relation", "sibling");
        w.link(OUD, RelationshipKind.EMPLOYED_BY, FIRM, OLD);
        w.link(JAN, RelationshipKind.LIVES_AT, HOUSE, A);
        w.link(LISA, RelationshipKind.LIVES_AT, HOUSE, A);
        w.link(EVA, RelationshipKind.LIVES_AT, HOUSE, A);
        w.link(LISA, RelationshipKind.FAMILY_OF, JAN, A, "relation", "child");
        w.link(JAN, RelationshipKind.HOLDS_ACCOUNT, ACCOUNT_A, A);
        w.link(PIET, RelationshipKind.HOLDS_ACCOUNT, ACCOUNT_B, B);
        w.link(ACCOUNT_A, RelationshipKind.TRANSFER, ACCOUNT_B, B, "amount", 5000.0, "currency", "EUR", "date", LocalDate.parse("2024-03-01"));
        w.link(ACCOUNT_B, RelationshipKind.TRANSFER, ACCOUNT_A, A, "amount", 700.0, "currency", "EUR", "date", LocalDate.parse("2024-03-04"));
        w.link(PIET, RelationshipKind.EMPLOYED_BY, FIRM, KVK);
        writer.write(w.batch);
    }

    private static Source source(String id, String partner, String caseId, String retainUntil) {
        return new Source(id, SourceKind.DOCUMENT, "sha256:" + id, id + ".pdf", partner, "WGS art. 2.3", caseId,
                Instant.parse("2025-03-01T09:00:00Z"), LocalDate.parse(retainUntil), "test-extractor", "1.0");
    }

    private void entity(EntityRef ref, String source, Object... properties) {
        batch.entity(new EntityFact(ref, pairs(properties), Evidence.row(source, row++)));
    }

    private void link(EntityRef from, RelationshipKind kind, EntityRef to, String source, Object... properties) {
        batch.relationship(new RelationshipFact(kind, from, to, kind.multiple() ? "k" + row : null, pairs(properties), Evidence.row(source, row++)));
    }

    private static Map<String, Object> pairs(Object... properties) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            p.put((String) properties[i], properties[i + 1]);
        }
        return p;
    }
}
