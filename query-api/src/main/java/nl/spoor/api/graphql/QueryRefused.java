package nl.spoor.api.graphql;

import org.neo4j.driver.exceptions.Neo4jException;

/**
 * A query Spoor will not run, or stopped, because of what it would cost (too many hops, too many
 * paths, too long): the message says which limit and how to narrow the question. The API answers it
 * as a {@code BAD_REQUEST} error with {@code extensions.refused} = {@link #limit()}.
 */
public final class QueryRefused extends RuntimeException {

    /** Which limit refused the query. */
    public enum Limit {
        /** More hops asked than the server allows. */
        MAX_HOPS,
        /** More paths than the result cap. */
        TOO_MANY_PATHS,
        /** The transaction timeout stopped it. */
        TIMEOUT,
        /** A page larger than the page limit. */
        PAGE_SIZE,
        /** A network larger than the node cap of network analysis. */
        TOO_MANY_NODES,
        /** A GraphQL query nested deeper than SPOOR_GRAPHQL_MAX_DEPTH. */
        QUERY_DEPTH,
        /** A GraphQL query with more fields than SPOOR_GRAPHQL_MAX_COMPLEXITY. */
        QUERY_COMPLEXITY,
        /** A search that matches more candidates than the server ranks (too common a name, too few words). */
        TOO_BROAD,
        /** A search with nothing to search for, or too long. */
        INVALID_QUERY,
        /** More candidates (firms, persons) than a typology may rank in one query. */
        TOO_MANY_RESULTS,
        /** A question the request's role or purpose may not ask (a lookup by BSN without the right). */
        NOT_ALLOWED
    }

    private final Limit limit;

    public QueryRefused(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }

    /** Whether the store stopped a transaction because of its timeout (or terminated it). */
    public static boolean timedOut(Neo4jException e) {
        return e.code() != null && (e.code().contains("TransactionTimedOut") || e.code().contains("Transaction.Terminated"));
    }
}
