package nl.spoor.api.search;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.visibility.Visibility;

import nl.spoor.api.search.SearchViews.SearchResult;

/** GraphQL {@code search} (search.graphqls). */
@Controller
class SearchController {

    private final NameSearch search;
    private final Visibility visibility;

    SearchController(NameSearch search, Visibility visibility) {
        this.search = search;
        this.visibility = visibility;
    }

    @QueryMapping
    SearchResult search(@Argument String query, @Argument List<SearchType> types, @Argument Boolean fuzzy, @Argument Boolean phonetic,
                        @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return search.search(query, types, fuzzy == null || fuzzy, phonetic == null || phonetic, first, after, visibility.of(env));
    }
}
