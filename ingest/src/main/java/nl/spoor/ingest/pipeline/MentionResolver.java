package nl.spoor.ingest.pipeline;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.spoor.ingest.extract.Mention;
import nl.spoor.ingest.extract.OrganizationRecogniser;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.IdentifierKeys;

/**
 * Resolution stage: which entity a mention is. Strong identifiers are keys ({@link IdentifierKeys}),
 * so the same IBAN or kenteken from two documents meets one node. A person or organisation named
 * without an identifier gets an entity of its own document ({@code person:<document>:<name key>}),
 * carrying the normalised name as {@code nameKey}: the block on which {@code POSSIBLY_SAME_AS}
 * candidates between documents are proposed, never merged automatically.
 */
final class MentionResolver {

    /** The entity a mention refers to, with the properties this mention gives it. */
    record Resolved(EntityRef ref, Map<String, Object> properties) {
    }

    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i).*\\b(b\\.?v\\.?|n\\.?v\\.?|v\\.?o\\.?f\\.?|c\\.?v\\.?|holding|eenmanszaak)\\s*$|(?i)^(stichting|holding)\\b.*");

    private final BsnKey bsnKey;

    MentionResolver(BsnKey bsnKey) {
        this.bsnKey = bsnKey;
    }

    /** Empty for mentions that are no entity (amounts, dates, places for now) or whose identifier does not validate. */
    Optional<Resolved> resolve(Mention m, String documentSha256) {
        return switch (m.type()) {
            case IBAN -> strong(IdentifierKeys.IBAN, m.value());
            case BSN -> strong(IdentifierKeys.BSN, m.value());
            case KVK -> strong(IdentifierKeys.KVK, m.value());
            case RSIN -> strong(IdentifierKeys.RSIN, m.value());
            case VAT -> strong(IdentifierKeys.VAT, m.value());
            case VEHICLE -> strong(IdentifierKeys.KENTEKEN, m.value());
            case PHONE -> strong(IdentifierKeys.PHONE, m.value());
            case EMAIL -> strong(IdentifierKeys.EMAIL, m.value());
            case ADDRESS -> address(m.value());
            case PERSON -> named(EntityKind.PERSON, "person", m.value(), documentSha256);
            case ORGANIZATION -> OrganizationRecogniser.known(m.value()) ? known(m.value())
                    : LEGAL_FORM.matcher(m.value().strip()).matches()
                    ? named(EntityKind.COMPANY, "company", m.value(), documentSha256)
                    : named(EntityKind.ORGANIZATION, "org", m.value(), documentSha256);
            case LOCATION -> CbsPlaces.of(m.value()).map(p -> new Resolved(p.ref(), p.properties()));
            // Amounts and dates are written on the document's pages (DocumentPages), not as entities.
            case MONEY, DATE -> Optional.empty();
        };
    }

    /** The extractor's address value, {@code Street Number[Suffix], 1234AB Place}. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<street>.+?)\\s+(?<number>\\d{1,5})(?:[\\s-]*(?<suffix>[A-Za-z0-9]{1,6}))?,\\s*(?<postcode>\\d{4}\\s?[A-Za-z]{2})\\s+(?<place>.+)");

    /** An address by its key (postcode, number, suffix, as the registers key it), with street and place as written. */
    private Optional<Resolved> address(String value) {
        var m = ADDRESS.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String suffix = m.group("suffix");
        return strong(IdentifierKeys.ADDRESS, m.group("postcode") + " " + m.group("number") + (suffix == null ? "" : " " + suffix)).map(r -> {
            Map<String, Object> props = new LinkedHashMap<>(r.properties());
            props.put("street", m.group("street"));
            props.put("place", m.group("place"));
            return new Resolved(r.ref(), props);
        });
    }

    /**
     * An organisation written with its KvK-nummer: the company of that number, named as written. Empty
     * when the number does not validate (then the name resolves on its own).
     */
    Optional<Resolved> companyWithKvk(Mention organisation, Mention kvk) {
        String key = nameKey(organisation.value());
        return strong(IdentifierKeys.KVK, kvk.value()).map(r -> {
            Map<String, Object> props = new LinkedHashMap<>(r.properties());
            props.put("name", organisation.value().strip());
            if (!key.isEmpty()) {
                props.put("nameKey", key);
            }
            props.putAll(NameKeys.of(EntityKind.COMPANY, organisation.value()));
            return new Resolved(r.ref(), props);
        });
    }

    private Optional<Resolved> strong(IdentifierKeys key, String value) {
        try {
            String stored = key.storedValue(value, bsnKey);
            return Optional.of(new Resolved(key.refForStoredValue(stored), Map.of(key.property(), stored)));
        } catch (IllegalArgumentException e) {
            // The extractor validates; a value that still fails here is not stored as that identifier.
            return Optional.empty();
        }
    }

    private static Optional<Resolved> named(EntityKind kind, String prefix, String name, String documentSha256) {
        String key = nameKey(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", name.strip());
        props.put("nameKey", key);
        props.putAll(NameKeys.of(kind, name));
        return Optional.of(new Resolved(new EntityRef(kind, prefix + ":" + documentSha256.substring(0, 16) + ":" + key), props));
    }

    /**
     * An organisation everyone knows by name (a bank, the Belastingdienst) is one entity across documents,
     * keyed by its name: not one per document, which would only make candidates of itself.
     */
    private static Optional<Resolved> known(String name) {
        String key = NameKeys.orgKey(name);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", name.strip());
        props.put("nameKey", nameKey(name));
        props.put("orgKey", key);
        return Optional.of(new Resolved(new EntityRef(EntityKind.ORGANIZATION, "org:known:" + key.replace(' ', '-')), props));
    }

    /**
     * A person written with their BSN ("Jan de Vries (BSN 123456782)"): the person of that BSN, named as
     * written. Empty when the number does not validate (then the name resolves on its own).
     */
    Optional<Resolved> personWithBsn(String name, String bsn) {
        String key = nameKey(name);
        return strong(IdentifierKeys.BSN, bsn).map(r -> {
            Map<String, Object> props = new LinkedHashMap<>(r.properties());
            props.put("name", name.strip());
            if (!key.isEmpty()) {
                props.put("nameKey", key);
            }
            props.putAll(NameKeys.of(EntityKind.PERSON, name));
            return new Resolved(r.ref(), props);
        });
    }

    /** Lower case, accents and punctuation removed, single spaces: "J.A. de Vries-Şahin" → "j a de vries sahin". */
    static String nameKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
