package nl.spoor.ingest.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iban4j.CountryCode;

import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.identifiers.Bsn;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * A small, hand-made demo world for {@code ./spoor demo}: a family controlling window-cleaning firms
 * in Zaandam with a phoenix succession, a worker's wage forwarded to the controller, and a luxury car
 * registered to a straw man but driven by the controller. All names, numbers and addresses are
 * invented; every identifier is valid. Three sources (a KvK extract, a bank statement and a
 * proces-verbaal) show provenance. The generated world of issue 3 replaces it as the demo.
 */
public final class DemoWorld {

    static final String CASE = "RIEC-NH-2025-017";
    static final String BASIS = "WGS art. 2.3 (RIEC-convenant Noord-Holland)";

    private final BsnKey bsnKey;

    public DemoWorld(BsnKey bsnKey) {
        this.bsnKey = bsnKey;
    }

    public WriteBatch batch() {
        Source kvk = source("demo:kvk-uittreksels-2025", SourceKind.REGISTER, "KvK-uittreksels glazenwassers Zaandam.csv", "kvk");
        Source bank = source("demo:ing-afschrift-NL-2024", SourceKind.BANK_STATEMENT, "ING afschrift 2024-Q3.csv", "fiod");
        Source pv = source("demo:pv-verkeerscontrole-2024-1187", SourceKind.DOCUMENT, "PV verkeerscontrole 2024-1187.pdf", "politie-nh");
        WriteBatch b = new WriteBatch().source(kvk).source(bank).source(pv);

        EntityRef kemal = person(b, kvk, 1, "Kemal Demir", "1979-04-12", "Zaandam", bsn(100));
        EntityRef ayse = person(b, kvk, 2, "Ayşe Demir-Kaya", "1983-09-30", "Amsterdam", bsn(200));
        EntityRef jan = person(b, kvk, 3, "Jan van der Berg", "1961-01-17", "Purmerend", bsn(300));
        EntityRef piotr = person(b, bank, 4, "Piotr Nowak", "1994-06-02", "Łódź", null);

        EntityRef glashelder = company(b, kvk, 10, "Glashelder Zaandam B.V.", "71234567", "81.22", "2019-03-01", "2024-02-29");
        EntityRef kristal = company(b, kvk, 11, "Kristal Schoon B.V.", "82345671", "81.22", "2024-03-04", null);
        EntityRef demirVof = company(b, kvk, 12, "Demir Glasbewassing V.O.F.", "73456712", "81.22", "2020-07-15", null);
        EntityRef holding = company(b, kvk, 13, "Demir Holding B.V.", "64567123", "64.20", "2016-11-01", null);

        EntityRef woning = address(b, kvk, 20, "Rosmolenstraat", 14, "A", "1502 AM", "Zaandam");
        EntityRef kantoor = address(b, kvk, 21, "Kogerveldweg", 3, null, "1506 EK", "Zaandam");

        rel(b, RelationshipKind.DIRECTOR_OF, kemal, glashelder, kvk, 30, Map.of("role", "bestuurder", "from", LocalDate.parse("2019-03-01"), "until", LocalDate.parse("2024-02-29")));
        rel(b, RelationshipKind.DIRECTOR_OF, ayse, kristal, kvk, 31, Map.of("role", "bestuurder", "from", LocalDate.parse("2024-03-04")));
        rel(b, RelationshipKind.DIRECTOR_OF, kemal, demirVof, kvk, 32, Map.of("role", "vennoot"));
        rel(b, RelationshipKind.DIRECTOR_OF, kemal, holding, kvk, 33, Map.of("role", "bestuurder"));
        rel(b, RelationshipKind.OWNS, holding, kristal, kvk, 34, Map.of("percentage", 100L));
        rel(b, RelationshipKind.SUCCEEDED_BY, glashelder, kristal, kvk, 35, Map.of("reason", "zelfde adres en activiteit binnen 5 dagen"));
        rel(b, RelationshipKind.FAMILY_OF, kemal, ayse, kvk, 36, Map.of("relationship", "echtgenote"));
        rel(b, RelationshipKind.REGISTERED_AT, glashelder, kantoor, kvk, 37, Map.of());
        rel(b, RelationshipKind.REGISTERED_AT, kristal, kantoor, kvk, 38, Map.of());
        rel(b, RelationshipKind.REGISTERED_AT, demirVof, woning, kvk, 39, Map.of());
        b.relationship(new RelationshipFact(RelationshipKind.LIVES_AT, piotr, woning, "2023-05-01", Map.of("from", LocalDate.parse("2023-05-01")), Evidence.row(kvk.sourceId(), 40)));
        b.relationship(new RelationshipFact(RelationshipKind.LIVES_AT, kemal, woning, "2015-01-01", Map.of("from", LocalDate.parse("2015-01-01")), Evidence.row(kvk.sourceId(), 41)));

        EntityRef kristalAcc = account(b, bank, 50, "INGB", "0007012345");
        EntityRef piotrAcc = account(b, bank, 51, "INGB", "0006543210");
        EntityRef kemalAcc = account(b, bank, 52, "RABO", "0301234567");
        rel(b, RelationshipKind.HOLDS_ACCOUNT, kristal, kristalAcc, bank, 53, Map.of());
        rel(b, RelationshipKind.HOLDS_ACCOUNT, piotr, piotrAcc, bank, 54, Map.of());
        rel(b, RelationshipKind.HOLDS_ACCOUNT, kemal, kemalAcc, bank, 55, Map.of());
        String[] months = {"2024-07-26", "2024-08-26", "2024-09-26"};
        for (int i = 0; i < months.length; i++) {
            LocalDate wage = LocalDate.parse(months[i]);
            transfer(b, bank, 60 + 2 * i, kristalAcc, piotrAcc, "salaris-" + i, "2150.00", wage, "Loon " + wage.getMonth().name().toLowerCase());
            transfer(b, bank, 61 + 2 * i, piotrAcc, kemalAcc, "doorstort-" + i, "1900.00", wage.plusDays(1), "huur en vervoer");
        }

        Map<String, Object> car = new LinkedHashMap<>();
        car.put("kenteken", IdentifierKeys.KENTEKEN.storedValue("GZ-416-B", bsnKey));
        car.put("make", "Mercedes-Benz");
        car.put("model", "G 63 AMG");
        car.put("catalogueValue", new BigDecimal("232000.00"));
        EntityRef vehicle = IdentifierKeys.KENTEKEN.ref("GZ-416-B", bsnKey);
        b.entity(new EntityFact(vehicle, car, Evidence.mention(pv.sourceId(), 1, 412, 420, 0.99, "een Mercedes-Benz G 63 AMG, kenteken GZ-416-B")));
        b.relationship(new RelationshipFact(RelationshipKind.REGISTERED_OWNER, jan, vehicle, "2023-11-20", Map.of("from", LocalDate.parse("2023-11-20")),
                Evidence.mention(pv.sourceId(), 1, 520, 536, 0.97, "op naam van J. van der Berg")));
        b.relationship(new RelationshipFact(RelationshipKind.OBSERVED_DRIVING, kemal, vehicle, "2024-10-03T14:20", Map.of("date", LocalDate.parse("2024-10-03"), "place", "A8 Zaandam"),
                Evidence.mention(pv.sourceId(), 1, 180, 191, 0.95, "bestuurder bleek te zijn K. Demir, geboren 12-04-1979")));
        b.entity(new EntityFact(kemal, Map.of("name", "K. Demir"), Evidence.mention(pv.sourceId(), 1, 180, 191, 0.95, "bestuurder bleek te zijn K. Demir, geboren 12-04-1979")));
        return b;
    }

