package nl.spoor.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.spoor.ingest.extract.Extractor;
import nl.spoor.ingest.extract.Mention;
import nl.spoor.ingest.extract.PageText;
import nl.spoor.ingest.extract.RuleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@code spoor extract FILE…}: what ingest would extract, one JSON object per line; writes nothing. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the entities found in each file's text (Tika; PDF per page), one JSON object per line:",
                "{\"file\",\"type\",\"text\",\"value\",\"page\",\"start\",\"end\",\"confidence\"}. Writes nothing to the store.",
                "start and end are offsets in the page's text; value is normalised (IBAN compact, PHONE E.164, DATE yyyy-mm-dd, …)."})
class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to read.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = new RuleExtractor();
        int failed = 0;
        for (Path file : files) {
            List<Mention> mentions;
            try {
                mentions = extractor.mentions(PageText.of(file));
            } catch (Exception e) {
                // one unreadable file does not stop the others
                err.println("spoor extract: " + file + ": " + Messages.of(e));
                failed++;
                continue;
            }
            for (Mention m : mentions) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", file.toString());
                line.put("type", m.type().name());
                line.put("text", m.text());
                line.put("value", m.value());
                line.put("page", m.page());
                line.put("start", m.start());
                line.put("end", m.end());
                line.put("confidence", m.confidence());
                out.println(JSON.writeValueAsString(line));
            }
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }
}
