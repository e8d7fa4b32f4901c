package nl.spoor.ingest.importers.register;

import java.nio.file.Path;
import java.util.List;

import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.RelationshipFact;

/**
 * A register extract read and checked completely: its layout, how many rows, and the facts they give,
 * each with its row's evidence under the source the extract was read for.
 */
public record RegisterExtract(Path file, RegisterFormat format, int rows, List<EntityFact> entities, List<RelationshipFact> relationships) {

    public RegisterExtract {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
    }
}
