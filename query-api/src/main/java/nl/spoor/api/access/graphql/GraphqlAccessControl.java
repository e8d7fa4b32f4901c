package nl.spoor.api.access.graphql;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.AccessPolicy;
import nl.spoor.api.access.AccessRefusal;
import nl.spoor.api.access.PurposeBinding;

/**
 * Refuses a GraphQL operation before any data fetcher runs unless {@link AccessPolicy} lets the
 * signed-in user run every root field it asks for, for the purpose it names. A request without an
 * {@link AccessContext} (GraphQL run outside the HTTP interceptor) is refused too: fail closed.
 */
@Component
class GraphqlAccessControl extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        AccessContext access = AccessContext.of(execution.getGraphQLContext()).orElseThrow(() -> new AccessRefusal(
                AccessRefusal.Reason.UNAUTHENTICATED, "Not signed in: log in (POST /api/login), or send HTTP Basic or a Bearer token."));
        PurposeBinding.Resolved bound = execution.getGraphQLContext().get(PurposeBinding.Resolved.class);
        PurposeBinding.Resolved resolved = bound != null ? bound : new PurposeBinding.Resolved(access.purpose(), null);
        OperationDefinition operation = execution.getOperationDefinition();
        String type = operation.getOperation() == OperationDefinition.Operation.MUTATION ? "Mutation"
                : operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION ? "Subscription" : "Query";
        for (String field : rootFields(operation.getSelectionSet(), execution.getFragmentsByName(), new LinkedHashSet<>())) {
            PurposeBinding.require(type + "." + field, access.user(), resolved);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** The names of the root fields, through fragment spreads and inline fragments (aliases do not hide a field). */
    static Set<String> rootFields(SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> into) {
        for (Selection<?> selection : set.getSelections()) {
            switch (selection) {
                case Field f -> into.add(f.getName());
                case InlineFragment i -> rootFields(i.getSelectionSet(), fragments, into);
                case FragmentSpread s -> {
                    FragmentDefinition d = fragments.get(s.getName());
                    if (d != null) {
                        rootFields(d.getSelectionSet(), fragments, into);
                    }
                }
                default -> throw new IllegalStateException("unexpected selection " + selection);
            }
        }
        return into;
    }
}
