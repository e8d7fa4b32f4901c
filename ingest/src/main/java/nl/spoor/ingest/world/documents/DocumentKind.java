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

    /** Every candidate of each of the kinds, each marked with the kind that writes it. */
    static List<Candidate> via(List<DocumentKind> sources) {
        List<Candidate> list = new java.util.ArrayList<>();
        for (DocumentKind source : sources) {
            for (Candidate c : source.candidates()) {
                list.add(new Candidate(c.row(), c.about(), source));
            }
        }
        return list;
    }

    String name();

    List<Candidate> candidates();

    Draft render(Candidate candidate, SplittableRandom random);
}
