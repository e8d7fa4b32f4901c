package nl.spoor.model.writer;

import java.util.ArrayList;
import java.util.List;

import nl.spoor.model.provenance.Source;

/**
 * Facts to write together: their sources, entity facts and relationship facts. Every fact's
 * evidence names a source of this batch or one already stored. Not thread-safe while being built.
 */
public final class WriteBatch {

    private final List<Source> sources = new ArrayList<>();
    private final List<EntityFact> entities = new ArrayList<>();
    private final List<RelationshipFact> relationships = new ArrayList<>();

    public WriteBatch source(Source source) {
        sources.add(source);
        return this;
    }

    public WriteBatch entity(EntityFact fact) {
        entities.add(fact);
        return this;
    }

    public WriteBatch relationship(RelationshipFact fact) {
        relationships.add(fact);
        return this;
    }

    public List<Source> sources() {
        return List.copyOf(sources);
    }

    public List<EntityFact> entities() {
        return List.copyOf(entities);
    }

    public List<RelationshipFact> relationships() {
        return List.copyOf(relationships);
    }

    public int size() {
        return sources.size() + entities.size() + relationships.size();
    }
}
