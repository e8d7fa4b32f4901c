package nl.spoor.ingest.world.documents;

import java.util.List;
import java.util.SplittableRandom;

/** One kind of document: which world rows it can be written about, and how one is written. */
interface DocumentKind {

    /**
     * What the document is written about: the row it comes from and the entities it is about, subject
     * first; {@code via} is the kind that writes it when another kind wraps it (a scan of a PV), else null.
     */
    record Candidate(WorldRow row, List<String> about, DocumentKind via) {
        Candidate(WorldRow row, List<String> about) {
            this(row, about, null);
        }
    }

    String name();

    List<Candidate> candidates();

    Draft render(Candidate candidate, SplittableRandom random);
}
