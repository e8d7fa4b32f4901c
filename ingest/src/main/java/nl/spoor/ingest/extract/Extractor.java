package nl.spoor.ingest.extract;

import java.util.List;

/**
 * All recognisers over a document's pages, overlaps resolved (a validated identifier beats a weaker
 * reading of the same characters, e.g. an IBAN is not also a phone number), plus relations stated in
 * the text ("is bestuurder van", "staat ingeschreven op", "op naam van", "overgemaakt naar").
 */
public interface Extractor {

    /** Mentions on every page, in page and offset order. {@code pages.get(0)} is page 1. */
    List<Mention> mentions(List<String> pages);

    /** Relations stated in the text between mentions of {@link #mentions}. */
    List<StatedRelation> relations(List<String> pages, List<Mention> mentions);

    /**
     * A relation the text states between two mentions.
     *
     * @param kind    a {@code nl.spoor.model.graph.RelationshipKind} name (DIRECTOR_OF, LIVES_AT, REGISTERED_OWNER, TRANSFER, …)
     * @param from    the mention the relation starts at
     * @param to      the mention it ends at
     * @param phrase  the words that state it, as written
     */
    record StatedRelation(String kind, Mention from, Mention to, String phrase, int page, int start, int end, double confidence) {
    }
}
