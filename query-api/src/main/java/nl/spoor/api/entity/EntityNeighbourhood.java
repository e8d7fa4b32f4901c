package nl.spoor.api.entity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.PageInfo;
import nl.spoor.api.entity.EntityViews.Relationship;
import nl.spoor.api.entity.EntityViews.RelationshipConnection;
import nl.spoor.api.entity.EntityViews.RelationshipEdge;
import nl.spoor.api.entity.EntityViews.TimelineConnection;
import nl.spoor.api.entity.EntityViews.TimelineEdge;
import nl.spoor.api.entity.EntityViews.TimelineEvent;
import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.store.SpoorStore;

/**
 * An entity's neighbours, filtered by kind, relationship type, direction and time, and its timeline of dated
 * events (GraphQL {@code Entity.neighbours}, {@code Entity.timeline}), each a page with cursors. Thread-safe.
 */
@Component
class EntityNeighbourhood {

    static final int MAX_PAGE = 500;
    private static final String NEIGHBOURS = CypherResource.load(EntityNeighbourhood.class, "neighbours.cypher");
    private static final String TIMELINE = CypherResource.load(EntityNeighbourhood.class, "timeline.cypher");

    private final SpoorStore store;

    EntityNeighbourhood(SpoorStore store) {
        this.store = store;
    }

    /** The filters of a neighbours or timeline request, checked; null lists mean no filter. */
    record Filter(List<String> kinds, List<String> types, String direction, LocalDate since, LocalDate until, boolean includeUndated) {

        static Filter of(List<String> kinds, List<String> types, String direction, String since, String until, Boolean includeUndated) {
            if (kinds != null) {
                kinds.forEach(k -> EntityKind.fromLabel(k).orElseThrow(() -> new IllegalArgumentException("Unknown entity kind '" + k
                        + "'; known: " + Arrays.stream(EntityKind.values()).map(EntityKind::label).toList())));
            }
            if (types != null) {
                types.forEach(t -> RelationshipKind.fromType(t).orElseThrow(() -> new IllegalArgumentException("Unknown relationship type '" + t
                        + "'; known: " + Arrays.stream(RelationshipKind.values()).map(Enum::name).toList())));
            }
            LocalDate from = date("since", since);
            LocalDate to = date("until", until);
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("since (" + from + ") is after until (" + to + ")");
            }
            return new Filter(kinds == null || kinds.isEmpty() ? null : kinds, types == null || types.isEmpty() ? null : types, direction,
                    from, to, includeUndated == null || includeUndated);
        }

        private static LocalDate date(String name, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + " must be a date yyyy-mm-dd, got '" + value + "'");
            }
        }

        Map<String, Object> params(String spoorId, int skip, int limit) {
            Map<String, Object> p = new HashMap<>();
            p.put("spoorId", spoorId);
            p.put("kinds", kinds);
            p.put("types", types);
            p.put("direction", direction);
            p.put("since", since);
            p.put("until", until);
            p.put("includeUndated", includeUndated);
            p.put("skip", skip);
            p.put("limit", limit);
            return p;
        }
    }

    RelationshipConnection neighbours(String spoorId, Filter filter, Integer first, String after, View view) {
        String tag = "neighbours:" + Integer.toHexString(Objects.hash(spoorId, filter));
        Page<Relationship> page = page(NEIGHBOURS, view.with(filter.params(spoorId, 0, 0)), tag, first, after, (row, i) -> EntityQuery.relationship(row));
        List<RelationshipEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new RelationshipEdge(cursor(tag, page.offset() + i + 1), page.items().get(i)));
        }
        return new RelationshipConnection(edges, page.info(edges.isEmpty() ? null : edges.getLast().cursor()), page.total());
    }

    TimelineConnection timeline(String spoorId, Filter filter, boolean newestFirst, Integer first, String after, View view) {
        String tag = "timeline:" + Integer.toHexString(Objects.hash(spoorId, filter, newestFirst));
        Map<String, Object> params = view.with(filter.params(spoorId, 0, 0));
        params.put("newestFirst", newestFirst);
        Page<TimelineEvent> page = page(TIMELINE, params, tag, first, after, (row, i) -> event(row));
        List<TimelineEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new TimelineEdge(cursor(tag, page.offset() + i + 1), page.items().get(i)));
        }
        return new TimelineConnection(edges, page.info(edges.isEmpty() ? null : edges.getLast().cursor()), page.total());
    }

    private static TimelineEvent event(Value row) {
        Relationship r = EntityQuery.relationship(row);
        EntityRef via = row.get("viaId").isNull() ? null : new EntityRef(row.get("viaId").asString(), "BankAccount", row.get("viaIban").asString());
        String phase = row.get("phase").asString();
        StringBuilder d = new StringBuilder(r.type()).append(r.direction().equals("OUT") ? " to " : " from ").append(r.other().caption());
        r.properties().stream().filter(p -> p.name().equals("amount")).findFirst().ifPresent(p -> d.append(", amount ").append(p.value()));
        if (via != null) {
            d.append(", account ").append(via.caption());
        }
        d.append(switch (phase) {
            case "START" -> ": begins";
            case "END" -> ": ends";
            default -> "";
        });
        return new TimelineEvent(row.get("date").asString(), phase, d.toString(), r, via);
    }

    private record Page<T>(List<T> items, int offset, int total) {
        PageInfo info(String endCursor) {
            return new PageInfo(offset + items.size() < total, endCursor);
        }
    }

    private <T> Page<T> page(String cypher, Map<String, Object> params, String tag, Integer first, String after, BiFunction<Value, Integer, T> map) {
        int size = first == null ? 50 : first;
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("first must be 1.." + MAX_PAGE + ", got " + size);
        }
        int offset = offset(tag, after);
        params.put("skip", offset);
        params.put("limit", size);
        Record record;
        try (var s = store.driver().session(store.sessionConfig())) {
            record = s.executeRead(tx -> tx.run(nl.spoor.api.warmup.PlanWarmUp.cypher(cypher), params).list()).stream().findFirst().orElse(null);
        }
        if (record == null) {
            return new Page<>(List.of(), offset, 0);
        }
        List<Value> rows = record.get("page").asList(v -> v);
        List<T> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            items.add(map.apply(rows.get(i), i));
        }
        return new Page<>(items, offset, record.get("total").asInt());
    }

    private static String cursor(String tag, int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((tag + ":" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String tag, String after) {
        if (after == null || after.isEmpty()) {
            return 0;
        }
        try {
            String key = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (key.startsWith(tag + ":")) {
                return Integer.parseInt(key.substring(tag.length() + 1));
            }
        } catch (IllegalArgumentException e) {
            // not one of ours: said below
        }
        throw new IllegalArgumentException("after is not a cursor of this request (same entity and filters): " + after);
    }
}
