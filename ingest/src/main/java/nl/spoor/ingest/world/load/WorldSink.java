package nl.spoor.ingest.world.load;

import java.util.List;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Source;

/**
 * Receives a world as {@link WorldReader} checks it: sources first, then every node file, then every
 * relationship file, each row already in the store's terms (Spoor ids with BSNs hashed, typed values,
 * symmetric relationships ordered, keys as the GraphWriter wants them).
 */
interface WorldSink {

    /** The property columns of one file, in file order, as stored ({@code bsn} already renamed {@code bsnHash}). */
    record Shape(String file, String name, List<String> properties, List<ColumnType> types) {
    }

    /**
     * @param values one per property of the shape; null where the row has no value. Reused after the call.
     */
    record NodeRow(EntityKind kind, String spoorId, String sourceId, String locator, Object[] values) {
    }

    /**
     * @param key empty for kinds that occur once between two entities, like {@link nl.spoor.model.writer.RelationshipFact}
     */
    record RelationshipRow(RelationshipKind kind, EntityKind fromKind, String from, EntityKind toKind, String to, String key,
                           String sourceId, String locator, Object[] values) {
    }

    void sources(List<Source> sources);

    void beginNodes(EntityKind kind, Shape shape);

    void node(NodeRow row);

    void endNodes();

    void beginRelationships(RelationshipKind kind, Shape shape);

    void relationship(RelationshipRow row);

    void endRelationships();

    /** Only checks: what a first pass over the files uses. */
    WorldSink NONE = new WorldSink() {
        @Override
        public void sources(List<Source> sources) {
        }

        @Override
        public void beginNodes(EntityKind kind, Shape shape) {
        }

        @Override
        public void node(NodeRow row) {
        }

        @Override
        public void endNodes() {
        }

        @Override
        public void beginRelationships(RelationshipKind kind, Shape shape) {
        }

        @Override
        public void relationship(RelationshipRow row) {
        }

        @Override
        public void endRelationships() {
        }
    };
}
