package nl.spoor.api.audit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gathers, while a request runs, what the consultation log records of it besides the request itself:
 * the operation, each root field with its arguments, and the Spoor id of every entity in the answer.
 * An entity is any object of a type with a {@code spoorId} field ({@code Entity}, {@code EntityRef},
 * {@code TrailAccount}, and whatever type gets one later), so an id is recorded even when the client did
 * not ask for {@code spoorId}: each entity in the answer has at least one field fetched, and its source
 * object carries the id. Fetchers are not wrapped; the cost is a map look-up per fetched field.
 */
final class ReturnedEntities extends SimplePerformantInstrumentation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Per GraphQL type name: whether it has a {@code spoorId} field. */
    private final Map<String, Boolean> entityTypes = new ConcurrentHashMap<>();
    /** Per Java class: how to read its spoorId, if it has one. */
    private final Map<Class<?>, Optional<MethodHandle>> readers = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        DataFetchingEnvironment env = parameters.getEnvironment();
        RequestTrace trace = env.getGraphQlContext().get(RequestTrace.class);
        if (trace == null) {
            return fetcher;
        }
        if (env.getExecutionStepInfo().getPath().getLevel() == 1) {
            var operation = env.getOperationDefinition();
            trace.operation(operation.getOperation().name().toLowerCase(Locale.ROOT), operation.getName());
            trace.field(env.getField().getResultKey() + " " + JSON.writeValueAsString(env.getArguments()));
        }
        if (env.getParentType() instanceof GraphQLObjectType parent
                && entityTypes.computeIfAbsent(parent.getName(), n -> parent.getFieldDefinition("spoorId") != null)) {
            String id = spoorId(env.getSource());
            if (id != null) {
                trace.returned(id);
            }
        }
        return fetcher;
    }

    private String spoorId(Object source) {
        if (source == null) {
            return null;
        }
        if (source instanceof Map<?, ?> map) {
            return map.get("spoorId") instanceof String s ? s : null;
        }
        Optional<MethodHandle> reader = readers.computeIfAbsent(source.getClass(), ReturnedEntities::reader);
        if (reader.isEmpty()) {
            return null;
        }
        try {
            return (String) reader.get().invoke(source);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read the spoorId of " + source.getClass().getName(), e);
        }
    }

    /** {@code spoorId()} (a record) or {@code getSpoorId()}. */
    private static Optional<MethodHandle> reader(Class<?> type) {
        for (String name : new String[] {"spoorId", "getSpoorId"}) {
            try {
                var method = type.getMethod(name);
                if (method.getReturnType() == String.class) {
                    method.setAccessible(true);
                    return Optional.of(MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(String.class, Object.class)));
                }
            } catch (NoSuchMethodException e) {
                // try the next name
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
