package nl.spoor.ingest.importers.bank;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.identifiers.Iban;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * A statement as graph facts: accounts by IBAN, transfers in the money's direction keyed by the bank's
 * reference (so both parties' statements meet in one relationship), cash from or to the place the bank
 * names.
 */
final class StatementFacts {

    private static final int SNIPPET = 300;

    private StatementFacts() {
    }

    static WriteBatch of(Statement s, Source source) {
        WriteBatch batch = new WriteBatch().source(source);
        String sourceId = source.sourceId();
        EntityRef own = account(s.account().value());
        Map<String, Object> ownProps = accountProperties(s.account());
        ownProps.put("name", s.holderName());
        Movement first = s.movements().isEmpty() ? null : s.movements().getFirst();
        batch.entity(new EntityFact(own, ownProps, evidence(sourceId, first == null ? "account" : first.locator(),
                first == null ? s.account().value() : first.snippet())));

        Set<String> counterAccounts = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Map<String, Integer> unreferenced = new HashMap<>();
        for (Movement m : s.movements()) {
            Evidence evidence = evidence(sourceId, m.locator(), m.snippet());
            String key = m.reference() != null ? m.reference() : withoutReference(s, m, unreferenced);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("amount", m.amount().abs());
            props.put("currency", m.currency());
            props.put("date", m.date());
            props.put("description", m.description().isEmpty() ? null : m.description());
            switch (m.kind()) {
                case TRANSFER -> {
                    if (m.counterIban() == null) {
                        // Bank charges, card payments without an account: nothing to connect to.
                        continue;
                    }
                    EntityRef counter = account(m.counterIban());
                    if (counterAccounts.add(m.counterIban())) {
                        Map<String, Object> p = accountProperties(Iban.parse(m.counterIban()));
                        p.put("name", m.counterName());
                        batch.entity(new EntityFact(counter, p, evidence));
                    }
                    batch.relationship(m.credit()
                            ? new RelationshipFact(RelationshipKind.TRANSFER, counter, own, key, props, evidence)
                            : new RelationshipFact(RelationshipKind.TRANSFER, own, counter, key, props, evidence));
                }
                case CASH_DEPOSIT, CASH_WITHDRAWAL -> {
                    EntityRef place = place(s, m);
                    if (places.add(place.spoorId())) {
                        Map<String, Object> p = new LinkedHashMap<>();
                        p.put("name", m.counterName() == null ? "onbekend" : m.counterName());
                        batch.entity(new EntityFact(place, p, evidence));
                    }
                    batch.relationship(m.kind() == Movement.Kind.CASH_DEPOSIT
                            ? new RelationshipFact(RelationshipKind.CASH_DEPOSIT, place, own, key, props, evidence)
                            : new RelationshipFact(RelationshipKind.CASH_WITHDRAWAL, own, place, key, props, evidence));
                }
            }
        }
        return batch;
    }

    private static EntityRef account(String iban) {
        return IdentifierKeys.IBAN.ref(iban, null);
    }

    private static Map<String, Object> accountProperties(Iban iban) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("iban", iban.value());
        p.put("bankCode", iban.bankCode().isEmpty() ? null : iban.bankCode());
        p.put("bic", iban.bic().orElse(null));
        return p;
    }

    /**
     * The place the bank names for cash (the town of the ATM or branch). Places are keyed by CBS code in
     * the registers; a statement gives only a name, so it gets its own Place until resolution links them.
     * Where the statement names no place, the cash still counts: an unknown place of that account, so
     * unrelated accounts do not meet in one "unknown" node.
     */
    private static EntityRef place(Statement s, Movement m) {
        String id = m.counterName() == null ? "place:onbekend:" + s.account().value()
                : "place:naam:" + m.counterName().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return new EntityRef(EntityKind.PLACE, id);
    }

    /**
     * Some layouts give cash no reference (ING CSV, ABN AMRO deposits). The key is then made of what the
     * statement does say, so importing the same statement again meets the same relationship.
     */
    private static String withoutReference(Statement s, Movement m, Map<String, Integer> seen) {
        String base = s.account().value() + ":" + m.date() + ":" + m.amount().toPlainString();
        int n = seen.merge(base, 1, Integer::sum);
        return base + ":" + n;
    }

    private static Evidence evidence(String sourceId, String locator, String snippet) {
        String s = snippet == null ? null : snippet.length() > SNIPPET ? snippet.substring(0, SNIPPET) : snippet;
        return new Evidence(sourceId, locator, null, null, null, 1.0, s);
    }
}
