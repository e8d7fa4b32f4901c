package nl.spoor.api.entity;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import nl.spoor.model.identifiers.InvalidIdentifierException;

/** Bad input becomes a BAD_REQUEST error whose message says what is wrong, instead of INTERNAL_ERROR. */
@Component
class ApiErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidIdentifierException || ex instanceof IllegalArgumentException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
        }
        return null;
    }
}
