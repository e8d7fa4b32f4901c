package nl.spoor.api.disclosure;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What one export file holds, counted while it is written: recorded in the disclosure. */
final class ExportContents {

    final Set<String> entityIds = new TreeSet<>();
    final Set<String> sourceIds = new TreeSet<>();
    long entities;
    long relationships;

    void entity(String id, List<String> sources) {
        if (entityIds.add(id)) {
            entities++;
        }
        sourceIds.addAll(sources);
    }

    void relationship(String from, String to, List<String> sources) {
        relationships++;
        entityIds.add(from);
        entityIds.add(to);
        entities = entityIds.size();
        sourceIds.addAll(sources);
    }
}
