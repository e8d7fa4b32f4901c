package nl.spoor.api.graphql;

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
        /** More candidates (firms, persons) than a typology may rank in one query. */
        TOO_MANY_RESULTS
    }

    private final Limit limit;

    public QueryRefused(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
