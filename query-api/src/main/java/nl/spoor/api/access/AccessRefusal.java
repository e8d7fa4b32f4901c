package nl.spoor.api.access;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.execution.ErrorType;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

/**
 * A request refused by access control before any data fetcher ran: a GraphQL {@code FORBIDDEN} error
 * whose message says why and what to do, with {@code extensions.refused} = {@link #reason()} (the
 * convention of {@code QueryRefused}).
 */
public final class AccessRefusal extends AbortExecutionException {

    /** Why access control refused a request. */
    public enum Reason {
        /** No signed-in user (only possible for GraphQL run outside HTTP). */
        UNAUTHENTICATED,
        /** The operation needs a purpose and the request named none. */
        NO_PURPOSE,
        /** The purpose header names no purpose Spoor knows. */
        UNKNOWN_PURPOSE,
        /** The user is not a member of the named purpose. */
        NOT_A_MEMBER,
        /** The purpose is closed, or has no legal basis. */
        PURPOSE_INACTIVE,
        /** None of the user's roles may run the operation. */
        ROLE,
        /** The operation is not in the access policy, so nobody may run it (fail closed). */
        UNLISTED_OPERATION
    }

    private final Reason reason;

    public AccessRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("refused", reason.name());
    }

    /** The error as the client sees it: classification {@code FORBIDDEN}, {@code extensions.refused}. */
    public GraphQLError error() {
        return GraphqlErrorBuilder.newError().errorType(ErrorType.FORBIDDEN).message(getMessage()).extensions(getExtensions()).build();
    }

    @Override
    public List<GraphQLError> getUnderlyingErrors() {
        return List.of(error());
    }

    @Override
    public ExecutionResult toExecutionResult() {
        return ExecutionResult.newExecutionResult().addError(error()).build();
    }
}
