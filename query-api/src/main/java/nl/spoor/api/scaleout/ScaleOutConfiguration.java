package nl.spoor.api.scaleout;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** In role api, the queue uploads go to and the shared file store (role all keeps its in-process queue and has no such beans). */
@Configuration(proxyBeanMethods = false)
class ScaleOutConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = ProcessRole.VARIABLE, havingValue = "api")
    RedisFileQueue ingestQueue(Environment env) {
        return RedisFileQueue.connect(ScaleOutSettings.fromEnvironment(ProcessRole.API, env::getProperty));
    }

    /** In role api, where uploaded files go for the workers: the shared folder or the bucket. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = ProcessRole.VARIABLE, havingValue = "api")
    FileStore sharedFiles(Environment env) {
        return ScaleOutSettings.fromEnvironment(ProcessRole.API, env::getProperty).openFiles();
    }
}
