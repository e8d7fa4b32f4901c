package nl.spoor.api.disclosure;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.access.AccessContext;
import nl.spoor.api.audit.ConsultedEntities;
import nl.spoor.api.graphql.Arguments;
import nl.spoor.api.graphql.PageInfo;
import nl.spoor.api.graphql.Pages;
import nl.spoor.api.retention.PurgeReport;
import nl.spoor.api.retention.RetentionPurge;
import nl.spoor.api.subject.SubjectReport;
import nl.spoor.api.subject.SubjectReports;
import nl.spoor.api.visibility.Visibility;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.store.StoreSettings;

/**
 * GraphQL {@code export}, {@code disclosures}, {@code purge}, {@code purges} and {@code subjectReport}. Who asks
 * (and for which purpose) comes from the request's {@link AccessContext}; without one, exports and purges are refused.
 * An export is written through the request's view ({@link Visibility}): what its purpose may use, masked as its answers are.
 * An export's file is kept under {@code $SPOOR_HOME/exports} and fetched with {@code GET /api/exports/{id}}
 * ({@link ExportDownloadController}): exports run to hundreds of megabytes, which a GraphQL answer would hold in
 * memory twice and escape; a GET streams it, with its SHA-256 in a header.
 */
@Controller
class DisclosureController {

    static final int MAX_PAGE = 100;

    record ExportResult(Disclosure disclosure, String downloadUrl) {
    }

    record LabelCount(String name, long count) {
    }

    private final Exports exports;
    private final DisclosureRegister register;
    private final RetentionPurge purge;
    private final SubjectReports subjects;
    private final Path exportDirectory;
    private final Visibility visibility;

    DisclosureController(Exports exports, DisclosureRegister register, RetentionPurge purge, SubjectReports subjects, StoreSettings settings,
                         Visibility visibility) {
        this.exports = exports;
        this.visibility = visibility;
        this.register = register;
        this.purge = purge;
        this.subjects = subjects;
        this.exportDirectory = exportDirectory(settings);
    }

    static Path exportDirectory(StoreSettings settings) {
        return settings.home().resolve("exports");
    }

    @MutationMapping
    ExportResult export(@Argument ExportFormat format, @Argument String recipient, @Argument String legalBasis, @Argument("case") String caseId,
                        @Argument List<String> entities, @Argument Integer hops, DataFetchingEnvironment env) {
        AccessContext who = signedIn(env, "export");
        String purpose = who.purpose().map(p -> p.id()).orElse(null);
        Exports.Request request = new Exports.Request(format, recipient, purpose, legalBasis,
                new ExportScope(caseId, entities, hops == null ? 0 : hops), who.user().username(), who.user().organisation());
        Exports.check(request);
        Path file = exportDirectory.resolve(UUID.randomUUID() + "." + format.extension());
        Disclosure d = exports.export(request, visibility.of(env), file, LoadProgress.silent());
        // The file's entities leave with the download: the consultation log names them as this request's.
        ConsultedEntities.add(env.getGraphQlContext(), d.entityIds());
        return new ExportResult(d, "/api/exports/" + d.disclosureId());
    }

    @QueryMapping
    Map<String, Object> disclosures(@Argument String recipient, @Argument String purpose, @Argument String subject, @Argument String since,
                                    @Argument String until, @Argument Integer first, @Argument String after) {
        Pages page = Pages.of(first, after, MAX_PAGE, "disclosure", "disclosures", "the disclosures page limit");
        List<Disclosure> all = register.find(recipient, purpose, subject, Arguments.date("since", since, null), Arguments.date("until", until, null));
        List<Disclosure> shown = page.of(all);
        List<Map<String, Object>> edges = new java.util.ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            edges.add(Map.of("cursor", page.cursor(i), "node", shown.get(i)));
        }
        return Map.of("edges", edges, "totalCount", all.size(),
                "pageInfo", new PageInfo(page.hasNext(all.size()), shown.isEmpty() ? null : page.cursor(shown.size() - 1)));
    }

    @SchemaMapping(typeName = "Disclosure", field = "id")
    String disclosureId(Disclosure d) {
        return d.disclosureId();
    }

    @SchemaMapping(typeName = "Disclosure", field = "at")
    String disclosedAt(Disclosure d) {
        return d.at().toString();
    }

    @MutationMapping("purge")
    PurgeReport purgeExpired(@Argument String asOf, @Argument Boolean dryRun, DataFetchingEnvironment env) {
        AccessContext who = signedIn(env, "purge");
        LocalDate day = Arguments.date("asOf", asOf, LocalDate.now(ZoneOffset.UTC));
        PurgeReport report = purge.run(day, who.user().username(), Boolean.TRUE.equals(dryRun));
        ConsultedEntities.add(env.getGraphQlContext(), report.counts().entityIds);
        return report;
    }

    @QueryMapping
    List<PurgeReport> purges() {
        return purge.records();
    }

    @SchemaMapping(typeName = "PurgeRecord")
    String id(PurgeReport r) {
        return r.purgeId();
    }

    @SchemaMapping(typeName = "PurgeRecord")
    String at(PurgeReport r) {
        return r.at().toString();
    }

    @SchemaMapping(typeName = "PurgeRecord")
    List<LabelCount> entitiesDeleted(PurgeReport r) {
        return counts(r.counts().entitiesDeleted);
    }

    @SchemaMapping(typeName = "PurgeRecord")
    List<LabelCount> entitiesTrimmed(PurgeReport r) {
        return counts(r.counts().entitiesKept);
    }

    @SchemaMapping(typeName = "PurgeRecord")
    List<LabelCount> relationshipsDeleted(PurgeReport r) {
        return counts(r.counts().relationshipsDeleted);
    }

    @SchemaMapping(typeName = "PurgeRecord")
    List<LabelCount> relationshipsTrimmed(PurgeReport r) {
        return counts(r.counts().relationshipsKept);
    }

    @SchemaMapping(typeName = "PurgeRecord")
    long assertions(PurgeReport r) {
        return r.counts().assertions;
    }

    @SchemaMapping(typeName = "PurgeRecord")
    long pages(PurgeReport r) {
        return r.counts().pages;
    }

    @QueryMapping
    SubjectReport subjectReport(@Argument String person, @Argument String bsn) {
        return subjects.report(person, bsn).orElse(null);
    }

    private static List<LabelCount> counts(Map<String, Long> m) {
        return m.entrySet().stream().map(e -> new LabelCount(e.getKey(), e.getValue())).toList();
    }

    private static AccessContext signedIn(DataFetchingEnvironment env, String what) {
        return AccessContext.of(env).orElseThrow(() -> new IllegalArgumentException(what + " refused: the request has no signed-in user"
                + " (every export and purge is recorded with who made it)"));
    }
}
