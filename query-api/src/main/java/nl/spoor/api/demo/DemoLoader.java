package nl.spoor.api.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import nl.spoor.ingest.demo.DemoWorld;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;
import nl.spoor.model.writer.GraphWriter;

/** With {@code spoor.demo=true} ({@code ./spoor demo}): fills an empty store with the demo world. */
@Component
@ConditionalOnProperty(name = "spoor.demo", havingValue = "true")
class DemoLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final SpoorStore store;
    private final GraphWriter writer;
    private final BsnKey bsnKey;

    DemoLoader(SpoorStore store, GraphWriter writer, BsnKey bsnKey) {
        this.store = store;
        this.writer = writer;
        this.bsnKey = bsnKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        long entities;
        try (var s = store.driver().session(store.sessionConfig())) {
            entities = s.run("MATCH (n:Entity) RETURN count(n) AS n").single().get("n").asLong();
        }
        if (entities > 0) {
            LOG.info("The store already holds {} entities; serving it as it is", entities);
            return;
        }
        var result = writer.write(new DemoWorld(bsnKey).batch());
        LOG.info("Demo world written: {} nodes and {} relationships", result.nodesCreated(), result.relationshipsCreated());
    }
}
