package nl.spoor.api.subject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.spoor.api.audit.ConsultationLog;
import nl.spoor.api.disclosure.DisclosureRegister;
import nl.spoor.api.entity.EntityQuery;
import nl.spoor.api.entity.EntityViews.Assertion;
import nl.spoor.api.entity.EntityViews.Entity;
import nl.spoor.api.entity.EntityViews.Relationship;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.IdentifierKeys;

/**
 * Builds {@link SubjectReport}s from the entity read (the same as GraphQL {@code entity}, unrestricted), the
 * disclosure register (who received the person) and the consultation log (who consulted them:
 * {@link ConsultationLog#about}). The log keeps the real Spoor id of a person keyed by BSN ({@code bsn:<hash>}),
 * also when the user saw the alias {@code persoon:…}, so the report finds those consultations too.
 */
public final class SubjectReports {

    /** Most relationships listed; a person with more is a hub, and the report says so by its count. */
    static final int MAX_RELATIONSHIPS = 10_000;

    private final EntityQuery entities;
    private final DisclosureRegister register;
    private final ConsultationLog log;
    private final BsnKey bsnKey;

    public SubjectReports(EntityQuery entities, DisclosureRegister register, ConsultationLog log, BsnKey bsnKey) {
        this.entities = entities;
        this.register = register;
        this.log = log;
        this.bsnKey = bsnKey;
    }

    /**
     * The report on the person with this Spoor id, or with this BSN (found by its keyed hash); exactly one must be given.
     *
     * @return empty when Spoor holds no such person
     * @throws IllegalArgumentException for neither or both, an invalid BSN, or an entity that is no person
     */
    public Optional<SubjectReport> report(String person, String bsn) {
        boolean byId = person != null && !person.isBlank();
        boolean byBsn = bsn != null && !bsn.isBlank();
        if (byId == byBsn) {
            throw new IllegalArgumentException("subject report: give either person (a Spoor id) or bsn, not " + (byId ? "both" : "neither"));
        }
        Optional<String> id = byId ? Optional.of(person.strip())
                : entities.spoorIdFor(IdentifierKeys.BSN, IdentifierKeys.BSN.storedValue(bsn, bsnKey));
        return id.flatMap(entities::entity).map(this::report);
    }

    private SubjectReport report(Entity e) {
        if (!e.kind().equals("Person")) {
            throw new IllegalArgumentException("subject report: " + e.spoorId() + " is a " + e.kind() + ", not a Person");
        }
        List<Relationship> relationships = entities.relationships(e.spoorId(), MAX_RELATIONSHIPS);
        Map<String, Source> sources = new TreeMap<>();
        e.sources().forEach(a -> sources.putIfAbsent(a.source().sourceId(), a.source()));
        Map<String, SubjectReport.MentioningDocument> documents = new LinkedHashMap<>();
        for (Relationship r : relationships) {
            for (Assertion a : r.sources()) {
                sources.putIfAbsent(a.source().sourceId(), a.source());
            }
            if (r.type().equals("MENTIONS") && r.direction().equals("IN")) {
                documents.computeIfAbsent(r.other().spoorId(), k -> new SubjectReport.MentioningDocument(r.other(), new ArrayList<>()))
                        .locators().add(r.key());
            }
        }
        documents.values().forEach(d -> d.locators().sort(null));
        return new SubjectReport(e, relationships, List.copyOf(documents.values()), List.copyOf(sources.values()),
                register.find(null, null, e.spoorId(), null, null),
                log.about(e.spoorId()).stream().map(SubjectReport.Consulted::of).toList(), Instant.now().toString());
    }
}
