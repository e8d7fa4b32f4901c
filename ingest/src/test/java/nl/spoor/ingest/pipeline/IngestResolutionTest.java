package nl.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.ingest.extract.Mention;
import nl.spoor.ingest.extract.MentionType;
import nl.spoor.ingest.extract.RuleExtractor;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.testing.TestStore;

/**
 * Resolution beyond strong identifiers: POSSIBLY_SAME_AS candidates with score and reasons, names in
 * their fullest form, places, amounts and dates, stated relations keyed by content, page text for search.
 */
class IngestResolutionTest {

    @RegisterExtension
    static final TestStore STORE = TestStore.inProcess();

    private static final BsnKey BSN_KEY = BsnKey.of(new byte[32]);
    private static final IngestOptions OPTIONS = new IngestOptions("fit-test-1", "politie-nh", "WGS art. 2.3", LocalDate.parse("2030-12-31"),
            Instant.parse("2025-03-01T09:00:00Z"), 1, IngestLimits.defaults(), false);

    private static final String PV_A = "Proces-verbaal van verhoor\n\nVerdachte: J. de Vries, geboren 02-03-1984 te Zaandam.\n";
    private static final String PV_B = "Proces-verbaal van bevindingen\n\nBetrokkene Jan de Vries (BSN 123456782) geboren op 2 maart 1984 te Zaandam "
            + "is bestuurder van Glashelder B.V. (KvK 12345678).\n";
    /** Same name and initial, another birth date: another person. */
    private static final String PV_C = "Proces-verbaal van aangifte\n\nGetuige: J. de Vries, geboren 14-07-1991 te Haarlem.\n";

    @TempDir
    Path work;

    @BeforeEach
    void empty() {
        STORE.clear();
    }

    private static IngestReport ingest(Path... paths) {
        return new IngestPipeline(STORE.store(), BSN_KEY, new RuleExtractor(), new ExtractorRelease("RuleExtractor", "test"), OPTIONS,
                IngestProgress.silent()).run(List.of(paths));
    }

