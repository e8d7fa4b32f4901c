package nl.spoor.ingest.extract;

/** What a recogniser found in text: the types of {@code spoor extract}'s JSON lines (issue 4). */
public enum MentionType {
    PERSON, ORGANIZATION, ADDRESS, LOCATION, VEHICLE, IBAN, BSN, KVK, RSIN, VAT, PHONE, EMAIL, MONEY, DATE
}
