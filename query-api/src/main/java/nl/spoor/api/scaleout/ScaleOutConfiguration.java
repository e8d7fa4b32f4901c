package nl.spoor.api.scaleout;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** In role api, the queue uploads go to (role all keeps its in-process queue and has no such bean). */
@Configuration(proxyBeanMethods = false)
class ScaleOutConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = ProcessRole.VARIABLE, havingValue = "api")
    RedisFileQueue ingestQueue(Environment env) {
        return RedisFileQueue.connect(ScaleOutSettings.fromEnvironment(ProcessRole.API, env::getProperty));
    }
}
