package nl.spoor.model.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code spoor.asserted(entity, key, usable)}: an entity's property as the sources a request may use state it
 * (DESIGN §3: every node property traces to the sources that assert it). The node holds the value of the first
 * source that asserted the property; a request that may not use that source must not have it in a score. The
 * value is taken from the {@code asserted} JSON of the entity's {@code ASSERTS} relationships from the usable
 * sources, the first in order of source id and locator winning, as the API's entity view shows it
 * ({@code Provenance.asserted}). With {@code usable} null (a request that may use every source) it is the stored
 * value, read directly.
 *
 * <p>Jackson 2 is Neo4j's own (neo4j-dbms), present in the embedded store and in a server's {@code lib}, so the
 * plugin jar does not carry a JSON library.
 */
public final class AssertedProperty {

    public static final String NAME = "spoor.asserted";
    private static final RelationshipType ASSERTS = RelationshipType.withName("ASSERTS");
    private static final ObjectMapper JSON = new ObjectMapper();

    @UserFunction(name = NAME)
    @Description("spoor.asserted(entity, key, usableSourceIds) - the entity's property `key` as the given sources assert it "
            + "(the first in order of source id and locator); the stored value when usableSourceIds is null; null when none does.")
    public Object asserted(@Name("entity") Node entity, @Name("key") String key, @Name("usable") List<String> usable) {
        if (entity == null || key == null) {
            return null;
        }
        if (usable == null) {
            return entity.getProperty(key, null);
        }
        Set<String> sources = usable.size() > 8 ? new HashSet<>(usable) : Set.copyOf(usable);
        List<Stated> stated = new ArrayList<>();
        for (Relationship a : entity.getRelationships(Direction.INCOMING, ASSERTS)) {
            Object sourceId = a.getStartNode().getProperty("sourceId", null);
            Object json = a.getProperty("asserted", null);
            if (sourceId instanceof String s && sources.contains(s) && json instanceof String j && j.contains('"' + key + '"')) {
                stated.add(new Stated(s, String.valueOf(a.getProperty("locator", "")), j));
            }
        }
        stated.sort(Comparator.comparing(Stated::sourceId).thenComparing(Stated::locator));
        for (Stated s : stated) {
            JsonNode value = parse(s.json()).get(key);
            if (value != null && !value.isNull()) {
                return typedAs(entity.getProperty(key, null), value(value));
            }
        }
        return null;
    }

    private record Stated(String sourceId, String locator, String json) {
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("An ASSERTS relationship holds asserted properties that are not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The asserted value in the type the node stores the property in: the JSON has dates and times as text and
     * every number alike, but a query compares them with dates and floats.
     */
    private static Object typedAs(Object stored, Object value) {
        try {
            return switch (stored) {
                case java.time.LocalDate d when value instanceof String s -> java.time.LocalDate.parse(s);
                case java.time.LocalDateTime d when value instanceof String s -> java.time.LocalDateTime.parse(s);
                case java.time.ZonedDateTime d when value instanceof String s -> java.time.ZonedDateTime.parse(s);
                case java.time.OffsetDateTime d when value instanceof String s -> java.time.OffsetDateTime.parse(s);
                case java.time.LocalTime d when value instanceof String s -> java.time.LocalTime.parse(s);
                case Double d when value instanceof Number n -> n.doubleValue();
                case Float d when value instanceof Number n -> n.doubleValue();
                case Long d when value instanceof Number n -> n.longValue();
                case Integer d when value instanceof Number n -> n.longValue();
                case null, default -> value;
            };
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
    }

    /** A JSON value as Neo4j stores it: whole numbers as long, others as double, arrays as lists. */
    private static Object value(JsonNode n) {
        if (n.isArray()) {
            Collection<Object> items = new ArrayList<>();
            n.forEach(x -> items.add(value(x)));
            return List.copyOf(items);
        }
        if (n.isIntegralNumber()) {
            return n.longValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.asText();
    }
}
