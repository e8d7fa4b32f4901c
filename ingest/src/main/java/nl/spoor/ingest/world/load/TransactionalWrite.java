package nl.spoor.ingest.world.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;
import nl.spoor.model.writer.WriteResult;

/**
 * Writes a world through the {@link GraphWriter}, one batch of {@code batchSize} facts per call, so it
 * merges into what the store holds, idempotently, with the writer's provenance. Each row of a world file
 * is one fact whose evidence is its locator ({@code nodes/Person.csv:17}) with confidence 1.
 */
final class TransactionalWrite implements WorldSink {

    private final GraphWriter writer;
    private final int batchSize;
    private final LoadProgress progress;
    private WriteBatch batch = new WriteBatch();
    private Shape shape;
    private WriteResult result = WriteResult.EMPTY;

    TransactionalWrite(GraphWriter writer, int batchSize, LoadProgress progress) {
        this.writer = writer;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    WriteResult result() {
        return result;
    }

    @Override
    public void sources(List<Source> sources) {
        WriteBatch b = new WriteBatch();
        sources.forEach(b::source);
        result = result.plus(writer.write(b));
        progress.stepBy(sources.size());
    }

    @Override
    public void beginNodes(EntityKind kind, Shape shape) {
        this.shape = shape;
    }

    @Override
    public void node(NodeRow row) {
        batch.entity(new EntityFact(new EntityRef(row.kind(), row.spoorId()), properties(row.values()), evidence(row.sourceId(), row.locator())));
        flushIfFull();
    }

    @Override
    public void endNodes() {
        flush();
    }

    @Override
    public void beginRelationships(RelationshipKind kind, Shape shape) {
        this.shape = shape;
    }

    @Override
    public void relationship(RelationshipRow row) {
        batch.relationship(new RelationshipFact(row.kind(), new EntityRef(row.fromKind(), row.from()), new EntityRef(row.toKind(), row.to()),
                row.key(), properties(row.values()), evidence(row.sourceId(), row.locator())));
        flushIfFull();
    }

    @Override
    public void endRelationships() {
        flush();
    }

    private Map<String, Object> properties(Object[] values) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                props.put(shape.properties().get(i), values[i]);
            }
        }
        return props;
    }

    private static Evidence evidence(String sourceId, String locator) {
        return new Evidence(sourceId, locator, null, null, null, 1.0, null);
    }

    private void flushIfFull() {
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    private void flush() {
        int n = batch.size();
        if (n > 0) {
            result = result.plus(writer.write(batch));
            batch = new WriteBatch();
            progress.stepBy(n);
        }
    }
}
