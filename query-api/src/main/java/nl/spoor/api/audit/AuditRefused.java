package nl.spoor.api.audit;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

/** The consultation log asked for by someone who may not read it: a FORBIDDEN error saying who may. */
final class AuditRefused extends RuntimeException {

    AuditRefused(String message) {
        super(message);
    }

    @Component
    static final class Resolver extends DataFetcherExceptionResolverAdapter {
        @Override
        protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
            return ex instanceof AuditRefused ? GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message(ex.getMessage()).build() : null;
        }
    }
}
