package nl.spoor.api.visibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.Assertion;
import nl.spoor.api.entity.EntityViews.Entity;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Property;
import nl.spoor.api.entity.EntityViews.Relationship;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.model.store.SpoorStore;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last line of defence over what any query returns, whatever its family (DESIGN §6): walks the result
 * (records, lists, maps) once and
 * <ul>
 * <li>leaves out every source and assertion from a source the request may not use;
 * <li>masks protected persons (minors on the request date, persons marked {@code victim}, the trafficking
 * typology's possible victims) unless the view sees them: caption "minderjarige" or "slachtoffer", no
 * properties, no snippets, no relationships to their addresses, phones, accounts or vehicles, their name
 * replaced in any text of the result; the Spoor id stays so the graph stays connected; a search hit on one
 * is left out;
 * <li>removes the BSN hash ({@code bsnHash}) from properties and assertions unless the view sees BSNs.
 * </ul>
 * The queries filter facts themselves ({@link View#RELATIONSHIP}, {@link View#NODE}); this guard makes sure
 * no source or protected person slips through a query that forgets to.
 */
@Component
public class ResultGuard {

    static final String BSN = "bsnHash";
    static final String MINOR = "minderjarige";
    static final String VICTIM = "slachtoffer";
    private static final Object DROP = new Object();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Kinds of entity that locate or identify a person: a masked person's ties to them are left out. */
    public static final Set<String> LOCATING = Set.of("Address", "Phone", "Email", "BankAccount", "OnlineAccount", "Vehicle", "RealEstate");
    // By :Entity, whose spoorId is the unique index: by :Person it was a scan of every person (0.75 s a request on `large`).
    private static final String PERSONS = "MATCH (p:Entity) WHERE p.spoorId IN $ids AND p:Person "
            + "RETURN p.spoorId AS id, p.name AS name, p.birthDate AS birthDate, p.victim = true AS victim";

    private final SpoorStore store;

    public ResultGuard(SpoorStore store) {
        this.store = store;
    }

    /** {@code result} as the view may see it; {@code parent} is the object the field belongs to (or null). */
    public Object apply(Object result, View view, Object parent) {
        if (result == null || view.unrestricted()) {
            return result;
        }
        Map<String, String> masked = view.seesProtected() ? Map.of() : protectedPersons(result, parent, view.today());
        // The relationships, neighbours and timeline of a masked person: none to what locates or identifies them.
        boolean ofMasked = parent instanceof Entity e && masked.containsKey(e.spoorId());
        Object out = new Pass(view, masked, ofMasked).map(result);
        return out == DROP ? null : out;
    }

    /** Protected persons of the result (and its parent): Spoor id → the label that replaces their name. */
    private Map<String, String> protectedPersons(Object result, Object parent, LocalDate today) {
        Set<String> persons = new HashSet<>();
        Map<String, String> out = new HashMap<>();
        collect(result, persons, out);
        collect(parent, persons, out);
        persons.removeAll(out.keySet());
        Map<String, String> names = new HashMap<>();
        if (!persons.isEmpty() || !out.isEmpty()) {
            Set<String> ids = new HashSet<>(persons);
            ids.addAll(out.keySet());
            try (var s = store.driver().session(store.sessionConfig())) {
                s.executeRead(tx -> tx.run(PERSONS, Map.of("ids", List.copyOf(ids))).list()).forEach(r -> {
                    String id = r.get("id").asString();
                    if (!r.get("name").isNull()) {
                        names.put(id, r.get("name").asString());
                    }
                    if (minor(r.get("birthDate"), today)) {
                        out.put(id, MINOR);
                    } else if (r.get("victim").asBoolean(false)) {
                        out.putIfAbsent(id, VICTIM);
                    }
                });
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        out.forEach((id, label) -> labels.put(id, label));
        // Names to replace in free text ride along under their own key.
        names.forEach((id, name) -> {
            if (out.containsKey(id)) {
                labels.put("\0name:" + name, out.get(id));
            }
        });
        return labels;
    }

    /**
     * The label that replaces a person's name when the view does not see protected persons ("minderjarige" for a
     * minor on {@code today}, "slachtoffer" for a person marked victim), or null: for callers that read persons
     * themselves (the exports), so that they mask as this guard does.
     */
    public static String protectedLabel(Value birthDate, boolean victim, LocalDate today) {
        return minor(birthDate, today) ? MINOR : victim ? VICTIM : null;
    }

    private static boolean minor(Value birthDate, LocalDate today) {
        if (birthDate.isNull()) {
            return false;
        }
        LocalDate born = date(birthDate);
        return born != null && born.plusYears(18).isAfter(today);
    }

    /** A stored date, also one a source states as text (yyyy-mm-dd, as some stores hold birth dates); null when none or unreadable. */
    public static LocalDate date(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return switch (v.type().name()) {
            case "DATE" -> v.asLocalDate();
            case "STRING" -> parse(v.asString());
            default -> null;
        };
    }

    private static LocalDate parse(String s) {
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static void collect(Object o, Set<String> persons, Map<String, String> victims) {
        switch (o) {
            case null -> { }
            case Protection.PossibleVictim v -> {
                victims.put(v.person().spoorId(), VICTIM);
                collect(v.person(), persons, victims);
            }
            case EntityRef r when "Person".equals(r.kind()) -> persons.add(r.spoorId());
            case Entity e when "Person".equals(e.kind()) -> {
                persons.add(e.spoorId());
                e.sources().forEach(x -> collect(x, persons, victims));
            }
            case Collection<?> c -> c.forEach(x -> collect(x, persons, victims));
            case Map<?, ?> m -> m.values().forEach(x -> collect(x, persons, victims));
            case Optional<?> opt -> opt.ifPresent(x -> collect(x, persons, victims));
            case Record r -> {
                for (Object x : Records.components(r)) {
                    collect(x, persons, victims);
                }
            }
            default -> { }
        }
    }

    /** One walk over a result. */
    private record Pass(View view, Map<String, String> masked, boolean ofMasked) {

        Object map(Object o) {
            return switch (o) {
                case null -> null;
                case String s -> text(s);
                case Source s -> view.usable(s.sourceId()) ? o : DROP;
                case Assertion a -> assertion(a, false);
                case Property p -> !view.seesBsn() && BSN.equals(p.name()) ? DROP : o;
                case EntityRef r -> masked.containsKey(r.spoorId()) ? new EntityRef(r.spoorId(), r.kind(), masked.get(r.spoorId())) : o;
                case Entity e -> entity(e);
                case Relationship r when ofMasked && LOCATING.contains(r.other().kind()) -> DROP;
                case Relationship r -> relationship(r);
                case Protection.FoundByName f when masked.containsKey(f.entity().spoorId()) -> DROP;
                case List<?> l -> list(l);
                case Set<?> s -> Set.copyOf(list(List.copyOf(s)));
                case Map<?, ?> m -> map(m);
                case Optional<?> opt -> opt.map(x -> { Object y = map(x); return y == DROP ? null : y; });
                case Record r -> rebuild(r);
                default -> o;
            };
        }

        /** A record with its parts guarded; a record whose part (not a list) is left out is left out itself (an edge without its node). */
        private Object rebuild(Record r) {
            boolean touchesMasked = !masked.isEmpty() && mentionsMasked(r);
            boolean[] dropped = {false};
            Record out = Records.map(r, x -> {
                Object y = touchesMasked && x instanceof List<?> l ? quiet(l) : map(x);
                if (y == DROP) {
                    dropped[0] = true;
                    return null;
                }
                return y;
            });
            return dropped[0] ? DROP : out;
        }

        /** Whether a record (an evidence step, a hop) names a masked person directly: its snippets must go. */
        private boolean mentionsMasked(Record r) {
            for (Object x : Records.components(r)) {
                if (x instanceof EntityRef ref && masked.containsKey(ref.spoorId())) {
                    return true;
                }
            }
            return false;
        }

        private List<?> quiet(List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                Object y = x instanceof Assertion a ? assertion(a, true) : map(x);
                if (y != DROP) {
                    out.add(y);
                }
            }
            return out;
        }

        private List<?> list(List<?> l) {
            List<Object> out = null;
            for (int i = 0; i < l.size(); i++) {
                Object x = l.get(i);
                Object y = map(x);
                if (y != x && out == null) {
                    out = new ArrayList<>(l.subList(0, i));
                }
                if (out != null && y != DROP) {
                    out.add(y);
                }
            }
            return out == null ? l : out;
        }

        private Map<?, ?> map(Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                Object y = map(v);
                if (y != DROP) {
                    out.put(k, y);
                }
            });
            return out;
        }

        private Object assertion(Assertion a, boolean quiet) {
            if (!view.usable(a.source().sourceId())) {
                return DROP;
            }
            String snippet = quiet ? null : a.snippet() == null ? null : text(a.snippet());
            String asserted = quiet ? null : view.seesBsn() ? a.asserted() : withoutBsn(a.asserted());
            if (java.util.Objects.equals(snippet, a.snippet()) && java.util.Objects.equals(asserted, a.asserted())) {
                return a;
            }
            return new Assertion(a.source(), a.locator(), a.page(), a.start(), a.end(), a.confidence(), snippet, asserted);
        }

        private Object entity(Entity e) {
            List<Assertion> sources = e.sources().stream().map(a -> assertion(a, masked.containsKey(e.spoorId())))
                    .filter(x -> x != DROP).map(Assertion.class::cast).toList();
            if (masked.containsKey(e.spoorId())) {
                return new Entity(e.spoorId(), e.kind(), masked.get(e.spoorId()), List.of(), sources);
            }
            @SuppressWarnings("unchecked")
            List<Property> properties = (List<Property>) list(e.properties());
            return new Entity(e.spoorId(), e.kind(), text(e.caption()), properties, sources);
        }

        private Object relationship(Relationship r) {
            boolean quiet = masked.containsKey(r.other().spoorId());
            @SuppressWarnings("unchecked")
            List<Assertion> sources = quiet ? (List<Assertion>) quiet(r.sources()) : (List<Assertion>) list(r.sources());
            EntityRef other = (EntityRef) map(r.other());
            @SuppressWarnings("unchecked")
            List<Property> properties = (List<Property>) list(r.properties());
            if (sources == r.sources() && other == r.other() && properties == r.properties()) {
                return r;
            }
            return new Relationship(r.type(), r.direction(), r.key(), other, properties, sources);
        }

        /** Free text (explanations, captions) with the names of masked persons replaced by their label. */
        private String text(String s) {
            if (masked.isEmpty() || s.isEmpty()) {
                return s;
            }
            String out = s;
            for (Map.Entry<String, String> e : masked.entrySet()) {
                if (e.getKey().startsWith("\0name:")) {
                    String name = e.getKey().substring(6);
                    if (!name.isBlank() && out.contains(name)) {
                        out = out.replace(name, e.getValue());
                    }
                }
            }
            return out;
        }

        private static String withoutBsn(String asserted) {
            if (asserted == null || !asserted.contains(BSN)) {
                return asserted;
            }
            ObjectNode json = (ObjectNode) JSON.readTree(asserted);
            json.remove(BSN);
            return JSON.writeValueAsString(json);
        }
    }
}
