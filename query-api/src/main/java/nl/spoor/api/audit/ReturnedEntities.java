package nl.spoor.api.audit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import nl.spoor.api.visibility.Records;
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
        } else if (NAMING_FIELDS.contains(env.getField().getName()) && env.getSource() != null && trace.firstNaming(env.getSource())) {
            // An explanation or description names the entities of what it explains, also when the client asked for
            // nothing else of them: those are in the answer too.
            named(env.getSource(), trace, 0);
        }
        return fetcher;
    }

    /** Text fields that name the entities of the object they belong to: results' explanations, evidence descriptions. */
    static final Set<String> NAMING_FIELDS = Set.of("explanation", "description");
    private static final int MAX_DEPTH = 6;

    /** Records every entity held by {@code value}: itself, or in its record components, lists and maps, to a bounded depth. */
    private void named(Object value, RequestTrace trace, int depth) {
        if (value == null || depth > MAX_DEPTH || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Iterable<?> items) {
            items.forEach(item -> named(item, trace, depth + 1));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.get("spoorId") instanceof String id) {
                trace.returned(id);
            }
            map.values().forEach(v -> named(v, trace, depth + 1));
            return;
        }
        String id = spoorId(value);
        if (id != null) {
            trace.returned(id);
        }
        if (value instanceof Record r) {
            for (Object component : Records.components(r)) {
                named(component, trace, depth + 1);
            }
        }
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
