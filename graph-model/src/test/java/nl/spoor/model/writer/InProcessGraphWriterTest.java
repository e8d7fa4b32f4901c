package nl.spoor.model.writer;

import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.model.testing.TestStore;

/** The writer contract against Neo4j embedded in this JVM, as {@code ./spoor serve} runs it. */
class InProcessGraphWriterTest extends GraphWriterContract {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    @Override
    TestStore testStore() {
        return STORE;
    }
}
