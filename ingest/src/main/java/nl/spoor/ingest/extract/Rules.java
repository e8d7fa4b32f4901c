package nl.spoor.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the rule recognisers share: cue words before a match and the gap between cue and value. */
final class Rules {

    private Rules() {
    }

    /**
     * Whether {@code cue} occurs in the {@code window} characters before {@code start} and its last
     * occurrence is followed only by label punctuation and lower-case words (so {@code BSN: 123…} and
     * {@code BSN van betrokkene: 123…} count, but a different label in between, {@code BSN … RSIN 123…}, does not).
     */
    static boolean labelledBy(String text, int start, Pattern cue, int window) {
        int from = Math.max(0, start - window);
        Matcher m = cue.matcher(text).region(from, start);
        int lastEnd = -1;
        while (m.find()) {
            lastEnd = m.end();
        }
        return lastEnd >= 0 && text.substring(lastEnd, start).matches("[^0-9\\p{Lu}]{0,30}");
    }

    /** Whether {@code cue} occurs anywhere in the {@code window} characters before {@code start}. */
    static boolean cueBefore(String text, int start, Pattern cue, int window) {
        return cue.matcher(text).region(Math.max(0, start - window), start).find();
    }

    static boolean isAlnum(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    /** Runs of whitespace (a value may wrap over lines) as one space. */
    static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
