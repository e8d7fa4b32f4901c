package nl.spoor.api.graphql;

import java.time.Duration;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * Stops a request that has run longer than its timeout: no field is fetched after it, and the fields
 * left answer a {@link QueryRefused} TIMEOUT error. Fetching a field already under way is not broken
 * off here; the queries' own transaction timeouts stop the store.
 */
final class RequestTimeout extends SimplePerformantInstrumentation {

    private final Duration timeout;

    RequestTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** When the request started. */
    private record Started(long nanos) implements InstrumentationState {
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Started(System.nanoTime());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || !(state instanceof Started started)) {
            return fetcher;
        }
        return env -> {
            long ran = System.nanoTime() - started.nanos();
            if (ran > timeout.toNanos()) {
                throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "The request ran " + Duration.ofNanos(ran).toMillis() + " ms, longer than "
                        + "this server allows (" + timeout.toMillis() + " ms, SPOOR_GRAPHQL_TIMEOUT); " + env.getField().getName()
                        + " was not fetched. Ask for less in one request.");
            }
            return fetcher.get(env);
        };
    }
}
