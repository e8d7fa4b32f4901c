package nl.spoor.model.provenance;

/** What kind of thing a {@link Source} is. */
public enum SourceKind {
    DOCUMENT, BANK_STATEMENT, REGISTER, EMAIL, INTERCHANGE, ANALYST, SYNTHETIC
}
