package nl.spoor.api.access;

import java.util.Objects;
import java.util.Optional;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

/**
 * Who asks and why, for one request: the contract between authentication (which user), purpose
 * binding (which purpose), visibility (which facts) and the consultation log (what was asked and
 * returned). It is put into the {@link GraphQLContext} under {@code AccessContext.class} before any
 * data fetcher runs; a request that cannot have one is refused before it reaches a fetcher.
 *
 * @param user      the signed-in user
 * @param purpose   the purpose named by the request; empty only for the few operations that need none
 *                  (the user's own profile and purposes, so that one can be chosen)
 * @param requestId correlation id of this request (logs, consultation log)
 */
public record AccessContext(SpoorUser user, Optional<Purpose> purpose, String requestId) {

    /** HTTP header naming the purpose (a case, signal or HHKP id) of a GraphQL request or an upload. */
    public static final String PURPOSE_HEADER = "X-Spoor-Purpose";

    public AccessContext {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(requestId, "requestId");
    }

    public static Optional<AccessContext> of(GraphQLContext context) {
        return Optional.ofNullable(context.get(AccessContext.class));
    }

    public static Optional<AccessContext> of(DataFetchingEnvironment env) {
        return of(env.getGraphQlContext());
    }
}
