package nl.spoor.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.spoor.api.audit.Consultation;
import nl.spoor.api.entity.EntityViews.Entity;
import nl.spoor.api.entity.EntityViews.Property;
import nl.spoor.api.subject.SubjectReport;

/** {@code spoor subject-report --format text}: the report's last section lists who consulted the person, one line per log entry. */
class SubjectReportCommandTest {

    @Test
    void printsWhoConsultedThePersonWithPurposeBasisOperationAndOutcome() {
        SubjectReport r = new SubjectReport(new Entity("person:jan", "Person", "Jan Blijft", List.of(new Property("name", "Jan Blijft")), List.of()),
                List.of(), List.of(), List.of(), List.of(), List.of(
                new SubjectReport.Consulted(7, "2026-12-01T10:00:00.123Z", "graphql", "de-vries", List.of("analist", "rechercheur"), "politie-nh",
                        "RIEC-NH-2025-017", "WGS art. 2.3", "query", "Buurt", List.of("entity {\"spoorId\":\"person:jan\"}"), Consultation.Outcome.ANSWERED),
                new SubjectReport.Consulted(9, "2026-12-02T08:00:00Z", "cli", "beheerder-anna", List.of(), "local", "", "", "command", "purge",
                        List.of("purge {\"asOf\":\"2025-01-01\",\"dryRun\":false}"), Consultation.Outcome.ANSWERED)),
                "2026-12-05T20:00:00Z");
        String text = SubjectReportCommand.text(r);
        assertThat(text.substring(text.indexOf("Consulted by")).lines()).containsExactly(
                "Consulted by (2)",
                "  2026-12-01T10:00:00.123Z  de-vries (analist, rechercheur; politie-nh) for RIEC-NH-2025-017 under WGS art. 2.3: graphql query"
                        + " entity {\"spoorId\":\"person:jan\"} → ANSWERED  [log entry 7]",
                "  2026-12-02T08:00:00Z  beheerder-anna (no Spoor role; local) for - under -: cli command purge {\"asOf\":\"2025-01-01\",\"dryRun\":false}"
                        + " → ANSWERED  [log entry 9]");
    }
}
