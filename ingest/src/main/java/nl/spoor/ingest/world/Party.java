package nl.spoor.ingest.world;

import nl.spoor.model.graph.EntityKind;

/** A company or organisation the world pays or is paid by: its id, kind, name and account. */
public record Party(String id, EntityKind kind, String name, String iban, String bankCode) {
}
