package nl.spoor.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.spoor.api.audit.ConsultationLog;
import nl.spoor.api.audit.LogKey;
import nl.spoor.api.disclosure.Disclosure;
import nl.spoor.api.disclosure.DisclosureRegister;
import nl.spoor.api.entity.EntityQuery;
import nl.spoor.api.entity.EntityViews.Assertion;
import nl.spoor.api.entity.EntityViews.Relationship;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.subject.SubjectReport;
import nl.spoor.api.subject.SubjectReports;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code spoor subject-report}: the data-subject report on one person, as JSON or readable text. */
@Command(name = "subject-report", mixinStandardHelpOptions = true,
        description = {"What Spoor holds on one person (by Spoor id or by BSN, found by its keyed hash): properties and what each source",
                "asserted, relationships, documents that mention them, the sources (partner, basis, case, received, retain-until),",
                "the disclosures that contained them, and who consulted them (the consultation log)."})
class SubjectReportCommand implements Callable<Integer> {

    @Option(names = "--person", description = "The person's Spoor id.")
    String person;

    @Option(names = "--bsn", description = "The person's BSN (looked up by its keyed hash; never stored or printed).")
    String bsn;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default text).")
    String format;

    @Option(names = "--out", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("json") && !format.equals("text")) {
            throw new IllegalArgumentException("--format must be json or text, got '" + format + "'");
        }
        StoreSettings settings = StoreSettings.fromEnvironment(System.getenv());
        DeliveryOptions.requireNoServer(settings);
        BsnKey bsnKey = BsnKey.load(settings.home(), System.getenv());
        try (SpoorStore store = SpoorStore.open(settings);
             ConsultationLog log = ConsultationLog.forStore(store, LogKey.load(settings.home(), System.getenv()), ConsultationLog.journal(settings))) {
            var report = new SubjectReports(new EntityQuery(store), new DisclosureRegister(store), log, bsnKey).report(person, bsn);
            if (report.isEmpty()) {
                System.err.println("spoor: Spoor holds no such person");
                return 1;
            }
            String text = format.equals("json")
                    ? JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report.get()) + "\n"
                    : text(report.get());
            if (out == null) {
                System.out.print(text);
            } else {
                Files.writeString(out, text, StandardCharsets.UTF_8);
                System.out.println("Subject report on " + report.get().subject().spoorId() + " → " + out.toAbsolutePath().normalize());
            }
            return 0;
        }
    }

    static String text(SubjectReport r) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        w.printf("Subject report: %s (%s), made %s%n%nProperties held%n", r.subject().caption(), r.subject().spoorId(), r.generatedAt());
        r.subject().properties().forEach(p -> w.printf("  %s: %s%n", p.name(), p.value()));
        w.printf("%nAsserted by%n");
        for (Assertion a : r.subject().sources()) {
            w.printf("  %s at %s: %s%n", a.source().sourceId(), a.locator(), a.asserted() == null ? "" : a.asserted());
        }
        w.printf("%nRelationships (%d)%n", r.relationships().size());
        for (Relationship x : r.relationships()) {
            w.printf("  %s %s %s (%s)%s; sources %s%n", x.type(), x.direction().equals("OUT") ? "→" : "←", x.other().caption(), x.other().spoorId(),
                    x.properties().isEmpty() ? "" : " " + x.properties().stream().map(p -> p.name() + "=" + p.value()).toList(),
                    x.sources().stream().map(a -> a.source().sourceId()).distinct().toList());
        }
        w.printf("%nDocuments that mention them (%d)%n", r.documents().size());
        r.documents().forEach(d -> w.printf("  %s (%s) at %s%n", d.document().caption(), d.document().spoorId(), d.locators()));
        w.printf("%nSources (%d)%n", r.sources().size());
        for (Source x : r.sources()) {
            w.printf("  %s  %s  partner %s  basis %s  case %s  received %s  retain until %s%n", x.sourceId(), x.title() == null ? "" : x.title(),
                    x.partner(), x.legalBasis(), x.caseId(), x.receivedAt(), x.retainUntil());
        }
        w.printf("%nDisclosed to (%d)%n", r.disclosures().size());
        for (Disclosure d : r.disclosures()) {
            w.printf("  %s  %s  by %s (%s) for %s under %s, %s of %s (%s)%n", d.at(), d.recipient(), d.by(), d.organisation(), d.purpose(),
                    d.legalBasis(), d.format(), d.scope(), d.disclosureId());
        }
        w.printf("%nConsulted by (%d)%n", r.consultations().size());
        for (SubjectReport.Consulted c : r.consultations()) {
            w.printf("  %s  %s (%s; %s) for %s under %s: %s %s%s → %s  [log entry %d]%n", c.at(), c.user().isEmpty() ? "-" : c.user(),
                    c.roles().isEmpty() ? "no Spoor role" : String.join(", ", c.roles()), c.organisation().isEmpty() ? "-" : c.organisation(), c.purpose().isEmpty() ? "-" : c.purpose(),
                    c.legalBasis().isEmpty() ? "-" : c.legalBasis(), c.channel(), c.operationType(),
                    c.fields().isEmpty() ? "" : " " + String.join(", ", c.fields()), c.outcome(), c.seq());
        }
        w.flush();
        return s.toString();
    }
}
