package nl.spoor.model.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;
import nl.spoor.model.writer.EntityFact;

/** Small builders for test facts; every value is explicit in the test that uses it. */
public final class Facts {

    private Facts() {
    }

    public static Source source(String id, String partner, String caseId) {
        return new Source(id, SourceKind.DOCUMENT, "sha256:" + id, id + ".pdf", partner, "WGS art. 2.3", caseId,
                Instant.parse("2025-03-01T09:00:00Z"), LocalDate.parse("2030-03-01"), "test-extractor", "1.0");
    }

    public static EntityRef account(String iban) {
        return new EntityRef(EntityKind.BANK_ACCOUNT, "iban:" + iban);
    }

    public static EntityRef person(String key) {
        return new EntityRef(EntityKind.PERSON, "person:" + key);
    }

    public static EntityRef company(String kvk) {
        return new EntityRef(EntityKind.COMPANY, "kvk:" + kvk);
    }

    public static EntityFact accountFact(String iban, String sourceId, int row) {
        return new EntityFact(account(iban), Map.of("iban", iban), Evidence.row(sourceId, row));
    }
}
