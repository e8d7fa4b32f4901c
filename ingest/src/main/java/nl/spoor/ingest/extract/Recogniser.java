package nl.spoor.ingest.extract;

import java.util.List;

/**
 * Finds mentions in the text of one page. Rule-based recognisers (identifiers, names, addresses) and,
 * later, a statistical Dutch NER model implement this side by side; {@link Extractor} runs them all
 * and resolves overlaps.
 */
public interface Recogniser {

    /** A short stable name, written into provenance ({@code rules:iban}). */
    String name();

    /** Mentions in {@code text}, the text of page {@code page} (1-based), with offsets into {@code text}. */
    List<Mention> recognise(String text, int page);
}
