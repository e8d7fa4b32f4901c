package nl.spoor.api.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neo4j.driver.Value;

import nl.spoor.api.entity.EntityViews.Assertion;
import nl.spoor.api.entity.EntityViews.Property;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.model.writer.TransferCounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL {@code Source} and {@code Assertion} of stored provenance, for every feature that shows
 * where a fact comes from (entities, relationships, the hops of a money trail). Stateless, thread-safe.
 */
public final class Provenance {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Bookkeeping, no facts: provenance lists, the write lock, an account's transfer counts (TransferCounts). */
    private static final Set<String> HIDDEN = Stream.concat(Stream.of("spoorId", "sourceIds", "evidence", "key", "spoorLock"),
            TransferCounts.PROPERTIES.stream()).collect(Collectors.toUnmodifiableSet());

    private Provenance() {
    }

    /**
     * One entry of a relationship's {@code evidence} list (JSON written by the graph writer), with its
     * source's properties from {@code sources} by sourceId; a source not there is shown by its id only.
     */
    public static Assertion relationshipAssertion(String json, Map<String, Map<String, Object>> sources) {
        JsonNode e = JSON.readTree(json);
        String sourceId = e.get("source").asString();
        Map<String, Object> source = sources.getOrDefault(sourceId, Map.of("sourceId", sourceId));
        return new Assertion(source(source), e.get("locator").asString(),
                e.has("page") ? e.get("page").asInt() : null, e.has("start") ? e.get("start").asInt() : null,
                e.has("end") ? e.get("end").asInt() : null, e.get("confidence").asDouble(),
                e.has("snippet") ? e.get("snippet").asString() : null, null);
    }

    /** A {@code Source} node's properties as the GraphQL type. */
    public static Source source(Map<String, Object> s) {
        return new Source((String) s.get("sourceId"), str(s.get("kind")), str(s.get("title")), str(s.get("documentId")),
                str(s.get("partner")), str(s.get("legalBasis")), str(s.get("caseId")), str(s.get("receivedAt")),
                str(s.get("retainUntil")), s.get("extractor") + " " + s.get("extractorVersion"));
    }

    /** A relationship's or entity's stored properties as shown (provenance bookkeeping hidden), by name. */
    public static List<Property> properties(Map<String, Value> props) {
        return props.entrySet().stream()
                .filter(e -> !HIDDEN.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Property(e.getKey(), display(e.getValue())))
                .toList();
    }

    /**
     * The properties the given entity assertions assert (their {@code asserted} JSON), the first
     * assertion's value winning as the writer's does: an entity's properties as its usable sources state them.
     */
    public static Map<String, Value> asserted(List<Assertion> assertions) {
        return assertedJson(assertions.stream().map(Assertion::asserted).filter(java.util.Objects::nonNull).toList());
    }

    /** The properties asserted by entity assertions' {@code asserted} JSON, the first one's value winning. */
    public static Map<String, Value> assertedJson(List<String> asserted) {
        Map<String, Value> out = new java.util.LinkedHashMap<>();
        for (String json : asserted) {
            JSON.readTree(json).properties().forEach(e -> out.putIfAbsent(e.getKey(), value(e.getValue())));
        }
        return out;
    }

    private static Value value(JsonNode n) {
        if (n.isArray()) {
            List<Object> items = new java.util.ArrayList<>();
            n.values().forEach(x -> items.add(x.isNumber() ? x.numberValue() : x.asString()));
            return org.neo4j.driver.Values.value(items);
        }
        return org.neo4j.driver.Values.value(n.isNumber() ? n.numberValue() : n.isBoolean() ? n.booleanValue() : n.asString());
    }

    private static String display(Value v) {
        return switch (v.type().name()) {
            case "STRING" -> v.asString();
            case "LIST" -> String.join(", ", v.asList(x -> display(x)));
            default -> v.asObject().toString();
        };
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
