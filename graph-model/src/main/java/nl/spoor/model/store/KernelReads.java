package nl.spoor.model.store;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.io.pagecache.context.CursorContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.values.storable.Value;

/**
 * A node's relationships and a few of their properties read through Neo4j's kernel cursors, for a procedure
 * that runs inside the store (the money-trail traversal). The core API reads each relationship's record a second
 * time to read its properties, walks the whole property chain, looks the keys up by name and copies the values
 * into a map per relationship; from a busy account a trail search reads thousands of transfers, and that was
 * most of its time (README *Measured*). Here one traversal cursor reads each relationship once and its property
 * cursor stops at the last key asked for. The only class outside this package's store code that touches the
 * kernel (ModuleBoundariesTest); one per procedure call, not thread-safe, closed with the call.
 */
public final class KernelReads implements AutoCloseable {

    /** Called per relationship with its id, the node at its other end, and the values asked for (null when absent). */
    @FunctionalInterface
    public interface RelationshipVisitor {
        void visit(long relationship, long other, Value[] values);
    }

    private final InternalTransaction tx;
    private final Read read;
    private final TokenRead tokens;
    private final NodeCursor node;
    private final NodeCursor labelled;
    private final RelationshipTraversalCursor relationships;
    private final PropertyCursor properties;

    private KernelReads(InternalTransaction tx) {
        this.tx = tx;
        KernelTransaction kernel = tx.kernelTransaction();
        this.read = kernel.dataRead();
        this.tokens = kernel.tokenRead();
        CursorFactory cursors = kernel.cursors();
        CursorContext context = kernel.cursorContext();
        MemoryTracker memory = kernel.memoryTracker();
        this.node = cursors.allocateNodeCursor(context, memory);
        this.labelled = cursors.allocateNodeCursor(context, memory);
        this.relationships = cursors.allocateRelationshipTraversalCursor(context, memory);
        this.properties = cursors.allocatePropertyCursor(context, memory);
    }

    /** The reads of a procedure's transaction (the {@code @Context Transaction} of an embedded store or a server). */
    public static KernelReads of(Transaction tx) {
        return new KernelReads((InternalTransaction) tx);
    }

    /** The token of a relationship type, or -1 when the store has none of that name yet. */
    public int relationshipType(String name) {
        return tokens.relationshipType(name);
    }

    /** The token of a property key, or -1. */
    public int propertyKey(String name) {
        return tokens.propertyKey(name);
    }

    /** The token of a label, or -1. */
    public int label(String name) {
        return tokens.nodeLabel(name);
    }

    /** The internal id of a node of this transaction (the kernel's reference, valid for this transaction). */
    @SuppressWarnings("deprecation")
    public static long id(Node n) {
        return n.getId();
    }

    /**
     * Visits the relationships of {@code type} in {@code direction} of node {@code nodeId}, each with the values of
     * {@code keys} (property key tokens, -1 for a key the store does not have) in {@code values}, reused between calls.
     */
    public void relationships(long nodeId, int type, Direction direction, int[] keys, RelationshipVisitor visitor) {
        if (type < 0) {
            return;
        }
        read.singleNode(nodeId, node);
        if (!node.next()) {
            return;
        }
        int wanted = 0;
        for (int k : keys) {
            wanted += k >= 0 ? 1 : 0;
        }
        int[] present = new int[wanted];
        for (int i = 0, j = 0; i < keys.length; i++) {
            if (keys[i] >= 0) {
                present[j++] = keys[i];
            }
        }
        PropertySelection selection = PropertySelection.selection(present);
        Value[] values = new Value[keys.length];
        node.relationships(relationships, RelationshipSelection.selection(type, direction));
        while (relationships.next()) {
            java.util.Arrays.fill(values, null);
            if (wanted > 0) {
                relationships.properties(properties, selection);
                int found = 0;
                while (found < wanted && properties.next()) {
                    int key = properties.propertyKey();
                    for (int i = 0; i < keys.length; i++) {
                        if (keys[i] == key) {
                            values[i] = properties.propertyValue();
                            found++;
                            break;
                        }
                    }
                }
            }
            visitor.visit(relationships.reference(), relationships.otherNodeReference(), values);
        }
    }

    /** Whether node {@code nodeId} has the label with token {@code label}. */
    public boolean hasLabel(long nodeId, int label) {
        if (label < 0) {
            return false;
        }
        read.singleNode(nodeId, labelled);
        return labelled.next() && labelled.hasLabel(label);
    }

    /** The node of this transaction with that id (read lazily, as the core API reads). */
    public Node node(long nodeId) {
        return tx.newNodeEntity(nodeId);
    }

    /** The relationship of this transaction with that id, type and ends, without reading it again. */
    public Relationship relationship(long id, long start, int type, long end) {
        return tx.newRelationshipEntity(id, start, type, end);
    }

    @Override
    public void close() {
        properties.close();
        relationships.close();
        labelled.close();
        node.close();
    }
}
