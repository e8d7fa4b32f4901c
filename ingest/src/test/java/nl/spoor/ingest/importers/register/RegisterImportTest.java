package nl.spoor.ingest.importers.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;

import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.ingest.pipeline.ExtractorRelease;
import nl.spoor.ingest.pipeline.IngestLimits;
import nl.spoor.ingest.pipeline.IngestOptions;
import nl.spoor.ingest.pipeline.IngestPipeline;
import nl.spoor.ingest.pipeline.IngestProgress;
import nl.spoor.ingest.pipeline.IngestReport;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.GraphWriter;

/**
 * Hand-written register extracts ({@code src/test/resources/registers}) imported directly and through
 * {@code spoor ingest}: exact graphs with every fact's line, the same company from a register and from a
 * document's KvK mention as one node, and bad input refused with file, line and column, nothing written.
 */
class RegisterImportTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    private static final BsnKey KEY = BsnKey.of(new byte[32]);
    private static final String JAN = IdentifierKeys.BSN.ref("111222333", KEY).spoorId();
    private static final String ANNA = IdentifierKeys.BSN.ref("123456782", KEY).spoorId();
    private static final RegisterImport.Delivery DELIVERY = new RegisterImport.Delivery("RIEC-NH-2025-017", "kvk", "WGS art. 2.3",
            LocalDate.of(2030, 12, 31), Instant.parse("2025-03-01T09:00:00Z"));

    @TempDir
    Path work;

    @BeforeEach
    void empty() {
        STORE.clear();
    }

    private static RegisterImport importer() {
        return new RegisterImport(new RegisterImporter(KEY), new GraphWriter(STORE.store().driver(), STORE.store().database()));
    }

    private static Path resource(String name) {
        try {
            return Path.of(RegisterImportTest.class.getResource("/registers/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void kvkExtractsGiveCompaniesTheirAddressesDirectorsAndOwnersEachWithItsLine() {
        List<RegisterImport.Imported> done = importer().run("kvk", List.of(resource("kvk-inschrijvingen.csv"),
                resource("kvk-functionarissen.csv"), resource("kvk-aandeelhouders.csv")), DELIVERY, RegisterImport.Progress.NONE);

        assertThat(done).extracting(i -> i.format() + " " + i.rows()).containsExactly("KVK_INSCHRIJVINGEN 2", "KVK_FUNCTIONARISSEN 3",
                "KVK_AANDEELHOUDERS 2");
        assertThat(graph()).containsExactly(
                "Address address:1504ZH-7 {addressKey=1504ZH-7, houseNumber=7, place=Zaandam, postcode=1504ZH, street=Peperstraat} "
                        + "[kvk-inschrijvingen.csv line:3]",
                "Address address:1506EK-112-A {addressKey=1506EK-112-A, houseNumber=112, place=Zaandam, postcode=1506EK, street=Westzijde, suffix=A} "
                        + "[kvk-inschrijvingen.csv line:2]",
                "Company kvk:12345678 {kvkNummer=12345678, legalForm=Besloten vennootschap, name=Glashelder B.V., otherSbiCodes=[43.21], "
                        + "rsin=008000001, sbiCode=81.22, sbiDescription=Glazenwassers, startDate=2019-03-01} "
                        + "[kvk-aandeelhouders.csv line:2, kvk-aandeelhouders.csv line:3, kvk-functionarissen.csv line:2, "
                        + "kvk-functionarissen.csv line:4, kvk-inschrijvingen.csv line:2]",
                "Company kvk:87654321 {endDate=2023-12-31, kvkNummer=87654321, legalForm=Vennootschap onder firma, name=Schoon & Snel V.O.F., "
                        + "sbiCode=81.22, sbiDescription=Glazenwassers, startDate=2020-06-15} "
                        + "[kvk-functionarissen.csv line:3, kvk-functionarissen.csv line:4, kvk-inschrijvingen.csv line:3]",
                "Person <Anna> {bsnHash=<hash>, name=Anna de Haan} [kvk-aandeelhouders.csv line:3]",
                "Person <Jan> {birthDate=1984-03-02, bsnHash=<hash>, name=Jan de Vries} [kvk-aandeelhouders.csv line:2, kvk-functionarissen.csv line:2]",
                "Person person:" + sha("kvk-functionarissen.csv") + ":p-jansen:1979-11-30 {birthDate=1979-11-30, name=P. Jansen, nameKey=p jansen} "
                        + "[kvk-functionarissen.csv line:3]",
                "DIRECTOR_OF <Jan> -> kvk:12345678  {bevoegdheid=Alleen/zelfstandig bevoegd, from=2019-03-01, role=bestuurder} [kvk-functionarissen.csv line:2]",
                "DIRECTOR_OF kvk:12345678 -> kvk:87654321  {from=2020-06-15, role=vennoot} [kvk-functionarissen.csv line:4]",
                "DIRECTOR_OF person:" + sha("kvk-functionarissen.csv") + ":p-jansen:1979-11-30 -> kvk:87654321  "
                        + "{bevoegdheid=Gezamenlijk bevoegd, from=2020-06-15, role=vennoot, until=2023-12-31} [kvk-functionarissen.csv line:3]",
                "OWNS <Anna> -> kvk:12345678  {from=2019-03-01, share=33.33} [kvk-aandeelhouders.csv line:3]",
                "OWNS <Jan> -> kvk:12345678  {from=2019-03-01, share=66.67} [kvk-aandeelhouders.csv line:2]",
                "REGISTERED_AT kvk:12345678 -> address:1506EK-112-A  {from=2019-03-01, vestigingsnummer=000012345678} [kvk-inschrijvingen.csv line:2]",
                "REGISTERED_AT kvk:87654321 -> address:1504ZH-7  {from=2020-06-15, until=2023-12-31, vestigingsnummer=000087654321} "
                        + "[kvk-inschrijvingen.csv line:3]");
    }

    @Test
    void rdwBrpAndKadasterGiveVehiclesResidentsAndRealEstateOfTheSamePersons() {
        importer().run("brp", List.of(resource("brp.csv")), DELIVERY, RegisterImport.Progress.NONE);
        importer().run("rdw", List.of(resource("rdw.csv")), DELIVERY, RegisterImport.Progress.NONE);
        importer().run("kadaster", List.of(resource("kadaster.csv")), DELIVERY, RegisterImport.Progress.NONE);

        assertThat(graph()).containsExactly(
                "Address address:1506EK-112-A {addressKey=1506EK-112-A, houseNumber=112, municipality=Zaanstad, municipalityCode=GM0479, "
                        + "place=Zaandam, postcode=1506EK, street=Westzijde, suffix=A} [brp.csv line:2, kadaster.csv line:4]",
                "Address address:1968CS-78 {addressKey=1968CS-78, houseNumber=78, municipality=Heemskerk, municipalityCode=GM0396, "
                        + "place=Heemskerk, postcode=1968CS, street=Maerelaan} [brp.csv line:3, brp.csv line:4, kadaster.csv line:2, kadaster.csv line:3]",
                "Company kvk:12345678 {kvkNummer=12345678, name=Glashelder B.V.} [kadaster.csv line:4, rdw.csv line:3]",
                "Person <Anna> {birthDate=1986-07-04, birthPlace=Haarlem, bsnHash=<hash>, gender=V, givenNames=Anna, initials=A., "
                        + "name=Anna de Vries-de Haan, nationality=Nederlandse, surname=Haan, tussenvoegsel=de} "
                        + "[brp.csv line:4, kadaster.csv line:3, rdw.csv line:2]",
                "Person <Jan> {birthDate=1984-03-02, birthPlace=Zaandam, bsnHash=<hash>, gender=M, givenNames=Jan Pieter, initials=J.P., "
                        + "name=Jan de Vries, nationality=Nederlandse, surname=Vries, tussenvoegsel=de} [brp.csv line:2, brp.csv line:3, kadaster.csv line:2]",
                "Place place:GM0396 {cbsCode=GM0396, name=Heemskerk} [brp.csv line:3, brp.csv line:4]",
                "Place place:GM0479 {cbsCode=GM0479, name=Zaanstad} [brp.csv line:2]",
                "RealEstate kadaster:HMK00-G-1234 {kadastraleAanduiding=HMK00 G 1234, name=Woonhuis Maerelaan 78, Heemskerk, propertyType=woonhuis, "
                        + "purchaseDate=2019-03-01, purchasePrice=410000.0, wozValue=452000.0, wozYear=2024} [kadaster.csv line:2, kadaster.csv line:3]",
                "RealEstate kadaster:ZDM01-K-5678-A0002 {kadastraleAanduiding=ZDM01 K 5678 A0002, name=Appartement Westzijde 112-A, Zaandam, "
                        + "propertyType=appartement, wozValue=198000.0, wozYear=2024} [kadaster.csv line:4]",
                "Vehicle kenteken:4MX819 {catalogueValue=95000.0, firstRegistration=2023-01-01, kenteken=4MX819, make=BMW, model=X5, sideCode=13, "
                        + "vehicleType=Personenauto} [rdw.csv line:3]",
                "Vehicle kenteken:GZ416B {catalogueValue=38450.0, firstRegistration=2019-05-16, kenteken=GZ416B, make=VOLKSWAGEN, model=GOLF, sideCode=9, "
                        + "vehicleType=Personenauto} [rdw.csv line:2]",
                "LIVES_AT <Anna> -> address:1968CS-78 2019-03-01 {from=2019-03-01} [brp.csv line:4]",
                "LIVES_AT <Jan> -> address:1506EK-112-A 2015-01-01 {from=2015-01-01, until=2019-03-01} [brp.csv line:2]",
                "LIVES_AT <Jan> -> address:1968CS-78 2019-03-01 {from=2019-03-01} [brp.csv line:3]",
                "LOCATED_AT kadaster:HMK00-G-1234 -> address:1968CS-78  {} [kadaster.csv line:2, kadaster.csv line:3]",
                "LOCATED_AT kadaster:ZDM01-K-5678-A0002 -> address:1506EK-112-A  {} [kadaster.csv line:4]",
                "LOCATED_IN address:1506EK-112-A -> place:GM0479  {} [brp.csv line:2]",
                "LOCATED_IN address:1968CS-78 -> place:GM0396  {} [brp.csv line:3, brp.csv line:4]",
                "OWNS_PROPERTY <Anna> -> kadaster:HMK00-G-1234  {from=2019-03-01, purchasePrice=410000.0, share=50.0} [kadaster.csv line:3]",
                "OWNS_PROPERTY <Jan> -> kadaster:HMK00-G-1234  {from=2019-03-01, purchasePrice=410000.0, share=50.0} [kadaster.csv line:2]",
                "OWNS_PROPERTY kvk:12345678 -> kadaster:ZDM01-K-5678-A0002  {from=2012-05-15, share=100.0} [kadaster.csv line:4]",
                "REGISTERED_OWNER <Anna> -> kenteken:GZ416B 2021-03-01 {from=2021-03-01} [rdw.csv line:2]",
                "REGISTERED_OWNER kvk:12345678 -> kenteken:4MX819 2023-01-15 {from=2023-01-15, until=2024-06-01} [rdw.csv line:3]");
        // The BSN itself is nowhere in the store, not even in the rows kept as evidence.
        assertThat(strings("MATCH (s:Source)-[a:ASSERTS]->() RETURN a.snippet")).allSatisfy(s -> assertThat(s).doesNotContain("111222333", "123456782"));
        assertThat(strings("MATCH (s:Source)-[a:ASSERTS]->(:Person) WHERE a.locator = 'line:2' AND s.title = 'brp.csv' RETURN a.snippet"))
                .containsExactly("*********;Vries;de;Jan Pieter;M;19840302;Zaandam;Nederlandse;E;;;Westzijde;112;A;1506EK;Zaandam;0479;Zaanstad;20150101;20190301");
        assertThat(strings("MATCH (s:Source) RETURN s.kind + ' ' + s.title + ' ' + s.partner + ' ' + s.caseId + ' ' + s.extractor"))
                .containsExactly("REGISTER brp.csv kvk RIEC-NH-2025-017 spoor-register", "REGISTER kadaster.csv kvk RIEC-NH-2025-017 spoor-register",
                        "REGISTER rdw.csv kvk RIEC-NH-2025-017 spoor-register");
    }

    @Test
    void importingTheSameExtractAgainChangesNothing() {
        importer().run("brp", List.of(resource("brp.csv")), DELIVERY, RegisterImport.Progress.NONE);
        List<String> before = graph();
        List<RegisterImport.Imported> again = importer().run("brp", List.of(resource("brp.csv")), DELIVERY, RegisterImport.Progress.NONE);
        assertThat(again.getFirst().written().nodesCreated() + again.getFirst().written().relationshipsCreated()).isZero();
        assertThat(graph()).isEqualTo(before);
    }

    @Test
    void badExtractsAreRefusedWithFileLineAndColumnAndNothingIsWritten() throws IOException {
        Map<String, String> problems = new TreeMap<>();
        String brpHeader = "BSN;Geslachtsnaam;Voornamen;Geboortedatum;Postcode;Huisnummer;Datum aanvang adreshouding\n";
        String kvkHeader = "KvK-nummer;Handelsnaam;Rechtsvorm;Datum oprichting;Postcode;Huisnummer\n";
        problems.put("brp", brpHeader + "111222333;Vries;Jan;19840302;1506 EK;112;20150101\n111222334;Haan;Anna;19860704;1968 CS;78;20190301\n");
        problems.put("kvk-rechtsvorm", kvkHeader + "12345678;Glashelder B.V.;Besloten vennootschap;01-03-2019;1506 EK;112\n"
                + "87654321;Schoon;Limited;15-06-2020;1504 ZH;7\n");
        problems.put("kvk-datum", kvkHeader + "12345678;Glashelder B.V.;B.V.;31-02-2019;1506 EK;112\n");
        problems.put("kvk-percentage", "KvK-nummer;Naam aandeelhouder;Percentage\n12345678;Jan de Vries;120\n");
        problems.put("rdw", "Kenteken;Merk;Handelsbenaming;Datum eerste toelating;Datum tenaamstelling;Naam tenaamgestelde\n"
                + "GZ-416-B;VW;GOLF;20190516;20210301;A. de Haan\nABC-123;BMW;X5;20230101;20230115;B. Bakker\n");
        problems.put("kadaster", "Kadastrale aanduiding;Postcode;Huisnummer;Naam eigenaar;Aandeel;Datum verkrijging\n"
                + "Heemskerk 1234;1968 CS;78;J. de Vries;1/1;01-03-2019\n");
        Map<String, String> messages = new TreeMap<>();
        for (var p : problems.entrySet()) {
            Path file = Files.writeString(work.resolve(p.getKey() + ".csv"), p.getValue(), StandardCharsets.UTF_8);
            String register = p.getKey().replaceFirst("-.*", "");
            assertThatThrownBy(() -> importer().run(register, List.of(resource(register.equals("kvk") ? "kvk-inschrijvingen.csv" : register + ".csv"), file),
                    DELIVERY, RegisterImport.Progress.NONE))
                    .isInstanceOf(RegisterFormatException.class)
                    .satisfies(e -> messages.put(p.getKey(), e.getMessage().replace(work.toString(), "")));
        }
        assertThat(messages).containsExactly(
                Map.entry("brp", "/brp.csv, line 3, column BSN: BSN \"*********\": fails the elfproef (weighted sum 65 is not divisible by 11)"),
                Map.entry("kadaster", "/kadaster.csv, line 2, column Kadastrale aanduiding: 'Heemskerk 1234' is not a kadastrale aanduiding "
                        + "(gemeentecode, sectie, perceelnummer, e.g. ASD04 K 1234, or ASD04 K 1234 A 2 for an appartementsrecht)"),
                Map.entry("kvk-datum", "/kvk-datum.csv, line 2, column Datum oprichting: '31-02-2019' is not a date (dd-mm-jjjj, jjjjmmdd or jjjj-mm-dd)"),
                Map.entry("kvk-percentage", "/kvk-percentage.csv, line 2, column Percentage: '120' is out of range: a share is more than 0 and at most 100 %"),
                Map.entry("kvk-rechtsvorm", "/kvk-rechtsvorm.csv, line 3, column Rechtsvorm: 'Limited' is not a rechtsvorm of the Handelsregister "
                        + "(e.g. Besloten vennootschap, Eenmanszaak, Vennootschap onder firma, Stichting)"),
                Map.entry("rdw", "/rdw.csv, line 3, column Kenteken: kenteken \"ABC-123\": letter/digit pattern XXX999 matches no RDW side-code 1-14"));
        assertThat(graph()).isEmpty();
        // An extract of another register is not imported under the wrong name.
        assertThatThrownBy(() -> importer().run("kvk", List.of(resource("rdw.csv")), DELIVERY, RegisterImport.Progress.NONE))
                .hasMessageEndingWith("rdw.csv, line 1: is a RDW extract (RDW), not KVK: import it with 'spoor import rdw'");
    }

    @Test
    void aKvkExtractInADossierIsImportedUnderTheDocumentsSourceAndMeetsTheCompanyTheTextNames() throws IOException {
        Path in = Files.createDirectories(work.resolve("dossier"));
        Path extract = Files.copy(resource("kvk-inschrijvingen.csv"), in.resolve("uittreksel-export.txt"));
        Files.writeString(in.resolve("bevindingen.txt"), "Proces-verbaal van bevindingen\n\nDe heer Jan de Vries is bestuurder van "
                + "Glashelder B.V. (KvK 12345678), gevestigd te Zaandam.\n");
        IngestOptions options = new IngestOptions("RIEC-NH-2025-017", "politie-nh", "WGS art. 2.3", LocalDate.parse("2030-12-31"),
                Instant.parse("2025-03-01T09:00:00Z"), 1, IngestLimits.defaults(), false);

        IngestReport report = new IngestPipeline(STORE.store(), KEY, new RuleExtractor(), new ExtractorRelease("RuleExtractor", "test"), options,
                IngestProgress.silent()).run(List.of(in));

        assertThat(report.registers()).isEqualTo(1);
        assertThat(report.statementErrors()).isEmpty();
        String source = options.sourceId(RegisterImport.sha256(Files.readAllBytes(extract)));
        assertThat(strings("MATCH (s:Source {sourceId: '" + source + "'}) RETURN s.kind")).containsExactly("REGISTER");
        assertThat(strings("MATCH (d:Document {name: 'uittreksel-export.txt'}) RETURN d.registerFormat")).containsExactly("KVK_INSCHRIJVINGEN");
        // One company of that KvK-nummer, asserted by the extract (line 2) and by the text (its mention).
        assertThat(strings("MATCH (c:Company {kvkNummer: '12345678'}) RETURN c.spoorId + ' ' + c.legalForm")).containsExactly(
                "kvk:12345678 Besloten vennootschap");
        assertThat(strings("MATCH (s:Source)-[a:ASSERTS]->(:Company {kvkNummer: '12345678'}) WHERE a.locator STARTS WITH 'line:' "
                + "RETURN s.sourceId + ' ' + a.locator")).containsExactly(source + " line:2");
        assertThat(strings("MATCH (s:Source)-[:ASSERTS]->(:Company {kvkNummer: '12345678'}) RETURN DISTINCT s.kind")).containsExactly("DOCUMENT", "REGISTER");
        assertThat(strings("MATCH (c:Company)-[r:REGISTERED_AT]->(a:Address) RETURN c.kvkNummer + ' ' + a.addressKey + ' ' + r.sourceIds[0]"))
                .containsExactly("12345678 1506EK-112-A " + source, "87654321 1504ZH-7 " + source);
    }

    // ---- the graph as compact lines: nodes with their properties and asserting lines, then relationships

    private static String sha(String resource) {
        try {
            return RegisterImport.sha256(Files.readAllBytes(resource(resource))).substring(0, 16);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Nodes, then relationships, each sorted as shown (BSN hashes as their person's name). */
    private static List<String> graph() {
        List<String> lines = new ArrayList<>();
        List<String> relationships = new ArrayList<>();
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            s.run("""
                    MATCH (n:Entity) OPTIONAL MATCH (src:Source)-[a:ASSERTS]->(n)
                    WITH n, src, a ORDER BY src.title, a.locator
                    RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.spoorId AS id, properties(n) AS p,
                           collect(src.title + ' ' + a.locator) AS lines ORDER BY label, id""").forEachRemaining(r -> {
                Map<String, Object> p = new TreeMap<>(r.get("p").asMap(Value::asObject));
                p.remove("spoorId");
                if (p.containsKey("bsnHash")) {
                    p.put("bsnHash", "<hash>");
                }
                lines.add(r.get("label").asString() + " " + who(r.get("id").asString()) + " " + p + " " + r.get("lines").asList(Value::asString));
            });
            s.run("""
                    MATCH (a:Entity)-[r]->(b:Entity) MATCH (src:Source) WHERE src.sourceId IN r.sourceIds
                    RETURN type(r) AS type, a.spoorId AS a, b.spoorId AS b, r.key AS key, properties(r) AS p, collect(src.title) AS titles
                    ORDER BY type, a, b, key""").forEachRemaining(r -> {
                Map<String, Object> p = new TreeMap<>(r.get("p").asMap(Value::asObject));
                String key = (String) p.remove("key");
                p.remove("sourceIds");
                List<String> where = new ArrayList<>();
                for (Object e : (List<?>) p.remove("evidence")) {
                    String json = (String) e;
                    String locator = json.replaceFirst(".*\"locator\":\"([^\"]+)\".*", "$1");
                    where.add(r.get("titles").asList(Value::asString).getFirst() + " " + locator);
                }
                where.sort(null);
                relationships.add(r.get("type").asString() + " " + who(r.get("a").asString()) + " -> " + who(r.get("b").asString()) + " " + key + " " + p + " " + where);
            });
        }
        lines.sort(null);
        relationships.sort(null);
        lines.addAll(relationships);
        return lines;
    }

    private static String who(String spoorId) {
        return spoorId.equals(JAN) ? "<Jan>" : spoorId.equals(ANNA) ? "<Anna>" : spoorId;
    }

    private static List<String> strings(String cypher) {
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            return s.run(cypher).list(r -> r.get(0).asString()).stream().sorted().toList();
        }
    }
}
