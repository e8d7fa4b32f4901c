package nl.spoor.api.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.spoor.api.access.store.AccessGraph;
import nl.spoor.api.access.store.Accounts;
import nl.spoor.api.access.store.ApiTokens;
import nl.spoor.api.access.store.Purposes;
import nl.spoor.model.store.SpoorStore;

/** The access store (accounts, purposes, API tokens) in the server's own store. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    AccessGraph accessGraph(SpoorStore store) {
        return new AccessGraph(store.driver(), store.database());
    }

    @Bean
    Accounts accounts(AccessGraph graph) {
        return new Accounts(graph);
    }

    @Bean
    Purposes purposes(AccessGraph graph) {
        return new Purposes(graph);
    }

    @Bean
    ApiTokens apiTokens(AccessGraph graph) {
        return new ApiTokens(graph);
    }
}
