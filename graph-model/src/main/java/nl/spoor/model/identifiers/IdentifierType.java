package nl.spoor.model.identifiers;

import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds of strong identifier the graph uses as keys, with a uniform way to validate and normalise a
 * raw string of a given kind. The graph layer and the API look entities up by {@code (type, normalise(raw))}.
 */
public enum IdentifierType {
    BSN("BSN", Bsn::parse, Bsn::value),
    RSIN("RSIN", Rsin::parse, Rsin::value),
    KVK("KvK-nummer", KvkNummer::parse, KvkNummer::value),
    VESTIGINGSNUMMER("vestigingsnummer", Vestigingsnummer::parse, Vestigingsnummer::value),
    VAT("BTW-id", BtwId::parse, BtwId::value),
    IBAN("IBAN", Iban::parse, Iban::value),
    KENTEKEN("kenteken", Kenteken::parse, Kenteken::value),
    POSTCODE("postcode", Postcode::parse, Postcode::value),
    ADDRESS("address", DutchAddress::parse, DutchAddress::value),
    PHONE("phone number", PhoneNumber::parse, PhoneNumber::value),
    EMAIL("e-mail address", EmailAddress::parse, EmailAddress::value);

    private final String displayName;
    private final Function<String, String> normaliser;

    <T> IdentifierType(String displayName, Function<String, T> parser, Function<T, String> value) {
        this.displayName = displayName;
        this.normaliser = parser.andThen(value);
    }

    /** The name used in messages, e.g. {@code BSN}, {@code KvK-nummer}, {@code kenteken}. */
    public String displayName() {
        return displayName;
    }

    /**
     * True for identifiers the AVG treats as special (only the BSN): never shown in messages, stored as a
     * keyed hash.
     */
    public boolean isSpecialCategory() {
        return this == BSN;
    }

    /**
     * Parses {@code raw} as this type and returns its canonical {@code value()}.
     * For {@link #BSN} that is the nine digits; store {@link Bsn#keyedHash(byte[])} instead.
     *
     * @throws InvalidIdentifierException if {@code raw} is null or not a valid identifier of this type
     */
    public String normalise(String raw) {
        return normaliser.apply(raw);
    }

    /** The canonical value, or empty if {@code raw} is not valid. */
    public Optional<String> tryNormalise(String raw) {
        try {
            return Optional.of(normalise(raw));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    public boolean isValid(String raw) {
        return tryNormalise(raw).isPresent();
    }
}
