package nl.spoor.model.writer;

/**
 * What one {@link GraphWriter#write} did, from Neo4j's counters: created nodes include sources,
 * created relationships include provenance ({@code ASSERTS}) relationships.
 */
public record WriteResult(int entityFacts, int relationshipFacts, long nodesCreated, long relationshipsCreated,
                          long propertiesSet) {

    public static final WriteResult EMPTY = new WriteResult(0, 0, 0, 0, 0);

    public WriteResult plus(WriteResult o) {
        return new WriteResult(entityFacts + o.entityFacts, relationshipFacts + o.relationshipFacts,
                nodesCreated + o.nodesCreated, relationshipsCreated + o.relationshipsCreated, propertiesSet + o.propertiesSet);
    }
}
