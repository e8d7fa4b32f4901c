package nl.spoor.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import nl.spoor.model.analysis.NameAnalyzer.Mode;

/** What Spoor's full-text analyzers make of Dutch and migrant names. */
class NameAnalyzersTest {

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add((inc.getPositionIncrement() == 0 ? "=" : "") + term);
            }
            ts.end();
        }
        return out;
    }

    @Test
    void foldsDiacriticsAndSplitsInitialsHyphensAndElisions() throws IOException {
        try (Analyzer a = new NameAnalyzer(Mode.WORDS)) {
            assertThat(tokens(a, "J.A. de Vries-Yılmaz")).containsExactly("j", "a", "de", "vries", "yilmaz");
            assertThat(tokens(a, "Şahin Öztürk, Łukasz Kowalczyk, Ștefănescu")).containsExactly("sahin", "ozturk", "lukasz", "kowalczyk", "stefanescu");
            assertThat(tokens(a, "'t Hart en D'Souza")).containsExactly("t", "hart", "en", "d", "souza");
            assertThat(tokens(a, "Willems")).containsExactly("willems");
        }
    }

    @Test
    void keepsOffsetsIntoTheOriginalText() throws IOException {
        try (Analyzer a = new NameAnalyzer(Mode.WORDS); TokenStream ts = a.tokenStream("text", "Mw. Şahin-Öztürk")) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            List<String> spans = new ArrayList<>();
            ts.reset();
            while (ts.incrementToken()) {
                spans.add("Mw. Şahin-Öztürk".substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
            assertThat(spans).containsExactly("Mw", "Şahin", "Öztürk");
        }
    }

    @Test
    void givesTransliterationsTheSameCodeAndAlternatesAtTheSamePosition() throws IOException {
        try (Analyzer a = new NameAnalyzer(Mode.SOUNDS)) {
            assertThat(tokens(a, "Mohammed Mohamed Muhammad")).containsExactly("MHMT", "MHMT", "MHMT");
            assertThat(tokens(a, "Popescu Popesku")).containsExactly("PPSK", "PPSK");
            assertThat(tokens(a, "van Dijk")).containsExactly("FN", "TK");
            assertThat(tokens(a, "Joesoef Yusuf")).containsExactly("JSF", "=ASF", "ASF");
            // Initials and numbers are no sounds.
            assertThat(tokens(a, "J. Smit 1506")).containsExactly("SMT", "=XMT");
        }
    }

    @Test
    void indexesEachWordWithItsCodesAtTheSamePosition() throws IOException {
        try (Analyzer a = new NameAnalyzer(Mode.INDEX)) {
            assertThat(tokens(a, "J. Öztürk-Smit 12")).containsExactly("j", "ozturk", "=ASTRK", "=ATSTRK", "smit", "=SMT", "=XMT", "12");
        }
    }

    @Test
    void keepsDifferentNamesApart() {
        assertThat(DoubleMetaphoneCodeFilter.codes("stefanescu")).doesNotContainAnyElementsOf(DoubleMetaphoneCodeFilter.codes("stefanov"));
        assertThat(DoubleMetaphoneCodeFilter.codes("jansen")).doesNotContainAnyElementsOf(DoubleMetaphoneCodeFilter.codes("janssens"));
    }
}
