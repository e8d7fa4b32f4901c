package nl.spoor.ingest.world.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.model.store.StoreSettings;
import nl.spoor.model.testing.Neo4jServerProcess;
import nl.spoor.model.testing.GraphDump;
import nl.spoor.model.testing.TestStore;

/** A Neo4j server in its own process, reached over Bolt like SPOOR_NEO4J_URI: only transactions reach it. */
class WorldLoadExternalStoreTest {

    @RegisterExtension
    static final TestStore SERVER = TestStore.serverProcess();

    @Test
    void anExternalServerGetsTheWorldThroughTransactions() throws Exception {
        StoreSettings external = StoreSettings.external(SERVER.store().boltUri(), "neo4j", Neo4jServerProcess.PASSWORD);

        LoadReport report = new WorldLoader(external, WorldLoadTest.KEY, LoadProgress.silent()).load(WorldLoadTest.fixture());

        assertThat(report.path()).isEqualTo(LoadReport.Path.TRANSACTIONAL);
        assertThat(report.reason()).isEqualTo("the store is an external Neo4j server (" + SERVER.store().boltUri()
                + "), which only takes data through transactions");
        assertThat(report.store().nodesPerLabel()).containsEntry("Entity", 12L).containsEntry("Source", 3L);
        assertThat(report.store().relationshipsPerType()).containsEntry("ASSERTS", 12L).containsEntry("FAMILY_OF", 1L).containsEntry("TRANSFER", 4L);
        WorldLoadTest.assertTheFixtureGraph(GraphDump.of(SERVER.store()));
    }
}
