package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Places named in the text, from the {@link Places} gazetteer (case as written, whole words, longest name first). */
public final class LocationRecogniser implements Recogniser {

    private static final Pattern PLACES = Pattern.compile("(?<![\\p{L}\\-'])(?:" + String.join("|",
            Places.NAMES.stream().sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote).toList())
            + ")(?![\\p{L}\\-])");

    @Override
    public String name() {
        return "rules:location";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        Matcher m = PLACES.matcher(text);
        while (m.find()) {
            found.add(new Mention(MentionType.LOCATION, m.group(), m.group(), page, m.start(), m.end(), 0.8, name()));
        }
        return found;
    }
}
