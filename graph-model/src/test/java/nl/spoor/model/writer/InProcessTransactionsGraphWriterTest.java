package nl.spoor.model.writer;

import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.model.store.StoreTransactions;
import nl.spoor.model.testing.TestStore;

/**
 * The writer contract with the writer's statements run in process on the embedded database (no Bolt), as
 * the ingest pipeline runs them on an embedded store; the test reads back through Bolt, so what is stored
 * must be exactly what the driver path stores.
 */
class InProcessTransactionsGraphWriterTest extends GraphWriterContract {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @Override
    TestStore testStore() {
        return STORE;
    }

    @Override
    GraphWriter writer() {
        return new GraphWriter(StoreTransactions.of(store()), 1_000);
    }
}
