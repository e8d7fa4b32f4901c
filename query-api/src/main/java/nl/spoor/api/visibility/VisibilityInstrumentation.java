package nl.spoor.api.visibility;

import java.util.Set;
import java.util.concurrent.CompletionStage;

import org.springframework.stereotype.Component;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * Applies visibility to every GraphQL field that does work (not the record properties): decides the
 * request's {@link View} at its first fetcher (every query filters its facts by the view's sources) and passes every
 * result through the {@link ResultGuard}.
 */
@Component
public class VisibilityInstrumentation extends SimplePerformantInstrumentation {

    /**
     * The jurist's and beheerder's audit operations: what Spoor holds on a person (AVG art. 15 asks for all
     * of it, also from sources no purpose may use any more until the purge), the registers and the log. Their
     * answers are not filtered by source; BSN-keyed ids are still hidden from a view without BSNs.
     */
    static final Set<String> AUDIT = Set.of("subjectReport", "consultations", "disclosures", "purges");

    private final Visibility visibility;
    private final ResultGuard guard;
    private final BsnIds bsnIds;

    public VisibilityInstrumentation(Visibility visibility, ResultGuard guard, BsnIds bsnIds) {
        this.visibility = visibility;
        this.guard = guard;
        this.bsnIds = bsnIds;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            // A record's own field: only the ids of persons keyed by BSN need hiding, and only from a view without BSNs.
            if (visibility.of(parameters.getEnvironment()).seesBsn()) {
                return fetcher;
            }
            return env -> hideIds(fetcher.get(env));
        }
        return env -> {
            View view = visibility.of(env);
            DataFetchingEnvironment asked = view.seesBsn() ? env : revealIds(env);
            Object result = fetcher.get(asked);
            if (view.unrestricted()) {
                return result;
            }
            if (underAudit(env)) {
                return view.seesBsn() ? result : hideIds(result);
            }
            Object guarded = guarded(result, view, env.getSource());
            return view.seesBsn() ? guarded : hideIds(guarded);
        };
    }

    /** A leaf value as a view without BSNs may see it: a BSN-keyed Spoor id replaced by its alias (BsnIds). */
    private Object hideIds(Object value) {
        return switch (value) {
            case String s -> bsnIds.hide(s);
            case java.util.List<?> l when !l.isEmpty() && l.getFirst() instanceof String -> l.stream().map(x -> x instanceof String s ? bsnIds.hide(s) : x).toList();
            case null, default -> value;
        };
    }

    /** The arguments with every alias a view without BSNs was given turned back into the Spoor id. */
    private DataFetchingEnvironment revealIds(DataFetchingEnvironment env) {
        if (env.getArguments().isEmpty()) {
            return env;
        }
        java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
        env.getArguments().forEach((k, v) -> args.put(k, reveal(v)));
        return graphql.schema.DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(args).build();
    }

    private Object reveal(Object v) {
        return switch (v) {
            case String s -> bsnIds.reveal(s);
            case java.util.List<?> l -> l.stream().map(this::reveal).toList();
            case java.util.Map<?, ?> m -> {
                java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
                m.forEach((k, x) -> out.put(k, reveal(x)));
                yield out;
            }
            case null, default -> v;
        };
    }

    private Object guarded(Object result, View view, Object parent) {
        return switch (result) {
            case CompletionStage<?> later -> later.thenApply(r -> guarded(r, view, parent));
            case DataFetcherResult<?> r -> DataFetcherResult.newResult().data(guard.apply(r.getData(), view, parent)).errors(r.getErrors())
                    .localContext(r.getLocalContext()).extensions(r.getExtensions()).build();
            case null, default -> guard.apply(result, view, parent);
        };
    }

    /** Whether the field is, or lies under, a root field of {@link #AUDIT}. */
    private static boolean underAudit(DataFetchingEnvironment env) {
        graphql.execution.ExecutionStepInfo step = env.getExecutionStepInfo();
        while (step.getParent() != null && step.getParent().getParent() != null) {
            step = step.getParent();
        }
        return step.getFieldDefinition() != null && AUDIT.contains(step.getFieldDefinition().getName());
    }
}
