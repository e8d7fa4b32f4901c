package nl.spoor.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code spoor extract}: one JSON line per mention, normalised values and page offsets; an unreadable file is reported, the rest go on. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneJsonObjectPerMention() throws Exception {
        Path note = dir.resolve("notitie.txt");
        Files.writeString(note, "Betrokkene Anna de Haan, BSN: 111222333, betaalde € 9.850,00 op 12 maart 2024 naar NL91 ABNA 0417 1643 00.\n");
        Path missing = dir.resolve("weg.pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new SpoorCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("extract", note.toString(), missing.toString());
        String f = note.toString().replace("\\", "\\\\");
        assertThat(out.toString().lines()).containsExactly(
                "{\"file\":\"" + f + "\",\"type\":\"PERSON\",\"text\":\"Anna de Haan\",\"value\":\"Anna de Haan\",\"page\":1,\"start\":11,\"end\":23,\"confidence\":0.85}",
                "{\"file\":\"" + f + "\",\"type\":\"BSN\",\"text\":\"111222333\",\"value\":\"111222333\",\"page\":1,\"start\":30,\"end\":39,\"confidence\":1.0}",
                "{\"file\":\"" + f + "\",\"type\":\"MONEY\",\"text\":\"€ 9.850,00\",\"value\":\"9850.00 EUR\",\"page\":1,\"start\":50,\"end\":60,\"confidence\":0.95}",
                "{\"file\":\"" + f + "\",\"type\":\"DATE\",\"text\":\"12 maart 2024\",\"value\":\"2024-03-12\",\"page\":1,\"start\":64,\"end\":77,\"confidence\":0.95}",
                "{\"file\":\"" + f + "\",\"type\":\"IBAN\",\"text\":\"NL91 ABNA 0417 1643 00\",\"value\":\"NL91ABNA0417164300\",\"page\":1,\"start\":83,\"end\":105,\"confidence\":1.0}");
        assertThat(err.toString()).startsWith("spoor extract: " + missing + ": ");
        assertThat(code).isEqualTo(1);
    }
}
