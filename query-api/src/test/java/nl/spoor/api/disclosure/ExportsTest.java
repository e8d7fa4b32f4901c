package nl.spoor.api.disclosure;

import static nl.spoor.api.testing.TwoSourceFixture.LIVE;
import static nl.spoor.api.testing.TwoSourceFixture.OLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.spoor.api.testing.TwoSourceFixture;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.testing.TestStore;

/** Exports in every format and scope on the two-delivery store, each registered as a disclosure first; refusals write nothing. */
class ExportsTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static DisclosureRegister register;
    static Exports exports;

    @TempDir
    Path dir;

    @BeforeAll
    static void fixture() {
        TwoSourceFixture.write(NEO4J.store());
        register = new DisclosureRegister(NEO4J.store());
        exports = new Exports(NEO4J.store(), BsnKey.of(new byte[32]), register);
    }

    static Exports.Request request(ExportFormat format, String recipient, String basis, ExportScope scope) {
        return new Exports.Request(format, recipient, "RIEC-NH-2025-017", basis, scope, "analist-piet", "politie-nh");
    }

    static long disclosures() {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            return s.run("MATCH (d:Disclosure) RETURN count(d) AS n").single().get("n").asLong();
        }
    }

    @Test
    void refusesAnExportWithoutLegalBasisOrRecipientNamingTheMissingFieldsAndWritesNothing() {
        long before = disclosures();
        Path out = dir.resolve("refused.graphml");
        assertThatThrownBy(() -> exports.export(request(ExportFormat.GRAPHML, "gemeente-zaanstad", " ", ExportScope.graph()), out, LoadProgress.silent()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Export refused, nothing written: no legal basis (e.g. WGS art. 2.3). Every export is a disclosure and is"
                        + " registered with its recipient, purpose and legal basis.");
        assertThatThrownBy(() -> exports.export(new Exports.Request(ExportFormat.I2, null, null, "WGS art. 2.3", ExportScope.graph(),
                "analist-piet", "politie-nh"), out, LoadProgress.silent()))
                .hasMessageStartingWith("Export refused, nothing written: no recipient (the partner organisation receiving the export),"
                        + " no purpose (the case, signal or HHKP it is given for).");
        assertThat(disclosures()).isEqualTo(before);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void writesOneI2RowPerLinkOfACaseWithBothEndsAndRegistersIt() throws Exception {
        Path out = dir.resolve("case.i2.csv");
        Disclosure d = exports.export(request(ExportFormat.I2, "belastingdienst", "WGS art. 2.3",
                new ExportScope("RIEC-NH-2025-017", List.of(), 0)), out, LoadProgress.silent());
        assertThat(Files.readAllLines(out)).containsExactly(
                "Entity1 Identity,Entity1 Type,Entity1 Label,Link Type,Link Date,Link Amount,Link Label,Entity2 Identity,Entity2 Type,Entity2 Label,Link Sources",
                "iban:NL20INGB0001234567,BankAccount,NL20INGB0001234567,TRANSFER,2024-03-03,8500.0,TRANSFER 8500.0 EUR,iban:NL39RABO0300065264,BankAccount,NL39RABO0300065264," + LIVE,
                "iban:NL91ABNA0417164300,BankAccount,NL91ABNA0417164300,TRANSFER,2024-03-02,8800.0,TRANSFER 8800.0 EUR,iban:NL20INGB0001234567,BankAccount,NL20INGB0001234567," + LIVE,
                "person:jan,Person,Jan Blijft,HOLDS_ACCOUNT,,,HOLDS_ACCOUNT,iban:NL91ABNA0417164300,BankAccount,NL91ABNA0417164300," + LIVE,
                "person:jan,Person,Jan Blijft,DIRECTOR_OF,,,DIRECTOR_OF,kvk:11111111,Company,Glashelder B.V.," + LIVE);
        assertThat(d.entityIds()).containsExactly("iban:NL20INGB0001234567", "iban:NL39RABO0300065264", "iban:NL91ABNA0417164300",
                "kvk:11111111", "person:jan");
        assertThat(d.sourceIds()).containsExactly(LIVE);
        assertThat(d.relationships()).isEqualTo(4);
        assertThat(d.sha256()).isEqualTo(sha256(out));
        assertThat(d.bytes()).isEqualTo(Files.size(out));
        assertThat(d.scope()).isEqualTo("case RIEC-NH-2025-017");
        assertThat(register.byId(d.disclosureId())).contains(d);
    }

    @Test
    void writesEntitiesAndRelationshipsCsvOfOneEntityAndItsNeighboursInAZip() throws Exception {
        Path out = dir.resolve("gerrit.csv.zip");
        Disclosure d = exports.export(request(ExportFormat.CSV, "om-haarlem", "Wpg art. 16", new ExportScope(null, List.of("person:gerrit"), 1)),
                out, LoadProgress.silent());
        Map<String, String> files = unzip(out);
        assertThat(files.keySet()).containsExactly("entities.csv", "relationships.csv");
        assertThat(files.get("entities.csv").split("\r\n")).containsExactly(
                "id,kind,label,sources,iban,kvkNummer,name,title",
                "doc:sha256:geheim,Document,doc:sha256:geheim," + OLD + ",,,,proces-verbaal Geheim.pdf",
                "iban:NL02ABNA0123456789,BankAccount,NL02ABNA0123456789," + OLD + ",NL02ABNA0123456789,,,",
                "kvk:11111111,Company,Glashelder B.V.," + LIVE + ",,11111111,Glashelder B.V.,",
                "person:gerrit,Person,Gerrit Geheim," + OLD + ",,,Gerrit Geheim,");
        assertThat(files.get("relationships.csv").split("\r\n")).containsExactly(
                "from,type,key,to,sources",
                "doc:sha256:geheim,MENTIONS,p1:0,person:gerrit," + OLD,
                "person:gerrit,HOLDS_ACCOUNT,,iban:NL02ABNA0123456789," + OLD,
                "person:gerrit,DIRECTOR_OF,,kvk:11111111," + OLD);
        assertThat(d.entityIds()).containsExactly("doc:sha256:geheim", "iban:NL02ABNA0123456789", "kvk:11111111", "person:gerrit");
        assertThat(d.scope()).isEqualTo("1 entities [person:gerrit] with 1 hops");
        assertThat(d.sha256()).isEqualTo(sha256(out));
    }

    @Test
    void writesTheWholeGraphAsGraphmlWithDeclaredKeysAndSources() throws Exception {
        Path out = dir.resolve("all.graphml");
        Disclosure d = exports.export(request(ExportFormat.GRAPHML, "fiod", "WGS art. 2.3", ExportScope.graph()), out, LoadProgress.silent());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document xml = f.newDocumentBuilder().parse(out.toFile());
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        assertThat(xml.getElementsByTagName("node").getLength()).isEqualTo(8);
        assertThat(xml.getElementsByTagName("edge").getLength()).isEqualTo(9);
        Map<String, String> keys = new LinkedHashMap<>();
        NodeList k = xml.getElementsByTagName("key");
        for (int i = 0; i < k.getLength(); i++) {
            Element e = (Element) k.item(i);
            keys.put(e.getAttribute("id"), e.getAttribute("for") + ":" + e.getAttribute("attr.name"));
        }
        assertThat(keys).containsExactly(Map.entry("label", "node:label"), Map.entry("kind", "node:kind"), Map.entry("sources", "node:sources"),
                Map.entry("n_aliases", "node:aliases"), Map.entry("n_birthDate", "node:birthDate"), Map.entry("n_iban", "node:iban"),
                Map.entry("n_kvkNummer", "node:kvkNummer"), Map.entry("n_name", "node:name"), Map.entry("n_title", "node:title"),
                Map.entry("e_label", "edge:label"), Map.entry("e_key", "edge:key"), Map.entry("e_sources", "edge:sources"),
                Map.entry("e_amount", "edge:amount"), Map.entry("e_date", "edge:date"));
        assertThat(data(xml, "node", "person:jan")).isEqualTo(Map.of("label", "Jan Blijft", "kind", "Person",
                "sources", OLD + "; " + LIVE, "n_aliases", "Jantje", "n_birthDate", "1970-05-01", "n_name", "Jan Blijft"));
        assertThat(data(xml, "edge", "iban:NL20INGB0001234567")).isEqualTo(Map.of("e_label", "TRANSFER", "e_key", "t3",
                "e_sources", OLD + "; " + LIVE, "e_amount", "8500.0", "e_date", "2024-03-03"));
        assertThat(d.entities()).isEqualTo(8);
        assertThat(d.relationships()).isEqualTo(9);
        assertThat(d.sourceIds()).containsExactly(OLD, LIVE);
    }

    @Test
    void registersAnFtmExportOfOneCaseWithEveryEntityInIt() throws Exception {
        Path out = dir.resolve("fiod.ftm.jsonl");
        Disclosure d = exports.export(request(ExportFormat.FTM, "kmar", "WGS art. 2.3", new ExportScope("FIOD-2019-3", List.of(), 0)),
                out, LoadProgress.silent());
        assertThat(Files.readAllLines(out)).hasSize(1 + 8 + 7);
        assertThat(d.entityIds()).containsExactly("doc:sha256:geheim", "iban:NL02ABNA0123456789", "iban:NL20INGB0001234567",
                "iban:NL39RABO0300065264", "iban:NL91ABNA0417164300", "kvk:11111111", "person:gerrit", "person:jan");
        assertThat(d.relationships()).isEqualTo(7);
        assertThat(d.format()).isEqualTo(ExportFormat.FTM);
        assertThatThrownBy(() -> exports.export(request(ExportFormat.FTM, "kmar", "WGS art. 2.3", new ExportScope(null, List.of("person:jan"), 1)),
                dir.resolve("x.jsonl"), LoadProgress.silent())).hasMessageStartingWith("Export refused: FtM exports the whole graph or one case");
    }

    @Test
    void findsDisclosuresByRecipientPurposeSubjectAndPeriod() {
        Disclosure a = exports.export(request(ExportFormat.GRAPHML, "gemeente-zaanstad", "WGS art. 2.3", new ExportScope(null, List.of("person:jan"), 0)),
                dir.resolve("a.graphml"), LoadProgress.silent());
        Disclosure b = exports.export(request(ExportFormat.CSV, "gemeente-zaanstad", "WGS art. 2.3", new ExportScope(null, List.of("kvk:11111111"), 1)),
                dir.resolve("b.zip"), LoadProgress.silent());
        assertThat(register.find("gemeente-zaanstad", null, null, null, null)).containsExactly(b, a);
        assertThat(register.find("gemeente-zaanstad", null, "person:gerrit", null, null)).containsExactly(b);
        assertThat(register.find("gemeente-zaanstad", "RIEC-NH-2025-017", "person:jan", LocalDate.now(java.time.ZoneOffset.UTC), null))
                .containsExactly(b, a);
        assertThat(register.find("gemeente-zaanstad", null, null, null, LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1))).isEmpty();
        assertThat(register.find("gemeente-zaanstad", "CASE-OTHER", null, null, null)).isEmpty();
        assertThat(a.by()).isEqualTo("analist-piet");
        assertThat(a.organisation()).isEqualTo("politie-nh");
    }

    static Map<String, String> data(Document xml, String tag, String idOrSource) {
        NodeList list = xml.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getAttribute("id").equals(idOrSource) || e.getAttribute("source").equals(idOrSource)) {
                Map<String, String> m = new LinkedHashMap<>();
                NodeList data = e.getElementsByTagName("data");
                for (int j = 0; j < data.getLength(); j++) {
                    Element x = (Element) data.item(j);
                    m.put(x.getAttribute("key"), x.getTextContent());
                }
                return m;
            }
        }
        throw new AssertionError("no " + tag + " " + idOrSource);
    }

    static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
