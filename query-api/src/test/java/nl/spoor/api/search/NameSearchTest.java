package nl.spoor.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.search.SearchViews.SearchHit;
import nl.spoor.api.search.SearchViews.SearchResult;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.testing.Facts;
import nl.spoor.model.testing.TestStore;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.GraphWriter;
import nl.spoor.model.writer.WriteBatch;

/**
 * Search over a tiny graph of Dutch and migrant name variants, one behaviour per test: exact hits, their
 * order and score, and the names that must not match. One in-process Neo4j (with Spoor's analyzers and the
 * V8 indexes, as ./spoor runs them) for the class.
 */
class NameSearchTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static final String SRC = "test:register";
    static final SearchLimits LIMITS = new SearchLimits(50, 100, Duration.ofSeconds(30));
    static NameSearch search;

    @BeforeAll
    static void fixture() {
        WriteBatch batch = new WriteBatch().source(Facts.source(SRC, "politie-nh", "RIEC-NH-2025-017"));
        int row = 1;
        for (String name : List.of("Jan de Vries", "J.A. de Vries", "Anna Jansen-de Vries", "Kees Janssen", "Bram van den Berg",
                "Mehmet Yılmaz", "Ayşe Şahin", "Łukasz Kowalczyk", "Elif Öztürk", "Mohammed el Amrani", "Mohamed Amrani",
                "Muhammad El-Amrani", "Mohamad Bakkali", "Andrei Popescu", "Ioana Ștefănescu")) {
            batch.entity(new EntityFact(Facts.person(name.toLowerCase().replaceAll("[^a-z]", "")), Map.of("name", name), Evidence.row(SRC, row++)));
        }
        batch.entity(new EntityFact(Facts.company("12345678"), Map.of("name", "Yilmaz Schoonmaak B.V.", "kvkNummer", "12345678"), Evidence.row(SRC, row++)));
        Map<String, Object> address = new LinkedHashMap<>(Map.of("addressKey", "1506EK12", "street", "Kerkstraat", "houseNumber", 12L,
                "postcode", "1506 EK", "place", "Zaandam"));
        batch.entity(new EntityFact(new EntityRef(EntityKind.ADDRESS, "address:1506EK12"), address, Evidence.row(SRC, row++)));
        batch.entity(new EntityFact(new EntityRef(EntityKind.VEHICLE, "kenteken:GZ416B"), Map.of("kenteken", "GZ416B", "make", "Mercedes-Benz",
                "model", "G 63 AMG"), Evidence.row(SRC, row++)));
        batch.entity(new EntityFact(new EntityRef(EntityKind.DOCUMENT, "document:aa11"), Map.of("name", "PV verkeerscontrole 2024-1187.pdf"),
                Evidence.row(SRC, row++)));
        batch.entity(new EntityFact(new EntityRef(EntityKind.DOCUMENT, "document:bb22"), Map.of("name", "Huurcontract Kerkstraat.docx"),
                Evidence.row(SRC, row)));
        new GraphWriter(NEO4J.store().driver(), NEO4J.store().database()).write(batch);
        page("document:aa11", "aa11", 1, "Proces-verbaal van bevindingen.\nOp 12 maart 2024 werd de bestuurder, genaamd Muhammad El-Amrani, "
                + "staande gehouden op de Kerkstraat te Zaandam.");
        page("document:aa11", "aa11", 2, "Verklaring van mevrouw Ayşe Şahin over de woning & de huur.");
        page("document:bb22", "bb22", 1, "Huurder: M. Amrani. Verhuurder: Yilmaz Schoonmaak B.V., Kerkstraat 12, Zaandam.");
        search = new NameSearch(NEO4J.store(), LIMITS);
    }

    /** A page as ingest writes it (DocumentPages). */
    static void page(String document, String sha, int number, String text) {
        try (var s = NEO4J.store().driver().session(NEO4J.store().sessionConfig())) {
            s.run("MATCH (d:Document {spoorId: $d}) MERGE (p:Page {pageId: $id}) SET p.sha256 = $sha, p.number = $n, p.part = 0, p.start = 0, "
                    + "p.text = $text MERGE (d)-[:HAS_PAGE]->(p)", Map.of("d", document, "id", sha + ":" + number + ":0", "sha", sha, "n", number,
                    "text", text)).consume();
        }
    }

    static SearchResult find(String query, SearchType... types) {
        return search.search(query, List.of(types), true, true, 50, null);
    }

    /** "caption score" per hit, in order. */
    static List<String> ranked(SearchResult r) {
        return r.hits().edges().stream().map(e -> e.node().entity().caption() + " " + e.node().score()).toList();
    }

    /** How each term matched the hit: "term=matched:HOW". */
    static List<String> how(SearchHit hit) {
        return hit.matches().stream().map(m -> m.term() + "=" + m.matched() + ":" + m.how() + (m.edits() > 0 ? m.edits() : "")).toList();
    }

    static SearchHit hit(SearchResult r, int rank) {
        return r.hits().edges().get(rank - 1).node();
    }

    @Test
    void findsANameWhateverItsDiacritics() {
        SearchResult r = find("ayse sahin", SearchType.PERSON);
        assertThat(ranked(r)).containsExactly("Ayşe Şahin 0.95");
        assertThat(how(hit(r, 1))).containsExactly("ayse=Ayşe:FOLDED", "sahin=Şahin:FOLDED");
        assertThat(ranked(find("Lukasz Kowalczyk", SearchType.PERSON))).containsExactly("Łukasz Kowalczyk 0.975");
        assertThat(ranked(find("ozturk"))).containsExactly("Elif Öztürk 0.93");
        assertThat(ranked(find("stefanescu"))).containsExactly("Ioana Ștefănescu 0.93");
    }

    @Test
    void findsTransliterationsOfMohammedByEditsAndBySoundButNotOtherSurnames() {
        SearchResult r = find("Mohamed Amrani", SearchType.PERSON);
        assertThat(ranked(r)).containsExactly("Mohamed Amrani 1.0", "Mohammed el Amrani 0.9", "Muhammad El-Amrani 0.8");
        assertThat(how(hit(r, 2))).containsExactly("mohamed=Mohammed:FUZZY1", "amrani=Amrani:EXACT");
        assertThat(how(hit(r, 3))).containsExactly("mohamed=Muhammad:PHONETIC", "amrani=Amrani:EXACT");
        // Without sounds Muhammad is three edits away; without edits Mohammed still sounds the same.
        assertThat(ranked(search.search("Mohamed Amrani", List.of(SearchType.PERSON), true, false, 50, null)))
                .containsExactly("Mohamed Amrani 1.0", "Mohammed el Amrani 0.9");
        assertThat(ranked(search.search("Mohamed Amrani", List.of(SearchType.PERSON), false, true, 50, null)))
                .containsExactly("Mohamed Amrani 1.0", "Mohammed el Amrani 0.8", "Muhammad El-Amrani 0.8");
    }

    @Test
    void findsPopesculAndKowalczykSpelledAsTheyAreHeardOnlyByEditsOrSound() {
        assertThat(how(hit(find("Popesku"), 1))).containsExactly("popesku=Popescu:FUZZY1");
        assertThat(ranked(search.search("Popesku", List.of(), false, true, 50, null))).containsExactly("Andrei Popescu 0.58");
        assertThat(how(hit(search.search("Popesku", List.of(), false, true, 50, null), 1))).containsExactly("popesku=Popescu:PHONETIC");
        assertThat(ranked(find("Kovalczyk"))).containsExactly("Łukasz Kowalczyk 0.78");
        assertThat(search.search("Popesku", List.of(), false, false, 50, null).hits().totalCount()).isZero();
    }

    @Test
    void treatsTussenvoegselsAsOptionalAndRanksTheClosestNameFirst() {
        assertThat(ranked(find("de Vries", SearchType.PERSON)))
                .containsExactly("Jan de Vries 1.0", "Anna Jansen-de Vries 0.98", "J.A. de Vries 0.98");
        // "van der Berg" finds "van den Berg": the surname decides, the tussenvoegsel that matches adds a little.
        assertThat(ranked(find("van der Berg"))).containsExactly("Bram van den Berg 1.0");
        assertThat(how(hit(find("van der Berg"), 1))).containsExactly("van=van:TUSSENVOEGSEL", "berg=Berg:EXACT");
    }

    @Test
    void matchesInitialsBothWays() {
        SearchResult r = find("J. de Vries", SearchType.PERSON);
        assertThat(ranked(r)).containsExactly("J.A. de Vries 1.0", "Jan de Vries 0.77", "Anna Jansen-de Vries 0.75");
        assertThat(how(hit(r, 1))).containsExactly("j=J:EXACT", "de=de:TUSSENVOEGSEL", "vries=Vries:EXACT");
        assertThat(how(hit(r, 2))).containsExactly("j=Jan:INITIAL", "de=de:TUSSENVOEGSEL", "vries=Vries:EXACT");
        // A full given name meets its initial; short names do not meet by sound (Jan is no Anna).
        assertThat(ranked(find("Jan de Vries", SearchType.PERSON))).containsExactly("Jan de Vries 1.0", "J.A. de Vries 0.75");
    }

    @Test
    void findsEachPartOfAHyphenatedMarriedName() {
        SearchResult r = find("Jansen", SearchType.PERSON);
        assertThat(ranked(r)).containsExactly("Anna Jansen-de Vries 0.96", "Kees Janssen 0.78");
        assertThat(hit(r, 1).field()).isEqualTo("name");
        assertThat(ranked(search.search("Jansen", List.of(SearchType.PERSON), false, false, 50, null))).containsExactly("Anna Jansen-de Vries 0.96");
    }

    @Test
    void filtersByEntityType() {
        // Without a filter the tenancy contract that names the firm is a hit too (document text has no penalty for other words).
        assertThat(ranked(find("Yilmaz"))).containsExactly("Huurcontract Kerkstraat.docx 1.0", "Yilmaz Schoonmaak B.V. 0.94", "Mehmet Yılmaz 0.93");
        assertThat(ranked(find("Yilmaz", SearchType.PERSON))).containsExactly("Mehmet Yılmaz 0.93");
        assertThat(ranked(find("Yilmaz", SearchType.COMPANY))).containsExactly("Yilmaz Schoonmaak B.V. 0.94");
        SearchResult address = find("Kerkstraat Zaandam", SearchType.ADDRESS);
        assertThat(ranked(address)).containsExactly("Kerkstraat 12, Zaandam 1.0");
        assertThat(hit(address, 1).field()).isEqualTo("street");
        SearchResult car = find("mercedes", SearchType.VEHICLE);
        assertThat(ranked(car)).containsExactly("GZ416B 0.98");
        assertThat(hit(car, 1).field()).isEqualTo("make");
    }

    @Test
    void findsNamesInDocumentTextWithTheBestPageAndAMarkedSnippet() {
        SearchResult r = find("Mohamed Amrani", SearchType.DOCUMENT);
        // In text an initial does not stand for a given name ("M. Amrani" is no hit), it only adds a little when given.
        assertThat(ranked(r)).containsExactly("PV verkeerscontrole 2024-1187.pdf 0.8");
        assertThat(ranked(find("M. Amrani", SearchType.DOCUMENT))).containsExactly("Huurcontract Kerkstraat.docx 1.0", "PV verkeerscontrole 2024-1187.pdf 1.0");
        assertThat(hit(find("M. Amrani", SearchType.DOCUMENT), 1).snippet())
                .isEqualTo("Huurder: <mark>M</mark>. <mark>Amrani</mark>. Verhuurder: Yilmaz Schoonmaak B.V., Kerkstraat 12, Zaandam.");
        SearchHit pv = hit(r, 1);
        assertThat(pv.field()).isEqualTo("text");
        assertThat(pv.page()).isEqualTo(1);
        assertThat(pv.pagesMatched()).isEqualTo(1);
        assertThat(pv.snippet()).isEqualTo("Proces-verbaal van bevindingen. Op 12 maart 2024 werd de bestuurder, genaamd <mark>Muhammad</mark> "
                + "El-<mark>Amrani</mark>, staande gehouden op de Kerkstraat te Zaandam.");
        SearchHit sahin = hit(find("Sahin", SearchType.DOCUMENT), 1);
        assertThat(sahin.page()).isEqualTo(2);
        assertThat(sahin.snippet()).isEqualTo("Verklaring van mevrouw Ayşe <mark>Şahin</mark> over de woning &amp; de huur.");
    }

    @Test
    void pagesWithCursors() {
        SearchResult first = search.search("de Vries", List.of(SearchType.PERSON), true, true, 2, null);
        assertThat(ranked(first)).containsExactly("Jan de Vries 1.0", "Anna Jansen-de Vries 0.98");
        assertThat(first.hits().pageInfo().hasNextPage()).isTrue();
        assertThat(first.hits().totalCount()).isEqualTo(3);
        SearchResult next = search.search("de Vries", List.of(SearchType.PERSON), true, true, 2, first.hits().pageInfo().endCursor());
        assertThat(ranked(next)).containsExactly("J.A. de Vries 0.98");
        assertThat(hit(next, 1).rank()).isEqualTo(3);
        assertThat(next.hits().pageInfo().hasNextPage()).isFalse();
        assertThatThrownBy(() -> search.search("Jansen", List.of(SearchType.PERSON), true, true, 2, first.hits().pageInfo().endCursor()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a cursor of this search");
    }

    @Test
    void refusesEmptyInvalidAndOverBroadQueriesSayingWhy() {
        assertThatThrownBy(() -> find("  ")).isInstanceOf(QueryRefused.class).hasMessageContaining("is empty")
                .extracting(e -> ((QueryRefused) e).limit()).isEqualTo(QueryRefused.Limit.INVALID_QUERY);
        assertThatThrownBy(() -> find("*** ?")).isInstanceOf(QueryRefused.class).hasMessageContaining("has no letters or digits")
                .extracting(e -> ((QueryRefused) e).limit()).isEqualTo(QueryRefused.Limit.INVALID_QUERY);
        assertThatThrownBy(() -> find("J. van de")).isInstanceOf(QueryRefused.class).hasMessageContaining("only initials and tussenvoegsels")
                .extracting(e -> ((QueryRefused) e).limit()).isEqualTo(QueryRefused.Limit.TOO_BROAD);
        NameSearch capped = new NameSearch(NEO4J.store(), new SearchLimits(2, 100, Duration.ofSeconds(30)));
        assertThatThrownBy(() -> capped.search("de Vries", List.of(), true, true, 20, null)).isInstanceOf(QueryRefused.class)
                .hasMessageContaining("matches more than 2 names (SPOOR_SEARCH_MAX_CANDIDATES)")
                .extracting(e -> ((QueryRefused) e).limit()).isEqualTo(QueryRefused.Limit.TOO_BROAD);
        assertThatThrownBy(() -> search.search("Jansen", List.of(), true, true, 101, null)).isInstanceOf(QueryRefused.class)
                .extracting(e -> ((QueryRefused) e).limit()).isEqualTo(QueryRefused.Limit.PAGE_SIZE);
    }
}
