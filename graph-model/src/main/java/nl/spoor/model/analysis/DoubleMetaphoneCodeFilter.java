package nl.spoor.model.analysis;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Gives each folded word's Double Metaphone codes (commons-codec), the primary code and, when it differs,
 * the alternate, at the word's position: beside the word ({@code keepWords}, for the index) or instead of it
 * (for a phonetic query, where a word without codes is dropped). Lucene's analysis-phonetic module does the same, but it is
 * not available at the Lucene version Neo4j bundles; this filter is the part of it Spoor needs.
 *
 * <p>Dutch spelling first: {@code ij} is written {@code y} (Dijk = Dyk, Bijl = Byl), and {@code oe} is the
 * Dutch spelling of the sound {@code u} in transliterated names (Moestafa = Mustafa). Codes are up to
 * {@value #CODE_LENGTH} characters, longer than the default 4, so Stefanescu and Stefanov stay apart.
 */
public final class DoubleMetaphoneCodeFilter extends TokenFilter {

    static final int CODE_LENGTH = 6;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final boolean keepWords;
    private final java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>();
    private int skipped;

    public DoubleMetaphoneCodeFilter(TokenStream input, boolean keepWords) {
        super(input);
        this.keepWords = keepWords;
    }

    /** The codes of one folded word (lower case, no diacritics): empty for initials and words with digits. */
    public static List<String> codes(String word) {
        if (word.length() < 2 || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        DoubleMetaphone encoder = new DoubleMetaphone();
        encoder.setMaxCodeLen(CODE_LENGTH);
        String dutch = word.replace("ij", "y").replace("oe", "u");
        Set<String> codes = new LinkedHashSet<>();
        String primary = encoder.doubleMetaphone(dutch);
        String alternate = encoder.doubleMetaphone(dutch, true);
        if (primary != null && !primary.isEmpty()) {
            codes.add(primary);
        }
        if (alternate != null && !alternate.isEmpty()) {
            codes.add(alternate);
        }
        return List.copyOf(codes);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        while (input.incrementToken()) {
            List<String> codes = codes(term.toString());
            if (keepWords) {
                pending.addAll(codes);
                return true;
            }
            if (codes.isEmpty()) {
                skipped += position.getPositionIncrement();
                continue;
            }
            term.setEmpty().append(codes.getFirst());
            position.setPositionIncrement(position.getPositionIncrement() + skipped);
            skipped = 0;
            pending.addAll(codes.subList(1, codes.size()));
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        skipped = 0;
    }
}
