package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Places named in the text, from the {@link Places} gazetteer (case as written, whole words, longest name first). */
public final class LocationRecogniser implements Recogniser {

    /**
     * The gazetteer by first character, longest name first. One alternation of every name in a regular
     * expression tried them all at every word start of every page (Java's regex engine has no trie): a
     * few per cent of the whole ingest pipeline's time. The rule is the same: a name starts where no letter,
     * hyphen or apostrophe precedes it and ends where no letter or hyphen follows (LocationRecogniserTest
     * holds it equal to that expression).
     */
    private static final Map<Character, List<String>> BY_FIRST = Places.NAMES.stream()
            .sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.groupingBy(n -> n.charAt(0), Collectors.toList()));

    @Override
    public String name() {
        return "rules:location";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            List<String> names = BY_FIRST.get(text.charAt(i));
            if (names == null || i > 0 && joinsBefore(text.codePointBefore(i))) {
                continue;
            }
            for (String n : names) {
                int end = i + n.length();
                if (text.startsWith(n, i) && (end == text.length() || !joinsAfter(text.codePointAt(end)))) {
                    found.add(new Mention(MentionType.LOCATION, n, n, page, i, end, 0.8, name()));
                    i = end - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean joinsBefore(int c) {
        return Character.isLetter(c) || c == '-' || c == '\'';
    }

    private static boolean joinsAfter(int c) {
        return Character.isLetter(c) || c == '-';
    }
}
