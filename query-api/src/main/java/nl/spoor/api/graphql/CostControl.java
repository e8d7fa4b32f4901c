package nl.spoor.api.graphql;

import java.time.Duration;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;

/**
 * What one GraphQL request may cost, for the whole API ({@code SPOOR_GRAPHQL_*}, as environment
 * variables or properties of the same name), checked before anything runs or while it runs:
 *
 * <ul>
 * <li>{@code SPOOR_GRAPHQL_MAX_DEPTH} (default {@value #DEFAULT_DEPTH}): how deeply fields may nest; the
 * deepest query of the API (a path's evidence down to a source's title) is 9, and GraphiQL's schema
 * introspection passes (SpoorServerTest);
 * <li>{@code SPOOR_GRAPHQL_MAX_COMPLEXITY} (default {@value #DEFAULT_COMPLEXITY}): fields in the query,
 * each counting 1 with the fields below it (graphql-java's measure); the README's and SpoorServerTest's
 * queries and GraphiQL's introspection pass;
 * <li>{@code SPOOR_GRAPHQL_TIMEOUT} (default 30 s): no field is fetched after this time from the start
 * of the request; each query also runs its Cypher under its own transaction timeout (SPOOR_TRAIL_TIMEOUT,
 * SPOOR_PATHS_TIMEOUT, SPOOR_NETWORK_TIMEOUT), which stops the store.
 * </ul>
 * A refused request answers an error saying which limit and by how much, with {@code extensions.refused}.
 */
@Configuration(proxyBeanMethods = false)
class CostControl {

    static final int DEFAULT_DEPTH = 15;
    static final int DEFAULT_COMPLEXITY = 500;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    @Bean
    Instrumentation maxQueryDepth(Environment env) {
        int max = positive(env, "SPOOR_GRAPHQL_MAX_DEPTH", DEFAULT_DEPTH);
        return new MaxQueryDepthInstrumentation(max) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return new Refusal(QueryRefused.Limit.QUERY_DEPTH, "The query nests fields " + depth + " deep, more than this server allows ("
                        + maxDepth + ", SPOOR_GRAPHQL_MAX_DEPTH). Ask for fewer nested fields, and fetch what lies deeper with a second query.");
            }
        };
    }

    @Bean
    Instrumentation maxQueryComplexity(Environment env) {
        int max = positive(env, "SPOOR_GRAPHQL_MAX_COMPLEXITY", DEFAULT_COMPLEXITY);
        return new MaxQueryComplexityInstrumentation(max) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return new Refusal(QueryRefused.Limit.QUERY_COMPLEXITY, "The query asks for " + complexity + " fields (counting each field "
                        + "with those below it), more than this server allows (" + maxComplexity + ", SPOOR_GRAPHQL_MAX_COMPLEXITY). "
                        + "Ask for fewer fields or fewer aliases, or split it into several queries.");
            }
        };
    }

    @Bean
    Instrumentation requestTimeout(Environment env) {
        Duration timeout = env.getProperty("SPOOR_GRAPHQL_TIMEOUT", Duration.class, DEFAULT_TIMEOUT);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SPOOR_GRAPHQL_TIMEOUT must be positive, got " + timeout);
        }
        return new RequestTimeout(timeout);
    }

    private static int positive(Environment env, String name, int fallback) {
        int value = env.getProperty(name, Integer.class, fallback);
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }

    /** A request refused before it ran: a GraphQL error with {@code extensions.refused}, like {@link QueryRefused}. */
    static final class Refusal extends AbortExecutionException {

        private final QueryRefused.Limit limit;

        Refusal(QueryRefused.Limit limit, String message) {
            super(message);
            this.limit = limit;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("refused", limit.name());
        }
    }
}
