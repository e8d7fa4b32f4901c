package nl.spoor.api.visibility;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.spoor.api.access.AccessContext;
import nl.spoor.model.writer.GraphWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL API of Spoor (every controller, the visibility instrumentation) over the {@link PartitionedWorld},
 * with the request's {@link AccessContext} put into the GraphQL context as the access layer puts it.
 */
@SpringBootTest(properties = "SPOOR_BSN_KEY=0000000000000000000000000000000000000000000000000000000000000000")
abstract class VisibilityTestBase {

    static final Path HOME = nl.spoor.api.testing.ServerHome.temporary("spoor-visibility-test-");
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static boolean written;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("SPOOR_HOME", HOME::toString);
    }

    @Autowired
    ExecutionGraphQlService graphql;

    @Autowired
    void world(GraphWriter writer) {
        synchronized (VisibilityTestBase.class) {
            if (!written) {
                PartitionedWorld.write(writer);
                written = true;
            }
        }
    }

    /** The response ({@code data} and {@code errors}) of {@code query} asked with {@code access}. */
    JsonNode ask(AccessContext access, String query) {
        var request = new DefaultExecutionGraphQlRequest(query, null, Map.of(), Map.of(), "test", null);
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(AccessContext.class, access)).build());
        var response = graphql.execute(request).block();
        return JSON.valueToTree(response.toMap());
    }

    /** {@code data} of a response that has no errors. */
    JsonNode data(AccessContext access, String query) {
        JsonNode r = ask(access, query);
        if (r.has("errors")) {
            throw new AssertionError("errors: " + r.get("errors"));
        }
        return r.get("data");
    }
}
