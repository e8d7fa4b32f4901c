package nl.spoor.api.search;

import java.util.List;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.visibility.Protection;

/** What the GraphQL types of search.graphqls return; names match the schema. */
final class SearchViews {

    private SearchViews() {
    }

    record SearchResult(String query, String understood, SearchConnection hits) {
    }

    record SearchConnection(List<SearchEdge> edges, PageInfo pageInfo, int totalCount) {
    }

    record SearchEdge(String cursor, SearchHit node) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record SearchHit(int rank, double score, EntityRef entity, String field, String value, List<TermMatch> matches,
                     Integer page, Integer pagesMatched, String snippet) implements Protection.FoundByName {
    }

    record TermMatch(String term, String matched, String how, int edits) {
    }
}
