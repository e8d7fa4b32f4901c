package nl.spoor.api.entity;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.entity.EntityViews.Entity;
import nl.spoor.api.entity.EntityNeighbourhood.Filter;
import nl.spoor.api.entity.EntityViews.Relationship;
import nl.spoor.api.entity.EntityViews.RelationshipConnection;
import nl.spoor.api.entity.EntityViews.TimelineConnection;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.visibility.View;
import nl.spoor.api.visibility.Visibility;
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
    private final Visibility visibility;

    EntityController(EntityQuery query, EntityNeighbourhood neighbourhood, BsnKey bsnKey, Visibility visibility) {
        this.query = query;
        this.neighbourhood = neighbourhood;
        this.bsnKey = bsnKey;
        this.visibility = visibility;
    }

    @QueryMapping
    Entity entity(@Argument String spoorId, DataFetchingEnvironment env) {
        return query.entity(spoorId, visibility.of(env)).orElse(null);
    }

    /**
     * An invalid identifier raises InvalidIdentifierException, which the API reports as a BAD_REQUEST error.
     * A lookup by BSN is refused to a view that may not see BSNs: its answer would say whether Spoor holds one.
     */
    @QueryMapping
    Entity entityByIdentifier(@Argument IdentifierType type, @Argument String value, DataFetchingEnvironment env) {
        IdentifierKeys key = IdentifierKeys.of(type).orElseThrow(() -> new IllegalArgumentException("No lookup by " + type));
        View view = visibility.of(env);
        if (key == IdentifierKeys.BSN && !view.seesBsn()) {
            throw new QueryRefused(QueryRefused.Limit.NOT_ALLOWED, "A lookup by BSN needs the role fit or rechercheur and a purpose ("
                    + view.who() + "); look the person up by name instead.");
        }
        return query.spoorIdFor(key, key.storedValue(value, bsnKey)).flatMap(id -> query.entity(id, view)).orElse(null);
    }

    @SchemaMapping(typeName = "Entity", field = "relationships")
    List<Relationship> relationships(Entity entity, @Argument Integer limit, DataFetchingEnvironment env) {
        int n = limit == null ? 50 : limit;
        if (n < 0 || n > MAX_RELATIONSHIPS) {
            throw new IllegalArgumentException("relationships(limit) must be 0.." + MAX_RELATIONSHIPS + ", got " + n);
        }
        return query.relationships(entity.spoorId(), n, visibility.of(env));
    }

    @SchemaMapping(typeName = "Entity", field = "neighbours")
    RelationshipConnection neighbours(Entity entity, @Argument List<String> kinds, @Argument List<String> types, @Argument String direction,
                                      @Argument String since, @Argument String until, @Argument Boolean includeUndated,
                                      @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return neighbourhood.neighbours(entity.spoorId(), Filter.of(kinds, types, direction, since, until, includeUndated), first, after,
                visibility.of(env));
    }

    @SchemaMapping(typeName = "Entity", field = "timeline")
    TimelineConnection timeline(Entity entity, @Argument List<String> types, @Argument String since, @Argument String until,
                                @Argument String order, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return neighbourhood.timeline(entity.spoorId(), Filter.of(null, types, null, since, until, true), !"OLDEST_FIRST".equals(order), first, after,
                visibility.of(env));
    }
}
