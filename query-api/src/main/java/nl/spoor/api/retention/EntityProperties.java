package nl.spoor.api.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.spoor.model.graph.IdentifierKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A kept entity's properties after its expired sources are gone. The node holds the first value written
 * for each property; every source's own values are on its ASSERTS ({@code asserted}, JSON as the graph
 * writer wrote it: dates as text). A property only expired sources asserted is removed; one whose node value
 * came from an expired source while a live source asserted another value takes the live value. Identifiers
 * stay: the Spoor id is made of them. Properties no source asserted (derived keys, FtM bookkeeping) stay.
 */
final class EntityProperties {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EntityProperties() {
    }

    /**
     * @param asserts one map per ASSERTS of the entity: {@code live} (boolean) and {@code asserted} (JSON text or null)
     * @return a row for the purge: {@code id} and {@code set}, the changes ({@code null} removes a property)
     */
    static Map<String, Object> trimmed(String id, String label, Map<String, Object> props, List<Map<String, Object>> asserts) {
        Map<String, List<JsonNode>> live = new HashMap<>();
        Map<String, List<JsonNode>> expired = new HashMap<>();
        for (Map<String, Object> a : asserts) {
            if (a.get("asserted") instanceof String json) {
                Map<String, List<JsonNode>> into = Boolean.TRUE.equals(a.get("live")) ? live : expired;
                JSON.readTree(json).properties().forEach(e -> into.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
            }
        }
        Set<String> identifiers = java.util.Arrays.stream(IdentifierKeys.values()).filter(k -> k.kind().label().equals(label))
                .map(IdentifierKeys::property).collect(Collectors.toSet());
        Map<String, Object> set = new LinkedHashMap<>();
        for (String key : expired.keySet()) {
            if (!props.containsKey(key) || identifiers.contains(key)) {
                continue;
            }
            List<JsonNode> values = live.get(key);
            if (values == null) {
                set.put(key, null);
            } else {
                String current = JSON.writeValueAsString(asAsserted(props.get(key)));
                if (values.stream().noneMatch(v -> v.toString().equals(current))) {
                    set.put(key, likeNode(values.getFirst(), props.get(key)));
                }
            }
        }
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("set", set);
        return row;
    }

    /** A node value as the graph writer put it into {@code asserted}. */
    private static Object asAsserted(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof List<?> ? v : String.valueOf(v);
    }

    /** An asserted JSON value as the type the node holds for that property. */
    private static Object likeNode(JsonNode v, Object nodeValue) {
        return switch (nodeValue) {
            case LocalDate d -> LocalDate.parse(v.asString());
            case ZonedDateTime t -> ZonedDateTime.parse(v.asString());
            case OffsetDateTime t -> OffsetDateTime.parse(v.asString());
            case Double d -> v.asDouble();
            case Long l -> v.asLong();
            case Boolean b -> v.asBoolean();
            case List<?> l -> JSON.convertValue(v, List.class);
            default -> v.isString() ? v.asString() : v.toString();
        };
    }
}
