package nl.spoor.api.observability;

import java.util.TreeSet;

import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * Tags each GraphQL request's timer ({@code graphql.request}, Prometheus {@code graphql_request_seconds})
 * with {@value #OPERATION}: the top-level fields it asks, sorted and joined by {@code +}
 * ({@code entityByIdentifier}, {@code moneyTrail}, {@code ingestJob+ingestJobs}). Those are the
 * schema's, so the tag's values stay few; the operation name a client picks would not.
 */
@Component
public class GraphQlOperations extends DefaultExecutionRequestObservationConvention {

    public static final String OPERATION = "graphql.operation";

    @Override
    public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and(KeyValue.of(OPERATION, operation(context)));
    }

    static String operation(ExecutionRequestObservationContext context) {
        if (context.getExecutionContext() == null || context.getExecutionContext().getOperationDefinition() == null) {
            return "invalid"; // not parsed or not valid: no field was run
        }
        OperationDefinition operation = context.getExecutionContext().getOperationDefinition();
        TreeSet<String> fields = new TreeSet<>();
        operation.getSelectionSet().getSelectionsOfType(Field.class).forEach(f -> fields.add(f.getName()));
        return fields.isEmpty() ? "fragments" : String.join("+", fields);
    }
}
