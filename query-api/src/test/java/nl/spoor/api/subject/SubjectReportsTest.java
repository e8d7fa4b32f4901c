package nl.spoor.api.subject;

import static nl.spoor.api.testing.TwoSourceFixture.OLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.api.audit.Consultation;
import nl.spoor.api.audit.ConsultationLog;
import nl.spoor.api.audit.LogKey;
import nl.spoor.api.disclosure.Disclosure;
import nl.spoor.api.disclosure.DisclosureRegister;
import nl.spoor.api.disclosure.ExportFormat;
import nl.spoor.api.disclosure.ExportScope;
import nl.spoor.api.disclosure.Exports;
import nl.spoor.api.entity.EntityQuery;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.testing.TwoSourceFixture;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.identifiers.InvalidIdentifierException;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.WriteBatch;

/** The data-subject report on the two-delivery store: what is held, from which sources, disclosed to whom; by id and by BSN. */
class SubjectReportsTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final BsnKey KEY = BsnKey.of(new byte[32]);
    static SubjectReports reports;
    static Disclosure toOm;
    static EntityRef bea;
    static ConsultationLog log;

    @BeforeAll
    static void fixture(@TempDir Path dir) {
        TwoSourceFixture.write(NEO4J.store());
        bea = IdentifierKeys.BSN.ref("111222333", KEY);
        new GraphWriter(NEO4J.store().driver(), NEO4J.store().database()).write(new WriteBatch()
                .source(TwoSourceFixture.source("test:brp", "gemeente-zaanstad", "RIEC-NH-2025-017", "2031-01-01"))
                .entity(new EntityFact(bea, Map.of("bsnHash", bea.spoorId().substring(4), "name", "Bea Bsn"), Evidence.row("test:brp", 1))));
        DisclosureRegister register = new DisclosureRegister(NEO4J.store());
        toOm = new Exports(NEO4J.store(), KEY, register).export(new Exports.Request(ExportFormat.CSV, "om-haarlem", "FIOD-2019-3", "Wpg art. 16",
                new ExportScope(null, List.of("person:gerrit"), 1), "analist-piet", "politie-nh"), dir.resolve("g.zip"), LoadProgress.silent());
        log = new ConsultationLog(NEO4J.store().driver(), NEO4J.store().database(), LogKey.of(new byte[32])).openForAppending();
        reports = new SubjectReports(new EntityQuery(NEO4J.store()), register, log, KEY);
    }

    @Test
    void listsWhatIsHeldOnAPersonFromWhichSourcesAndWhoReceivedIt() {
        SubjectReport r = reports.report("person:gerrit", null).orElseThrow();
        assertThat(r.subject().caption()).isEqualTo("Gerrit Geheim");
        assertThat(r.subject().properties()).extracting(p -> p.name() + "=" + p.value()).containsExactly("name=Gerrit Geheim");
        assertThat(r.subject().sources()).extracting(a -> a.source().sourceId() + " " + a.locator()).containsExactly(OLD + " row:1");
        assertThat(r.relationships()).extracting(x -> x.type() + " " + x.direction() + " " + x.other().spoorId() + " " + x.sources().size())
                .containsExactly("DIRECTOR_OF OUT kvk:11111111 1", "HOLDS_ACCOUNT OUT iban:NL02ABNA0123456789 1", "MENTIONS IN doc:sha256:geheim 1");
        assertThat(r.documents()).extracting(d -> d.document().spoorId() + " " + d.locators()).containsExactly("doc:sha256:geheim [p1:0]");
        assertThat(r.sources()).extracting(Source::sourceId, Source::partner, Source::legalBasis, Source::caseId, Source::receivedAt, Source::retainUntil)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OLD, "fiod", "WGS art. 2.3", "FIOD-2019-3", "2019-03-01T09:00Z", "2024-12-31"));
        assertThat(r.disclosures()).containsExactly(toOm);
    }

    @Test
    void findsThePersonByBsnThroughItsKeyedHashAndAnswersNothingForAnUnknownOne() {
        SubjectReport r = reports.report(null, "111 222 333").orElseThrow();
        assertThat(r.subject().spoorId()).isEqualTo(bea.spoorId());
        assertThat(r.sources()).extracting(Source::partner).containsExactly("gemeente-zaanstad");
        assertThat(r.disclosures()).isEmpty();
        assertThat(reports.report(null, "999999990")).isEmpty();
        assertThat(reports.report("person:nobody", null)).isEmpty();
    }

    @Test
    void refusesAnInvalidBsnBothOrNeitherAndAnEntityThatIsNoPerson() {
        assertThatThrownBy(() -> reports.report(null, "123456789")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> reports.report("person:gerrit", "111222333"))
                .hasMessage("subject report: give either person (a Spoor id) or bsn, not both");
        assertThatThrownBy(() -> reports.report(null, " ")).hasMessage("subject report: give either person (a Spoor id) or bsn, not neither");
        assertThatThrownBy(() -> reports.report("kvk:11111111", null)).hasMessage("subject report: kvk:11111111 is a Company, not a Person");
    }

    static Consultation consulted(String at, String user, List<String> roles, String purpose, String field, Consultation.Outcome outcome,
                                  List<String> returned) {
        return log.append(new ConsultationLog.Request(Instant.parse(at), "graphql", user, roles, "politie-nh", purpose,
                purpose.isEmpty() ? "" : "WGS art. 2.3", "req-" + at, "query", "Buurt", "{ entity }", "{}", List.of(field), outcome, "", returned));
    }

    @Test
    void listsWhoConsultedThePersonFromTheConsultationLogAlsoByTheStoredIdOfAPersonKeyedByBsn() {
        Consultation first = consulted("2026-12-01T10:00:00.123Z", "de-vries", List.of("rechercheur", "analist"), "RIEC-NH-2025-017",
                "entity {\"spoorId\":\"person:jan\"}", Consultation.Outcome.ANSWERED, List.of("person:jan", "kvk:11111111"));
        consulted("2026-12-01T10:05:00Z", "bakker", List.of("fit"), "RIEC-NH-2025-017", "entity {\"spoorId\":\"kvk:11111111\"}",
                Consultation.Outcome.ANSWERED, List.of("kvk:11111111"));
        consulted("2026-12-01T10:06:00Z", "bakker", List.of("fit"), "", "entity {\"spoorId\":\"person:jan\"}",
                Consultation.Outcome.REFUSED, List.of());
        Consultation failed = consulted("2026-12-02T08:00:00Z", "jansen", List.of("analist"), "RIEC-NH-2025-017",
                "paths {\"from\":\"person:jan\",\"to\":\"kvk:11111111\"}", Consultation.Outcome.ERROR, List.of("kvk:11111111", "person:jan"));
        // The user saw the alias persoon:…; the log keeps the stored id, and so does the report's lookup by BSN.
        Consultation ofBea = consulted("2026-12-03T09:00:00Z", "jansen", List.of("analist"), "RIEC-NH-2025-017",
                "entity {\"spoorId\":\"" + bea.spoorId() + "\"}", Consultation.Outcome.ANSWERED, List.of(bea.spoorId()));

        assertThat(reports.report("person:jan", null).orElseThrow().consultations()).containsExactly(
                new SubjectReport.Consulted(first.seq(), "2026-12-01T10:00:00.123Z", "graphql", "de-vries", List.of("analist", "rechercheur"),
                        "politie-nh", "RIEC-NH-2025-017", "WGS art. 2.3", "query", "Buurt", List.of("entity {\"spoorId\":\"person:jan\"}"),
                        Consultation.Outcome.ANSWERED),
                new SubjectReport.Consulted(failed.seq(), "2026-12-02T08:00:00Z", "graphql", "jansen", List.of("analist"), "politie-nh",
                        "RIEC-NH-2025-017", "WGS art. 2.3", "query", "Buurt", List.of("paths {\"from\":\"person:jan\",\"to\":\"kvk:11111111\"}"),
                        Consultation.Outcome.ERROR));
        assertThat(reports.report(null, "111222333").orElseThrow().consultations()).extracting(SubjectReport.Consulted::seq, SubjectReport.Consulted::user)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ofBea.seq(), "jansen"));
        assertThat(reports.report("person:gerrit", null).orElseThrow().consultations()).isEmpty();
    }
}
