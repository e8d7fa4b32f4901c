package nl.spoor.api.moneytrail;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.testing.Facts;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * A tiny graph of accounts and transfers, written through the GraphWriter as ingest writes them, with
 * one small scene per behaviour. Accounts are named by a short code; their IBAN is {@code NL00TEST}
 * and the code padded to 10 characters (not a valid IBAN: the writer does not check, and the names read better).
 */
public final class TrailFixture {

    public static final String BANK = "test:bank-statement";
    private final WriteBatch batch = new WriteBatch().source(Facts.source(BANK, "fiod", "RIEC-NH-2025-017"));
    private final java.util.Set<String> accounts = new java.util.HashSet<>();
    private int row = 1;

    public static String id(String code) {
        return "iban:" + iban(code);
    }

    public static String iban(String code) {
        return "NL00TEST" + "0".repeat(10 - code.length()) + code;
    }

    /** The code of an account id, for compact assertions. */
    public static String code(String spoorId) {
        return spoorId.substring("iban:NL00TEST".length()).replaceFirst("^0+", "");
    }

    public TrailFixture holder(String person, String name, String... accounts) {
        EntityRef p = Facts.person(person);
        batch.entity(new EntityFact(p, Map.of("name", name), Evidence.row(BANK, row++)));
        for (String a : accounts) {
            account(a);
            batch.relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, p, Facts.account(iban(a)), Map.of(), Evidence.row(BANK, row++)));
        }
        return this;
    }

    /** A company (by KvK number) holding {@code accounts}, of which {@code owner} (a person of {@link #holder}) owns {@code share} %. */
    public TrailFixture ownedCompany(String kvk, String name, String owner, int share, String... accounts) {
        EntityRef c = Facts.company(kvk);
        batch.entity(new EntityFact(c, Map.of("name", name), Evidence.row(BANK, row++)));
        batch.relationship(RelationshipFact.of(RelationshipKind.OWNS, Facts.person(owner), c, Map.of("share", share), Evidence.row(BANK, row++)));
        for (String a : accounts) {
            account(a);
            batch.relationship(RelationshipFact.of(RelationshipKind.HOLDS_ACCOUNT, c, Facts.account(iban(a)), Map.of(), Evidence.row(BANK, row++)));
        }
        return this;
    }

    public TrailFixture transfer(String from, String to, String key, String amount, String date) {
        account(from);
        account(to);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("amount", new java.math.BigDecimal(amount));
        p.put("currency", "EUR");
        p.put("date", LocalDate.parse(date));
        p.put("description", "Overboeking " + key);
        batch.relationship(new RelationshipFact(RelationshipKind.TRANSFER, Facts.account(iban(from)), Facts.account(iban(to)), key, p,
                Evidence.row(BANK, row++)));
        return this;
    }

    private void account(String code) {
        if (accounts.add(code)) {
            batch.entity(Facts.accountFact(iban(code), BANK, row++));
        }
    }

    public void write(SpoorStore store) {
        new GraphWriter(store.driver(), store.database()).write(batch);
    }

    public static List<String> codes(String... codes) {
        return java.util.Arrays.stream(codes).map(TrailFixture::id).toList();
    }
}
