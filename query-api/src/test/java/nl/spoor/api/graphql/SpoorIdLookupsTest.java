package nl.spoor.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * An entity is looked up by Spoor id through {@code :Entity}, whose {@code spoorId} is the unique index (schema V1):
 * {@code (x:Person {spoorId: …})} or {@code MATCH (x:BankAccount) WHERE x.spoorId IN …} is a scan of every node of that
 * label (on the large world a person lookup in the result guard cost 0.75 s a request, an account lookup per
 * pass-through anchor made the detector time out). Reads every query of the module, in .cypher resources and Java.
 */
class SpoorIdLookupsTest {

    /**
     * A node pattern that starts a pattern (not reached by a relationship) with one label other than Entity, looked up
     * by spoorId in its map or straight after in WHERE.
     */
    static final Pattern BY_OTHER_LABEL = Pattern.compile(
            "(?<![-<>])\\((\\w*):(?!Entity\\b)(\\w+)\\s*\\{\\s*spoorId\\s*:|(?<![-<>])\\((\\w+):(?!Entity\\b)(\\w+)\\)\\s*WHERE\\s+\\3\\.spoorId\\s*(=|IN\\b)");

    static List<String> offenders(Path root, String glob) throws IOException {
        List<String> out = new ArrayList<>();
        var matcher = root.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> matcher.matches(p.getFileName())).toList()) {
                String[] lines = Files.readString(f).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = BY_OTHER_LABEL.matcher(lines[i]);
                    if (m.find()) {
                        out.add(root.relativize(f) + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyLookupBySpoorIdGoesThroughTheEntityIndex() throws IOException {
        List<String> found = new ArrayList<>(offenders(Path.of("src/main/resources"), "*.cypher"));
        found.addAll(offenders(Path.of("src/main/java"), "*.java"));
        assertThat(found).isEmpty();
    }

    @Test
    void recognisesBothFormsOfALabelScan() {
        assertThat(BY_OTHER_LABEL.matcher("MATCH (x:BankAccount {spoorId: anchor.account})").find()).isTrue();
        assertThat(BY_OTHER_LABEL.matcher("MATCH (p:Person) WHERE p.spoorId IN $ids").find()).isTrue();
        assertThat(BY_OTHER_LABEL.matcher("MATCH (n:Entity {spoorId: $id}) WHERE n:Person").find()).isFalse();
        assertThat(BY_OTHER_LABEL.matcher("MATCH (p:Entity) WHERE p.spoorId IN $ids AND p:Person").find()).isFalse();
        // An expansion that filters the node it reached is no lookup.
        assertThat(BY_OTHER_LABEL.matcher("MATCH (u)-[up:USES_PHONE]->(ph:Phone) WHERE ph.spoorId IN phones").find()).isFalse();
    }
}