    private static Source source(String id, SourceKind kind, String title, String partner) {
        return new Source(id, kind, null, title, partner, BASIS, CASE, Instant.parse("2025-03-10T08:00:00Z"),
                LocalDate.parse("2030-03-10"), "spoor-demo", "1");
    }

    /** The first valid BSN from {@code 100000000 + seed} on (elfproef); invented, never a real person's on purpose. */
    private static String bsn(int seed) {
        for (int n = 100_000_000 + seed * 1_000; ; n++) {
            if (Bsn.isValid(Integer.toString(n))) {
                return Integer.toString(n);
            }
        }
    }

    private EntityRef person(WriteBatch b, Source s, int row, String name, String birthDate, String birthPlace, String bsn) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("birthDate", LocalDate.parse(birthDate));
        p.put("birthPlace", birthPlace);
        EntityRef ref;
        if (bsn != null) {
            ref = IdentifierKeys.BSN.ref(bsn, bsnKey);
            p.put("bsnHash", IdentifierKeys.BSN.storedValue(bsn, bsnKey));
        } else {
            ref = new EntityRef(EntityKind.PERSON, "person:" + s.sourceId() + ":" + row);
        }
        b.entity(new EntityFact(ref, p, Evidence.row(s.sourceId(), row)));
        return ref;
    }

    private EntityRef company(WriteBatch b, Source s, int row, String name, String kvk, String sbi, String from, String until) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("kvkNummer", IdentifierKeys.KVK.storedValue(kvk, bsnKey));
        p.put("sbiCode", sbi);
        p.put("incorporationDate", LocalDate.parse(from));
        if (until != null) {
            p.put("dissolutionDate", LocalDate.parse(until));
            p.put("status", "opgeheven");
        } else {
            p.put("status", "actief");
        }
        EntityRef ref = IdentifierKeys.KVK.ref(kvk, bsnKey);
        b.entity(new EntityFact(ref, p, Evidence.row(s.sourceId(), row)));
        return ref;
    }

    private EntityRef address(WriteBatch b, Source s, int row, String street, int number, String suffix, String postcode, String place) {
        String raw = postcode + " " + number + (suffix == null ? "" : "-" + suffix);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("addressKey", IdentifierKeys.ADDRESS.storedValue(raw, bsnKey));
        p.put("street", street);
        p.put("houseNumber", (long) number);
        if (suffix != null) {
            p.put("suffix", suffix);
        }
        p.put("postcode", postcode.replace(" ", ""));
        p.put("place", place);
        p.put("name", street + " " + number + (suffix == null ? "" : "-" + suffix) + ", " + postcode + " " + place);
        EntityRef ref = IdentifierKeys.ADDRESS.ref(raw, bsnKey);
        b.entity(new EntityFact(ref, p, Evidence.row(s.sourceId(), row)));
        return ref;
    }

    private EntityRef account(WriteBatch b, Source s, int row, String bank, String number) {
        String iban = new org.iban4j.Iban.Builder().countryCode(CountryCode.NL).bankCode(bank).accountNumber(number).build().toString();
        EntityRef ref = IdentifierKeys.IBAN.ref(iban, bsnKey);
        b.entity(new EntityFact(ref, Map.of("iban", IdentifierKeys.IBAN.storedValue(iban, bsnKey), "bankCode", bank), Evidence.row(s.sourceId(), row)));
        return ref;
    }

    private static void rel(WriteBatch b, RelationshipKind kind, EntityRef from, EntityRef to, Source s, int row, Map<String, Object> props) {
        b.relationship(RelationshipFact.of(kind, from, to, props, Evidence.row(s.sourceId(), row)));
    }

    private static void transfer(WriteBatch b, Source s, int row, EntityRef from, EntityRef to, String key, String amount, LocalDate date, String description) {
        b.relationship(new RelationshipFact(RelationshipKind.TRANSFER, from, to, key,
                Map.of("amount", new BigDecimal(amount), "currency", "EUR", "date", date, "description", description), Evidence.row(s.sourceId(), row)));
    }
}
