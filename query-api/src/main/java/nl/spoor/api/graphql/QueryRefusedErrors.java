package nl.spoor.api.graphql;

import java.util.Map;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

/** A refused query becomes a BAD_REQUEST error that says why, with the limit in {@code extensions.refused}. */
@Component
class QueryRefusedErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof QueryRefused r) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(r.getMessage())
                    .extensions(Map.of("refused", r.limit().name())).build();
        }
        return null;
    }
}
