package nl.spoor.model.store;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.exceptions.KernelException;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.IndexQueryConstraints;
import org.neo4j.internal.kernel.api.InternalIndexState;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.PropertyIndexQuery;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipCursor;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.internal.kernel.api.RelationshipValueIndexCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.internal.schema.IndexDescriptor;
import org.neo4j.internal.schema.IndexOrder;
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
 * cursor stops at the last key asked for. {@link #descending} reads a composite index in order, so that a busy account's
 * largest transfers come first without reading the rest (schema V17). The only class outside this package's store code that touches the
 * kernel (ModuleBoundariesTest); one per procedure call, not thread-safe, closed with the call.
 */
public final class KernelReads implements AutoCloseable {

    /** Called per relationship with its id, the node at its other end, and the values asked for (null when absent). */
    @FunctionalInterface
    public interface RelationshipVisitor {
        void visit(long relationship, long other, Value[] values);
    }

    private final InternalTransaction tx;
    private final KernelTransaction kernel;
    private final CursorContext context;
    private final MemoryTracker memory;
    private final java.util.List<AutoCloseable> opened = new java.util.ArrayList<>();
    private final Read read;
    private final TokenRead tokens;
    private final NodeCursor node;
    private final NodeCursor labelled;
    private final RelationshipTraversalCursor relationships;
    private final PropertyCursor properties;

    private KernelReads(InternalTransaction tx) {
        this.tx = tx;
        this.kernel = tx.kernelTransaction();
        this.read = kernel.dataRead();
        this.tokens = kernel.tokenRead();
        CursorFactory cursors = kernel.cursors();
        this.context = kernel.cursorContext();
        this.memory = kernel.memoryTracker();
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
        int[] present = present(keys);
        PropertySelection selection = PropertySelection.selection(present);
        Value[] values = new Value[keys.length];
        node.relationships(relationships, RelationshipSelection.selection(type, direction));
        while (relationships.next()) {
            values(relationships, properties, selection, present.length, keys, values);
            visitor.visit(relationships.reference(), relationships.otherNodeReference(), values);
        }
    }

    /** The keys the store has (token not -1). */
    private static int[] present(int[] keys) {
        return java.util.Arrays.stream(keys).filter(k -> k >= 0).toArray();
    }

    /** The values of {@code keys} (the {@code wanted} of them that the store has, in {@code selection}) of the relationship at the cursor. */
    private static void values(RelationshipCursor relationship, PropertyCursor properties, PropertySelection selection, int wanted, int[] keys,
            Value[] values) {
        java.util.Arrays.fill(values, null);
        if (wanted == 0) {
            return;
        }
        relationship.properties(properties, selection);
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

    /**
     * The relationships in the composite range index {@code index} (a key, then a number) whose first property equals
     * {@code value} and whose number is above 0, in descending order of the number, each with the values
     * of {@code keys}; read lazily, as the caller asks for the next. Null when the store has no such index online: the
     * caller then reads the relationships another way.
     */
    public Descending descending(String index, Object value, int[] keys) {
        IndexDescriptor descriptor = kernel.schemaRead().indexGetForName(index);
        if (descriptor == IndexDescriptor.NO_INDEX || descriptor.schema().getPropertyIds().length != 2) {
            return null;
        }
        RelationshipValueIndexCursor cursor = kernel.cursors().allocateRelationshipValueIndexCursor(context, memory);
        PropertyCursor values = kernel.cursors().allocatePropertyCursor(context, memory);
        opened.add(values);
        opened.add(cursor);
        try {
            if (kernel.schemaRead().indexGetState(descriptor) != InternalIndexState.ONLINE) {
                return null;
            }
            int[] on = descriptor.schema().getPropertyIds();
            read.relationshipIndexSeek(kernel.queryContext(), read.indexReadSession(descriptor), cursor,
                    IndexQueryConstraints.ordered(IndexOrder.DESCENDING), PropertyIndexQuery.exact(on[0], value),
                    PropertyIndexQuery.range(on[1], (Number) 0.0, false, (Number) null, true));
        } catch (KernelException e) {
            return null;
        }
        return new Descending(cursor, values, keys);
    }

    /** A lazy read of {@link #descending}: {@link #next} moves to the next relationship. Closed with the KernelReads. */
    public static final class Descending {
        private final RelationshipValueIndexCursor cursor;
        private final PropertyCursor properties;
        private final int[] keys;
        private final int wanted;
        private final PropertySelection selection;
        private final Value[] values;

        private Descending(RelationshipValueIndexCursor cursor, PropertyCursor properties, int[] keys) {
            this.cursor = cursor;
            this.properties = properties;
            this.keys = keys;
            int[] present = present(keys);
            this.wanted = present.length;
            this.selection = PropertySelection.selection(present);
            this.values = new Value[keys.length];
        }

        /** Moves to the next relationship (one a concurrent transaction deleted is skipped); false at the end. */
        public boolean next() {
            while (cursor.next()) {
                if (cursor.readFromStore()) {
                    values(cursor, properties, selection, wanted, keys, values);
                    return true;
                }
            }
            return false;
        }

        public long relationship() {
            return cursor.relationshipReference();
        }

        public long source() {
            return cursor.sourceNodeReference();
        }

        public long target() {
            return cursor.targetNodeReference();
        }

        /** The value of {@code keys[i]} of the current relationship, or null. */
        public Value value(int i) {
            return values[i];
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
        for (AutoCloseable c : opened) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        properties.close();
        relationships.close();
        labelled.close();
        node.close();
    }
}
