package nl.spoor.api.disclosure;

import java.util.List;

/**
 * What an export discloses: the whole graph, one case's facts (those its sources gave, and the ends of its
 * relationships), or a set of entities with everything within {@code hops} steps of them.
 *
 * @param caseId    the case, or null
 * @param entityIds Spoor ids, or empty
 * @param hops      steps around {@code entityIds}, 0..{@value #MAX_HOPS}
 */
public record ExportScope(String caseId, List<String> entityIds, int hops) {

    public static final int MAX_HOPS = 3;

    public ExportScope {
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        if (caseId != null && caseId.isBlank()) {
            caseId = null;
        }
        if (caseId != null && !entityIds.isEmpty()) {
            throw new IllegalArgumentException("scope: give either a case or entities, not both");
        }
        if (hops < 0 || hops > MAX_HOPS) {
            throw new IllegalArgumentException("hops must be within 0.." + MAX_HOPS + ", got " + hops);
        }
        if (entityIds.isEmpty() && hops != 0) {
            throw new IllegalArgumentException("hops needs entities to start from");
        }
    }

    public static ExportScope graph() {
        return new ExportScope(null, List.of(), 0);
    }

    public boolean wholeGraph() {
        return caseId == null && entityIds.isEmpty();
    }

    /** In words, as the register keeps it. */
    public String describe() {
        if (caseId != null) {
            return "case " + caseId;
        }
        if (!entityIds.isEmpty()) {
            return entityIds.size() + " entities " + entityIds + " with " + hops + " hops";
        }
        return "whole graph";
    }
}
