package nl.spoor.api.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.Role;
import nl.spoor.api.graphql.PageInfo;
import nl.spoor.api.graphql.Pages;

/** GraphQL {@code consultations}: the auditors' view of the consultation log, in cursor pages. */
@Controller
class ConsultationController {

    static final int MAX_PAGE = 100;
    /** Who may read the log (DESIGN §6: auditors; never the investigators whose work it records). */
    static final List<Role> READERS = List.of(Role.PRIVACYJURIST, Role.BEHEERDER);

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
                             @Argument String until, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        AccessContext access = AccessContext.of(env).orElseThrow(() -> new AuditRefused("The consultation log is only for a signed-in "
                + READERS.stream().map(Role::code).toList() + "; this request has no signed-in user."));
        if (READERS.stream().noneMatch(access.user()::has)) {
            throw new AuditRefused("The consultation log is only for " + String.join(" and ", READERS.stream().map(Role::code).toList())
                    + "; " + access.user().username() + " has the roles " + access.user().roles().stream().map(Role::code).sorted().toList() + ".");
        }
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
