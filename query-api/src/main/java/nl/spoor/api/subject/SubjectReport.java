package nl.spoor.api.subject;

import java.util.List;

import nl.spoor.api.audit.Consultation;
import nl.spoor.api.disclosure.Disclosure;
import nl.spoor.api.entity.EntityViews.Entity;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Relationship;
import nl.spoor.api.entity.EntityViews.Source;

/**
 * A data-subject report (AVG art. 15, Wpg art. 25; DESIGN §6): what Spoor holds on one person, from which
 * sources, who consulted it and to whom it was disclosed.
 *
 * @param subject       the person with its properties and what each source asserted
 * @param relationships every relationship to another entity, with its sources (documents' mentions included)
 * @param documents     the documents that mention the person, with where
 * @param sources       every source of the above: partner, legal basis, case, received, retain-until
 * @param disclosures   every registered disclosure whose file contained the person, newest first
 * @param consultations every entry of the consultation log that names the person among its returned ids (an answer,
 *                      an export's file, a purge), in log order, oldest first
 * @param generatedAt   when the report was made (UTC)
 */
public record SubjectReport(Entity subject, List<Relationship> relationships, List<MentioningDocument> documents,
                            List<Source> sources, List<Disclosure> disclosures, List<Consulted> consultations, String generatedAt) {

    /** A document naming the subject, and the places ({@code p<page>:<offset>}) where. */
    public record MentioningDocument(EntityRef document, List<String> locators) {
    }

    /**
     * One consultation of the person, as the log holds it, without what concerns others: not the other
     * entities of the answer, the variables nor the query text (the jurist finds the whole entry by {@code seq}
     * in {@code consultations}). The root fields keep their arguments, which may name other entities.
     *
     * @param seq           the entry's place in the consultation log
     * @param at            when (UTC, ISO-8601, milliseconds)
     * @param channel       graphql, upload or cli
     * @param user          who
     * @param roles         with which roles
     * @param organisation  for which organisation
     * @param purpose       for which purpose (case, signal, HHKP)
     * @param legalBasis    on which legal basis
     * @param operationType query, mutation, upload or command
     * @param operationName the operation's name, if the client gave one
     * @param fields        what was asked: each root field with its arguments
     * @param outcome       answered, refused or failed
     */
    public record Consulted(long seq, String at, String channel, String user, List<String> roles, String organisation, String purpose,
                            String legalBasis, String operationType, String operationName, List<String> fields, Consultation.Outcome outcome) {

        static Consulted of(Consultation c) {
            return new Consulted(c.seq(), c.at().toString(), c.channel(), c.user(), c.roles(), c.organisation(), c.purpose(), c.legalBasis(),
                    c.operationType(), c.operationName(), c.fields(), c.outcome());
        }
    }
}
