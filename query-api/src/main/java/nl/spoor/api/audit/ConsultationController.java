package nl.spoor.api.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import nl.spoor.api.graphql.PageInfo;
import nl.spoor.api.graphql.Pages;

/**
 * GraphQL {@code consultations}: the auditors' view of the consultation log, in cursor pages. Who may
 * read it (the privacy jurist and the beheerder; never the investigators whose work it records) is the
 * access policy's line {@code Query.consultations}.
 */
@Controller
class ConsultationController {

    static final int MAX_PAGE = 100;
    private final ConsultationLog log;

    ConsultationController(ConsultationLog log) {
        this.log = log;
    }

    record Edge(String cursor, Consultation node) {
    }

    record Connection(long totalCount, PageInfo pageInfo, List<Edge> edges) {
    }

    @QueryMapping
    Connection consultations(@Argument String user, @Argument String purpose, @Argument String subject, @Argument String since,
                             @Argument String until, @Argument Integer first, @Argument String after) {
        Pages page = Pages.of(first, after, MAX_PAGE, "consultation", "consultations", "at most " + MAX_PAGE);
        ConsultationLog.Filter filter = new ConsultationLog.Filter(blank(user), blank(purpose), blank(subject),
                AuditPeriod.from("since", since), AuditPeriod.until("until", until));
        long total = log.count(filter);
        List<Consultation> found = log.find(filter, page.offset(), page.size());
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            edges.add(new Edge(page.cursor(i), found.get(i)));
        }
        return new Connection(total, new PageInfo(page.hasNext((int) Math.min(total, Integer.MAX_VALUE)), edges.isEmpty() ? null : edges.getLast().cursor()),
                edges);
    }

    @SchemaMapping(typeName = "Consultation", field = "document")
    String document(Consultation c) {
        return c.queryHash().isEmpty() ? null : log.document(c.queryHash()).orElse(null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
