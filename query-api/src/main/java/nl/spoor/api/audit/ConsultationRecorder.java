package nl.spoor.api.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.Role;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every GraphQL request to the consultation log once its answer is complete and before it is
 * sent: answered, refused (also by the access check, with the purpose the request named) or failed.
 * It is the outermost interceptor, so it sees what every other interceptor did, and it reads the
 * {@link AccessContext} that the access interceptor left in the request's GraphQL context.
 *
 * <p>Appends are synchronous, one write transaction per request: an answer leaves only once its entry
 * is committed, so a crash cannot lose the entry of an answer already given. When the log cannot be
 * written, the answer is withheld (an error), because a consultation may not happen unlogged.
 */
final class ConsultationRecorder implements WebGraphQlInterceptor, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ConsultationRecorder.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_REASON = 2_000;
    private static final Set<String> REFUSALS = Set.of(ErrorType.BAD_REQUEST.name(), ErrorType.UNAUTHORIZED.name(), ErrorType.FORBIDDEN.name(),
            graphql.ErrorType.ValidationError.name(), graphql.ErrorType.InvalidSyntax.name(), graphql.ErrorType.OperationNotSupported.name());

    private final ConsultationLog log;
    private final BenchmarkSwitch benchmark;

    ConsultationRecorder(ConsultationLog log, BenchmarkSwitch benchmark) {
        this.log = log;
        this.benchmark = benchmark;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (benchmark != null && !benchmark.logging()) {
            return chain.next(request);
        }
        // What the log needs of the HTTP request is read now: after a timeout the servlet request is recycled
        // while the query may still be running.
        String namedPurpose = request.getHeaders().getFirst(AccessContext.PURPOSE_HEADER);
        Asked asked = new Asked(request.getId(), request.getDocument(), request.getOperationName(), JSON.writeValueAsString(variables(request)),
                namedPurpose == null ? "" : namedPurpose.strip());
        RequestTrace trace = new RequestTrace();
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(RequestTrace.class, trace);
            return input;
        });
        return chain.next(request)
                .map(response -> record(asked, response, trace))
                .onErrorResume(e -> {
                    try {
                        append(asked, null, trace, Consultation.Outcome.ERROR, String.valueOf(e.getMessage()));
                    } catch (RuntimeException logFailed) {
                        LOG.error("The consultation log could not record the failed request {}", asked.id(), logFailed);
                        e.addSuppressed(logFailed);
                    }
                    return Mono.error(e);
                });
    }

    /** The request as it arrived. */
    private record Asked(String id, String document, String operationName, String variables, String namedPurpose) {
    }

    private WebGraphQlResponse record(Asked request, WebGraphQlResponse response, RequestTrace trace) {
        List<ResponseError> errors = response.getErrors();
        Consultation.Outcome outcome = errors.isEmpty() ? Consultation.Outcome.ANSWERED
                : errors.stream().anyMatch(ConsultationRecorder::refusal) ? Consultation.Outcome.REFUSED : Consultation.Outcome.ERROR;
        String reason = String.join("; ", errors.stream().map(ResponseError::getMessage).toList());
        try {
            append(request, response.getExecutionInput().getGraphQLContext(), trace, outcome, reason);
            return response;
        } catch (RuntimeException e) {
            LOG.error("The consultation log could not record request {}; its answer is withheld", request.id(), e);
            return response.transform(b -> b.data(null).errors(List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                    .message("The consultation log could not record this request, so its answer is withheld: " + e.getMessage()).build())));
        }
    }

    private static boolean refusal(ResponseError error) {
        return error.getExtensions().containsKey("refused") || REFUSALS.contains(String.valueOf(error.getErrorType()));
    }

    private void append(Asked request, GraphQLContext context, RequestTrace trace, Consultation.Outcome outcome, String reason) {
        Optional<AccessContext> access = context == null ? Optional.empty() : AccessContext.of(context);
        List<String> returned = trace.returnedIds();
        String type = trace.operationType();
        String name = trace.operationName();
        List<String> fields = trace.fields();
        if (type.isEmpty() || fields.isEmpty() && outcome == Consultation.Outcome.REFUSED) {
            Optional<OperationDefinition> op = operation(request.document(), request.operationName());
            if (type.isEmpty()) {
                type = op.map(o -> o.getOperation().name().toLowerCase(java.util.Locale.ROOT)).orElse("");
                name = op.map(OperationDefinition::getName).orElse(request.operationName());
            }
            if (fields.isEmpty() && outcome == Consultation.Outcome.REFUSED && op.isPresent()) {
                // Refused before any fetcher ran (access): what was asked is read from the document itself.
                fields = askedFields(op.get(), request.variables());
            }
        }
        log.record(new ConsultationLog.Request(trace.arrived, "graphql",
                access.map(a -> a.user().username()).orElse(""),
                access.map(a -> a.user().roles().stream().map(Role::code).toList()).orElse(List.of()),
                access.map(a -> a.user().organisation()).orElse(""),
                access.flatMap(a -> a.purpose().map(p -> p.id())).orElse(request.namedPurpose()),
                access.flatMap(a -> a.purpose().map(p -> p.legalBasis())).orElse(""),
                access.map(AccessContext::requestId).orElse(request.id()),
                type, name, request.document(), request.variables(), fields, outcome,
                reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason, returned));
    }

    private static Map<String, Object> variables(WebGraphQlRequest request) {
        return request.getVariables() == null ? Map.of() : request.getVariables();
    }

    /** The operation a request that did not run would have run, if its document parses. */
    /** The root fields of a refused operation, as {@link ReturnedEntities} would have traced them: name and arguments as JSON. */
    @SuppressWarnings("unchecked")
    private static List<String> askedFields(OperationDefinition op, String variablesJson) {
        Map<String, Object> variables = JSON.readValue(variablesJson, Map.class);
        List<String> fields = new ArrayList<>();
        for (Selection<?> selection : op.getSelectionSet().getSelections()) {
            if (selection instanceof Field field) {
                Map<String, Object> arguments = new java.util.LinkedHashMap<>();
                for (Argument argument : field.getArguments()) {
                    arguments.put(argument.getName(), literal(argument.getValue(), variables));
                }
                fields.add(field.getResultKey() + " " + JSON.writeValueAsString(arguments));
            }
        }
        return fields;
    }

    private static Object literal(Value<?> value, Map<String, Object> variables) {
        return switch (value) {
            case StringValue v -> v.getValue();
            case IntValue v -> v.getValue();
            case FloatValue v -> v.getValue();
            case BooleanValue v -> v.isValue();
            case EnumValue v -> v.getName();
            case NullValue v -> null;
            case VariableReference v -> variables.get(v.getName());
            case ArrayValue v -> v.getValues().stream().map(x -> literal(x, variables)).toList();
            case ObjectValue v -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                v.getObjectFields().forEach(f -> m.put(f.getName(), literal(f.getValue(), variables)));
                yield m;
            }
            default -> AstPrinter.printAst(value);
        };
    }

    private static Optional<OperationDefinition> operation(String document, String operationName) {
        if (document == null || document.isBlank()) {
            return Optional.empty();
        }
        try {
            List<OperationDefinition> ops = new ArrayList<>(Parser.parse(document).getDefinitionsOfType(OperationDefinition.class));
            return ops.stream().filter(o -> operationName == null || operationName.equals(o.getName())).findFirst();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
