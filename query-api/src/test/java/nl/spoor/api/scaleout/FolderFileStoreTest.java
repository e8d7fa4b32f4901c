package nl.spoor.api.scaleout;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The file store contract on the shared folder (the default). */
class FolderFileStoreTest extends FileStoreContract {

    private Path root;

    @Override
    protected FileStore newStore() throws Exception {
        root = Files.createDirectories(work.resolve("gedeeld"));
        return new FolderFileStore(root);
    }

    @Override
    protected String expectedLocation(String key) {
        return root.resolve(key).toString();
    }

    @Override
    protected boolean fetchCopies() {
        return false;
    }

    @Test
    void aFolderThatIsNotThereIsRefusedNamingSpoorFiles() {
        Path missing = work.resolve("niet-gemount");
        assertThatThrownBy(() -> new FolderFileStore(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SPOOR_FILES " + missing + " is not a folder (mount the shared file store there)");
    }
}
