package nl.spoor.api.access.graphql;

import java.util.Map;
import java.util.UUID;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import nl.spoor.api.observability.RequestIds;
import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.CurrentUser;
import nl.spoor.api.access.PurposeBinding;
import reactor.core.publisher.Mono;

/**
 * Builds the {@link AccessContext} of every GraphQL request over HTTP: the signed-in user, the purpose
 * of the {@value AccessContext#PURPOSE_HEADER} header resolved in the purpose store, and a fresh request
 * id (also the response header {@value #REQUEST_HEADER}). Whether the operation may run is decided by
 * {@link GraphqlAccessControl} once the document is parsed, before any fetcher runs.
 */
@Component
class GraphqlPurposeBinding implements WebGraphQlInterceptor {

    static final String REQUEST_HEADER = "X-Spoor-Request";

    private final PurposeBinding binding;

    GraphqlPurposeBinding(PurposeBinding binding) {
        this.binding = binding;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        // One id per request in logs, response headers and the consultation log: the HTTP filter's (X-Request-Id).
        String requestId = request.getAttributes().get(RequestIds.ATTRIBUTE) instanceof String id ? id : UUID.randomUUID().toString();
        CurrentUser.get().ifPresent(user -> {
            PurposeBinding.Resolved resolved = binding.resolve(user, request.getHeaders().getFirst(AccessContext.PURPOSE_HEADER));
            AccessContext access = new AccessContext(user, resolved.purpose(), requestId);
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(AccessContext.class, access, PurposeBinding.Resolved.class, resolved)).build());
        });
        return chain.next(request).doOnNext(response -> response.getResponseHeaders().set(REQUEST_HEADER, requestId));
    }
}
