package nl.spoor.api.paths;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.spoor.api.graphql.Arguments;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * Which relationships and entities a path or a neighbourhood may use; shared by {@code paths} and
 * network analysis. Checked before anything runs.
 *
 * @param types   relationship types that may be followed
 * @param through entity kinds (labels) an entity in between must have one of; empty: any kind
 * @param avoid   entity kinds never passed through
 * @param since   first day of the period: a relationship with a {@code date} must lie in it, one with
 *                {@code from}/{@code until} must overlap it; one without dates always counts
 * @param until   last day of the period
 * @param hubCap  entities with more relationships than this (to other entities, all types: a degree
 *                lookup) are reached but not passed through, so a bank or a city does not connect everyone
 */
public record LinkFilter(List<String> types, List<String> through, List<String> avoid, LocalDate since, LocalDate until, int hubCap) {

    /** The period when none is given. */
    static final LocalDate OPEN_FROM = Arguments.OPEN_FROM;
    static final LocalDate OPEN_UNTIL = Arguments.OPEN_UNTIL;

    /**
     * Followed when no types are given: every fact between entities except what documents say about
     * them (MENTIONS and their pages and amounts) and entity-resolution candidates, which are no facts yet.
     */
    static final Set<RelationshipKind> NOT_BY_DEFAULT = Set.of(RelationshipKind.MENTIONS, RelationshipKind.EMBEDDED_IN,
            RelationshipKind.HAS_PAGE, RelationshipKind.STATES_AMOUNT, RelationshipKind.POSSIBLY_SAME_AS);

    /**
     * @throws IllegalArgumentException naming the argument and the value that makes no sense
     */
    public static LinkFilter of(List<String> relationshipTypes, List<String> through, List<String> avoid, String since, String until,
                                Integer hubCap, int defaultHubCap) {
        List<String> types = relationshipTypes == null || relationshipTypes.isEmpty()
                ? java.util.Arrays.stream(RelationshipKind.values()).filter(k -> !NOT_BY_DEFAULT.contains(k)).map(Enum::name).toList()
                : relationshipTypes.stream().map(t -> known("relationshipTypes", t)).toList();
        int cap = hubCap == null ? defaultHubCap : hubCap;
        if (cap < 1) {
            throw new IllegalArgumentException("hubCap must be at least 1 (relationships of an entity), got " + cap);
        }
        LocalDate f = Arguments.date("since", since, OPEN_FROM);
        LocalDate u = Arguments.date("until", until, OPEN_UNTIL);
        if (u.isBefore(f)) {
            throw new IllegalArgumentException("until " + u + " is before since " + f);
        }
        return new LinkFilter(types, kinds("through", through), kinds("avoid", avoid), f, u, cap);
    }

    /** The Cypher parameters of the filter: types, through, avoid, since, until, hubCap. */
    public Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        p.put("types", types);
        p.put("through", through);
        p.put("avoid", avoid);
        p.put("since", since);
        p.put("until", until);
        p.put("hubCap", hubCap);
        return p;
    }

    /** "over DIRECTOR_OF, OWNS, through Person or Company, avoiding Address, in 2024-01-01 – …, not through entities with more than 100 relationships". */
    public String describe(boolean allTypesByDefault) {
        StringBuilder b = new StringBuilder(allTypesByDefault ? "over every relationship but mentions and candidates"
                : "over " + String.join(", ", types));
        if (!through.isEmpty()) {
            b.append(", through ").append(String.join(" or ", through));
        }
        if (!avoid.isEmpty()) {
            b.append(", avoiding ").append(String.join(" and ", avoid));
        }
        if (!since.equals(OPEN_FROM) || !until.equals(OPEN_UNTIL)) {
            b.append(", in ").append(since.equals(OPEN_FROM) ? "…" : since).append(" – ").append(until.equals(OPEN_UNTIL) ? "…" : until);
        }
        return b.append(", not through entities with more than ").append(hubCap).append(" relationships").toString();
    }

    private static String known(String argument, String type) {
        try {
            return RelationshipKind.valueOf(type.strip()).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(argument + ": \"" + type + "\" is no relationship type; known are "
                    + new TreeSet<>(java.util.Arrays.stream(RelationshipKind.values()).map(Enum::name).toList()));
        }
    }

    private static List<String> kinds(String argument, List<String> kinds) {
        if (kinds == null) {
            return List.of();
        }
        return kinds.stream().map(k -> EntityKind.fromLabel(k.strip()).orElseThrow(() -> new IllegalArgumentException(argument + ": \"" + k
                + "\" is no entity kind; known are " + new TreeSet<>(java.util.Arrays.stream(EntityKind.values()).map(EntityKind::label).toList())))
                .label()).toList();
    }
}
