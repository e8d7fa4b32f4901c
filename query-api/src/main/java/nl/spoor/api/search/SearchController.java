package nl.spoor.api.search;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.spoor.api.search.SearchViews.SearchResult;

/** GraphQL {@code search} (search.graphqls). */
@Controller
class SearchController {

    private final NameSearch search;

    SearchController(NameSearch search) {
        this.search = search;
    }

    @QueryMapping
    SearchResult search(@Argument String query, @Argument List<SearchType> types, @Argument Boolean fuzzy, @Argument Boolean phonetic,
                        @Argument Integer first, @Argument String after) {
        return search.search(query, types, fuzzy == null || fuzzy, phonetic == null || phonetic, first, after);
    }
}
