package nl.spoor.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * The cost limits on graphql-java itself, with a schema that nests as deep as one likes (Spoor's own
 * schema nests 9 deep at most, and graphql-java refuses deep introspection by itself); SpoorServerTest
 * shows the limits through the server.
 */
class CostControlTest {

    static final String NESTED = "type Query { slow: Int fast: Int node: Node } type Node { name: String child: Node }";

    static GraphQL graphql(graphql.execution.instrumentation.Instrumentation instrumentation) {
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(NESTED),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("slow", env -> {
                    Thread.sleep(200);
                    return 1;
                }).dataFetcher("fast", env -> 2).dataFetcher("node", env -> Map.of("name", "n"))).build());
        return GraphQL.newGraphQL(schema).instrumentation(instrumentation).build();
    }

    @Test
    void refusesToFetchAFieldAfterTheRequestTimeout() {
        ExecutionResult r = graphql(new RequestTimeout(Duration.ofMillis(100))).execute("{ slow fast }");
        assertThat(r.<Map<String, Object>>getData()).containsEntry("slow", 1).containsEntry("fast", null);
        assertThat(r.getErrors()).hasSize(1);
        assertThat(r.getErrors().getFirst().getMessage()).contains("longer than this server allows (100 ms, SPOOR_GRAPHQL_TIMEOUT); fast was not fetched");
    }

    @Test
    void fetchesEveryFieldWithinTheTimeout() {
        ExecutionResult r = graphql(new RequestTimeout(Duration.ofSeconds(10))).execute("{ fast }");
        assertThat(r.getErrors()).isEmpty();
        assertThat(r.<Map<String, Object>>getData()).containsEntry("fast", 2);
    }

    @Test
    void refusesAQueryNestedDeeperThanTheLimitSayingWhy() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", Map.of("SPOOR_GRAPHQL_MAX_DEPTH", "3")));
        CostControl costs = new CostControl();
        GraphQL g = graphql(new ChainedInstrumentation(costs.maxQueryDepth(env), costs.maxQueryComplexity(env)));
        assertThat(g.execute("{ node { child { name } } }").getErrors()).isEmpty();
        ExecutionResult r = g.execute("{ node { child { child { name } } } }");
        assertThat(r.getErrors()).hasSize(1);
        Map<String, Object> error = r.getErrors().getFirst().toSpecification();
        assertThat(error.get("message")).isEqualTo("The query nests fields 4 deep, more than this server allows (3, SPOOR_GRAPHQL_MAX_DEPTH). "
                + "Ask for fewer nested fields, and fetch what lies deeper with a second query.");
        assertThat(error.get("extensions")).isEqualTo(Map.of("refused", "QUERY_DEPTH", "classification", "ExecutionAborted"));
    }
}
