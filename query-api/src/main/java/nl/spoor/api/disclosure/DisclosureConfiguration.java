package nl.spoor.api.disclosure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.spoor.api.audit.ConsultationLog;
import nl.spoor.api.entity.EntityQuery;
import nl.spoor.api.retention.RetentionPurge;
import nl.spoor.api.subject.SubjectReports;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;

/** The register, the exports, the purge and the subject reports as the server's beans. */
@Configuration
class DisclosureConfiguration {

    @Bean
    DisclosureRegister disclosureRegister(SpoorStore store) {
        return new DisclosureRegister(store);
    }

    @Bean
    Exports exports(SpoorStore store, BsnKey bsnKey, DisclosureRegister register) {
        return new Exports(store, bsnKey, register);
    }

    @Bean
    RetentionPurge retentionPurge(SpoorStore store) {
        return new RetentionPurge(store, LoadProgress.silent());
    }

    @Bean
    SubjectReports subjectReports(EntityQuery entities, DisclosureRegister register, ConsultationLog log, BsnKey bsnKey) {
        return new SubjectReports(entities, register, log, bsnKey);
    }
}
