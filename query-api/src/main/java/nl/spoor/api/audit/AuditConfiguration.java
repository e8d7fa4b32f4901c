package nl.spoor.api.audit;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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
    ConsultationLog consultationLog(SpoorStore store, LogKey key) {
        return new ConsultationLog(store.driver(), store.database(), key).openForAppending();
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
