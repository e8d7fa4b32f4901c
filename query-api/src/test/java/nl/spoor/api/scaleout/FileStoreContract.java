package nl.spoor.api.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every file store does, whatever it stores in: run on the shared folder ({@link FolderFileStoreTest})
 * and on a bucket of a real S3-compatible server ({@link S3FileStoreTest}).
 */
abstract class FileStoreContract {

    protected FileStore store;
    protected Path work;

    /** A fresh, empty store for one test. */
    protected abstract FileStore newStore() throws Exception;

    /** Where the store keeps {@code uploads/job-1/files/verhoor.txt}, as the graph will name it. */
    protected abstract String expectedLocation(String key);

    /** Whether {@link FileStore#fetch} makes a copy (a bucket) rather than handing out the file itself (a folder). */
    protected abstract boolean fetchCopies();

    @BeforeEach
    void openStore() throws Exception {
        Path base = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        work = Files.createTempDirectory(base, "spoor-filestore-work-");
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(work.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void givesBackByKeyWhatWasPutUnderIt() throws Exception {
        String key = "uploads/job-1/files/verhoor.txt";
        assertThat(store.exists(key)).isFalse();
        store.put(key, file("verhoor.txt", "Verhoor van J. de Vries, IBAN NL91ABNA0417164300."));
        assertThat(store.exists(key)).isTrue();
        Path back = work.resolve("back.txt");
        store.get(key, back);
        assertThat(Files.readString(back)).isEqualTo("Verhoor van J. de Vries, IBAN NL91ABNA0417164300.");
        assertThat(store.location(key)).isEqualTo(expectedLocation(key));
    }

    @Test
    void replacesWhatWasUnderTheSameKey() throws Exception {
        String key = "uploads/job-1/files/notitie.txt";
        store.put(key, file("eerste.txt", "eerste versie"));
        store.put(key, file("tweede.txt", "tweede versie"));
        Path back = work.resolve("back.txt");
        store.get(key, back);
        assertThat(Files.readString(back)).isEqualTo("tweede versie");
    }

    @Test
    void aMissingFileIsNamedByItsLocation() {
        String key = "uploads/job-1/files/ontbreekt.pdf";
        assertThatThrownBy(() -> store.get(key, work.resolve("x.pdf")))
                .isInstanceOf(FileStore.Missing.class)
                .hasMessage("No file " + expectedLocation(key) + " in the file store (SPOOR_FILES)");
        assertThat(work.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void deletesAFileAndToleratesDeletingOneThatIsNotThere() throws Exception {
        String key = "uploads/job-2/files/weg.txt";
        store.put(key, file("weg.txt", "weg ermee"));
        store.delete(key);
        assertThat(store.exists(key)).isFalse();
        store.delete(key);
        store.delete("uploads/job-2/files/nooit-geweest.txt");
        assertThat(store.exists("uploads/job-2/files/nooit-geweest.txt")).isFalse();
    }

    @Test
    void refusesKeysThatLeaveTheStoreOrNameNothing() throws Exception {
        Path f = file("a.txt", "a");
        for (String bad : List.of("../buiten.txt", "uploads/../../buiten.txt", "/etc/passwd", "uploads//a.txt", "uploads/./a.txt", "uploads\\a.txt")) {
            assertThatThrownBy(() -> store.put(bad, f)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("File store key \"" + bad + "\"");
            assertThatThrownBy(() -> store.exists(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.get("", work.resolve("b"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A file store key must not be empty");
    }

    @Test
    void fetchesAFileReadableHereUnderItsOwnNameAndRemovesACopyWhenDone() throws Exception {
        String key = "uploads/job-3/files/aangifte 12.txt";
        store.put(key, file("bron.txt", "aangifte twaalf"));
        Path workDir = Files.createDirectories(work.resolve("worker-1"));
        Path read;
        try (FileStore.Fetched fetched = store.fetch(key, workDir)) {
            read = fetched.path();
            assertThat(read.getFileName().toString()).isEqualTo("aangifte 12.txt");
            assertThat(Files.readString(read)).isEqualTo("aangifte twaalf");
            assertThat(fetched.location()).isEqualTo(expectedLocation(key));
            assertThat(read.startsWith(workDir)).isEqualTo(fetchCopies());
        }
        if (fetchCopies()) {
            assertThat(read).doesNotExist();
            try (var left = Files.list(workDir)) {
                assertThat(left.toList()).isEmpty();
            }
        } else {
            assertThat(read).exists();
        }
        assertThat(store.exists(key)).isTrue();
    }

    @Test
    void fetchingAMissingFileLeavesNothingBehind() throws Exception {
        Path workDir = Files.createDirectories(work.resolve("worker-2"));
        if (fetchCopies()) {
            assertThatThrownBy(() -> store.fetch("uploads/job-4/files/weg.txt", workDir)).isInstanceOf(FileStore.Missing.class);
        } else {
            // A folder hands out the path; the pipeline then reports the file as unreadable, as it always did.
            assertThat(store.fetch("uploads/job-4/files/weg.txt", workDir).path()).doesNotExist();
        }
        try (var left = Files.list(workDir)) {
            assertThat(left.toList()).isEmpty();
        }
    }
}
