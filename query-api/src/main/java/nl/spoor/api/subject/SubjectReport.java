package nl.spoor.api.subject;

import java.util.List;

import nl.spoor.api.disclosure.Disclosure;
import nl.spoor.api.entity.EntityViews.Entity;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Relationship;
import nl.spoor.api.entity.EntityViews.Source;

/**
 * A data-subject report (AVG art. 15, Wpg art. 25; DESIGN §6): what Spoor holds on one person, from which
 * sources, and to whom it was disclosed.
 *
 * @param subject       the person with its properties and what each source asserted
 * @param relationships every relationship to another entity, with its sources (documents' mentions included)
 * @param documents     the documents that mention the person, with where
 * @param sources       every source of the above: partner, legal basis, case, received, retain-until
 * @param disclosures   every registered disclosure whose file contained the person, newest first
 * @param generatedAt   when the report was made (UTC)
 */
public record SubjectReport(Entity subject, List<Relationship> relationships, List<MentioningDocument> documents,
                            List<Source> sources, List<Disclosure> disclosures, String generatedAt) {

    /** A document naming the subject, and the places ({@code p<page>:<offset>}) where. */
    public record MentioningDocument(EntityRef document, List<String> locators) {
    }
}
