package nl.spoor.model.writer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.model.store.StoreMode;
import nl.spoor.model.testing.TestStore;

/**
 * The writer contract in external mode: against a Neo4j server started as a separate OS process
 * from the Maven jars, reached over Bolt with a password, exactly like a production server.
 */
class ServerProcessGraphWriterTest extends GraphWriterContract {

    @RegisterExtension
    static final TestStore STORE = TestStore.serverProcess();

    @Override
    TestStore testStore() {
        return STORE;
    }

    @Test
    void runsInExternalModeAgainstAnotherProcess() {
        assertThat(store().mode()).isEqualTo(StoreMode.EXTERNAL);
        assertThat(STORE.serverPid()).isPresent().isNotEqualTo(java.util.OptionalLong.of(ProcessHandle.current().pid()));
        assertThat(ProcessHandle.of(STORE.serverPid().getAsLong()).map(ProcessHandle::isAlive)).contains(true);
        assertThat(strings("CALL dbms.components() YIELD name, edition WHERE name = 'Neo4j Kernel' RETURN edition")).containsExactly("community");
    }
}
