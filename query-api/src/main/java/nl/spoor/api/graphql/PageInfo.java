package nl.spoor.api.graphql;

/** GraphQL {@code PageInfo}: whether a connection has more items, and the cursor to continue after. */
public record PageInfo(boolean hasNextPage, String endCursor) {
}
