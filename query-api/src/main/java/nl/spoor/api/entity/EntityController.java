package nl.spoor.api.entity;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.spoor.api.entity.EntityViews.Entity;
import nl.spoor.api.entity.EntityNeighbourhood.Filter;
import nl.spoor.api.entity.EntityViews.Relationship;
import nl.spoor.api.entity.EntityViews.RelationshipConnection;
import nl.spoor.api.entity.EntityViews.TimelineConnection;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.identifiers.IdentifierType;

/** GraphQL {@code entity}, {@code entityByIdentifier} and {@code Entity.relationships}. */
@Controller
class EntityController {

    private static final int MAX_RELATIONSHIPS = 1_000;

    private final EntityQuery query;
    private final EntityNeighbourhood neighbourhood;
    private final BsnKey bsnKey;

    EntityController(EntityQuery query, EntityNeighbourhood neighbourhood, BsnKey bsnKey) {
        this.query = query;
        this.neighbourhood = neighbourhood;
        this.bsnKey = bsnKey;
    }

    @QueryMapping
    Entity entity(@Argument String spoorId) {
        return query.entity(spoorId).orElse(null);
    }

    /** An invalid identifier raises InvalidIdentifierException, which the API reports as a BAD_REQUEST error. */
    @QueryMapping
    Entity entityByIdentifier(@Argument IdentifierType type, @Argument String value) {
        IdentifierKeys key = IdentifierKeys.of(type).orElseThrow(() -> new IllegalArgumentException("No lookup by " + type));
        return query.spoorIdFor(key, key.storedValue(value, bsnKey)).flatMap(query::entity).orElse(null);
    }

    @SchemaMapping(typeName = "Entity", field = "relationships")
    List<Relationship> relationships(Entity entity, @Argument Integer limit) {
        int n = limit == null ? 50 : limit;
        if (n < 0 || n > MAX_RELATIONSHIPS) {
            throw new IllegalArgumentException("relationships(limit) must be 0.." + MAX_RELATIONSHIPS + ", got " + n);
        }
        return query.relationships(entity.spoorId(), n);
    }

    @SchemaMapping(typeName = "Entity", field = "neighbours")
    RelationshipConnection neighbours(Entity entity, @Argument List<String> kinds, @Argument List<String> types, @Argument String direction,
                                      @Argument String since, @Argument String until, @Argument Boolean includeUndated,
                                      @Argument Integer first, @Argument String after) {
        return neighbourhood.neighbours(entity.spoorId(), Filter.of(kinds, types, direction, since, until, includeUndated), first, after);
    }

    @SchemaMapping(typeName = "Entity", field = "timeline")
    TimelineConnection timeline(Entity entity, @Argument List<String> types, @Argument String since, @Argument String until,
                                @Argument String order, @Argument Integer first, @Argument String after) {
        return neighbourhood.timeline(entity.spoorId(), Filter.of(null, types, null, since, until, true), !"OLDEST_FIRST".equals(order), first, after);
    }
}
