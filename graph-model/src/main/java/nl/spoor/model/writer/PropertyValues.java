package nl.spoor.model.writer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Checks and converts property values to what Neo4j stores, naming the fact and property on error. */
final class PropertyValues {

    /** Written by the writer itself; a fact may not set them. */
    static final Set<String> RESERVED = Set.of("spoorId", "sourceIds", "evidence", "key", "spoorLock");

    private PropertyValues() {
    }

    static Map<String, Object> checked(Map<String, Object> properties, String what) {
        if (properties == null || properties.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, Object> result = new TreeMap<>();
        properties.forEach((name, value) -> {
            if (name == null || name.isBlank() || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("Property name \"" + name + "\" of " + what + " is not a plain identifier");
            }
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException("Property \"" + name + "\" of " + what + " is reserved for the graph writer");
            }
            if (value != null) {
                result.put(name, convert(value, name, what));
            }
        });
        return Collections.unmodifiableMap(result);
    }

    private static Object convert(Object value, String name, String what) {
        return switch (value) {
            case String s -> s;
            case Boolean b -> b;
            case Integer i -> i.longValue();
            case Long l -> l;
            case Double d when Double.isFinite(d) -> d;
            // Amounts: euros as double; exact to the cent far beyond any real amount.
            case BigDecimal d -> d.doubleValue();
            case LocalDate d -> d;
            case Instant i -> i.atOffset(ZoneOffset.UTC);
            case OffsetDateTime t -> t;
            case ZonedDateTime t -> t;
            case List<?> list when list.stream().allMatch(String.class::isInstance) -> List.copyOf(list);
            case List<?> list when list.stream().allMatch(Long.class::isInstance) -> List.copyOf(list);
            default -> throw new IllegalArgumentException("Property \"" + name + "\" of " + what + " has a value Neo4j cannot store: "
                    + value.getClass().getSimpleName() + " " + value);
        };
    }
}
