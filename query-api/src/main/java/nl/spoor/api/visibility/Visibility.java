package nl.spoor.api.visibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.access.AccessContext;
import nl.spoor.model.store.SpoorStore;

/**
 * Decides, once per request, what it may see: reads the store's sources (one query, a few thousand rows
 * at most) and keeps the {@link View} in the request's {@link GraphQLContext}, so every fetcher of the
 * request filters the same way. A request without an {@link AccessContext} runs with Spoor's
 * {@link View#internal() internal} view: the access layer refuses such requests before they reach a
 * fetcher, and only in-process callers (tests of the query classes, benchmarks) have none.
 */
@Component
public class Visibility {

    private static final String SOURCES = "MATCH (s:Source) RETURN s.sourceId AS id, s.partner AS partner, s.caseId AS caseId, "
            + "s.retainUntil AS retainUntil";

    private final SpoorStore store;
    private final Clock clock;

    @Autowired
    public Visibility(SpoorStore store) {
        this(store, Clock.systemDefaultZone());
    }

    public Visibility(SpoorStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The view of the request a fetcher serves, decided at its first fetcher. */
    public View of(DataFetchingEnvironment env) {
        return of(env.getGraphQlContext());
    }

    public View of(GraphQLContext context) {
        View cached = context.get(View.class);
        if (cached != null) {
            return cached;
        }
        View view = of(AccessContext.of(context));
        context.put(View.class, view);
        return view;
    }

    public View of(Optional<AccessContext> access) {
        return access.map(this::of).orElseGet(View::internal);
    }

    public View of(AccessContext access) {
        return View.of(access, sources(), LocalDate.now(clock));
    }

    private Map<String, View.SourceFacts> sources() {
        try (var s = store.driver().session(store.sessionConfig())) {
            Map<String, View.SourceFacts> out = new HashMap<>();
            s.executeRead(tx -> tx.run(SOURCES).list()).forEach(r -> out.put(r.get("id").asString(), new View.SourceFacts(
                    r.get("partner").asString(null), r.get("caseId").asString(null),
                    r.get("retainUntil").isNull() ? null : r.get("retainUntil").asLocalDate())));
            return out;
        }
    }
}
