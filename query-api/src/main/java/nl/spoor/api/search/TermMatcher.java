package nl.spoor.api.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import nl.spoor.api.search.SearchTerms.Role;
import nl.spoor.api.search.SearchTerms.Term;
import nl.spoor.api.search.SearchTerms.Token;
import nl.spoor.model.analysis.DoubleMetaphoneCodeFilter;

/**
 * Says how each search term matches a text (a name, a street, a page), with the same folding and codes as
 * the index, so a hit can say which field matched, how, and where (for the snippet). Lucene found the
 * candidates; this decides and ranks them, so the order does not depend on Lucene's scores across indexes.
 */
final class TermMatcher {

    /** How a term met a word of the text, best first; the weight is its share of the score. */
    enum How {
        EXACT(1.0), FOLDED(0.95), FUZZY_1(0.8), FUZZY_2(0.7), PHONETIC(0.6), INITIAL(0.5), TUSSENVOEGSEL(0.0);

        final double weight;

        How(double weight) {
            this.weight = weight;
        }
    }

    /** One term met one word: which term, the word as written, where, and how. */
    record Match(int term, String word, int start, int end, How how) {
    }

    static final int PHONETIC_FROM = 4;

    private final SearchTerms terms;
    private final boolean fuzzy;
    private final boolean phonetic;
    private final List<List<String>> termCodes = new ArrayList<>();
    /** The index of the last word: words before it are given names, which may meet an initial; the last is the surname. */
    private final int surname;

    TermMatcher(SearchTerms terms, boolean fuzzy, boolean phonetic) {
        this.terms = terms;
        this.fuzzy = fuzzy;
        this.phonetic = phonetic;
        int last = -1;
        for (Term t : terms.terms()) {
            termCodes.add(t.role() == Role.WORD ? DoubleMetaphoneCodeFilter.codes(t.folded()) : List.of());
            last = t.role() == Role.WORD ? termCodes.size() - 1 : last;
        }
        this.surname = last;
    }

    /** Every match of a term with a word of the text, in text order ({@code names}: a name, where initials meet names). */
    List<Match> matches(String text, boolean names) {
        List<Match> out = new ArrayList<>();
        for (Token token : SearchTerms.words(text)) {
            String written = text.substring(token.start(), token.end());
            List<String> codes = null;
            for (int i = 0; i < terms.terms().size(); i++) {
                Term t = terms.terms().get(i);
                How how = switch (t.role()) {
                    case PARTICLE -> t.folded().equals(token.term()) ? How.TUSSENVOEGSEL : null;
                    // An initial met by the same initial (J. and J.A.) is as good as a word met by itself.
                    case INITIAL -> token.term().equals(t.folded()) ? How.EXACT : token.term().startsWith(t.folded()) ? How.INITIAL : null;
                    case WORD -> {
                        if (codes == null) {
                            codes = DoubleMetaphoneCodeFilter.codes(token.term());
                        }
                        yield word(t, termCodes.get(i), token.term(), written, codes, names && i < surname);
                    }
                };
                if (how != null) {
                    out.add(new Match(i, written, token.start(), token.end(), how));
                }
            }
        }
        return out;
    }

    private How word(Term t, List<String> codes, String folded, String written, List<String> wordCodes, boolean givenName) {
        if (t.folded().equals(folded)) {
            return t.original().equals(written.toLowerCase(Locale.ROOT)) ? How.EXACT : How.FOLDED;
        }
        if (fuzzy && t.maxEdits() > 0) {
            int d = distance(t.folded(), folded, t.maxEdits());
            if (d <= t.maxEdits()) {
                return d == 1 ? How.FUZZY_1 : How.FUZZY_2;
            }
        }
        // Short words sound alike too easily (Jan's alternate code is Anna's), so sounds count from 4 letters.
        if (phonetic && t.folded().length() >= PHONETIC_FROM && folded.length() >= PHONETIC_FROM && !Collections.disjoint(codes, wordCodes)) {
            return How.PHONETIC;
        }
        if (givenName && folded.length() == 1 && t.folded().charAt(0) == folded.charAt(0)) {
            return How.INITIAL;
        }
        return null;
    }

    /** The best match of each term (null where none), preferring the better kind, then the earlier place. */
    static Match[] best(List<Match> matches, int termCount) {
        Match[] best = new Match[termCount];
        for (Match m : matches) {
            if (best[m.term()] == null || m.how().ordinal() < best[m.term()].how().ordinal()) {
                best[m.term()] = m;
            }
        }
        return best;
    }

    /** Whether every term that must match does: words always, initials in names. */
    boolean complete(Match[] best, boolean names) {
        for (int i = 0; i < best.length; i++) {
            Role role = terms.terms().get(i).role();
            if (best[i] == null && (role == Role.WORD || (names && role == Role.INITIAL))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The score of a complete match, 0..1: the mean weight of the words and initials that must match, plus 0.02
     * per tussenvoegsel that matches, minus 0.02 per other word of the text (at most 5) that no term met, so
     * {@code Jan de Vries} ranks before {@code Jan Pieter de Vries-Jansen} for the query {@code Jan de Vries}.
     * In document text ({@code names} false) an initial is optional and counts like a tussenvoegsel.
     */
    double score(Match[] best, int otherWords, boolean names) {
        double sum = 0;
        int required = 0;
        int particles = 0;
        for (int i = 0; i < best.length; i++) {
            Role role = terms.terms().get(i).role();
            if (role == Role.PARTICLE || (!names && role == Role.INITIAL)) {
                particles += best[i] == null ? 0 : 1;
            } else if (best[i] != null) {
                sum += best[i].how().weight;
                required++;
            } else if (role == Role.WORD) {
                required++;
            }
        }
        double score = sum / Math.max(1, required) + 0.02 * particles - 0.02 * Math.min(5, otherWords);
        return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
    }

    /** Optimal string alignment distance (Lucene's fuzzy matching counts a transposition as one edit), or max + 1 beyond max. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(d[a.length()][b.length()], max + 1);
    }
}
