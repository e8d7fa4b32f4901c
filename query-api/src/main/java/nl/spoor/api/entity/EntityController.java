package nl.spoor.api.entity;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.spoor.api.entity.EntityViews.Entity;
import nl.spoor.api.entity.EntityViews.Relationship;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.identifiers.IdentifierType;

/** GraphQL {@code entity}, {@code entityByIdentifier} and {@code Entity.relationships}. */
@Controller
class EntityController {

    private static final int MAX_RELATIONSHIPS = 1_000;

    private final EntityQuery query;
    private final BsnKey bsnKey;

    EntityController(EntityQuery query, BsnKey bsnKey) {
        this.query = query;
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
}
