package nl.spoor.api.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.model.analysis.NameAnalyzer;

/**
 * What an investigator typed, as search terms: each word folded exactly as the index folded it (by the same
 * {@link NameAnalyzer}), and what role it plays. A single letter is an initial ({@code J.}), a tussenvoegsel
 * or Arabic article ({@code van der}, {@code el}) is optional, every other word must match. The user's text
 * is never passed to Lucene's query syntax: the Lucene queries are built here from the folded words.
 */
record SearchTerms(String text, List<Term> terms) {

    static final int MAX_LENGTH = 200;
    static final int MAX_TERMS = 8;

    /**
     * Tussenvoegsels and name particles (Dutch, German, French, Arabic, Italian, Portuguese). {@code ben} is left
     * out on purpose: it is a given name as often as a particle.
     */
    static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "t", "ter", "ten", "te", "in", "op", "aan",
            "bij", "uit", "onder", "voor", "over", "la", "le", "les", "du", "da", "di", "del", "della", "dos", "das", "do",
            "von", "zu", "vom", "el", "al", "bin", "ibn", "abu", "bint", "ait");

    /** How a term takes part in a match. */
    enum Role {
        /** A word of two or more characters: it must match. */
        WORD,
        /** One letter: it matches a name beginning with it (names); optional in document text. */
        INITIAL,
        /** A tussenvoegsel: optional, a small bonus when it matches. */
        PARTICLE
    }

    /** One term: folded as indexed, its original spelling in lower case, and its role. */
    record Term(String folded, String original, Role role) {

        /** Lucene's maximum edits for a fuzzy match of this word: none under 4 letters, 1 up to 7, 2 from 8. */
        int maxEdits() {
            return role != Role.WORD || folded.length() < 4 ? 0 : folded.length() < 8 ? 1 : 2;
        }
    }

    private static final NameAnalyzer WORDS = new NameAnalyzer(NameAnalyzer.Mode.WORDS);

    static SearchTerms parse(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            throw new QueryRefused(QueryRefused.Limit.INVALID_QUERY, "search(query) is empty: give a name, a word or a number to search for.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new QueryRefused(QueryRefused.Limit.INVALID_QUERY, "search(query) has " + text.length() + " characters, at most "
                    + MAX_LENGTH + " are searched: give the name or the few words you look for.");
        }
        List<Term> terms = new ArrayList<>();
        for (Token t : tokens(WORDS, text)) {
            Role role = t.term().length() == 1 && Character.isLetter(t.term().charAt(0)) ? Role.INITIAL
                    : PARTICLES.contains(t.term()) ? Role.PARTICLE : Role.WORD;
            terms.add(new Term(t.term(), text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT), role));
        }
        if (terms.isEmpty()) {
            throw new QueryRefused(QueryRefused.Limit.INVALID_QUERY, "search(query) '" + text + "' has no letters or digits to search for.");
        }
        if (terms.size() > MAX_TERMS) {
            throw new QueryRefused(QueryRefused.Limit.INVALID_QUERY, "search(query) '" + text + "' has " + terms.size() + " words, at most "
                    + MAX_TERMS + " are searched: give the name or the few words you look for.");
        }
        if (terms.stream().noneMatch(t -> t.role() == Role.WORD)) {
            throw new QueryRefused(QueryRefused.Limit.TOO_BROAD, "search(query) '" + text + "' has only initials and tussenvoegsels, "
                    + "which match too much on their own: add a surname or another word of at least two letters.");
        }
        return new SearchTerms(text, List.copyOf(terms));
    }

    List<Term> words() {
        return terms.stream().filter(t -> t.role() == Role.WORD).toList();
    }

    /**
     * The Lucene query over words (analyzer {@code spoor-name-words}): every word must match exactly or, when
     * {@code fuzzy}, within its edits; in names an initial must begin a name and a given name (a word before
     * the last) may meet its initial ({@code Jan} meets {@code J. de Vries}); tussenvoegsels only add to the score.
     */
    String wordQuery(boolean fuzzy, boolean names) {
        List<String> clauses = new ArrayList<>();
        Term surname = words().getLast();
        for (Term t : terms) {
            String w = escape(t.folded());
            switch (t.role()) {
                case WORD -> {
                    List<String> alternatives = new ArrayList<>(List.of(w + "^4"));
                    if (fuzzy && t.maxEdits() > 0) {
                        alternatives.add(w + "~" + t.maxEdits() + "^2");
                    }
                    if (names && t != surname && Character.isLetter(t.folded().charAt(0))) {
                        alternatives.add(escape(t.folded().substring(0, 1)) + "^0.5");
                    }
                    clauses.add("+(" + String.join(" ", alternatives) + ")");
                }
                case INITIAL -> clauses.add(names ? "+" + w + "*" : w + "*^0.2");
                case PARTICLE -> clauses.add(w + "^0.5");
            }
        }
        return String.join(" ", clauses);
    }

    /** The Lucene query over sounds (analyzer {@code spoor-name-sounds}): every word must sound alike; null when no word has a sound. */
    String soundQuery() {
        List<String> words = words().stream().map(Term::folded).filter(w -> w.chars().allMatch(Character::isLetter)).toList();
        return words.isEmpty() ? null : words.stream().map(w -> "+" + escape(w)).collect(Collectors.joining(" "));
    }

    /** The terms as understood, for the answer: {@code jan, J. (initial), de (tussenvoegsel), vries}. */
    String understood() {
        return terms.stream().map(t -> switch (t.role()) {
            case WORD -> t.folded();
            case INITIAL -> t.folded() + " (initial)";
            case PARTICLE -> t.folded() + " (tussenvoegsel, optional)";
        }).collect(Collectors.joining(", "));
    }

    /** A word of the analyzer with its place in the text. */
    record Token(String term, int start, int end) {
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Token> words(String text) {
        return tokens(WORDS, text);
    }

    /** Lucene query syntax: a folded word holds letters and digits, anything else is escaped. */
    private static String escape(String word) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
