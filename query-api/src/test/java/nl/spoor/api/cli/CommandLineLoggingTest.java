package nl.spoor.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The command line's log lines go to standard error, never between the JSON lines a command prints. */
class CommandLineLoggingTest {

    @Test
    void aLibrarysWarningGoesToStandardErrorNotToTheCommandsOutput() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            CommandLineLogging.toStandardError();
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            LoggerFactory.getLogger("org.apache.poi.hsmf.datatypes.AttachmentChunks")
                    .warn("Currently unsupported attachment chunk property will be ignored. __properties_version1.0");
            LoggerFactory.getLogger("nl.spoor.test").debug("not at the default level");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(stderr.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[main\\] WARN  org\\.apache\\.poi\\.hsmf\\.datatypes\\.AttachmentChunks -- "
                        + "Currently unsupported attachment chunk property will be ignored\\. __properties_version1\\.0");
    }
}
