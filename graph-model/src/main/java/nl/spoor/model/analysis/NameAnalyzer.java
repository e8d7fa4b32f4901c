package nl.spoor.model.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Names and text as investigators search them. Every word lower case and without diacritics (Yılmaz =
 * yilmaz, Şahin = sahin, Łukasz = lukasz, Ștefănescu = stefanescu, Öztürk = ozturk), initials apart
 * ({@code J.A.} gives {@code j}, {@code a}), hyphenated married names apart ({@code Jansen-de Vries} gives
 * {@code jansen}, {@code de}, {@code vries}), elisions apart ({@code 't Hart}, {@code D'Souza}). No stemming
 * and no stop words: a surname is no Dutch word to be stemmed ({@code Willems} is not {@code willem}), and
 * tussenvoegsels stay searchable; the search decides that they are optional. Offsets point into the
 * original text, so a snippet can mark a hit.
 *
 * <p>One full-text index holds both the words and their sounds (a Neo4j full-text index has one analyzer,
 * and two indexes on the same properties are one index to Neo4j): {@link Mode#INDEX} writes each word and,
 * at the same position, its Double Metaphone codes (upper case, so they never meet a word). A query picks
 * what it matches by naming {@link Mode#WORDS} or {@link Mode#SOUNDS} as its analyzer.
 */
public final class NameAnalyzer extends Analyzer {

    /** What the analyzer emits. */
    public enum Mode {
        /** Words and their codes: the analyzer of the indexes ({@code spoor-name}). */
        INDEX("spoor-name"),
        /** Words only: exact, fuzzy and prefix queries ({@code spoor-name-words}). */
        WORDS("spoor-name-words"),
        /** Codes only: phonetic queries ({@code spoor-name-sounds}). */
        SOUNDS("spoor-name-sounds");

        private final String analyzerName;

        Mode(String analyzerName) {
            this.analyzerName = analyzerName;
        }

        /** The name Neo4j knows the analyzer by ({@code fulltext.analyzer}, or {@code analyzer} of a query). */
        public String analyzerName() {
            return analyzerName;
        }
    }

    /** Initials and elisions are separate words: {@code J.A.} and {@code 't} are no single tokens to StandardTokenizer's rules. */
    private static final NormalizeCharMap SEPARATORS;

    static {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (String s : new String[] {".", "'", "\u2019", "\u2018", "`", "\u00b4"}) {
            b.add(s, " ");
        }
        SEPARATORS = b.build();
    }

    private final Mode mode;

    public NameAnalyzer(Mode mode) {
        this.mode = mode;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(SEPARATORS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream words = folded(tokenizer);
        return new TokenStreamComponents(tokenizer, mode == Mode.WORDS ? words : new DoubleMetaphoneCodeFilter(words, mode == Mode.INDEX));
    }

    /** Fuzzy and prefix terms of a query are not analysed, only normalised: the same folding. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return folded(in);
    }

    private static TokenStream folded(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
