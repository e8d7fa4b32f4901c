package nl.spoor.api.disclosure;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** What one export file holds, counted while it is written: recorded in the disclosure (with stored Spoor ids). */
final class ExportContents {

    /** From the id a file shows to the stored one (a BSN-keyed person's alias back to its id). */
    private final UnaryOperator<String> stored;

    ExportContents(UnaryOperator<String> stored) {
        this.stored = stored;
    }

    final Set<String> entityIds = new TreeSet<>();
    final Set<String> sourceIds = new TreeSet<>();
    long entities;
    long relationships;

    void entity(String id, List<String> sources) {
        if (entityIds.add(stored.apply(id))) {
            entities++;
        }
        sourceIds.addAll(sources);
    }

    void relationship(String from, String to, List<String> sources) {
        relationships++;
        entityIds.add(stored.apply(from));
        entityIds.add(stored.apply(to));
        entities = entityIds.size();
        sourceIds.addAll(sources);
    }
}
