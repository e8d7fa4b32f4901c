package nl.spoor.api.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.spoor.api.audit.Consultation;
import nl.spoor.api.audit.ConsultationLog;
import tools.jackson.databind.json.JsonMapper;

/**
 * The purge as the command line runs it: written to the consultation log like a GraphQL {@code purge} (issue 6:
 * "and logs the purge"), with channel {@code cli}, the operating-system user, operation {@code command purge},
 * the options as the root field's arguments, what was deleted as {@code variables} (purge id, expired sources,
 * counts) and every entity it deleted or took facts from as {@code returnedIds}, so that {@code consultations(subject:)}
 * and the data-subject report find it. The log is opened before anything is deleted: a log that cannot be appended
 * to (its head gone) stops the purge before it starts. A purge that fails half-way is logged as {@code ERROR}.
 */
public final class LoggedPurge {

    public static final String CHANNEL = "cli";
    public static final String OPERATION_TYPE = "command";
    public static final String OPERATION = "purge";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What ran, and its entry in the log. */
    public record Result(PurgeReport report, Consultation entry) {
    }

    private final RetentionPurge purge;
    private final String channel;
    private final ConsultationLog log;

    public LoggedPurge(RetentionPurge purge, ConsultationLog log) {
        this(purge, log, CHANNEL);
    }

    /** @param channel how the purge was started, as logged: {@link #CHANNEL} or {@link ScheduledPurge#CHANNEL} */
    public LoggedPurge(RetentionPurge purge, ConsultationLog log, String channel) {
        this.purge = purge;
        this.log = log;
        this.channel = channel;
    }

    /**
     * @param user         who purges (the operating-system user), as logged and recorded
     * @param organisation the user's organisation, as logged
     */
    public Result run(LocalDate asOf, String user, String organisation, boolean dryRun) {
        log.openForAppending();
        Instant at = Instant.now();
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("asOf", asOf.toString());
        arguments.put("dryRun", dryRun);
        List<String> fields = List.of(OPERATION + " " + JSON.writeValueAsString(arguments));
        PurgeReport report;
        try {
            report = purge.run(asOf, user, dryRun);
        } catch (RuntimeException e) {
            log.append(new ConsultationLog.Request(at, channel, user, List.of(), organisation, "", "", requestId, OPERATION_TYPE, OPERATION,
                    null, "{}", fields, Consultation.Outcome.ERROR, String.valueOf(e.getMessage()), List.of()));
            throw e;
        }
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("purgeId", dryRun ? "" : report.purgeId());
        done.put("sourceIds", report.sourceIds());
        done.putAll(report.counts().asMap());
        Consultation entry = log.append(new ConsultationLog.Request(at, channel, user, List.of(), organisation, "", "", requestId,
                OPERATION_TYPE, OPERATION, null, JSON.writeValueAsString(done), fields, Consultation.Outcome.ANSWERED, "",
                List.copyOf(report.counts().entityIds)));
        return new Result(report, entry);
    }
}
