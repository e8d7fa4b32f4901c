package nl.spoor.api.disclosure;

import static nl.spoor.api.testing.TwoSourceFixture.A2;
import static nl.spoor.api.testing.TwoSourceFixture.A3;
import static nl.spoor.api.testing.TwoSourceFixture.A4;
import static nl.spoor.api.testing.TwoSourceFixture.LIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.api.testing.TwoSourceFixture;
import nl.spoor.api.visibility.BsnIds;
import nl.spoor.api.visibility.View;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * An export discloses only what the request's purpose may use: on the two-delivery store (FIOD's delivery expired)
 * with two more sources, one of the belastingdienst (another partner) and one of the politie with a minor and a
 * person keyed by BSN, exports through a politie purpose's view leave out the expired and the other partner's facts,
 * list only the usable sources, and mask as the query answers do; the command line's export (no view) holds all.
 */
class ExportsThroughViewTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final BsnKey KEY = BsnKey.of(new byte[32]);
    static final String TAX = "test:belasting-2025";
    static final String KIDS = "test:politie-jeugd";
    static final String A5 = "NL44RABO0123456789";
    static final LocalDate TODAY = LocalDate.parse("2026-12-05");
    static Exports exports;
    static String bea;

    @TempDir
    Path dir;

    @BeforeAll
    static void fixture() {
        TwoSourceFixture.write(NEO4J.store());
        EntityRef jan = new EntityRef(EntityKind.PERSON, "person:jan");
        EntityRef a5 = new EntityRef(EntityKind.BANK_ACCOUNT, "iban:" + A5);
        EntityRef kees = new EntityRef(EntityKind.PERSON, "person:kees");
        EntityRef verhoor = new EntityRef(EntityKind.DOCUMENT, "doc:sha256:verhoor");
        EntityRef beaRef = IdentifierKeys.BSN.ref("111222333", KEY);
        bea = beaRef.spoorId();
        new GraphWriter(NEO4J.store().driver(), NEO4J.store().database()).write(new WriteBatch()
                .source(TwoSourceFixture.source(TAX, "belastingdienst", "BD-2025-1", "2031-01-01"))
                .source(TwoSourceFixture.source(KIDS, "politie-nh", "RIEC-NH-2025-017", "2031-01-01"))
                .entity(new EntityFact(jan, Map.of("name", "Jan Blijft", "income", "99000"), Evidence.row(TAX, 1)))
                .entity(new EntityFact(a5, Map.of("iban", A5), Evidence.row(TAX, 2)))
                .relationship(new RelationshipFact(RelationshipKind.HOLDS_ACCOUNT, jan, a5, null, Map.of(), Evidence.row(TAX, 3)))
                .entity(new EntityFact(kees, Map.of("name", "Kees Kind", "birthDate", LocalDate.parse("2015-06-01")), Evidence.row(KIDS, 1)))
                .entity(new EntityFact(verhoor, Map.of("title", "verhoor Kees Kind.pdf"), Evidence.row(KIDS, 2)))
                .entity(new EntityFact(beaRef, Map.of("bsnHash", bea.substring(4), "name", "Bea Bsn"), Evidence.row(KIDS, 3)))
                .relationship(new RelationshipFact(RelationshipKind.HOLDS_ACCOUNT, kees, new EntityRef(EntityKind.BANK_ACCOUNT, "iban:" + A3),
                        null, Map.of(), Evidence.row(KIDS, 4)))
                .relationship(new RelationshipFact(RelationshipKind.FAMILY_OF, kees, jan, null, Map.of(), Evidence.row(KIDS, 5)))
                .relationship(new RelationshipFact(RelationshipKind.MENTIONS, verhoor, kees, "p1:0", Map.of(), Evidence.row(KIDS, 6)))
                .relationship(new RelationshipFact(RelationshipKind.HOLDS_ACCOUNT, beaRef, new EntityRef(EntityKind.BANK_ACCOUNT, "iban:" + A4),
                        null, Map.of(), Evidence.row(KIDS, 7))));
        exports = new Exports(NEO4J.store(), KEY, new DisclosureRegister(NEO4J.store()));
    }

    /** A politie purpose's view: its two current sources (not FIOD's expired one, not the belastingdienst's). */
    static View politie(boolean seesProtected, boolean seesBsn) {
        return new View(false, Set.of(LIVE, KIDS), seesProtected, seesBsn, TODAY, "test-analist for RIEC-NH-2025-017");
    }

    static Exports.Request request(ExportFormat format, ExportScope scope) {
        return new Exports.Request(format, "om-haarlem", "RIEC-NH-2025-017", "WGS art. 2.3", scope, "test-analist", "politie-nh");
    }

    static long disclosures() {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            return s.run("MATCH (d:Disclosure) RETURN count(d) AS n").single().get("n").asLong();
        }
    }

    @Test
    void exportsOnlyTheFactsOfTheSourcesThePurposeMayUseAndListsOnlyThoseSources() throws Exception {
        Path out = dir.resolve("politie.zip");
        Disclosure d = exports.export(request(ExportFormat.CSV, ExportScope.graph()), politie(true, true), out, LoadProgress.silent());
        Map<String, String> files = ExportsTest.unzip(out);
        assertThat(files.get("entities.csv").split("\r\n")).containsExactly(
                "id,kind,label,sources,birthDate,bsnHash,iban,kvkNummer,name,title",
                bea + ",Person,Bea Bsn," + KIDS + ",," + bea.substring(4) + ",,,Bea Bsn,",
                "doc:sha256:verhoor,Document,doc:sha256:verhoor," + KIDS + ",,,,,,verhoor Kees Kind.pdf",
                "iban:" + A3 + ",BankAccount," + A3 + "," + LIVE + ",,," + A3 + ",,,",
                "iban:" + A4 + ",BankAccount," + A4 + "," + LIVE + ",,," + A4 + ",,,",
                "iban:" + A2 + ",BankAccount," + A2 + "," + LIVE + ",,," + A2 + ",,,",
                "kvk:11111111,Company,Glashelder B.V.," + LIVE + ",,,,11111111,Glashelder B.V.,",
                "person:jan,Person,Jan Blijft," + LIVE + ",,,,,Jan Blijft,",
                "person:kees,Person,Kees Kind," + KIDS + ",2015-06-01,,,,Kees Kind,");
        assertThat(files.get("relationships.csv").split("\r\n")).containsExactly(
                "from,type,key,to,sources,amount,date",
                bea + ",HOLDS_ACCOUNT,,iban:" + A4 + "," + KIDS + ",,",
                "doc:sha256:verhoor,MENTIONS,p1:0,person:kees," + KIDS + ",,",
                "iban:" + A3 + ",TRANSFER,t3,iban:" + A4 + "," + LIVE + ",8500.0,2024-03-03",
                "iban:" + A2 + ",TRANSFER,t2,iban:" + A3 + "," + LIVE + ",8800.0,2024-03-02",
                "person:jan,HOLDS_ACCOUNT,,iban:" + A2 + "," + LIVE + ",,",
                "person:jan,DIRECTOR_OF,,kvk:11111111," + LIVE + ",,",
                "person:jan,FAMILY_OF,,person:kees," + KIDS + ",,",
                "person:kees,HOLDS_ACCOUNT,,iban:" + A3 + "," + KIDS + ",,");
        assertThat(d.sourceIds()).containsExactly(LIVE, KIDS);
        assertThat(d.entityIds()).containsExactly(bea, "doc:sha256:verhoor", "iban:" + A3, "iban:" + A4, "iban:" + A2, "kvk:11111111",
                "person:jan", "person:kees");
        assertThat(d.relationships()).isEqualTo(8);

        // The same scope from the command line (no view): every source, also the expired one and the other partner's.
        Disclosure all = exports.export(request(ExportFormat.CSV, ExportScope.graph()), dir.resolve("all.zip"), LoadProgress.silent());
        assertThat(all.sourceIds()).containsExactly(TAX, TwoSourceFixture.OLD, LIVE, KIDS);
        assertThat(all.entityIds()).contains("person:gerrit", "iban:" + A5).hasSize(12);
    }

    @Test
    void walksAroundEntitiesOnlyAlongWhatThePurposeMayUse() {
        Disclosure viewed = exports.export(request(ExportFormat.I2, new ExportScope(null, List.of("person:jan"), 1)), politie(true, true),
                dir.resolve("jan.csv"), LoadProgress.silent());
        assertThat(viewed.entityIds()).containsExactly("iban:" + A2, "kvk:11111111", "person:jan", "person:kees");
        assertThat(viewed.sourceIds()).containsExactly(LIVE, KIDS);
        Disclosure all = exports.export(request(ExportFormat.I2, new ExportScope(null, List.of("person:jan"), 1)), dir.resolve("jan-all.csv"),
                LoadProgress.silent());
        assertThat(all.entityIds()).containsExactly("iban:" + A5, "iban:" + A2, "kvk:11111111", "person:jan", "person:kees");
    }

    @Test
    void walksNotFromAMaskedMinorToWhatLocatesThem() {
        // Kees is a minor: a view that masks him does not show his account, so a walk around him may not reach it
        // (nor, a step further, the account it paid); his family, the document that mentions him and theirs are fine.
        Disclosure masked = exports.export(request(ExportFormat.I2, new ExportScope(null, List.of("person:kees"), 2)), politie(false, true),
                dir.resolve("kees.csv"), LoadProgress.silent());
        assertThat(masked.entityIds()).containsExactlyInAnyOrder("doc:sha256:verhoor", "iban:" + A2, "kvk:11111111", "person:jan", "person:kees");
        // From his account the walk stops at him too: the account's tie to him is not there for this view.
        Disclosure fromAccount = exports.export(request(ExportFormat.I2, new ExportScope(null, List.of("iban:" + A3), 1)), politie(false, true),
                dir.resolve("a3.csv"), LoadProgress.silent());
        assertThat(fromAccount.entityIds()).containsExactlyInAnyOrder("iban:" + A2, "iban:" + A3, "iban:" + A4);
        // A view that may see him walks on to his account and what it paid.
        Disclosure seen = exports.export(request(ExportFormat.I2, new ExportScope(null, List.of("person:kees"), 2)), politie(true, true),
                dir.resolve("kees-seen.csv"), LoadProgress.silent());
        assertThat(seen.entityIds()).containsExactlyInAnyOrder("doc:sha256:verhoor", "iban:" + A2, "iban:" + A3, "iban:" + A4, "kvk:11111111",
                "person:jan", "person:kees");
    }

    @Test
    void masksMinorsAndHidesBsnsAsTheQueryAnswersDoButRegistersTheStoredIds() throws Exception {
        Path out = dir.resolve("masked.zip");
        Disclosure d = exports.export(request(ExportFormat.CSV, ExportScope.graph()), politie(false, false), out, LoadProgress.silent());
        String alias = new BsnIds(KEY).hide(bea);
        assertThat(alias).startsWith("persoon:");
        Map<String, String> files = ExportsTest.unzip(out);
        assertThat(files.get("entities.csv").split("\r\n")).containsExactly(
                "id,kind,label,sources,iban,kvkNummer,name,title",
                alias + ",Person,Bea Bsn," + KIDS + ",,,Bea Bsn,",
                "doc:sha256:verhoor,Document,doc:sha256:verhoor," + KIDS + ",,,,verhoor minderjarige.pdf",
                "iban:" + A3 + ",BankAccount," + A3 + "," + LIVE + "," + A3 + ",,,",
                "iban:" + A4 + ",BankAccount," + A4 + "," + LIVE + "," + A4 + ",,,",
                "iban:" + A2 + ",BankAccount," + A2 + "," + LIVE + "," + A2 + ",,,",
                "kvk:11111111,Company,Glashelder B.V.," + LIVE + ",,11111111,Glashelder B.V.,",
                "person:jan,Person,Jan Blijft," + LIVE + ",,,Jan Blijft,",
                "person:kees,Person,minderjarige," + KIDS + ",,,,");
        assertThat(files.get("relationships.csv").split("\r\n")).as("no tie of the minor to an account").containsExactly(
                "from,type,key,to,sources,amount,date",
                alias + ",HOLDS_ACCOUNT,,iban:" + A4 + "," + KIDS + ",,",
                "doc:sha256:verhoor,MENTIONS,p1:0,person:kees," + KIDS + ",,",
                "iban:" + A3 + ",TRANSFER,t3,iban:" + A4 + "," + LIVE + ",8500.0,2024-03-03",
                "iban:" + A2 + ",TRANSFER,t2,iban:" + A3 + "," + LIVE + ",8800.0,2024-03-02",
                "person:jan,HOLDS_ACCOUNT,,iban:" + A2 + "," + LIVE + ",,",
                "person:jan,DIRECTOR_OF,,kvk:11111111," + LIVE + ",,",
                "person:jan,FAMILY_OF,,person:kees," + KIDS + ",,");
        assertThat(String.join("", files.values())).doesNotContain(bea.substring(4)).doesNotContain("Kees");
        assertThat(d.entityIds()).as("the register keeps stored ids, so the subject report finds the disclosure").contains(bea, "person:kees")
                .doesNotContain(alias);
    }

    /** The FtM lines of a file, by the Spoor id (entities), source id (documents) or FtM id (relationships) they carry. */
    static Map<String, tools.jackson.databind.JsonNode> ftmLines(Path file) throws Exception {
        Map<String, tools.jackson.databind.JsonNode> out = new java.util.TreeMap<>();
        for (String line : java.nio.file.Files.readAllLines(file)) {
            tools.jackson.databind.JsonNode n = tools.jackson.databind.json.JsonMapper.builder().build().readTree(line);
            String key = n.at("/spoor/source/sourceId").isMissingNode() ? n.at("/spoor/id").isMissingNode()
                    ? n.at("/spoor/type").asString() + " " + n.get("id").asString() : n.at("/spoor/id").asString()
                    : "source " + n.at("/spoor/source/sourceId").asString();
            out.put(key, n);
        }
        return out;
    }

    @Test
    void ftmCarriesOnlyWhatThePurposeMayUseMaskedAsTheAnswersAre() throws Exception {
        Path out = dir.resolve("politie.ftm");
        Disclosure d = exports.export(request(ExportFormat.FTM, ExportScope.graph()), politie(false, false), out, LoadProgress.silent());
        String alias = new BsnIds(KEY).hide(bea);
        Map<String, tools.jackson.databind.JsonNode> lines = ftmLines(out);
        assertThat(lines.keySet().stream().filter(k -> !k.matches("[A-Z_]+ spoor-.*"))).containsExactlyInAnyOrder(alias, "doc:sha256:verhoor", "iban:" + A3, "iban:" + A4, "iban:" + A2, "kvk:11111111",
                "person:jan", "person:kees", "source " + KIDS, "source " + LIVE);
        // Jan as the politie's source states him, not with the income only the tax office's source gives.
        assertThat(lines.get("person:jan").at("/properties/name").toString()).isEqualTo("[\"Jan Blijft\"]");
        assertThat(lines.get("person:jan").toString()).doesNotContain("99000").doesNotContain(TAX);
        // The minor: his label, no properties, no evidence; the BSN person by her alias, without the hash.
        assertThat(lines.get("person:kees").get("properties").toString()).isEqualTo("{\"name\":[\"minderjarige\"]}");
        assertThat(lines.get("person:kees").at("/spoor/masked").asString()).isEqualTo("minderjarige");
        assertThat(lines.get(alias).toString()).doesNotContain("bsnKey").contains("Bea Bsn");
        String file = java.nio.file.Files.readString(out);
        assertThat(file).doesNotContain("Kees").doesNotContain(bea.substring(4)).doesNotContain(bea).doesNotContain(TAX)
                .doesNotContain(TwoSourceFixture.OLD).doesNotContain(A5);
        // No tie of the minor to his account; the seven other relationships of the usable sources.
        assertThat(file.lines().filter(l -> l.contains("\"type\":\"")).count()).isEqualTo(7);
        assertThat(d.relationships()).isEqualTo(7);
        assertThat(d.sourceIds()).containsExactly(LIVE, KIDS);
        assertThat(d.entityIds()).contains(bea, "person:kees").doesNotContain(alias);

        // A purpose that may see minors and BSNs gets them as stored, still only from its usable sources.
        Path seen = dir.resolve("politie-seen.ftm");
        exports.export(request(ExportFormat.FTM, ExportScope.graph()), politie(true, true), seen, LoadProgress.silent());
        Map<String, tools.jackson.databind.JsonNode> all = ftmLines(seen);
        assertThat(all.keySet()).contains(bea).doesNotContain(alias);
        assertThat(all.get("person:kees").toString()).contains("Kees Kind").contains("2015-06-01");
        assertThat(all.get(bea).at("/spoor/bsnKey").isMissingNode()).isFalse();
        assertThat(java.nio.file.Files.readString(seen).lines().filter(l -> l.contains("\"type\":\"")).count()).isEqualTo(8);
    }

    @Test
    void refusesAScopeWithNothingThePurposeMayUseRegisteringNothing() {
        long before = disclosures();
        assertThatThrownBy(() -> exports.export(request(ExportFormat.GRAPHML, new ExportScope(null, List.of("person:gerrit"), 2)),
                politie(true, true), dir.resolve("gerrit.graphml"), LoadProgress.silent()))
                .hasMessage("Export refused, nothing registered: 1 entities [person:gerrit] with 2 hops holds no entity that a source this request"
                        + " may use asserts (test-analist for RIEC-NH-2025-017: sources of other partners, and sources past their retain-until"
                        + " date, are not disclosed).");
        assertThatThrownBy(() -> exports.export(request(ExportFormat.I2, new ExportScope("BD-2025-1", List.of(), 0)), politie(true, true),
                dir.resolve("bd.csv"), LoadProgress.silent())).hasMessageStartingWith("Export refused, nothing registered: case BD-2025-1 holds no entity");
        assertThat(disclosures()).isEqualTo(before);
        assertThat(dir.toFile().list()).isEmpty();
    }
}
