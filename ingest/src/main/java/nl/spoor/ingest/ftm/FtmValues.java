package nl.spoor.ingest.ftm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.spoor.ingest.ftm.FtmMapping.Property;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.identifiers.InvalidIdentifierException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values between FtM (every property a list of strings) and Spoor (typed Neo4j values), and Spoor's
 * typed values in the {@code spoor} extension, where a date must stay a date and 1.0 a float.
 */
final class FtmValues {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FtmValues() {
    }

    /** The Spoor value of an FtM value, or empty when it does not convert (then the FtM value is kept as it is). */
    static Optional<Object> toSpoor(Property p, String value, BsnKey bsnKey) {
        try {
            return Optional.of(switch (p.type()) {
                case TEXT -> value;
                case DATE -> LocalDate.parse(value);
                case DECIMAL -> new BigDecimal(value).doubleValue();
                case IDENTIFIER -> p.identifier().storedValue(value, bsnKey);
            });
        } catch (DateTimeParseException | NumberFormatException | InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    /**
     * An FtM line's values without the {@code proof} values that name Spoor source documents of this
     * import: those are provenance, restored as such, not kept as values.
     */
    static Map<String, List<String>> withoutSourceProof(Map<String, List<String>> properties, java.util.Set<String> proofIds) {
        Map<String, List<String>> raw = new TreeMap<>(properties);
        raw.computeIfPresent("proof", (k, vs) -> {
            List<String> rest = vs.stream().filter(v -> !proofIds.contains(v)).toList();
            return rest.isEmpty() ? null : rest;
        });
        return raw;
    }

    /** The Spoor properties the table makes of FtM values: the first value of each, where it converts. */
    static Map<String, Object> fromTable(List<Property> table, Map<String, List<String>> raw, BsnKey bsnKey) {
        Map<String, Object> props = new TreeMap<>();
        for (Property p : table) {
            List<String> values = raw.getOrDefault(p.ftm(), List.of());
            if (!values.isEmpty()) {
                toSpoor(p, values.getFirst(), bsnKey).ifPresent(v -> props.put(p.spoor(), v));
            }
        }
        return props;
    }

    /** The FtM string of a Spoor value of a mapped property, or empty when the value is not of the property's type. */
    static Optional<String> toFtm(Property p, Object value) {
        return switch (p.type()) {
            case TEXT, IDENTIFIER -> value instanceof String s ? Optional.of(s) : Optional.empty();
            case DATE -> value instanceof LocalDate d ? Optional.of(d.toString()) : Optional.empty();
            case DECIMAL -> value instanceof Double d ? Optional.of(decimal(d)) : Optional.empty();
        };
    }

    /** Shortest plain decimal that reads back as the same double: 2150.0 → "2150", 0.1 → "0.1". */
    static String decimal(double d) {
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** A Spoor value as typed JSON: dates and date-times tagged, numbers keep integer or float. */
    static JsonNode typed(Object value) {
        return switch (value) {
            case String s -> NODES.stringNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case Long l -> NODES.numberNode(l);
            case Integer i -> NODES.numberNode(i.longValue());
            case Double d -> NODES.numberNode(d);
            case LocalDate d -> NODES.objectNode().put("date", d.toString());
            case OffsetDateTime t -> NODES.objectNode().put("datetime", t.toString());
            case ZonedDateTime t -> NODES.objectNode().put("datetime", t.toOffsetDateTime().toString());
            case List<?> list -> {
                ArrayNode a = NODES.arrayNode();
                list.forEach(v -> a.add(typed(v)));
                yield a;
            }
            default -> NODES.stringNode(value.toString());
        };
    }

    /** The Spoor value of typed JSON. */
    static Object untyped(JsonNode node, String what) {
        if (node.isString()) {
            return node.asString();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isFloatingPointNumber()) {
            return node.asDouble();
        }
        if (node.isObject() && node.has("date")) {
            return LocalDate.parse(node.get("date").asString());
        }
        if (node.isObject() && node.has("datetime")) {
            return OffsetDateTime.parse(node.get("datetime").asString());
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(v -> list.add(untyped(v, what)));
            return list;
        }
        throw new IllegalArgumentException(what + " has a value Spoor cannot read: " + node);
    }

    static ObjectNode typedMap(Map<String, Object> props) {
        ObjectNode o = NODES.objectNode();
        new TreeMap<>(props).forEach((k, v) -> o.set(k, typed(v)));
        return o;
    }

    static Map<String, Object> untypedMap(JsonNode node, String what) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> m.put(e.getKey(), untyped(e.getValue(), what + " property " + e.getKey())));
        }
        return m;
    }

    /** FtM properties as a sorted map of value lists, as kept in a node's {@code ftm} JSON. */
    static Map<String, List<String>> properties(JsonNode node) {
        Map<String, List<String>> m = new TreeMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> {
                List<String> values = new ArrayList<>();
                e.getValue().forEach(v -> values.add(v.asString()));
                m.put(e.getKey(), values);
            });
        }
        return m;
    }

    /**
     * A value of one source's {@code asserted} JSON (where dates are text) as the type the node holds for
     * that property, so that writing it again gives the same {@code asserted}.
     */
    static Object likeNode(JsonNode asserted, Object nodeValue) {
        if (asserted.isString() && nodeValue instanceof LocalDate) {
            return LocalDate.parse(asserted.asString());
        }
        if (asserted.isString() && nodeValue instanceof OffsetDateTime) {
            return OffsetDateTime.parse(asserted.asString());
        }
        if (asserted.isNumber() && nodeValue instanceof Double) {
            return asserted.asDouble();
        }
        return untyped(asserted, "asserted");
    }
}
