package nl.spoor.api.paths;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.visibility.Visibility;

import nl.spoor.api.paths.PathSearch.Mode;
import nl.spoor.api.paths.PathViews.PathResult;

/** GraphQL {@code paths} (paths.graphqls). */
@Controller
class PathController {

    /** Hub cap when the query gives none: more relationships than a person or firm has, fewer than a bank or a city. */
    static final int DEFAULT_HUB_CAP = 100;

    private final Paths paths;

    private final Visibility visibility;

    PathController(Paths paths, Visibility visibility) {
        this.paths = paths;
        this.visibility = visibility;
    }

    @QueryMapping
    PathResult paths(@Argument String from, @Argument String to, @Argument Mode mode, @Argument Integer maxHops,
                     @Argument List<String> relationshipTypes, @Argument List<String> through, @Argument List<String> avoid,
                     @Argument String since, @Argument String until, @Argument Integer hubCap, @Argument Integer first, @Argument String after,
                     DataFetchingEnvironment env) {
        LinkFilter filter = LinkFilter.of(relationshipTypes, through, avoid, since, until, hubCap, DEFAULT_HUB_CAP);
        return paths.paths(from, to, mode, maxHops, filter, relationshipTypes == null || relationshipTypes.isEmpty(), first, after,
                visibility.of(env));
    }
}