    private Path file(String name, String text) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name.replace('.', '-')));
        return Files.writeString(dir.resolve(name), text);
    }

    private static String src(Path p) throws IOException {
        return OPTIONS.sourceId(IngestPipeline.sha256(Files.readAllBytes(p)));
    }

    private static List<String> candidates() {
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            return s.run("""
                    MATCH (a:Person)-[r:POSSIBLY_SAME_AS]->(b:Person)
                    RETURN a.name + ' ~ ' + b.name + ' ' + toString(r.score) + ' ' + apoc_free(r.reasons) AS c ORDER BY c"""
                    .replace("apoc_free(r.reasons)", "reduce(s = '', x IN r.reasons | s + '[' + x + ']')")).list(r -> r.get("c").asString());
        }
    }

    @Test
    void aNameOnlyPersonAndAPersonWithBsnBornTheSameDayAreACandidateWithScoreAndReasons() throws IOException {
        Path a = file("pv-a.txt", PV_A);
        Path b = file("pv-b.txt", PV_B);

        ingest(a.getParent());
        ingest(b.getParent());

        String bsnPerson = IdentifierKeys.BSN.ref("123456782", BSN_KEY).spoorId();
        List<Map<String, Object>> rels;
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            rels = s.run("""
                    MATCH (x:Person)-[r:POSSIBLY_SAME_AS]-(y:Person) WHERE x.spoorId < y.spoorId
                    RETURN x.spoorId AS from, y.spoorId AS to, startNode(r) = x AS canonical, r.score AS score, r.reasons AS reasons,
                           r.sourceIds AS sources, size(r.evidence) AS evidence, x.birthDate AS born""").list(r -> r.asMap());
        }
        assertThat(rels).singleElement().satisfies(r -> {
            assertThat(r.get("from")).isEqualTo(bsnPerson);
            assertThat((String) r.get("to")).startsWith("person:").endsWith(":j de vries");
            assertThat(r.get("canonical")).isEqualTo(true);
            assertThat(r.get("score")).isEqualTo(0.85);
            assertThat(r.get("reasons")).isEqualTo(List.of("same surname", "initials match given name", "same birth date 1984-03-02",
                    "same place of birth Zaandam"));
            assertThat(r.get("sources")).isEqualTo(List.of(src(a), src(b)).stream().sorted().toList());
            // The BSN's person is asserted twice by document B (its name and its number), J. de Vries once by A.
            assertThat((Long) r.get("evidence")).isEqualTo(3L);
            assertThat(r.get("born")).isEqualTo(LocalDate.parse("1984-03-02"));
        });
        // The name written with the BSN is the BSN's person, never merged with the name-only one.
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (p:Person {spoorId: $id}) RETURN p.name + ' ' + p.surnameKey + ' ' + toString(p.birthDate)",
                Map.of("id", bsnPerson))).containsExactly("Jan de Vries vries 1984-03-02");
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
    }

    @Test
    void candidatesDoNotDependOnTheOrderOfIngest() throws IOException {
        Path a = file("pv-a.txt", PV_A);
        Path b = file("pv-b.txt", PV_B);
        Path c = file("pv-c.txt", PV_C);

        ingest(a.getParent());
        ingest(b.getParent());
        ingest(c.getParent());
        List<String> forward = candidates();
        List<String> dump = IngestedGraph.dump(STORE.store()).stream().filter(l -> l.contains("POSSIBLY_SAME_AS")).toList();

        STORE.clear();
        ingest(c.getParent());
        ingest(b.getParent());
        ingest(a.getParent());

        assertThat(forward).containsExactly("Jan de Vries ~ J. de Vries 0.85 [same surname][initials match given name]"
                + "[same birth date 1984-03-02][same place of birth Zaandam]");
        assertThat(candidates()).isEqualTo(forward);
        assertThat(IngestedGraph.dump(STORE.store()).stream().filter(l -> l.contains("POSSIBLY_SAME_AS")).toList()).isEqualTo(dump);

        // All three in one run with two workers: the same.
        STORE.clear();
        new IngestPipeline(STORE.store(), BSN_KEY, new RuleExtractor(), new ExtractorRelease("RuleExtractor", "test"),
                new IngestOptions("fit-test-1", "politie-nh", "WGS art. 2.3", LocalDate.parse("2030-12-31"),
                        Instant.parse("2025-03-01T09:00:00Z"), 2, IngestLimits.defaults(), false), IngestProgress.silent())
                .run(List.of(c.getParent(), a.getParent(), b.getParent()));
        assertThat(candidates()).isEqualTo(forward);
    }

    @Test
    void aLookAliceWithoutBirthDateScoresLowerAndOneWithAnotherBirthDateIsNone() throws IOException {
        Path b = file("pv-b.txt", PV_B);
        Path c = file("pv-c.txt", PV_C);
        Path d = file("pv-d.txt", "Proces-verbaal\n\nDe heer J. de Vries verklaarde niets.\n");

        ingest(b.getParent(), c.getParent(), d.getParent());

        // D's J. de Vries has no birth date: it meets both others by name alone (initials only score lower);
        // B's and C's differ in birth date and are none.
        assertThat(candidates()).containsExactly(
                "J. de Vries ~ J. de Vries 0.35 [same surname][same initials]",
                "Jan de Vries ~ J. de Vries 0.4 [same surname][initials match given name]");
        assertThat(IngestedGraph.strings(STORE.store(), """
                MATCH (a:Person)-[r:POSSIBLY_SAME_AS]-(b:Person) WHERE a.birthDate IS NOT NULL AND b.birthDate IS NOT NULL
                RETURN a.name""", Map.of())).isEmpty();
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (p:Person) RETURN count(p)")).isEqualTo(3);
    }

    @Test
    void aCandidateTheGraphNoLongerSupportsIsRemovedWhenEitherEndIsRefreshed() {
        // Two name-only persons are a candidate; then a register gives them different birth dates, so they are none.
        nl.spoor.model.writer.GraphWriter writer = new nl.spoor.model.writer.GraphWriter(STORE.store().driver(), STORE.store().database());
        java.util.function.BiFunction<String, Map<String, Object>, nl.spoor.model.writer.EntityFact> person = (key, props) -> {
            Map<String, Object> all = new java.util.HashMap<>(props);
            all.putAll(NameKeys.of(nl.spoor.model.graph.EntityKind.PERSON, (String) props.get("name")));
            return new nl.spoor.model.writer.EntityFact(nl.spoor.model.testing.Facts.person(key), all,
                    nl.spoor.model.provenance.Evidence.row("src-pv", key.length()));
        };
        writer.write(new nl.spoor.model.writer.WriteBatch().source(nl.spoor.model.testing.Facts.source("src-pv", "politie-nh", "fit-test-1"))
                .entity(person.apply("jan", Map.of("name", "Jan de Vries"))).entity(person.apply("j", Map.of("name", "J. de Vries"))));
        PossiblySameAs sameAs = new PossiblySameAs(STORE.store());
        sameAs.refresh(List.of("person:jan", "person:j"));
        assertThat(candidates()).containsExactly("J. de Vries ~ Jan de Vries 0.4 [same surname][initials match given name]");

        writer.write(new nl.spoor.model.writer.WriteBatch().source(nl.spoor.model.testing.Facts.source("src-brp", "brp", "fit-test-1"))
                .entity(person.apply("jan", Map.of("name", "Jan de Vries", "birthDate", LocalDate.parse("1984-03-02"))))
                .entity(person.apply("j", Map.of("name", "J. de Vries", "birthDate", LocalDate.parse("1991-07-30")))));
        // Refreshing one end is enough: the pair is compared again and, being none, removed.
        sameAs.refresh(List.of("person:j"));
        assertThat(candidates()).isEmpty();
    }

    @Test
    void laterMentionsOfANameResolveToItsFullestWrittenForm() throws IOException {
        String text = "Proces-verbaal\n\nVerdachte Jan Pieter de Vries, geboren op 2 maart 1984, verklaarde het volgende.\n"
                + "Verdachte J.P. de Vries zei dat hij niets wist. Verbalisant: de heer Jan de Vries vroeg door.\n";
        List<Mention> persons = new RuleExtractor().mentions(List.of(text)).stream().filter(m -> m.type() == MentionType.PERSON).toList();
        assertThat(persons).extracting(m -> m.text() + " = " + m.value()).containsExactly(
                "Jan Pieter de Vries = Jan Pieter de Vries", "J.P. de Vries = Jan Pieter de Vries", "Jan de Vries = Jan Pieter de Vries");

        Path f = file("pv.txt", text);
        ingest(f.getParent());
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (:Document)-[m:MENTIONS]->(p:Person) RETURN m.text + ' -> ' + p.name + ' ' + toString(p.birthDate)",
                Map.of())).containsExactly("J.P. de Vries -> Jan Pieter de Vries 1984-03-02", "Jan Pieter de Vries -> Jan Pieter de Vries 1984-03-02",
                "Jan de Vries -> Jan Pieter de Vries 1984-03-02");
    }

    @Test
    void aShortNameTwoFullerNamesCompleteKeepsItsOwn() {
        String text = "Verdachte Jan de Vries en getuige Johan de Vries. Betrokkene J. de Vries was er ook.\n";
        assertThat(new RuleExtractor().mentions(List.of(text)).stream().filter(m -> m.type() == MentionType.PERSON)
                .map(m -> m.value()).toList()).containsExactly("Jan de Vries", "Johan de Vries", "J. de Vries");
    }

    @Test
    void aRelationStatedInTwoDocumentsIsOneRelationshipWithTwoSources() throws IOException {
        String statement = "Op 3 maart 2024 is € 9.850,00 van NL91ABNA0417164300 overgemaakt naar NL20INGB0001234567. "
                + "Betrokkene Anna de Haan staat ingeschreven op Maerelaan 78, 1968 CS Heemskerk.\n";
        Path a = file("verhoor.txt", "Proces-verbaal van verhoor\n\n" + statement);
        Path b = file("bevindingen.txt", "Proces-verbaal van bevindingen\n\nUit onderzoek bleek het volgende. " + statement);

        ingest(a.getParent(), b.getParent());

        List<String> sources = List.of(src(a), src(b)).stream().sorted().toList();
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            var transfers = s.run("MATCH (:BankAccount)-[r:TRANSFER]->(:BankAccount) RETURN r.key AS key, r.amount AS amount, r.date AS date, "
                    + "r.sourceIds AS sources, size(r.evidence) AS evidence").list(r -> r.asMap());
            assertThat(transfers).singleElement().satisfies(t -> {
                assertThat(t.get("key")).isEqualTo("stated:2024-03-03:9850.00");
                assertThat(t.get("amount")).isEqualTo(9850.0);
                assertThat(t.get("date")).isEqualTo(LocalDate.parse("2024-03-03"));
                assertThat(((List<?>) t.get("sources")).stream().map(Object::toString).sorted().toList()).isEqualTo(sources);
                assertThat(t.get("evidence")).isEqualTo(2L);
            });
            var lives = s.run("MATCH (:Person)-[r:LIVES_AT]->(:Address) RETURN r.key AS key, r.sourceIds AS sources").list(r -> r.asMap());
            // Two name-only persons (one per document), each with its own LIVES_AT; the address is one node.
            assertThat(lives).hasSize(2).allSatisfy(l -> assertThat(l.get("key")).isEqualTo("stated"));
            assertThat(IngestedGraph.count(STORE.store(), "MATCH (a:Address) RETURN count(a)")).isEqualTo(1);
        }
        // And the two Anna de Haans are a candidate: same name, same address, the same two IBANs written right before.
        assertThat(candidates()).containsExactly("Anna de Haan ~ Anna de Haan 0.9 [same surname][same given name][same address 1968CS 78]"
                + "[co-mentioned with the same IBAN NL20INGB0001234567][co-mentioned with the same IBAN NL91ABNA0417164300]");
    }

    @Test
    void placesAmountsDatesAndPageTextAreStoredAndSearchable() throws IOException {
        String page1 = "Proces-verbaal van bevindingen\n\nOp 3 maart 2024 stortte verdachte € 9.850,00 contant in Zaandam. "
                + "Op 5 maart 2024 volgde EUR 4.000 in Amsterdam.\n";
        Path f = file("stortingen.txt", page1);
        String sha = IngestPipeline.sha256(Files.readAllBytes(f));

        ingest(f.getParent());

        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (:Document)-[m:MENTIONS]->(p:Place) RETURN m.text + ' ' + p.spoorId + ' ' + coalesce(p.cbsCode, p.municipalityCode)",
                Map.of())).containsExactly("Amsterdam place:GM0363 GM0363", "Zaandam place:naam:zaandam GM0479");
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (t:Place)-[:LOCATED_IN]->(m:Place) RETURN t.name + ' in ' + m.name + ' ' + m.cbsCode", Map.of()))
                .containsExactly("Zaandam in Zaanstad GM0479");
        try (var s = STORE.store().driver().session(STORE.store().sessionConfig())) {
            var amounts = s.run("""
                    MATCH (d:Document)-[a:STATES_AMOUNT]->(p:Page) WHERE a.amount >= 5000 AND a.date >= date('2024-03-01')
                    RETURN d.sha256 AS doc, p.number AS page, a.amount AS amount, a.date AS date, a.text AS text""").list(r -> r.asMap());
            assertThat(amounts).singleElement().satisfies(a -> {
                assertThat(a.get("doc")).isEqualTo(sha);
                assertThat(a.get("page")).isEqualTo(1L);
                assertThat(a.get("amount")).isEqualTo(9850.0);
                assertThat(a.get("date")).isEqualTo(LocalDate.parse("2024-03-03"));
                assertThat(a.get("text")).isEqualTo("€ 9.850,00");
            });
            assertThat(s.run("MATCH (:Document)-[a:STATES_AMOUNT]->() RETURN count(a)").single().get(0).asLong()).isEqualTo(2);
            // Full text (page_search, Spoor's name analyzer: folded words, no stemming): search the word itself.
            var hits = s.run("""
                    CALL db.index.fulltext.queryNodes('page_search', 'contant', {analyzer: 'spoor-name-words'}) YIELD node, score
                    MATCH (d:Document)-[:HAS_PAGE]->(node)
                    RETURN d.sha256 AS doc, node.number AS page, node.dates AS dates, node.text AS text""").list(r -> r.asMap());
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.get("doc")).isEqualTo(sha);
                assertThat(h.get("page")).isEqualTo(1L);
                assertThat(h.get("dates")).isEqualTo(List.of(LocalDate.parse("2024-03-03"), LocalDate.parse("2024-03-05")));
                assertThat((String) h.get("text")).contains("€ 9.850,00 contant in Zaandam");
            });
        }
        // The text is stored once: not in the writer's evidence.
        assertThat(IngestedGraph.count(STORE.store(), "MATCH (:Source)-[a:ASSERTS]->() WHERE a.asserted CONTAINS 'volgde EUR' RETURN count(a)")).isZero();
    }

    @Test
    void aVeryLongPageIsStoredInPartsAndFoundByItsLastWords() throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 2 * DocumentPages.PART + 10) {
            text.append("Regel zonder betekenis over het weer in de polder. ");
        }
        text.append("Slotwoord hoogteverschil.\n");
        Path f = file("lang.txt", text.toString());

        ingest(f.getParent());

        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (:Document)-[:HAS_PAGE]->(p:Page) RETURN toString(p.number) + ':' + toString(p.part) + ':' + toString(p.start)",
                Map.of())).containsExactly("1:0:0", "1:1:100000", "1:2:200000");
        assertThat(String.join("", IngestedGraph.strings(STORE.store(), "MATCH (p:Page) RETURN toString(p.part) + '|' + p.text", Map.of())
                .stream().map(t -> t.substring(t.indexOf('|') + 1)).toList())).contains(text.toString().strip());
        assertThat(IngestedGraph.strings(STORE.store(), "CALL db.index.fulltext.queryNodes('page_search', 'hoogteverschil', {analyzer: 'spoor-name-words'}) YIELD node RETURN toString(node.part)",
                Map.of())).containsExactly("2");
    }

    @Test
    void registerPersonsWithoutKeysBecomeCandidatesAfterRefreshAll() throws IOException {
        // A register's person as the loader writes it: BSN, name and birth date, no blocking keys.
        var brp = new nl.spoor.model.provenance.Source("register:brp", nl.spoor.model.provenance.SourceKind.REGISTER, null, "BRP", "gemeente",
                "WGS art. 2.3", "fit-test-1", Instant.parse("2025-01-01T00:00:00Z"), LocalDate.parse("2030-12-31"), "test", "1");
        new nl.spoor.model.writer.GraphWriter(STORE.store().driver(), STORE.store().database()).write(new nl.spoor.model.writer.WriteBatch()
                .source(brp)
                .entity(new nl.spoor.model.writer.EntityFact(IdentifierKeys.BSN.ref("111222333", BSN_KEY),
                        Map.of("name", "Jan de Vries", "birthDate", LocalDate.parse("1984-03-02")),
                        nl.spoor.model.provenance.Evidence.row("register:brp", 7))));
        Path a = file("pv-a.txt", PV_A);
        ingest(a.getParent());
        assertThat(candidates()).isEmpty();

        int found = new PossiblySameAs(STORE.store()).refreshAll();

        assertThat(found).isEqualTo(1);
        assertThat(candidates()).containsExactly("Jan de Vries ~ J. de Vries 0.75 [same surname][initials match given name][same birth date 1984-03-02]");
        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (p:Person {name: 'Jan de Vries'}) RETURN p.surnameKey", Map.of())).containsExactly("vries");
        // Recomputing changes nothing.
        List<String> before = IngestedGraph.dump(STORE.store());
        new PossiblySameAs(STORE.store()).refreshAll();
        assertThat(IngestedGraph.dump(STORE.store())).isEqualTo(before);
    }

    @Test
    void anOrganisationEveryoneKnowsIsOneEntityAcrossDocuments() throws IOException {
        Path a = file("brief-a.txt", "Geachte heer,\n\nDe Belastingdienst heeft uw aangifte ontvangen.\n");
        Path b = file("brief-b.txt", "Geachte mevrouw,\n\nNaar aanleiding van uw brief aan de Belastingdienst delen wij mee.\n");

        ingest(a.getParent(), b.getParent());

        assertThat(IngestedGraph.strings(STORE.store(), "MATCH (s:Source)-[:ASSERTS]->(o:Organization) RETURN o.spoorId + ' ' + s.sourceId", Map.of()))
                .containsExactlyInAnyOrder("org:known:belastingdienst " + src(a), "org:known:belastingdienst " + src(b));
        assertThat(IngestedGraph.count(STORE.store(), "MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN count(r)")).isZero();
    }
}
