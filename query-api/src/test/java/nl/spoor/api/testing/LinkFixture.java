package nl.spoor.api.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.testing.Facts;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * A tiny graph of named entities and the relationships between them, written through the GraphWriter
 * as ingest writes them, every fact on its own row of one register extract ({@link #SOURCE}). Entities
 * are named by Spoor id ({@code person:jan}, {@code kvk:11111111}, {@code address:a}); the name is the caption.
 */
public final class LinkFixture {

    public static final String SOURCE = "test:register";
    private final WriteBatch batch = new WriteBatch().source(Facts.source(SOURCE, "kvk", "RIEC-NH-2025-017"));
    private final Map<String, EntityRef> entities = new LinkedHashMap<>();
    private int row = 1;

    /** An entity of the given kind; its Spoor id is {@code id}. */
    public LinkFixture entity(EntityKind kind, String id, String name) {
        EntityRef ref = new EntityRef(kind, id);
        entities.put(id, ref);
        batch.entity(new EntityFact(ref, Map.of("name", name), Evidence.row(SOURCE, row++)));
        return this;
    }

    public LinkFixture person(String key, String name) {
        return entity(EntityKind.PERSON, "person:" + key, name);
    }

    /** A relationship between two entities declared before; {@code properties} in pairs (name, value). */
    public LinkFixture link(String from, RelationshipKind kind, String to, Object... properties) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            p.put((String) properties[i], properties[i + 1]);
        }
        String key = kind.multiple() ? "k" + row : null;
        batch.relationship(new RelationshipFact(kind, ref(from), ref(to), key, p, Evidence.row(SOURCE, row++)));
        return this;
    }

    private EntityRef ref(String id) {
        EntityRef r = entities.get(id);
        if (r == null) {
            throw new IllegalArgumentException("Declare " + id + " before linking it");
        }
        return r;
    }

    public void write(SpoorStore store) {
        new GraphWriter(store.driver(), store.database()).write(batch);
    }
}
