package nl.spoor.api.retention;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.spoor.api.audit.ConsultationLog;

/**
 * The retention purge on a schedule (DESIGN §6: data deleted on time, not when someone remembers): the server runs
 * {@link LoggedPurge} as of the day it runs, by cron expression {@code SPOOR_PURGE_SCHEDULE} (default {@value #DEFAULT},
 * daily at 03:30 server time; {@code -} switches it off). It is logged like {@code ./spoor purge}, with channel
 * {@value #CHANNEL} and user {@value #USER}. A purge finds nothing the second time, so several servers on one store may
 * each run it; a failure is logged (as {@code ERROR} in the consultation log too) and the next run tries again.
 */
@Component
public class ScheduledPurge {

    public static final String CHANNEL = "schedule";
    public static final String USER = "spoor-scheduler";
    static final String DEFAULT = "0 30 3 * * *";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledPurge.class);

    private final LoggedPurge purge;
    private final String organisation;
    private final Clock clock;

    @Autowired
    ScheduledPurge(RetentionPurge purge, ConsultationLog log, @Value("${SPOOR_ORGANISATION:local}") String organisation) {
        this(purge, log, organisation, Clock.systemDefaultZone());
    }

    ScheduledPurge(RetentionPurge purge, ConsultationLog log, String organisation, Clock clock) {
        this.purge = new LoggedPurge(purge, log, CHANNEL);
        this.organisation = organisation;
        this.clock = clock;
    }

    /** One scheduled run: everything expired before today; what it did, or null when it failed (and was logged). */
    @Scheduled(cron = "${SPOOR_PURGE_SCHEDULE:" + DEFAULT + "}")
    public LoggedPurge.Result run() {
        LocalDate today = LocalDate.now(clock);
        try {
            LoggedPurge.Result done = purge.run(today, USER, organisation, false);
            if (!done.report().sourceIds().isEmpty()) {
                LOG.info("Retention purge as of {}: {} expired source(s) {}, consultation log entry {}", today, done.report().sourceIds().size(),
                        done.report().sourceIds(), done.entry().seq());
            }
            return done;
        } catch (RuntimeException e) {
            LOG.error("Retention purge as of {} failed; the next scheduled run tries again: {}", today, e.getMessage(), e);
            return null;
        }
    }

    /** Spring's scheduler, for {@link #run()}; only in the server (the command line runs no scheduled work). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {
    }
}
