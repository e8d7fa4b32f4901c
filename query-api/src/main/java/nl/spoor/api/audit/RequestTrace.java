package nl.spoor.api.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one GraphQL request touched while it ran, gathered by {@link ReturnedEntities} into the request's
 * GraphQL context and read by {@link ConsultationRecorder} when the answer is complete. Fields are fetched
 * on several threads, hence the locking.
 */
final class RequestTrace {

    final Instant arrived = Instant.now();
    private final Set<String> returned = new LinkedHashSet<>();
    private final List<String> fields = new ArrayList<>();
    private String operationType = "";
    private String operationName = "";

    /** Objects whose named entities were recorded, with the depth they were walked at. */
    private final java.util.Map<Object, Integer> named = new java.util.IdentityHashMap<>();

    /** Whether the entities {@code source} names are still to be recorded (each object once). */
    synchronized boolean firstNaming(Object source) {
        return firstNaming(source, 0);
    }

    /**
     * Whether {@code value}, reached at {@code depth} of a bounded walk, is still to be walked: not yet, or only deeper
     * (where less of what it holds was reached).
     */
    synchronized boolean firstNaming(Object value, int depth) {
        Integer before = named.get(value);
        if (before != null && before <= depth) {
            return false;
        }
        named.put(value, depth);
        return true;
    }

    synchronized void returned(String spoorId) {
        returned.add(spoorId);
    }

    synchronized void field(String call) {
        fields.add(call);
    }

    synchronized void operation(String type, String name) {
        if (operationType.isEmpty()) {
            operationType = type;
            operationName = name == null ? "" : name;
        }
    }

    synchronized List<String> returnedIds() {
        return List.copyOf(returned);
    }

    synchronized List<String> fields() {
        return List.copyOf(fields);
    }

    synchronized String operationType() {
        return operationType;
    }

    synchronized String operationName() {
        return operationName;
    }
}
