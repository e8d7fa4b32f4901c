package nl.spoor.api.visibility;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.Purpose;
import nl.spoor.api.access.Role;

/**
 * What one request may see (DESIGN §3, §6): which sources it may use, and whether it sees protected
 * persons (minors, victims) and BSNs unmasked. Decided once per request by {@link Visibility}; every
 * query adds {@link #params()} to its Cypher parameters and tests facts with {@link #RELATIONSHIP} and
 * {@link #NODE}; {@link ResultGuard} applies the rest to what a query returns.
 *
 * <p>The rules (README "Who sees what"):
 * <ul>
 * <li>a source is usable when it is not past its {@code retainUntil} and its partner is one of the
 * purpose's partners or it was delivered for this very purpose ({@code caseId} = purpose id);
 * <li>a fact (entity, relationship, document, page) is visible when at least one of its sources is usable;
 * <li>protected persons (minors on the request date, victims) are shown unmasked only to a rechercheur or
 * analist working on a CASE purpose; everyone else sees them masked;
 * <li>the BSN (its keyed hash, {@code bsnHash}) only to a fit or rechercheur user with a purpose; a lookup by
 * BSN needs the same.
 * </ul>
 *
 * @param all            every source in the store is usable: the queries filter nothing (the common single-partner case)
 * @param usable         the usable source ids (all of them when {@code all})
 * @param seesProtected  minors and victims unmasked
 * @param seesBsn        the BSN hash shown and lookups by BSN allowed
 * @param today          the request date (age of minors, expiry of sources)
 * @param who            for error messages: the user and purpose, or "internal"
 */
public record View(boolean all, Set<String> usable, boolean seesProtected, boolean seesBsn, LocalDate today, String who) {

    /** Cypher predicate: relationship {@code r} rests on at least one usable source. */
    public static final String RELATIONSHIP = "($visibleAll OR any(vs IN r.sourceIds WHERE vs IN $usable))";
    /** Cypher predicate: entity {@code n} is asserted by at least one usable source. */
    public static final String NODE = "($visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(n) WHERE vs.sourceId IN $usable })";

    /**
     * Cypher: property {@code key} of entity {@code n} as the usable sources assert it (DESIGN §3), e.g.
     * {@code spoor.asserted(v, 'catalogueValue', $visibleSources)}; the stored value when every source is usable.
     * For scores and indicators, where a value only an unusable source states must not count.
     */
    public static final String PROPERTY = "spoor.asserted(n, 'key', $visibleSources)";

    static final Set<Role> PROTECTED_ROLES = EnumSet.of(Role.RECHERCHEUR, Role.ANALIST);
    static final Set<Role> BSN_ROLES = EnumSet.of(Role.FIT, Role.RECHERCHEUR);

    public View {
        usable = Set.copyOf(usable);
    }

    /**
     * Spoor's own view, for callers inside the process that serve no user request (the command line's
     * benchmarks, the loaders): everything, unmasked. Never used for a GraphQL request with a user.
     */
    public static View internal() {
        return new View(true, Set.of(), true, true, LocalDate.now(), "internal");
    }

    /** The view of a user asking for a purpose, given the store's sources (id → source facts). */
    public static View of(AccessContext access, Map<String, SourceFacts> sources, LocalDate today) {
        Optional<Purpose> purpose = access.purpose();
        Set<String> usable = new java.util.HashSet<>();
        sources.forEach((id, s) -> {
            if (purpose.isPresent() && s.usableFor(purpose.get(), today)) {
                usable.add(id);
            }
        });
        boolean caseWork = purpose.map(p -> p.kind() == Purpose.Kind.CASE).orElse(false);
        boolean seesProtected = caseWork && access.user().roles().stream().anyMatch(PROTECTED_ROLES::contains);
        boolean seesBsn = purpose.isPresent() && access.user().roles().stream().anyMatch(BSN_ROLES::contains);
        String who = access.user().username() + " for " + purpose.map(Purpose::id).orElse("no purpose");
        return new View(usable.size() == sources.size(), usable, seesProtected, seesBsn, today, who);
    }

    /** The facts of a Source node that decide whether it is usable. */
    public record SourceFacts(String partner, String caseId, LocalDate retainUntil) {

        boolean usableFor(Purpose purpose, LocalDate today) {
            boolean current = retainUntil == null || !retainUntil.isBefore(today);
            return current && (purpose.partners().contains(partner) || purpose.id().equals(caseId));
        }
    }

    public boolean usable(String sourceId) {
        return all || usable.contains(sourceId);
    }

    /** Whether a request sees everything as stored: no filter, no mask; the guard has nothing to do. */
    public boolean unrestricted() {
        return all && seesProtected && seesBsn;
    }

    /**
     * The parameters {@link #RELATIONSHIP}, {@link #NODE} and {@link #PROPERTY} read, to add to a query's parameters:
     * {@code visibleAll}, {@code usable} and {@code visibleSources} (the usable source ids, null when all are).
     */
    public Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        p.put("visibleAll", all);
        p.put("usable", all ? List.of() : List.copyOf(usable));
        p.put("visibleSources", all ? null : List.copyOf(usable));
        return java.util.Collections.unmodifiableMap(p);
    }

    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile(
            "\\{\\{(visible|visibleNode|asserted) ([A-Za-z_][A-Za-z0-9_]*)(?:\\.([A-Za-z_][A-Za-z0-9_]*))?}}");

    /**
     * A query written once for every view: its marks replaced by what this view needs.
     * <ul>
     * <li>{@code {{visible r}}}: relationship {@code r} rests on a usable source;
     * <li>{@code {{visibleNode n}}}: entity {@code n} is asserted by a usable source;
     * <li>{@code {{asserted n.key}}}: property {@code key} of entity {@code n} as the usable sources state it
     * ({@link #PROPERTY}).
     * </ul>
     * For a view that may use every source they become {@code true} and {@code n.key}: the query text, and so its
     * plan (index seeks on properties included), is the one written without visibility, at no cost. The restricted
     * text reads {@code $usable} and {@code $visibleSources} ({@link #params()}).
     */
    public String cypher(String template) {
        java.util.regex.Matcher m = MARK.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String kind = m.group(1);
            String var = m.group(2);
            String key = m.group(3);
            if (kind.equals("asserted") != (key != null)) {
                throw new IllegalArgumentException("Bad visibility mark " + m.group() + ": {{asserted n.key}}, {{visible r}} or {{visibleNode n}}");
            }
            String replacement = switch (kind) {
                case "visible" -> all ? "true" : "any(vs IN coalesce(" + var + ".sourceIds, []) WHERE vs IN $usable)";
                case "visibleNode" -> all ? "true" : "EXISTS { MATCH (vs:Source)-[:ASSERTS]->(" + var + ") WHERE vs.sourceId IN $usable }";
                default -> all ? var + "." + key : "spoor.asserted(" + var + ", '" + key + "', $visibleSources)";
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code params} with {@link #params()} added (a new, mutable map). */
    public Map<String, Object> with(Map<String, Object> params) {
        Map<String, Object> out = new HashMap<>(params);
        out.putAll(params());
        return out;
    }
}
