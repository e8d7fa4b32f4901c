package nl.spoor.api.audit;

import java.util.Collection;

import graphql.GraphQLContext;

/**
 * For fetchers whose answer stands for entities it does not hold as objects with a {@code spoorId}: an export
 * (the entities are in the file, fetched later with the download) and a purge (the entities it deleted or took
 * facts from). Their Spoor ids are added to the request's {@code returnedIds} in the consultation log, so that
 * {@code consultations(subject:)} and the data-subject report find those requests too.
 */
public final class ConsultedEntities {

    private ConsultedEntities() {
    }

    /** Adds the stored Spoor ids to the log entry of the request this context belongs to (nothing outside a logged request). */
    public static void add(GraphQLContext context, Collection<String> spoorIds) {
        RequestTrace trace = context.get(RequestTrace.class);
        if (trace != null) {
            spoorIds.forEach(trace::returned);
        }
    }
}
