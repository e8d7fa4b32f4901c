package nl.spoor.api.audit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
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
 * not ask for {@code spoorId}: each object of the answer is seen once ({@link #beginExecuteObject}), and its
 * source object carries the id. Fetchers are not wrapped; the cost is a map look-up per object and per field.
 */
final class ReturnedEntities extends SimplePerformantInstrumentation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Per GraphQL type name: whether it has a {@code spoorId} field. */
    private final Map<String, Boolean> entityTypes = new ConcurrentHashMap<>();
    /** Per Java class: how to read its spoorId, if it has one. */
    private final Map<Class<?>, Optional<MethodHandle>> readers = new ConcurrentHashMap<>();

    /**
     * Every object of the answer, once (not once per field): an entity when its type has a {@code spoorId} field.
     * Per field graphql-java would build a {@link DataFetchingEnvironment} for us that its plain property fetchers never
     * need, which cost ~1–2 ms on a typology's page of 20 with evidence (thousands of fields).
     */
    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        RequestTrace trace = parameters.getExecutionContext().getGraphQLContext().get(RequestTrace.class);
        if (trace != null) {
            ExecutionStrategyParameters object = parameters.getExecutionStrategyParameters();
            if (object.getExecutionStepInfo().getUnwrappedNonNullType() instanceof GraphQLObjectType type && isEntityType(type)) {
                String id = spoorId(object.getSource());
                if (id != null) {
                    trace.returned(id);
                }
            }
        }
        return ExecuteObjectInstrumentationContext.NOOP;
    }

    /** The root fields with their arguments, and what explanations name; other fields are passed by untouched. */
    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        RequestTrace trace = parameters.getExecutionContext().getGraphQLContext().get(RequestTrace.class);
        if (trace == null) {
            return fetcher;
        }
        boolean root = parameters.getExecutionStepInfo().getPath().getLevel() == 1;
        boolean naming = NAMING_FIELDS.contains(parameters.getField().getName());
        if (!root && !naming) {
            return fetcher;
        }
        DataFetchingEnvironment env = parameters.getEnvironment();
        if (root) {
            var operation = env.getOperationDefinition();
            trace.operation(operation.getOperation().name().toLowerCase(Locale.ROOT), operation.getName());
            trace.field(env.getField().getResultKey() + " " + JSON.writeValueAsString(env.getArguments()));
        }
        if (naming && env.getSource() != null && !(env.getParentType() instanceof GraphQLObjectType parent && isEntityType(parent))
                && trace.firstNaming(env.getSource())) {
            // An explanation or description names the entities of what it explains, also when the client asked for
            // nothing else of them: those are in the answer too.
            named(env.getSource(), trace, 0);
        }
        return fetcher;
    }

    private boolean isEntityType(GraphQLObjectType type) {
        return entityTypes.computeIfAbsent(type.getName(), n -> type.getFieldDefinition("spoorId") != null);
    }

    /** Text fields that name the entities of the object they belong to: results' explanations, evidence descriptions. */
    static final Set<String> NAMING_FIELDS = Set.of("explanation", "description");
    private static final int MAX_DEPTH = 6;

    /**
     * Records every entity held by {@code value}: itself, or in its record components, lists and maps, to a bounded depth.
     * Each list and record is walked once per request: an explanation's result holds the evidence steps whose
     * descriptions are walked too (without this a typology's page of 7 networks took ~30,000 visits).
     */
    private void named(Object value, RequestTrace trace, int depth) {
        if (value == null || depth > MAX_DEPTH || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof java.time.temporal.TemporalAccessor) {
            return;
        }
        if ((value instanceof Iterable<?> || value instanceof Record) && depth > 0 && !trace.firstNaming(value, depth)) {
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
