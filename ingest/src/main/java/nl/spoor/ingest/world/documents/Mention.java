package nl.spoor.ingest.world.documents;

/**
 * An entity as a document shows it.
 *
 * @param id   the entity's id in the world files, or {@code extern:} and the text for a person or address
 *             written in the document that is not in the world (a police officer, the office a mail went to)
 * @param kind its node label ({@code Person}, {@code BankAccount}, …)
 * @param text the exact text written in the document, e.g. {@code NL91 ABNA 0417 1643 00}
 */
public record Mention(String id, String kind, String text) {
}
