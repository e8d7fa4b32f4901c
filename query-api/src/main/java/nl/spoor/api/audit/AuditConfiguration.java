package nl.spoor.api.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import graphql.execution.instrumentation.Instrumentation;
import nl.spoor.api.access.PurposeBinding;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.store.StoreSettings;

/** The consultation log of the server: its key, its store, and the hooks that write to it (GraphQL, uploads). */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    LogKey consultationLogKey(StoreSettings settings, Environment environment) {
        Map<String, String> env = new HashMap<>();
        String key = environment.getProperty("SPOOR_AUDIT_KEY");
        if (key != null) {
            env.put("SPOOR_AUDIT_KEY", key);
        }
        return LogKey.load(settings.home(), env);
    }

    @Bean
    ConsultationLog consultationLog(SpoorStore store, StoreSettings settings, LogKey key, ObjectProvider<MeterRegistry> meters) {
        ConsultationLog log = new ConsultationLog(store.driver(), store.database(), key).openForAppending();
        // On the embedded store: written in process, ahead into a journal beside the store (an answer waits for one
        // forced append, not a Neo4j commit); what a stopped server journaled is stored before this one answers.
        store.inProcess().ifPresent(db -> log.appendingInProcess(db).journaledIn(journal(settings)));
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            // What each request waits for its entry: one commit (with the journal: one forced append), shared by the
            // requests that finished together.
            Timer commits = Timer.builder("spoor.consultations.commit").description("Commits of consultation log entries (with the journal: forced appends)")
                    .publishPercentiles(0.5, 0.95).register(registry);
            DistributionSummary batch = DistributionSummary.builder("spoor.consultations.batch")
                    .description("Consultation log entries per commit").register(registry);
            log.measuredBy((entries, nanos) -> {
                commits.record(nanos, TimeUnit.NANOSECONDS);
                batch.record(entries);
            });
        }
        return log;
    }

    /** The journal of the consultation log on the embedded store: in {@code $SPOOR_HOME}, beside the store's folder. */
    static java.nio.file.Path journal(StoreSettings settings) {
        return settings.home().resolve("consultation-journal");
    }

    @Bean
    ConsultationRecorder consultationRecorder(ConsultationLog log, ObjectProvider<BenchmarkSwitch> benchmark) {
        return new ConsultationRecorder(log, benchmark.getIfAvailable());
    }

    @Bean
    Instrumentation returnedEntities() {
        return new ReturnedEntities();
    }

    @Bean
    WebMvcConfigurer uploadConsultations(ConsultationLog log, PurposeBinding binding, ObjectProvider<BenchmarkSwitch> benchmark) {
        UploadConsultations uploads = new UploadConsultations(log, binding, benchmark.getIfAvailable());
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(uploads).addPathPatterns(UploadConsultations.PATH);
            }
        };
    }
}
